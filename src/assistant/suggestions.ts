/**
 * Suggested quick questions: what a shopper is likely to ask next, given the page and the last answer.
 * On a product page the first suggestion asks about an attribute that product actually has.
 */
import type { Product } from '../catalog/types.ts';
import type { AssistantStrings } from '../i18n/assistant/types.ts';
import { conceptForKey } from '../understand/concepts.ts';
import type { Grounding } from './grounding-types.ts';
import { sanitizeUntrusted } from './untrusted.ts';

function attributeQuestion(p: Product, s: AssistantStrings): string | undefined {
  for (const key of Object.keys(p.attributes)) {
    const c = conceptForKey(key);
    if (c?.boolean) return s.quick.askAttribute(c.label[s.locale === 'zh-CN' ? 'zh-CN' : 'en']);
  }
  return undefined;
}

/** The shop's largest leaf category (from a sample, so a 100k catalog costs nothing). */
function biggestCategory(products: readonly Product[]): string | undefined {
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor(products.length / 2000));
  for (let i = 0; i < products.length; i += step) {
    const c = products[i]!.categories.at(-1);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ? sanitizeUntrusted(best).slice(0, 40) : undefined;
}

/** Before anything is asked. */
export function openingSuggestions(current: Product | undefined, s: AssistantStrings, products: readonly Product[]): string[] {
  if (current) {
    return [attributeQuestion(current, s), s.quick.reviews, s.quick.goesWith, s.quick.compareSimilar, s.quick.shipping].filter((x): x is string => !!x).slice(0, 4);
  }
  if (!products.length) return [s.quick.shipping, s.quick.returns];
  const category = biggestCategory(products);
  return [category ? s.quick.bestIn(category) : '', s.quick.deals, s.quick.forMe, s.quick.shipping].filter(Boolean);
}

/** After an answer. */
export function followUpSuggestions(g: Grounding, s: AssistantStrings): string[] {
  switch (g.mode) {
    case 'search':
    case 'refined':
    case 'relaxed':
    case 'recommend':
    case 'cold-start':
      return [g.products.length > 1 ? s.quick.compareTop : '', s.quick.cheaper, s.quick.inStock, s.quick.deals].filter(Boolean).slice(0, 3);
    case 'product':
    case 'reviews':
      return [g.mode === 'reviews' ? (g.subject ? attributeQuestion(g.subject, s) : '') : s.quick.reviews, s.quick.goesWith, s.quick.compareSimilar].filter((x): x is string => !!x);
    case 'compare':
      return [s.quick.reviews, s.quick.cheaper, s.quick.shipping];
    case 'bundle':
    case 'deal-cheapest':
    case 'deal-sale':
    case 'deal-value':
      return [s.quick.compareTop, s.quick.shipping, s.quick.forMe];
    case 'shop':
      return [s.quick.returns, s.quick.deals];
    default:
      return [s.quick.deals, s.quick.forMe, s.quick.shipping];
  }
}
