/** What retrieval found for one message: the facts every answer (model or template) is built from. */
import type { Product } from '../catalog/types.ts';
import type { PriceMemory } from '../history/price-memory.ts';
import type { Comparison } from './compare.ts';
import type { Intent } from '../understand/intents.ts';
import type { ParsedQuery } from './ports.ts';
import type { ProductAnswer } from './product-answer.ts';
import type { ReviewSummary } from './reviews.ts';
import type { StoreAnswer } from './store-answer.ts';

export interface RankedProduct {
  product: Product;
  /** Why it is shown, worded in the UI language (the card's reason line). */
  reason?: string;
}

export type ResultMode =
  | 'search'
  | 'refined'
  | 'relaxed'
  | 'none'
  | 'recommend'
  | 'cold-start'
  | 'bundle'
  | 'deal-cheapest'
  | 'deal-sale'
  | 'deal-value'
  | 'compare'
  | 'reviews'
  | 'product'
  | 'shop'
  | 'chat'
  /** Products the shopper asked about are not sold here (alternatives may be shown, labelled). */
  | 'not-sold'
  /** One product picked from those shown ("which one is lighter?"). */
  | 'pick'
  /** Gift ideas. */
  | 'gift'
  /** The next page of the last list ("more"). */
  | 'more';

export interface Grounding {
  intent: Intent;
  mode: ResultMode;
  /** Products to show as cards, best first. */
  products: RankedProduct[];
  /** How many products matched in all (search). */
  total: number;
  /** The search that ran, after refinement (kept for follow-ups). */
  query?: ParsedQuery;
  /** Position of the first card in the search's results ("show more" pages through them). */
  offset?: number;
  /** The words the shopper searched for, for "results for …". */
  queryText?: string;
  /** The product the answer is about (product question, reviews, bundle anchor). */
  subject?: Product;
  /** The page's own product, when on a product page. */
  current?: Product;
  productAnswer?: ProductAnswer;
  storeAnswer?: StoreAnswer;
  comparison?: Comparison;
  reviews?: ReviewSummary;
  /** A short description of the shopper's taste from their history (for the model). */
  profile?: string;
  /** Products shown labelled as alternatives (not sold here, or nothing matched every filter). */
  alternatives?: RankedProduct[];
  /** Yes/no question about one product: the catalog's answer. */
  verdict?: 'yes' | 'no' | 'unknown';
  /** The product a "which one …" question picked. */
  pick?: Product;
  /** Constraints dropped to find anything (e.g. 'price', 'colour', 'brand'). */
  relaxed?: string[];
  /** Colour ids a yes/no question asked about ("is it available in blue?"). */
  askedColors?: string[];
  /** The question asked whether the product is on sale. */
  askedSale?: boolean;
  /** How the pick was made, and what it rests on ("280 g"). */
  pickBy?: 'price-min' | 'price-max' | 'rating' | 'measure' | 'words';
  pickDetail?: string;
  /** Who a gift is for, as the shopper said it. */
  giftFor?: string;
  /** A gift request (recommendations for someone else). */
  gift?: boolean;
  /** Nothing could be found to point at (e.g. "compare these" with nothing shown yet). */
  needsProduct?: boolean;
  /**
   * Price memory: product id → what the shopper's history remembers of its price or stock that differs
   * from now (remembered-prices.ts). Set after retrieval, for the products the answer states (all of the
   * facts' products when a model writes the answer).
   */
  remembered?: ReadonlyMap<string, PriceMemory>;
}
