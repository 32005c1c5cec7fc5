/**
 * The privacy panel's logic (plain TS): what the history store holds, in a form the panel shows, and the
 * shopper's actions on it — export as a JSON file, clear, reset the profile. Nothing leaves the device:
 * export hands the browser a local Blob to save.
 */
import type { AssistantRuntime } from '../../runtime/assistant.ts';
import { SeenIndex } from '../../history/price-memory.ts';
import { describeStoredProfile, historySnapshot, type StoredSummary } from '../../runtime/assistant-adapters.ts';

/** Price memory as the panel shows it: products with a remembered price or stock state, and what changed since. */
export interface PriceMemorySummary {
  products: number;
  drops: number;
  restocked: number;
}

export class SettingsState {
  summary: StoredSummary | null = null;
  /** The price and stock seen at each view (the history's own snapshots), for the panel and the chat's cards. */
  seen: SeenIndex | null = null;
  priceMemory: PriceMemorySummary | null = null;
  confirming = false;
  /** The result of the last action, announced politely. */
  message = '';
  working = false;
  private rt: AssistantRuntime | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly changed: () => void) {}

  attach(rt: AssistantRuntime): void {
    this.unsubscribe?.();
    this.rt = rt;
    this.unsubscribe = rt.history ? rt.history.subscribe(() => void this.refresh()) : null;
    void this.refresh();
  }

  /** Stops listening to the history (shared by the page): a removed widget is not kept alive by it. */
  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.rt = null;
  }

  async refresh(): Promise<void> {
    const rt = this.rt;
    if (!rt?.history) {
      this.summary = null;
      this.seen = null;
      this.priceMemory = null;
      this.changed();
      return;
    }
    try {
      const [snap, events] = await Promise.all([historySnapshot(rt.history), rt.history.events()]);
      this.summary = { ...snap, profile: describeStoredProfile(snap.rawProfile, rt.strings) };
      this.seen = new SeenIndex(events, rt.catalog.aliases);
      const changes = this.seen.changes(rt.catalog.byId);
      this.priceMemory = { products: this.seen.size, drops: changes.filter((c) => c.drop).length, restocked: changes.filter((c) => c.backInStock).length };
    } catch (e) {
      console.warn('[shop-guide] could not read the stored history', e);
      this.summary = null;
      this.seen = null;
      this.priceMemory = null;
    }
    this.changed();
  }

  async exportData(): Promise<void> {
    const h = this.rt?.history;
    if (!h) return;
    const json = await h.exportJson();
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `shop-guide-history-${new Date().toISOString().slice(0, 10)}.json`;
    a.rel = 'noopener';
    // Not attached to the page: a detached anchor's click still downloads, and the host page never sees it.
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  askClear(): void {
    this.confirming = true;
    this.message = '';
    this.changed();
  }

  cancelClear(): void {
    this.confirming = false;
    this.changed();
  }

  async clear(): Promise<void> {
    const rt = this.rt;
    if (!rt?.history) return;
    this.working = true;
    this.changed();
    try {
      await rt.history.clear();
      this.message = rt.strings.ui.cleared;
    } finally {
      this.working = false;
      this.confirming = false;
      await this.refresh();
    }
  }

  async resetProfile(): Promise<void> {
    const rt = this.rt;
    if (!rt?.history) return;
    await rt.history.resetProfile();
    this.message = rt.strings.ui.profileReset;
    await this.refresh();
  }
}
