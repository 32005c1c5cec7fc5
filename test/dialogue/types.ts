/**
 * The dialogue benchmark's case format (issue 14). A dialogue is a few shopper turns on one shop, in one
 * language, on a listing page or on one product's page. Each turn carries the class it measures and what
 * a right answer must satisfy — predicates over the catalog and over what the shopper saw earlier in the
 * dialogue, never fixed answer strings. `checks.ts` evaluates them against an answer summary;
 * `check-labels.ts` validates every label against the catalog.
 */

/** What `await guide.ask(question)` resolves to: the widget's own documented answer summary. */
import type { AnswerSummary } from '../../src/assistant/summary.ts';
export type { AnswerSummary };

export type Kind = AnswerSummary['kind'];
export type Status = AnswerSummary['status'];

/** The classes of issue 14 (every one is covered), plus simple one-shot queries as a control. */
export const CLASSES = [
  'simple', // one product type + price/brand/colour/stock: worked before; must keep working
  'type-modifier', // product type with modifiers ("waterproof jacket for hiking")
  'not-sold', // the shop has none: say so, alternatives labelled as alternatives
  'exclusion', // "except Stride and Kestrel", "not apple or samsung"
  'follow-up', // refinements of the previous request ("something cheaper", "in blue?")
  'page-focus', // about the product on the page (price, stock, colour, sale, yes/no features)
  'reference', // "these two", "the top 3", "the second one", "which is lighter"
  'compare', // comparisons
  'gift', // gifts and recommendations without history
  'deals', // what's on sale
  'quantity', // quantities, units, currencies, superlatives/sort
  'words', // typos, plural/singular, Chinese abbreviations/compounds, "popular", "more"
  'reviews', // what reviewers say; honest when there are none
  'store', // shipping, returns, payment, store FAQ
  'chat', // greetings, thanks, small talk
] as const;
export type TurnClass = (typeof CLASSES)[number];

export type ShopKey = 'demo' | 'home';
export type Lang = 'en' | 'zh';

/** A condition on an attribute: exact value(s) (case-insensitive), a number range (the value's leading number), or a substring. */
export interface AttrPred {
  key: string;
  eq?: string | string[];
  min?: number;
  max?: number;
  has?: string;
}

/**
 * A condition on one catalog product; all given fields must hold. Tri-state when used as a yes/no
 * verdict: a missing attribute makes the answer "unknown".
 */
export interface Pred {
  /** One element of the category path equals this (case-insensitive). */
  category?: string | string[];
  /** Made by one of these brands: the brand field, or the brand named in the title when the feed has no brand field. */
  brand?: string | string[];
  notBrand?: string[];
  priceMax?: number;
  priceMin?: number;
  /** InStock, LimitedAvailability, OnlineOnly count as in stock. */
  inStock?: boolean;
  /** Has a list price above its price. */
  onSale?: boolean;
  /** The product's colour or one of its variants' colours. */
  color?: string | string[];
  attr?: AttrPred | AttrPred[];
  ratingMin?: number;
  /** Rating count in the top quarter of the shop's catalog. */
  popular?: boolean;
  /** Has written reviews. */
  hasReviews?: boolean;
  ids?: string[];
  notIds?: string[];
  any?: Pred[];
  not?: Pred;
  /** Dialogue-relative: same leaf category as the page's product. */
  sameCategoryAsPage?: boolean;
  /** Dialogue-relative: strictly cheaper than the page's product. */
  cheaperThanPage?: boolean;
}

/** A reference to what the shopper saw: the n-th card (0-based; -1 the last) of the latest list shown. */
export interface ShownRef {
  shown: number;
}

export type PickBy = 'price-min' | 'price-max' | 'rating-max' | { attrMin: string } | { attrMax: string };

export interface Expect {
  kind?: Kind | Kind[];
  status?: Status | Status[];
  /** Every product card shown satisfies this. */
  all?: Pred;
  /** At least one product card shown satisfies this. */
  some?: Pred;
  /** Bounds on the number of product cards (default: at least 1 when `all` or `some` is given). */
  count?: { min?: number; max?: number };
  /** Product cards in this order. */
  sorted?: 'price-asc' | 'price-desc' | 'rating-desc';
  /** The first card is the cheapest / dearest / best-rated of every catalog product satisfying `all`. */
  best?: 'price-min' | 'price-max' | 'rating-max';
  /** No product cards (alternatives may be shown, labelled as such). */
  none?: boolean;
  /** Every alternative shown satisfies this. */
  alternatives?: Pred;
  /** None of the cards was in the latest list shown before ("more"). */
  fresh?: boolean;
  /** The page's product is not among the cards ("something cheaper than this"). */
  notPage?: boolean;
  /** The answer is about the page's product, the n-th card of the latest list, or a product the shopper named. */
  subject?: 'page' | ShownRef | { id: string };
  /** The yes/no verdict about the subject: the predicate evaluated on the subject (yes / no / unknown). */
  verdict?: Pred;
  /** The text states the subject's price. */
  mentionsPrice?: boolean;
  /** The text states the subject's value of this attribute (its number, or the value itself). */
  mentions?: string;
  /** Compared products: exactly these cards of the latest list, exactly these ids, or some of the latest list. */
  compared?: { shown: number[] } | { ids: string[] } | { fromShown: true; min?: number; max?: number };
  /** A pick among the latest comparison or list; with `by`, exactly the product that wins on it. */
  pick?: { among: 'compared' | 'shown'; by?: PickBy };
  /** The text gives the store's fact: return window, shipping cost/threshold, a payment method, an FAQ answer. */
  store?: 'returns' | 'shipping' | 'payment' | { faq: number };
  /** The answer names what it relaxed. */
  relaxed?: boolean;
  /** Label-only (check-labels.ts): no category of the shop names this product type — it is really not sold. */
  absentType?: string;
  /** Label-only: no catalog product satisfies this (an honest empty / relaxed answer is right). */
  unsat?: Pred;
}

export interface Turn {
  say: string;
  class: TurnClass;
  expect: Expect;
}

export interface Dialogue {
  id: string;
  shop: ShopKey;
  lang: Lang;
  /** On a product page: its id, or the first catalog product (feed order) satisfying the predicate. */
  page?: string | Pred;
  turns: Turn[];
}

/** A turn, written compactly in the sets: t('is it waterproof?', 'page-focus', { … }). */
export function t(say: string, cls: TurnClass, expect: Expect): Turn {
  return { say, class: cls, expect };
}
