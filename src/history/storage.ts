/**
 * Where history events live, behind one small interface: IndexedDB (idb-backend.ts) or memory (here).
 * The store (store.ts) only talks to this, so tests can drive failures — a full disk, a blocked
 * upgrade — through a backend of their own.
 */
import type { HistoryEvent } from './schema.ts';

export type BackendKind = 'indexeddb' | 'memory';

/** Why a backend cannot be used (the store falls back to memory and tells the shopper once). */
export type StorageFailure = 'unavailable' | 'blocked' | 'quota' | 'version' | 'error';

export interface HistoryBackend {
  readonly kind: BackendKind;
  /** Every stored event, oldest first. */
  load(): Promise<HistoryEvent[]>;
  /**
   * Stores the events not stored yet (matched by `id`, so a retry or a second tab never duplicates
   * one) and prunes the oldest beyond `max`. Resolves with the events it added.
   */
  append(events: readonly HistoryEvent[], max: number): Promise<HistoryEvent[]>;
  clear(): Promise<void>;
  close(): void;
  /** Set by the store: the backend became unusable by itself (another tab upgraded the schema…). */
  onLost?: (failure: StorageFailure) => void;
}

/** Holds events for the page's life only: the fallback when IndexedDB cannot be used. */
export class MemoryBackend implements HistoryBackend {
  readonly kind = 'memory' as const;
  private list: HistoryEvent[];
  private ids: Set<string>;
  onLost?: (failure: StorageFailure) => void;

  constructor(seed: readonly HistoryEvent[] = []) {
    this.list = [...seed];
    this.ids = new Set(seed.map((e) => e.id));
  }

  async load(): Promise<HistoryEvent[]> {
    return [...this.list];
  }

  async append(events: readonly HistoryEvent[], max: number): Promise<HistoryEvent[]> {
    const added = events.filter((e) => !this.ids.has(e.id) && (this.ids.add(e.id), true));
    this.list.push(...added);
    if (this.list.length > max) for (const e of this.list.splice(0, this.list.length - max)) this.ids.delete(e.id);
    return added;
  }

  async clear(): Promise<void> {
    this.list = [];
    this.ids.clear();
  }

  close(): void {}
}

/** Maps a thrown storage error to the reason the shopper is told about. */
export function failureOf(error: unknown): StorageFailure {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') return 'unavailable';
  if (name === 'VersionError') return 'version';
  const reason = (error as { failure?: StorageFailure } | null)?.failure;
  return reason ?? 'error';
}
