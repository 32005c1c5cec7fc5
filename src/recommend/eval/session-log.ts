/**
 * The session-log format of the session-based recommendation literature (GRU4Rec, session-rec):
 * tab-separated, a header line naming `SessionId`, `ItemId` and `Time` (any order, other columns
 * ignored; `,` or `;` separated files work too). Time is Unix seconds or milliseconds, or an ISO date.
 * Lines are fed one at a time, so a large file can be streamed.
 */

export interface LoggedSession {
  id: string;
  items: string[];
  /** ms since the epoch, one per item. */
  times: number[];
}

export class SessionLogReader {
  private cols: { session: number; item: number; time: number } | null = null;
  private sep: string | null = null;
  private readonly sessions = new Map<string, { items: string[]; times: number[] }>();
  private line = 0;
  /** Lines that could not be read (reported, not fatal). */
  skipped = 0;

  push(raw: string): void {
    this.line++;
    const text = raw.replace(/\r$/, '');
    if (!text.trim()) return;
    this.sep ??= text.includes('\t') ? '\t' : text.includes(';') ? ';' : ',';
    const cells = text.split(this.sep);
    if (!this.cols) {
      const names = cells.map((c) => c.trim().toLowerCase().replace(/[^a-z]/g, ''));
      const find = (...alts: string[]) => names.findIndex((n) => alts.includes(n));
      const cols = { session: find('sessionid', 'session'), item: find('itemid', 'item'), time: find('time', 'timestamp', 'timeframe', 'ts', 'eventdate') };
      if (cols.session < 0 || cols.item < 0) throw new Error('the header must name SessionId and ItemId columns (and Time)');
      this.cols = cols;
      return;
    }
    const { session, item, time } = this.cols;
    const sid = cells[session]?.trim();
    const iid = cells[item]?.trim();
    const t = time >= 0 ? parseTime(cells[time]?.trim() ?? '') : this.line;
    if (!sid || !iid || !Number.isFinite(t)) {
      this.skipped++;
      return;
    }
    let s = this.sessions.get(sid);
    if (!s) this.sessions.set(sid, (s = { items: [], times: [] }));
    s.items.push(iid);
    s.times.push(t);
  }

  /** Sessions with their clicks in time order, sessions ordered by start time. */
  finish(): LoggedSession[] {
    const out: LoggedSession[] = [];
    for (const [id, s] of this.sessions) {
      const order = s.items.map((_, i) => i).sort((a, b) => s.times[a]! - s.times[b]! || a - b);
      out.push({ id, items: order.map((i) => s.items[i]!), times: order.map((i) => s.times[i]!) });
    }
    return out.sort((a, b) => a.times[0]! - b.times[0]! || (a.id < b.id ? -1 : 1));
  }
}

function parseTime(s: string): number {
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return n < 1e11 ? n * 1000 : n; // seconds vs milliseconds
  }
  return Date.parse(s);
}

export function parseSessionLog(text: string): LoggedSession[] {
  const reader = new SessionLogReader();
  for (const line of text.split('\n')) reader.push(line);
  return reader.finish();
}

export function formatSessionLog(sessions: readonly LoggedSession[]): string {
  const lines = ['SessionId\tItemId\tTime'];
  for (const s of sessions) s.items.forEach((item, i) => lines.push(`${s.id}\t${item}\t${Math.round(s.times[i]! / 1000)}`));
  return lines.join('\n') + '\n';
}
