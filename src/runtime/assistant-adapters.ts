/**
 * Glue between the page services (history store, recommender, search filters) and the assistant:
 * the few places where their data shapes meet the assistant's words. Plain TS.
 */
import type { FilterOps } from '../assistant/grounding.ts';
import type { HistoryPort, SearchFilters } from '../assistant/ports.ts';
import type { HistoryStore, UserProfile } from '../history/store.ts';
import type { ProfileEntry } from '../history/profile.ts';
import type { RecommendationReason } from '../recommend/types.ts';
import { recStrings } from '../recommend/strings.ts';
import type { Lang } from '../i18n/types.ts';
import { formatPrice } from '../assistant/format.ts';
import { sanitizeUntrusted } from '../assistant/untrusted.ts';
import type { Catalog } from '../catalog/types.ts';
import type { AssistantStrings } from '../i18n/assistant/types.ts';

/** What the privacy panel and the assistant use of the history store. */
export type PrivacyStore = Pick<HistoryStore, 'events' | 'profile' | 'resetProfile' | 'exportJson' | 'clear' | 'mode' | 'offReason' | 'subscribe' | 'record'>;

export function historyPort(h: PrivacyStore): HistoryPort {
  return { events: () => h.events(), record: (e) => h.record(e) };
}

export interface StoredSummary {
  total: number;
  byType: [string, number][];
  /** [label, value] rows of the shopper's profile, already worded. */
  profile: [string, string][];
  rawProfile: UserProfile | null;
  /** Why nothing new is recorded, or that storage is memory-only. */
  notice: 'off' | 'gpc' | 'memory' | null;
}

export async function historySnapshot(h: PrivacyStore): Promise<Omit<StoredSummary, 'profile'>> {
  const [events, rawProfile] = await Promise.all([h.events(), h.profile().catch(() => null)]);
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return {
    total: events.length,
    byType: [...counts.entries()].filter(([type]) => type !== 'profile-reset').sort((a, b) => b[1] - a[1]),
    rawProfile,
    notice: h.mode === 'off' ? (h.offReason === 'gpc' ? 'gpc' : 'off') : h.mode === 'memory' ? 'memory' : null,
  };
}

/** The strongest `n` names of a profile list, sanitised (catalog text the shopper looked at). */
function topNames(entries: readonly ProfileEntry[], n: number): string[] {
  return [...entries]
    .filter((e) => e.name)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, n)
    .map((e) => sanitizeUntrusted(e.name));
}

/** What the panel and the prompt say about a profile: top categories and brands, and the price band. */
function profileFacts(p: UserProfile): { cats: string[]; brands: string[]; band: UserProfile['priceBand'] } {
  return { cats: topNames(p.categories, 3), brands: topNames(p.brands, 3), band: p.priceBand };
}

export function describeStoredProfile(profile: UserProfile | null, s: AssistantStrings): [string, string][] {
  if (!profile) return [];
  const { cats, brands, band } = profileFacts(profile);
  const rows: [string, string][] = [];
  if (cats.length) rows.push([s.ui.profileCategories, s.list(cats)]);
  if (brands.length) rows.push([s.ui.profileBrands, s.list(brands)]);
  if (band) rows.push([s.ui.profilePriceBand, `${formatPrice(band.min, band.currency, s.locale)} – ${formatPrice(band.max, band.currency, s.locale)}`]);
  return rows;
}

/** One line about the shopper's taste for the model's prompt (English: it is an instruction-side fact). */
export async function describeProfile(h: PrivacyStore): Promise<string | undefined> {
  const profile = await h.profile().catch(() => null);
  if (!profile) return undefined;
  const { cats, brands, band } = profileFacts(profile);
  const parts = [
    cats.length ? `likes ${cats.join(', ')}` : '',
    brands.length ? `brands ${brands.join(', ')}` : '',
    band ? `usually spends ${band.min}-${band.max} ${band.currency}`.trim() : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/** The search filters' price bound, read and written in their own shape. */
export const filterOps: FilterOps = {
  withMaxPrice: (f, max) => ({ ...f, priceMax: max }) as SearchFilters,
  maxPriceOf: (f) => (f as { priceMax?: number }).priceMax,
  isEmpty: (f) => Object.values(f).every((v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0)),
  withInStock: (f) => ({ ...f, inStock: true }) as SearchFilters,
  withCategories: (f, categories) => ((f as { categories?: string[] }).categories?.length ? f : ({ ...f, categories } as SearchFilters)),
};

/** Words a recommender's structured reason in the UI language (the recommender's own wording). */
export function wordRecommendationReason(reason: RecommendationReason, catalog: Catalog, lang: Lang): string | undefined {
  try {
    return recStrings[lang].reason(reason, (id) => {
      const t = catalog.byId.get(id)?.title;
      return t ? sanitizeUntrusted(t) : undefined;
    });
  } catch {
    return undefined;
  }
}
