/**
 * Review summaries without a model: rating distribution, and pros / cons found by grouping the sentences
 * reviewers repeat, each sentence's polarity judged from wording (English + Chinese cue words) and the
 * ratings of the reviews it appears in. Reviews that try to instruct the assistant or carry links/HTML
 * still count in the distribution but are never quoted.
 */
import type { Product, Review } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import { looksLikeInjection, sanitizeUntrusted } from './untrusted.ts';
import { clip, normalize, sentences } from './text.ts';
import { fiveStar } from './format.ts';

export interface ReviewPoint {
  /** A representative sentence, as a reviewer wrote it (sanitised). */
  text: string;
  /** How many reviews say it. */
  count: number;
}

export interface ReviewSummary {
  productId: string;
  /** The catalog's average (AggregateRating) when it has one, else the mean of the reviews here. */
  average: number | null;
  /** Ratings behind `average` (may exceed the reviews the page carries). */
  ratingCount: number;
  /** Reviews read from the page. */
  reviewCount: number;
  /** Review counts for 1…5 stars (index 0 = 1 star), from reviews that have a rating. */
  distribution: [number, number, number, number, number];
  pros: ReviewPoint[];
  cons: ReviewPoint[];
  /** Reviews left out of quotes because they carry instructions, links or markup. */
  excluded: number;
}

const NEG_EN =
  /\b(?:too|a bit|bit|slightly|not|no longer|never|doesn'?t|don'?t|didn'?t|isn'?t|wasn'?t|won'?t|can'?t|couldn'?t|wore|worn|wear(?:s)? (?:out|down)|broke|broken|breaks|cheap(?:ly)?|flimsy|heavy|narrow|small|tight|loose|short|warm|hot|noisy|loud|leak(?:s|ed|ing)?|disappoint\w*|poor|bad|weak|uncomfortable|hard to|difficult|slow|stopped|died|dies|fell apart|fades?|faded|returned|return(?:ing)? it|squeak\w*|undone|come loose|stiff|pricey|overpriced|expensive|lacks?|missing|issue|problem|only|but|however|wish|runs (?:small|large|big))\b/i;
const POS_EN =
  /\b(?:great|love[ds]?|excellent|perfect|comfortable|comfy|light(?:weight)?|solid|dry|breathable|easy|well|good|best|nice|sturdy|amazing|awesome|fantastic|happy|recommend|worth|quality|reliable|crisp|clear|fast|quiet|warm enough|fits? (?:well|perfectly|true)|stable|durable|impressive|responsive|smooth|no break-in)\b/i;
const NEG_ZH = /太|有点|偏|不够|不太|不好|不能|没有|没|差|容易(?:坏|松|掉|脏|磨)|磨损|坏了|重|窄|紧|短|热|慢|失望|问题|缺点|可惜|一般|退货|漏|吵|贵|硬|掉色|开胶|起球|但是|不过/;
const POS_ZH = /很好|好用|舒服|舒适|满意|喜欢|轻便|轻|稳|透气|值|推荐|不错|结实|耐用|清晰|快|安静|合脚|保暖|方便|完美|棒|干爽|不需要磨合|抓地/;

function polarity(sentence: string): number {
  const s = sentence.toLowerCase();
  // "No break-in needed", "no issues", "不需要磨合" read as praise despite the negation word.
  if (/\bno (?:break-in|issues?|problems?|complaints?)\b|没(?:有)?(?:问题|毛病)|不需要磨合/.test(s)) return 1;
  const neg = (NEG_EN.test(s) ? 1 : 0) + (NEG_ZH.test(sentence) ? 1 : 0);
  const pos = (POS_EN.test(s) ? 1 : 0) + (POS_ZH.test(sentence) ? 1 : 0);
  return pos - neg;
}

/** Sentences that say the same thing collapse to one key: case, punctuation and spacing ignored. */
function key(sentence: string): string {
  return normalize(sentence).replace(/[\p{P}\p{S}\s]+/gu, '');
}

export function summarizeReviews(product: Product, lang: Lang, maxPoints = 4): ReviewSummary {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const groups = new Map<string, { text: string; reviews: Set<number>; ratings: number[]; polarity: number }>();
  let excluded = 0;

  product.reviews.forEach((review: Review, i) => {
    const rating = typeof review.rating === 'number' && Number.isFinite(review.rating) ? Math.min(5, Math.max(1, Math.round(review.rating))) : null;
    if (rating !== null) distribution[rating - 1]++;
    const raw = `${review.title ?? ''}\n${review.body ?? ''}`;
    if (looksLikeInjection(raw)) {
      excluded++;
      return;
    }
    for (const s of sentences(sanitizeUntrusted(review.body ?? ''), lang)) {
      if (s.length < 4) continue;
      const k = key(s);
      if (!k) continue;
      let g = groups.get(k);
      if (!g) {
        g = { text: clip(s, 140), reviews: new Set(), ratings: [], polarity: polarity(s) };
        groups.set(k, g);
      }
      g.reviews.add(i);
      if (rating !== null) g.ratings.push(rating);
    }
  });

  const scored = [...groups.values()].map((g) => {
    const mean = g.ratings.length ? g.ratings.reduce((a, b) => a + b, 0) / g.ratings.length : 3;
    // Wording decides when it is clear; the reviews' ratings break ties and judge neutral wording.
    const score = g.polarity * 1.5 + (mean - 3.2);
    return { text: g.text, count: g.reviews.size, score };
  });
  const byWeight = (a: { count: number; score: number }, b: { count: number; score: number }) =>
    b.count - a.count || Math.abs(b.score) - Math.abs(a.score);
  const pros = scored.filter((x) => x.score > 0.3).sort(byWeight).slice(0, maxPoints);
  const cons = scored.filter((x) => x.score < -0.3).sort(byWeight).slice(0, maxPoints);

  const rated = distribution.reduce((a, b) => a + b, 0);
  const mean = rated ? distribution.reduce((sum, n, i) => sum + n * (i + 1), 0) / rated : null;
  const catalogAverage = product.rating && product.rating.best > 0 ? fiveStar(product.rating) : null;
  return {
    productId: product.id,
    average: catalogAverage ?? (mean === null ? null : Math.round(mean * 10) / 10),
    ratingCount: product.rating?.count ?? rated,
    reviewCount: product.reviews.length,
    distribution,
    pros: pros.map(({ text, count }) => ({ text, count })),
    cons: cons.map(({ text, count }) => ({ text, count })),
    excluded,
  };
}
