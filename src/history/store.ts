/**
 * The shopper's browsing history on this device: record, read, derive the profile, export, clear.
 *
 * `openHistory()` never rejects. IndexedDB blocked, refused (private mode, sandboxed frame), too old or
 * over quota → the store keeps working in memory for the page's life, says so once (`notice`, one
 * console warning) and keeps every event it already had; nothing on disk is touched. Several tabs may
 * write at once (see idb-backend.ts); each tab hears the others' changes over a BroadcastChannel.
 * With tracking off (`tracking="off"`, Global Privacy Control) nothing new is recorded, but what was
 * stored before can still be viewed, exported and cleared.
 */
import { openIdbBackend, databaseExists } from './idb-backend.ts';
import { buildProfile, type UserProfile } from './profile.ts';
import { MAX_EVENTS, REPORTABLE_TYPES, SCHEMA_VERSION, normalizeInput, type HistoryEvent, type ProductSnapshot, type RecordInput } from './schema.ts';
import { toJson } from '../safe-json.ts';
import { newEventId } from './ids.ts';
import { clearParked } from './pending.ts';
import { forgetSession, sessionFor } from './session.ts';
import { MemoryBackend, failureOf, type HistoryBackend, type StorageFailure } from './storage.ts';

export type { HistoryEvent, RecordInput, UserProfile, ProductSnapshot };
export type HistoryMode = 'indexeddb' | 'memory' | 'off';

/** Shown to the shopper once: history is kept for this page only. */
export interface HistoryNotice {
  kind: 'memory';
  reason: StorageFailure;
}

export interface HistoryChange {
  reason: 'record' | 'clear' | 'remote' | 'mode';
}

export interface HistoryStore {
  /** `indexeddb` (persisted), `memory` (this page only — see `notice`) or `off` (recording disabled). */
  readonly mode: HistoryMode;
  /** Why recording is off: the page's `tracking="off"` or the browser's Global Privacy Control. */
  readonly offReason: 'attribute' | 'gpc' | null;
  /** Set once storage fell back to memory. */
  readonly notice: HistoryNotice | null;
  /** Records one event; resolves with it, or null when recording is off, the event is invalid or a repeat. */
  record(input: RecordInput): Promise<HistoryEvent | null>;
  /** Records several events in one write. */
  recordMany(inputs: readonly RecordInput[]): Promise<HistoryEvent[]>;
  /** Every stored event, oldest first (the same array until something changes). */
  events(): Promise<readonly HistoryEvent[]>;
  /** The local profile derived from the events since the last reset. */
  profile(): Promise<UserProfile>;
  /** Forgets the profile (events before now stop personalising); the history list itself stays. */
  resetProfile(): Promise<void>;
  /** Everything stored, as pretty-printed JSON (for the shopper to download). */
  exportJson(): Promise<string>;
  /** Deletes every stored event (here and in other tabs). */
  clear(): Promise<void>;
  /** Called after every change, including changes made in other tabs. Returns the unsubscribe function. */
  subscribe(listener: (change: HistoryChange) => void): () => void;
  /** Product facts to keep with events recorded by id only (the page's catalog). */
  setProductLookup(lookup: ((productId: string) => ProductSnapshot | undefined) | null): void;
  close(): void;
}

export interface OpenHistoryOptions {
  /** IndexedDB database name (default `shop-guide-history`). */
  dbName?: string;
  /** false: record nothing (tracking="off" or GPC). Default true. */
  tracking?: boolean;
  offReason?: 'attribute' | 'gpc' | null;
  /** Events kept (newest); default 5,000. */
  maxEvents?: number;
  /** For tests: where events are stored (default: IndexedDB). */
  openBackend?: (dbName: string) => Promise<HistoryBackend>;
  /** Where the one warning goes (default console). */
  logger?: Pick<Console, 'warn'>;
  /** Ms to wait for other tabs to release an old schema before falling back to memory. */
  blockedTimeoutMs?: number;
}

export const DEFAULT_DB_NAME = 'shop-guide-history';
/** A repeat of the same event within this window is one event (a card and the host page both reporting it). */
export const REPEAT_WINDOW_MS = 2000;

const NOTICE_TEXT: Record<StorageFailure, string> = {
  unavailable: 'IndexedDB is not available (private mode or a sandboxed frame)',
  blocked: 'another tab keeps an older version of the history database open',
  quota: 'the browser’s storage quota is full',
  version: 'another tab upgraded the history database',
  error: 'IndexedDB failed',
};

class Store implements HistoryStore {
  mode: HistoryMode;
  notice: HistoryNotice | null = null;
  private backend: HistoryBackend | null;
  private cache: readonly HistoryEvent[] | null = null;
  /** Bumped when another tab changed the stored events: a cache read before it is stale. */
  private generation = 0;
  private loading: Promise<readonly HistoryEvent[]> | null = null;
  private writes: Promise<unknown> = Promise.resolve();
  private listeners = new Set<(c: HistoryChange) => void>();
  private lookup: ((id: string) => ProductSnapshot | undefined) | null = null;
  private channel: BroadcastChannel | null = null;
  private readonly tabId = newEventId();
  private readonly max: number;
  private readonly logger: Pick<Console, 'warn'>;

  constructor(
    backend: HistoryBackend | null,
    mode: HistoryMode,
    readonly offReason: 'attribute' | 'gpc' | null,
    private readonly dbName: string,
    options: OpenHistoryOptions,
    failure: StorageFailure | null,
  ) {
    this.backend = backend;
    this.mode = mode;
    this.max = options.maxEvents ?? MAX_EVENTS;
    this.logger = options.logger ?? console;
    if (backend) this.watch(backend);
    if (failure) this.fallBack(failure, []);
    try {
      this.channel = new BroadcastChannel(`shop-guide-history:${dbName}`);
      this.channel.onmessage = (m: MessageEvent<{ from?: string }>) => {
        if (m.data?.from !== this.tabId && this.backend?.kind === 'indexeddb') this.invalidate();
      };
    } catch {
      // No BroadcastChannel: catch up whenever the tab comes back into view.
      globalThis.document?.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && this.backend?.kind === 'indexeddb') this.invalidate();
      });
    }
  }

  private watch(backend: HistoryBackend) {
    backend.onLost = (failure) => {
      if (this.backend === backend) this.fallBack(failure, this.cache ?? []);
    };
  }

  private invalidate() {
    this.generation++;
    this.cache = null;
    this.loading = null;
    this.emit({ reason: 'remote' });
  }

  /** Memory for the rest of the page's life, seeded with everything we had; tells the shopper once. */
  private fallBack(failure: StorageFailure, seed: readonly HistoryEvent[]) {
    this.backend?.close();
    this.backend = new MemoryBackend(seed);
    this.cache = seed;
    this.loading = null;
    if (this.mode === 'off') return; // nothing is recorded anyway: nothing to tell
    this.mode = 'memory';
    if (!this.notice) {
      this.notice = { kind: 'memory', reason: failure };
      this.logger.warn(
        `[shop-guide] Browsing history is kept in memory for this page only: ${NOTICE_TEXT[failure]}. Nothing already stored was lost.`,
      );
    }
    this.emit({ reason: 'mode' });
  }

  private emit(change: HistoryChange) {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch (e) {
        console.warn('[shop-guide] a history listener failed', e);
      }
    }
  }

  private broadcast() {
    try {
      this.channel?.postMessage({ from: this.tabId });
    } catch {
      /* closed */
    }
  }

  events(): Promise<readonly HistoryEvent[]> {
    if (this.cache) return Promise.resolve(this.cache);
    if (!this.backend) return Promise.resolve((this.cache = []));
    const backend = this.backend;
    const generation = this.generation;
    return (this.loading ??= backend.load().then(
      (list) => {
        // Keep it unless another tab changed things while we were reading.
        if (this.backend === backend && this.generation === generation) this.cache = list;
        return list;
      },
      (e) => {
        if (this.backend === backend) this.fallBack(failureOf(e), []);
        return this.cache ?? [];
      },
    ));
  }

  private prepare(input: RecordInput, recent: readonly HistoryEvent[], batch: HistoryEvent[]): HistoryEvent | null {
    const clean = normalizeInput(input, [...REPORTABLE_TYPES, 'profile-reset']);
    if (typeof clean === 'string') {
      this.logger.warn(`[shop-guide] ignored a history event (${clean})`, input);
      return null;
    }
    const at = clean.at ?? Date.now();
    // The same thing reported twice (a product card and the host page) within moments is one event.
    const repeat = (e: HistoryEvent) =>
      e.type === clean.type && e.productId === clean.productId && e.query === clean.query && Math.abs(e.at - at) < REPEAT_WINDOW_MS;
    if (clean.type !== 'profile-reset') {
      for (let i = recent.length - 1; i >= 0 && i >= recent.length - 20; i--) if (repeat(recent[i]!)) return null;
      if (batch.some(repeat)) return null;
    }
    const event: HistoryEvent = {
      ...clean,
      type: clean.type as HistoryEvent['type'],
      id: clean.id ?? newEventId(),
      at,
      session: clean.session ?? sessionFor(at),
    };
    if (event.productId && !event.product) {
      const snap = this.lookup?.(event.productId);
      if (snap) event.product = snap;
    }
    return event;
  }

  record(input: RecordInput): Promise<HistoryEvent | null> {
    return this.recordMany([input]).then((added) => added[0] ?? null);
  }

  recordMany(inputs: readonly RecordInput[], force = false): Promise<HistoryEvent[]> {
    if (this.mode === 'off' && !force) return Promise.resolve([]);
    const run = async (): Promise<HistoryEvent[]> => {
      const recent = await this.events();
      const generation = this.generation;
      const batch: HistoryEvent[] = [];
      for (const input of inputs) {
        const e = this.prepare(input, recent, batch);
        if (e) batch.push(e);
      }
      if (!batch.length || !this.backend) return [];
      let added: HistoryEvent[];
      try {
        added = await this.backend.append(batch, this.max);
      } catch (e) {
        this.fallBack(failureOf(e), this.cache ?? recent);
        added = await this.backend.append(batch, this.max);
      }
      if (!added.length) return added;
      if (this.generation === generation || this.backend.kind === 'memory') {
        const merged = [...(this.cache ?? recent), ...added];
        this.cache = merged.length > this.max ? merged.slice(merged.length - this.max) : merged;
      } else {
        // Another tab wrote meanwhile: read the store again next time rather than guess.
        this.cache = null;
        this.loading = null;
      }
      this.broadcast();
      this.emit({ reason: 'record' });
      return added;
    };
    const result = this.writes.then(run, run);
    this.writes = result.catch(() => {});
    return result;
  }

  async profile(): Promise<UserProfile> {
    return buildProfile(await this.events(), { lookup: (id) => this.lookup?.(id) });
  }

  async resetProfile(): Promise<void> {
    // The shopper's own request: a marker, written even with tracking off (it records no behaviour).
    if (this.backend) await this.recordMany([{ type: 'profile-reset', source: 'shopper', session: 'profile-reset' }], true);
  }

  async exportJson(): Promise<string> {
    const events = await this.events();
    return toJson(
      {
        format: 'shop-guide-history',
        version: SCHEMA_VERSION,
        exportedAt: new Date().toISOString(),
        storage: this.mode,
        note: 'Stored only in this browser. shop-guide never sends it anywhere.',
        profile: buildProfile(events, { lookup: (id) => this.lookup?.(id) }),
        events,
      },
      2,
    );
  }

  clear(): Promise<void> {
    const run = async () => {
      await this.backend?.clear();
      // Storage fell back to memory: still try to empty what is on disk (that is what the shopper asked).
      if (this.backend?.kind === 'memory' && this.notice && this.notice.reason !== 'unavailable') {
        await openIdbBackend(this.dbName, { blockedTimeoutMs: 1000 })
          .then(async (b) => {
            await b.clear();
            b.close();
          })
          .catch(() => {});
      }
      clearParked();
      forgetSession();
      this.cache = [];
      this.loading = null;
      this.broadcast();
      this.emit({ reason: 'clear' });
    };
    const result = this.writes.then(run, run);
    this.writes = result.catch(() => {});
    return result;
  }

  subscribe(listener: (change: HistoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setProductLookup(lookup: ((productId: string) => ProductSnapshot | undefined) | null): void {
    this.lookup = lookup;
  }

  close(): void {
    this.channel?.close();
    this.backend?.close();
    this.listeners.clear();
  }
}

/** Opens the history (see the module comment). Never rejects. */
export async function openHistory(options: OpenHistoryOptions = {}): Promise<HistoryStore> {
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const tracking = options.tracking ?? true;
  const offReason = tracking ? null : (options.offReason ?? 'attribute');
  const open = options.openBackend ?? ((name: string) => openIdbBackend(name, { blockedTimeoutMs: options.blockedTimeoutMs }));
  // Tracking off and nothing stored yet: do not even create the database.
  if (!tracking && !options.openBackend && !(await databaseExists(dbName))) {
    return new Store(null, 'off', offReason, dbName, options, null);
  }
  try {
    const backend = await open(dbName);
    return new Store(backend, tracking ? backend.kind : 'off', offReason, dbName, options, null);
  } catch (e) {
    return new Store(null, tracking ? 'memory' : 'off', offReason, dbName, options, failureOf(e));
  }
}
