/**
 * What the shopper wants, decided without a model: keyword and pattern rules in English and Chinese over
 * the message and the conversation so far. The model-based reader (intent-model.ts) produces the same
 * `Intent`; this one is the retrieval-only path and the fallback when the model's output is unusable.
 * Filters in the query text ("under $80", "500元以下", "in blue") are left for the search query parser.
 */
import type { Product } from '../catalog/types.ts';
import type { Lang } from '../i18n/types.ts';
import { conceptsInQuestion } from './concepts.ts';
import { shopTopics, type ShopTopic } from '../assistant/store-answer.ts';
import { normalize } from '../assistant/text.ts';

export const INTENT_KINDS = [
  'search',
  'product-question',
  'shop-question',
  'compare',
  'recommend',
  'review-summary',
  'bundle',
  'best-deal',
  'small-talk',
  'out-of-scope',
] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];

export type ProductRef =
  | { kind: 'current' }
  | { kind: 'id'; id: string }
  /** 0-based position in the last list of products shown. -1 = the last one. */
  | { kind: 'ordinal'; index: number }
  /** The products shown in the previous answer ("these", "them", "这几款"; "the top 3" → count 3; "the last two" → count 2 from the end). */
  | { kind: 'previous'; count?: number; fromEnd?: boolean }
  /** A product named in words ("the Velox Tempo 3"), resolved by search. */
  | { kind: 'name'; text: string };

export type DealKind = 'cheapest' | 'on-sale' | 'best-value';
export type SmallTalk = 'greeting' | 'thanks' | 'identity' | 'help' | 'bye';

export interface Intent {
  kind: IntentKind;
  /** Product words for search-like intents, with the question's scaffolding removed. May hold filter phrases. */
  query: string;
  refs: ProductRef[];
  /** A follow-up that narrows or changes the previous search ("cheaper", "in blue", "便宜点的"). */
  refine: boolean;
  topics: ShopTopic[];
  deal?: DealKind;
  smallTalk?: SmallTalk;
  source: 'rules' | 'model';
}

export interface IntentContext {
  lang: Lang;
  byId: ReadonlyMap<string, Product>;
  /** The page's product, on a product page. */
  currentProductId?: string;
  /** The product the conversation is about (last one asked about or shown alone). */
  focusId?: string;
  /** Products shown in the previous answer, in order. */
  lastResultIds: string[];
  /** Whether there is a previous search to refine. */
  hasPreviousSearch: boolean;
  /** The previous search's filters: what a follow-up naming no product type narrows ("要不锈钢的"). */
  previousFilters?: { categories?: string[]; ids?: string[] };
  /** The features and values the last question about one product asked for: what "ones that do" means. */
  askedAttributes?: Record<string, string[]>;
  /**
   * Whether a message carries filters / sort only ("cheaper", "in blue", "under $50"): the search query
   * parser decides, so refinement uses the same rules as search.
   */
  filtersOnly?: (text: string) => boolean;
  /** Whether the message names a product kind, price or brand to search for ("500元以下的蓝牙耳机"). */
  looksLikeSearch?: (text: string) => boolean;
  /** Whether the message is one of the shop's FAQ questions ("gift wrapping?", "可以开发票吗"). */
  isFaq?: (text: string) => boolean;
}

const R = {
  greeting: /^(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|howdy|你好|您好|嗨|哈喽|hello呀|早上好|下午好|晚上好|在吗|在不在|有人吗)[\s!！.。,，~～?？]*(?:there|everyone|all|guys|folks)?[\s!！.。,，?？]*(?:how are you(?: doing)?(?: today)?|how's it going|what's up|你好吗|最近好吗)?[\s!！.。?？]*$/i,
  // One acknowledgement or several ("ok cool", "great, thanks!", "好的 谢谢你").
  thanks: /^(?:(?:thanks?(?: you)?(?: so much| a lot)?|thx|ty|cheers|ok(?:ay)?|great|cool|nice|perfect|awesome|got it|sounds good|谢谢(?:你|您)?|多谢|感谢|好的|好|嗯|知道了|明白了|行)[\s,，!！.。~～]*)+$/i,
  bye: /^(?:(?:ok(?:ay)?|thanks?(?: you)?|great|perfect|cool)[,，\s]*)?(?:bye(?: for now)?|goodbye|see you(?: later)?|cya|that(?:'?s| is) (?:all|it|everything)(?: for (?:now|today))?|nothing else|no,? that(?:'?s| is) all|i'?m done|再见|拜拜|不用了|没事了|就这样|先这样|没有了)[\s!！.。]*$/i,
  identity: /\b(?:who are you|what are you|are you (?:a |an )?(?:bot|robot|human|ai|real(?: person)?|person|machine)|is this (?:a )?(?:bot|real person|human)|your name|am i talking to|talk to a (?:human|person))\b|你是谁|你是机器人|你叫什么|你是人|真人|机器人吗|人工客服|转人工|是人工吗/i,
  help: /^(?:help|\?|what can you do|what can you help (?:me )?with|how can you help|how does this work|what can i ask)|你能做什么|你能帮我做什么|能帮我(?:做)?(?:些)?什么|你可以做什么|你会什么|怎么用|帮助/i,
  outOfScope:
    /\b(?:weather|forecast|news|politic\w*|election|president|stock (?:market|price)|bitcoin|crypto|write (?:me )?(?:a |an )?(?:poem|story|essay|code|song)|joke|recipe|homework|translate|capital of|who won|sports? scores?|lottery)\b|天气|新闻|政治|选举|股票|比特币|写(?:一首|首)?诗|写代码|笑话|作业|翻译|首都|彩票/i,
  compare: /比一比|比比|比一下|比较一下|对比一下|\b(?:compare|comparison|comparing|vs\.?|versus|differences?|differ|better than|which (?:one |of (?:them|these|the two) )?(?:is|are|would be) (?:better|best|lighter|cheaper)|which (?:one )?should i (?:get|buy|choose|pick)|side by side)\b|对比|比较|区别|哪个好|哪个更|哪款更|哪款好|有什么不同|还是.{1,30}(?:好|呢|[?？])/i,
  reviews: /\b(?:reviews?|reviewers?|ratings?|what do (?:other )?(?:people|customers|buyers|others|users|owners) (?:say|think|like|love|hate)|what (?:are|were) (?:people|customers|buyers|others) saying|what people (?:say|think)|pros and cons|pros|cons|feedback|opinions?|complaints?|worth it)\b|评价|评论|口碑|好评|差评|买家怎么说|买过的人|用过的人|大家怎么说|怎么说|优缺点|值得买吗|值不值/i,
  bundle: /\b(?:goes? (?:well )?with|go with|pairs? (?:well )?with|pair it|match(?:es)? with|complete the (?:look|set|outfit)|outfit|what else|anything else (?:i|to)|accessor(?:y|ies)|bought together|bundle|complement\w*|to go with|need with|need for (?:a|my|the))\b|搭配|配什么|一起买|配套|还需要什么|还要买|配件/i,
  deal: /\b(?:cheapest|lowest[- ]priced?|least expensive|best (?:deal|price|value|bargain)s?|bargains?|on sale|sales?|discount(?:s|ed)?|deals?|clearance|promo(?:tion)?s?|markdowns?|value for money)\b|最便宜|最低价|特价|打折|折扣|优惠|促销|划算|性价比|便宜的|清仓/i,
  dealSale: /\b(?:on sale|sales?|discount(?:s|ed)?|deals?|clearance|promo(?:tion)?s?|markdowns?)\b|特价|打折|折扣|优惠|促销|清仓/i,
  dealValue: /\b(?:best value|value for money|best bang)\b|性价比|划算/i,
  recommend: /\b(?:recommend\w*|suggest\w*|for me|what should i (?:buy|get)|gift|present for|surprise me|you think i(?:'d| would) like|based on (?:my|what i))\b|推荐|适合我|送礼|礼物|猜我喜欢|给我挑/i,
  question: /[?？]\s*$|^(?:is|are|does|do|can|will|would|could|how|what|which|has|have|should)\b|吗[?？。]*$|呢[?？。]*$|么[?？。]*$|是否|多少|怎么样|如何|能不能|可不可以|有没有|几/i,
  deixis: /\b(?:this|it|its|it's|this one|that one|this product|this item|the product)\b|这款|这个|这双|这件|这只|这台|这顶|这块|这条|这张|这把|它|该商品|本品|此款/i,
  plural: /\b(?:these|them|those|both|all (?:three|four|of them)|the two|these two|the three|they)\b|这几款|这两款|这两个|这三款|它们|这些|(?<!第)两款|(?<!第)三款|这两双|这两件|这两台|这几个/i,
  searchVerb: /\b(?:show me|find|search|looking for|look for|do you (?:also |still )?(?:have|sell|carry)|have you got|any|i want|i need|i'm after|need a|need some|want a|browse|list)\b|有没有.*的|找一?[款双件个]|想买|想要|我要|帮我找|给我看/i,
};

/** "the top 3", "first two", "前三款": the first N of the last results. */
const TOP_N = /\b(?:top|first|these|the|those)\s+(\d|two|three|four)\b|\b(both)\b|前\s*([2-4二三四两])\s*(?:款|个|件|双|名)?|这([两三四])(?:款|个|件|双|台|只)/i;
/** "the last two", "最后两款", "后三个": the last N of the last results. */
const LAST_N = /\b(?:last|final|bottom)\s+(\d|two|three|four)\b|(?:最后|后)\s*([2-4二三四两])\s*(?:款|个|件|双|台|只|名)/i;
const BOTH: Record<string, number> = { both: 2 };
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, 二: 2, 两: 2, 三: 3, 四: 4 };

const ORDINALS: [RegExp, number][] = [
  // Not "cheapest first" / "newest first": an order, not the first card.
  [/\b(?<!(?:cheapest|lowest|highest|priciest|expensive|newest|latest|price|rated|popular|best|biggest|smallest|lightest)\s+)(?:first|1st|top)\b(?! *(?:\d|two|three|four)\b)(?: one| pick| result)?|第一|第1|头一/i, 0],
  [/\b(?:second|2nd)\b|第二|第2/i, 1],
  [/\b(?:third|3rd)\b|第三|第3/i, 2],
  [/\b(?:fourth|4th)\b|第四|第4/i, 3],
  [/\b(?:fifth|5th)\b|第五|第5/i, 4],
  [/\b(?:last|final)\b (?:one|pick|result)|最后一/i, -1],
  [/#(\d)\b|\bnumber (\d)\b|\bno\.\s?(\d)\b/i, NaN],
];

const SCAFFOLD: RegExp[] = [
  /^(?:(?:hi|hello|hey)\b|你好|您好)[,，!！\s]*/i,
  /\b(?:can|could|would) you (?:please )?(?:show me|find me|find|recommend|suggest|help me find)\b/gi,
  /\b(?:what(?:'s| is| are) (?:a )?(?:good|great|nice|best)(?: options?)? for|what (?:should|do) i (?:buy|get|wear|use) for|what do you have for|what(?:'s| is| are) good)\b/gi,
  /\b(?:show me|find me|search for|look(?:ing)? for|i(?:'m| am) (?:looking|searching) for|i(?:'d| would) like|i want|i need|do you (?:also |still )?(?:have|sell|carry)|have you got|got any|recommend(?: me)?|suggest|please|some|any|(?:something|anything)(?!\s+(?:but|except|other than|besides|apart from)\b))\b/gi,
  /请问|我想买|我想要|我想找|我要买|我要|帮我找|帮我推荐|推荐(?:一下|几款|一款|一个|些)?|有没有|有什么|给我看看|给我看|看看|想买|想要|麻烦/g,
  /[?？!！。]+$/g,
];

/** The product words of a message: "what's good for running?" → "running", "我想买蓝牙耳机" → "蓝牙耳机". */
export function productQuery(text: string): string {
  let q = text;
  for (const re of SCAFFOLD) q = q.replace(re, ' ');
  return q.replace(/\s+/g, ' ').replace(/^[\s,，.。]+|[\s,，.。]+$/g, '').trim();
}

/** Catalog ids written in the message ("TH-RS-001"). */
function idsIn(text: string, byId: ReadonlyMap<string, Product>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]{2,}/g)) {
    const token = m[0];
    const id = byId.has(token) ? token : byId.has(token.toUpperCase()) ? token.toUpperCase() : null;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

function ordinalRefs(text: string): ProductRef[] {
  const refs: ProductRef[] = [];
  for (const [re, index] of ORDINALS) {
    const m = re.exec(text);
    if (!m) continue;
    const n = Number.isNaN(index) ? Number(m[1] ?? m[2] ?? m[3]) - 1 : index;
    if (Number.isFinite(n) && !refs.some((r) => r.kind === 'ordinal' && r.index === n)) refs.push({ kind: 'ordinal', index: n });
  }
  return refs;
}

/** "Velox Tempo 3 vs Stride Glide 2" → two names, for compare when nothing else identifies the products. */
export function namedParts(text: string): string[] {
  const stripped = text
    .replace(/\b(?:compare|comparison|comparing|the difference between|difference between|differences between|which is better|which one is better|is better)\b/gi, ' ')
    .replace(/对比一下|对比|比较一下|比较|有什么区别|的区别|区别|哪个好|哪个更好|哪款更好|哪个/g, ' ')
    .replace(/[?？!！。.]+$/g, '');
  return stripped
    .split(/\s*(?:\bvs\.?\b|\bversus\b|\band\b|\bor\b|\bwith\b|,|，|、|和|与|跟|还是)\s*/i)
    .map((s) => s.replace(/^\s*(?:the|a|an)\s+/i, '').trim())
    .filter((s) => s.length >= 3 && !R.deixis.test(s) && !R.plural.test(s));
}

export function classifyIntent(message: string, ctx: IntentContext): Intent {
  const text = normalize(message);
  const base: Intent = { kind: 'search', query: '', refs: [], refine: false, topics: [], source: 'rules' };
  const focus = ctx.focusId ?? ctx.currentProductId;

  if (!text) return { ...base, kind: 'small-talk', smallTalk: 'help' };
  if (R.greeting.test(text)) return { ...base, kind: 'small-talk', smallTalk: 'greeting' };
  if (R.thanks.test(text)) return { ...base, kind: 'small-talk', smallTalk: 'thanks' };
  if (R.bye.test(text)) return { ...base, kind: 'small-talk', smallTalk: 'bye' };
  if (R.identity.test(text)) return { ...base, kind: 'small-talk', smallTalk: 'identity' };
  if (R.help.test(text)) return { ...base, kind: 'small-talk', smallTalk: 'help' };

  // Which products the message points at.
  const refs: ProductRef[] = [];
  for (const id of idsIn(message, ctx.byId)) refs.push({ kind: 'id', id });
  const top = TOP_N.exec(text);
  const last = LAST_N.exec(text);
  if (last && ctx.lastResultIds.length) {
    const n = last[1] ?? last[2];
    refs.push({ kind: 'previous', count: NUMBER_WORDS[n!] ?? Number(n), fromEnd: true });
  } else if (top && ctx.lastResultIds.length) {
    const n = top[1] ?? top[3] ?? top[4];
    refs.push({ kind: 'previous', count: top[2] ? BOTH[top[2].toLowerCase()]! : NUMBER_WORDS[n!] ?? Number(n) });
  } else if (ctx.lastResultIds.length) refs.push(...ordinalRefs(text));
  const plural = R.plural.test(text);
  if (plural && ctx.lastResultIds.length && !refs.some((r) => r.kind === 'previous')) refs.push({ kind: 'previous' });
  const deictic = R.deixis.test(text);
  if (deictic && focus && !refs.length) refs.push({ kind: 'current' });

  const query = productQuery(message);
  const topics = shopTopics(text);
  const withRefs = (kind: IntentKind, extra: Partial<Intent> = {}): Intent => ({ ...base, kind, query, refs, topics, ...extra });

  if (R.outOfScope.test(text) && !topics.length) return withRefs('out-of-scope');
  if (R.compare.test(text)) {
    const names = refs.length >= 2 || (refs.some((r) => r.kind === 'previous') && !refs.some((r) => r.kind === 'current')) ? [] : namedParts(message);
    return withRefs('compare', { refs: [...refs, ...names.map((n): ProductRef => ({ kind: 'name', text: n }))] });
  }
  if (R.reviews.test(text)) return withRefs('review-summary');
  if (!topics.length && ctx.isFaq?.(message)) return withRefs('shop-question', { topics: ['faq'] });
  if (topics.length && !R.bundle.test(text)) return withRefs('shop-question');
  if (R.bundle.test(text)) return withRefs('bundle');
  if (R.deal.test(text)) {
    const deal: DealKind = R.dealValue.test(text) ? 'best-value' : R.dealSale.test(text) ? 'on-sale' : 'cheapest';
    // "cheaper ones" after a search narrows it; "cheapest X" is its own question.
    return withRefs('best-deal', { deal });
  }
  if (R.recommend.test(text)) return withRefs('recommend');

  // A follow-up made only of filters narrows the last search: "cheaper", "in blue", "under $50", "便宜点的".
  if (ctx.hasPreviousSearch && !refs.some((r) => r.kind === 'id') && ctx.filtersOnly?.(query || text)) {
    return withRefs('search', { refine: true });
  }

  // A question about one product: "is this waterproof?", "防水吗", "is the second one in stock?".
  const pointsAtOne = refs.length === 1 && refs[0]!.kind !== 'previous';
  const concept = conceptsInQuestion(text).length > 0;
  const asks = R.question.test(text);
  if (pointsAtOne && (asks || concept || /\b(?:tell me (?:more )?about|more about|details)\b|详细|介绍|说说/i.test(text))) return withRefs('product-question');
  // Without "this"/"it", only a short question about a feature counts ("waterproof?", "防水吗"): a message
  // naming a product kind or a price is a search even on a product page.
  const aboutFocus = deictic ? asks || concept : asks && concept && !ctx.looksLikeSearch?.(message);
  if (focus && aboutFocus && !R.searchVerb.test(text) && !plural) {
    return withRefs('product-question', { refs: refs.length ? refs : [{ kind: 'current' }] });
  }
  if (refs.length === 1 && refs[0]!.kind === 'id') return withRefs('product-question');

  if (!query) return withRefs(ctx.hasPreviousSearch ? 'search' : 'small-talk', ctx.hasPreviousSearch ? { refine: true } : { smallTalk: 'help' });
  return withRefs('search');
}
