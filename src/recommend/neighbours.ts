/**
 * Reads the shop's neighbour-data file (README, "Neighbour data"): checks its shape, drops what is not
 * ids and numbers, and caps its size so a huge or hostile file cannot stall the page.
 */
import type { NeighbourData } from './types.ts';

export const NEIGHBOUR_LIMITS = { lists: 100_000, listLength: 200, profiles: 50_000, profileItems: 500, idLength: 200 };

function ids(list: unknown): string[] | null {
  if (!Array.isArray(list)) return null;
  const out: string[] = [];
  for (const x of list.slice(-NEIGHBOUR_LIMITS.listLength)) {
    if ((typeof x === 'string' && x.length > 0 && x.length <= NEIGHBOUR_LIMITS.idLength) || (typeof x === 'number' && Number.isFinite(x))) out.push(String(x));
  }
  return out.length ? out : null;
}

/** Returns the usable part of `json`, or null with the reason when there is none. */
export function parseNeighbourData(json: unknown): { data: NeighbourData; dropped: number } | { error: string } {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { error: 'not a JSON object' };
  const src = json as Record<string, unknown>;
  if (src.version !== undefined && src.version !== 1) return { error: `unsupported version ${String(src.version)}` };
  let dropped = 0;
  /** The usable lists, and the index in `v` of each one kept (to keep `sessionTimes` aligned). */
  const lists = (v: unknown, min: number, kept?: number[]): string[][] | undefined => {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      dropped++;
      return undefined;
    }
    const out: string[][] = [];
    const from = Math.max(0, v.length - NEIGHBOUR_LIMITS.lists);
    for (let n = from; n < v.length; n++) {
      const l = ids(v[n]);
      if (l && l.length >= min) {
        out.push(l);
        kept?.push(n);
      } else dropped++;
    }
    dropped += from;
    return out;
  };
  const data: NeighbourData = { format: 'shop-guide-neighbours', version: 1 };
  const keptSessions: number[] = [];
  const sessions = lists(src.sessions, 1, keptSessions);
  const baskets = lists(src.baskets, 2);
  if (sessions) data.sessions = sessions;
  // Optional last-view times (ms), one per session: a bad one is just unknown.
  if (sessions && Array.isArray(src.sessionTimes) && Array.isArray(src.sessions) && src.sessionTimes.length === src.sessions.length) {
    const times = src.sessionTimes as unknown[];
    data.sessionTimes = keptSessions.map((n) => (typeof times[n] === 'number' && Number.isFinite(times[n]) ? (times[n] as number) : NaN));
  } else if (src.sessionTimes !== undefined) dropped++;
  if (baskets) data.baskets = baskets;
  if (Array.isArray(src.profiles)) {
    data.profiles = [];
    for (const p of src.profiles.slice(0, NEIGHBOUR_LIMITS.profiles)) {
      if (!p || typeof p !== 'object' || Array.isArray(p)) {
        dropped++;
        continue;
      }
      const m: Record<string, number> = {};
      let n = 0;
      for (const [id, r] of Object.entries(p as Record<string, unknown>)) {
        if (n >= NEIGHBOUR_LIMITS.profileItems) break;
        if (typeof r === 'number' && Number.isFinite(r) && r > 0 && id.length <= NEIGHBOUR_LIMITS.idLength) {
          m[id] = r;
          n++;
        }
      }
      if (n) data.profiles.push(m);
      else dropped++;
    }
    dropped += Math.max(0, src.profiles.length - NEIGHBOUR_LIMITS.profiles);
  } else if (src.profiles !== undefined) dropped++;
  if (!data.sessions?.length && !data.baskets?.length && !data.profiles?.length) return { error: 'no sessions, baskets or profiles' };
  return { data, dropped };
}
