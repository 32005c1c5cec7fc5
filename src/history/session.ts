/**
 * Browsing sessions as the session-based recommendation literature has them: one session until 30
 * minutes pass without activity, shared by the shop's tabs (the id lives in localStorage). Falls back to
 * one id per page when storage is blocked.
 */
import { newEventId } from './ids.ts';
import { SESSION_GAP_MS } from './schema.ts';

export const SESSION_KEY = 'shop-guide:session';

let pageSession: { id: string; last: number } | null = null;

/** The session an event at `at` belongs to; renews it after a gap. */
export function sessionFor(at: number, storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  let cur: { id: string; last: number } | null = pageSession;
  try {
    const raw = storage?.getItem(SESSION_KEY);
    if (raw) cur = JSON.parse(raw) as { id: string; last: number };
  } catch {
    /* unreadable: start a new one */
  }
  if (!cur || typeof cur.id !== 'string' || !(at - cur.last < SESSION_GAP_MS)) cur = { id: `s-${newEventId()}`, last: at };
  cur = { id: cur.id, last: Math.max(cur.last, at) };
  pageSession = cur;
  try {
    storage?.setItem(SESSION_KEY, JSON.stringify(cur));
  } catch {
    /* full or blocked: the page keeps its own */
  }
  return cur.id;
}

export function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Forgets the current session (used by "clear my history"). */
export function forgetSession(): void {
  pageSession = null;
  try {
    safeLocalStorage()?.removeItem(SESSION_KEY);
  } catch {
    /* nothing to forget */
  }
}
