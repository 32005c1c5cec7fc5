/**
 * The assistant: message → intent → retrieval → answer. With a model loaded it reads the intent with a
 * JSON-schema call and writes the answer by streaming, every chunk verified against the catalog; without
 * one (or when the model fails) it answers from the same facts with templates. Either way the products,
 * comparisons and review summaries shown come from retrieval, never from model text.
 */
import type { Catalog, Product } from '../catalog/types.ts';
import type { ChatEngine } from '../llm/engine.ts';
import { isAbortError } from '../llm/errors.ts';
import type { AssistantStrings } from '../i18n/assistant/types.ts';
import type { Lang } from '../i18n/types.ts';
import type { Comparison } from './compare.ts';
import { composeAnswer } from './compose.ts';
import { retrieve, type ConversationState, type FilterOps, type RetrieveDeps } from './grounding.ts';
import type { Grounding, ResultMode } from './grounding-types.ts';
import { type Intent, type IntentContext } from '../understand/intents.ts';
import { lexiconFor, type Lexicon } from '../understand/lexicon.ts';
import { readMessage, type ShopperRequest } from '../understand/read.ts';
import { parseQuery } from '../understand/filters.ts';
import { contentWords } from './product-answer.ts';
import { CHEAPER, MORE } from '../understand/refine.ts';
import { faqScore } from './store-answer.ts';
import { modelIntent } from './intent-model.ts';
import type { HistoryPort, ParsedQuery, RecommenderPort, SearchPort } from './ports.ts';
import { buildPrompt, DEFAULT_BUDGET, type PromptBudget, type Turn } from './prompt.ts';
import type { ReviewSummary } from './reviews.ts';
import type { RecommendationReason } from '../recommend/types.ts';
import { failedSummary, plainText, summarize, type AnswerSummary } from './summary.ts';
import { answerPriceDrops } from './price-drops.ts';
import { rememberedAmounts, rememberedPrices } from './remembered-prices.ts';
import { followUpSuggestions, openingSuggestions } from './suggestions.ts';
import { stablePrefix, verifyAnswer, type Removed } from './verify.ts';
import { CatalogUrlIndex, type UrlLookup } from './catalog-urls.ts';
import { yieldToHost } from '../catalog/time-slice.ts';

export type AnswerBlock =
  | { kind: 'products'; items: { id: string; reason?: string }[]; total: number; /** Shown as alternatives, under this heading. */ alternatives?: string }
  | { kind: 'compare'; comparison: Comparison }
  | { kind: 'reviews'; summary: ReviewSummary };

export interface Notice {
  kind: 'removed' | 'model-failed' | 'stopped';
  text: string;
}

export type AnswerStatus = 'thinking' | 'streaming' | 'done' | 'stopped' | 'error';

export interface Answer {
  id: number;
  question: string;
  intent?: Intent;
  mode?: ResultMode;
  /** Verified markdown: product references as [[id]], links only to catalog pages. */
  text: string;
  /** Who wrote `text`. */
  source: 'model' | 'template';
  blocks: AnswerBlock[];
  notices: Notice[];
  suggestions: string[];
  status: AnswerStatus;
  /** What the model's answer had removed (for tests and the console). */
  removed: Removed[];
  /** The finished answer in plain data (what `guide.ask()` resolves to). */
  summary?: AnswerSummary;
}

export interface AssistantDeps {
  catalog: Catalog;
  search: SearchPort;
  filters: FilterOps;
  /** The current engine: the model may load (or fail) while the conversation goes on. */
  engine: () => ChatEngine | null;
  recommender?: RecommenderPort;
  history?: HistoryPort;
  /** Recommender reason → words. */
  wordReason?: (reason: RecommendationReason) => string | undefined;
  /** The shopper's taste in one line, for the model (from the history profile). */
  profile?: () => Promise<string | undefined>;
  lang: Lang;
  strings: AssistantStrings;
  /** URL that relative catalog URLs resolve against (the page). */
  baseUrl: string;
  budget?: PromptBudget;
}

export interface AskOptions {
  signal?: AbortSignal;
  /** Called with a fresh snapshot of the answer whenever it changes. */
  onUpdate?: (answer: Answer) => void;
  /** Replaces the previous exchange (retry) instead of adding to the conversation. */
  retry?: boolean;
}

/** Modes answered by templates even when a model is loaded: instant, and nothing to write about. */
const TEMPLATE_ONLY: ResultMode[] = ['chat', 'none', 'not-sold', 'more'];

/** Words that carry no search meaning in a follow-up ("something cheaper", "便宜一点的"). */
const FILLER = new Set(
  'something anything ones one some any show only just what about how maybe bit more less else other others please cheaper expensive 一点 一些 点 些 要 只看 只要 给我 还有 更 再 别的 其他 便宜'.split(' '),
);

const MAX_TURNS = 12;

export class Assistant {
  private readonly turns: Turn[] = [];
  private readonly state: ConversationState = { lastResultIds: [] };
  private nextId = 1;

  constructor(private readonly deps: AssistantDeps) {}

  get lang(): Lang {
    return this.deps.lang;
  }

  get strings(): AssistantStrings {
    return this.deps.strings;
  }

  get catalog(): Catalog {
    return this.deps.catalog;
  }

  private lexiconBuild: Promise<Lexicon> | null = null;
  /**
   * The catalog's vocabulary (types, brands, units), built once in time slices (on the first question,
   * or earlier through `prepare()`). Then the reader runs once on a stand-in message in tasks of their
   * own: its first run compiles the parser's patterns (40–50 ms at first use on a slow machine), which
   * would otherwise land in one task with the lexicon's last slice and the first answer's own reading.
   */
  private lexicon(): Promise<Lexicon> {
    return (this.lexiconBuild ??= lexiconFor(this.deps.catalog.products).then(async (lexicon) => {
      // The filter parser's patterns, then the reader's: two tasks of ~20–30 ms rather than one.
      const parse = this.parserFor(lexicon);
      const sample = 'show me something under 50';
      await yieldToHost();
      parse(sample);
      await yieldToHost();
      readMessage(sample, { ...this.intentContext(parse), lexicon, parse });
      await yieldToHost();
      return lexicon;
    }));
  }

  /** Builds what the first answer needs (the lexicon) ahead of it, in slices; answers wait for it anyway. */
  prepare(): Promise<void> {
    return this.lexicon().then(() => undefined);
  }

  /** The filter parser over the lexicon's vocabulary (built in slices; the search's own is built at once on first use). */
  private parserFor(lexicon: Lexicon): (text: string) => ParsedQuery {
    return (t) => parseQuery(t, this.deps.lang, lexicon.vocabulary);
  }

  private urls: UrlLookup | null = null;
  /** The catalog's own product URLs → ids: the only links an answer may keep. Looked up per URL, never built for the whole catalog. */
  get catalogUrls(): UrlLookup {
    return (this.urls ??= new CatalogUrlIndex(this.deps.catalog.products, this.deps.baseUrl));
  }

  private opening: readonly string[] | null = null;
  /**
   * Quick questions to offer before the shopper has asked anything. Worked out once: they depend only on
   * the catalog and the page's product, which stay the same for this assistant (the UI asks on every render).
   */
  openingSuggestions(): string[] {
    this.opening ??= openingSuggestions(this.deps.catalog.byId.get(this.deps.catalog.currentProductId ?? ''), this.deps.strings, this.deps.catalog.products);
    return [...this.opening];
  }

  /** Forgets the conversation (follow-ups start afresh). */
  reset(): void {
    this.turns.length = 0;
    this.state.lastResultIds = [];
    this.state.focusId = undefined;
    this.state.lastSearch = undefined;
    this.state.askedAttributes = undefined;
  }

  private intentContext(parse: (text: string) => ParsedQuery): IntentContext {
    return {
      lang: this.deps.lang,
      byId: this.deps.catalog.byId,
      currentProductId: this.deps.catalog.currentProductId,
      focusId: this.state.focusId,
      lastResultIds: this.state.lastResultIds,
      hasPreviousSearch: !!this.state.lastSearch,
      previousFilters: this.state.lastSearch?.query.filters,
      askedAttributes: this.state.askedAttributes,
      filtersOnly: (text) => {
        const q = parse(text);
        const f = q.filters as Record<string, unknown>;
        // A product kind or brand starts a new search ("hiking boots" after "running shoes").
        if ((Array.isArray(f.categories) && f.categories.length) || (Array.isArray(f.brands) && f.brands.length)) return false;
        const rest = contentWords(q.text, this.deps.lang).filter((w) => !FILLER.has(w));
        return (!this.deps.filters.isEmpty(q.filters) || !!q.sort || CHEAPER.test(text) || MORE.test(text.trim())) && rest.length === 0;
      },
      looksLikeSearch: (text) => {
        const f = parse(text).filters as Record<string, unknown>;
        return ['categories', 'brands', 'priceMax', 'priceMin'].some((k) => (Array.isArray(f[k]) ? (f[k] as unknown[]).length > 0 : f[k] !== undefined));
      },
      isFaq: (text) => {
        const { score, shared } = faqScore(this.deps.catalog.store.faq ?? [], text, this.deps.lang);
        return score >= 0.99 || (score >= 0.6 && shared >= 2);
      },
    };
  }

  async ask(message: string, options: AskOptions = {}): Promise<Answer> {
    const { signal, onUpdate } = options;
    const s = this.deps.strings;
    // A retry replaces the exchange it repeats (a stopped answer left none behind).
    if (options.retry && this.turns.at(-2)?.role === 'user' && this.turns.at(-2)?.text === message) this.turns.splice(-2, 2);

    const answer: Answer = { id: this.nextId++, question: message, text: '', source: 'template', blocks: [], notices: [], suggestions: [], status: 'thinking', removed: [] };
    const emit = () => onUpdate?.({ ...answer, blocks: [...answer.blocks], notices: [...answer.notices], suggestions: [...answer.suggestions] });
    const stop = () => {
      answer.status = 'stopped';
      answer.notices.push({ kind: 'stopped', text: s.stopped });
      answer.summary = { ...failedSummary(answer.text), status: 'error' };
      emit();
      return answer;
    };
    emit();

    try {
      // 1. Intent: the rules at once; the model's reading when one is loaded.
      const lexicon = await this.lexicon();
      const parse = this.parserFor(lexicon);
      const ctx = this.intentContext(parse);
      const request = readMessage(message, { ...ctx, lexicon, parse });
      // Price memory (issue 13): "has anything I looked at dropped in price?" is answered from the history alone.
      if (this.deps.history && request.aboutPriceMemory) return await this.priceDrops(message, answer, emit);
      // Reading, retrieving and showing the answer each take tens of ms at 100k products: one task each.
      await yieldToHost();
      const rules = request.intent;
      const engine = this.deps.engine();
      const modelReady = !!engine?.ready && engine.canChat !== false;
      const retrieveDeps: RetrieveDeps = {
        catalog: this.deps.catalog,
        search: this.deps.search,
        parse: (t: string) => parse(t),
        filters: this.deps.filters,
        recommender: this.deps.recommender,
        events: this.deps.history ? () => this.deps.history!.events() : undefined,
        lexicon,
        wordReason: this.deps.wordReason,
        lang: this.deps.lang,
        strings: s,
      };
      let intent: Intent = rules;
      let grounding: Grounding | null = null;
      // The shopper's taste for the model's prompt, read from history while everything else runs (once:
      // retrieval leaves it to this; only the model's prompt uses it).
      const profile = modelReady && rules.kind !== 'small-talk' ? this.deps.profile?.().catch(() => undefined) : undefined;
      if (modelReady && rules.kind !== 'small-talk') {
        // Retrieval for the rules' reading runs while the model reads the message: when both agree
        // (the usual case) the facts are ready the moment the intent is, and nothing waits twice.
        const early = retrieve(rules, message, this.state, retrieveDeps, request).catch(() => null);
        intent = (await modelIntent(engine!, message, ctx, this.turns, rules, signal)) ?? rules;
        if (intent === rules || this.sameReading(intent, rules, parse)) grounding = await early;
      }
      if (signal?.aborted) return stop();

      // 2. Retrieval (unless the early one fits).
      // The model's reading keeps the catalog's reading of the words (types, quantities, not sold).
      grounding ??= await retrieve(intent, message, this.state, retrieveDeps, intent === rules ? request : { ...readMessage(intent.query || message, { ...ctx, lexicon, parse }), intent });
      const byModel = modelReady && !TEMPLATE_ONLY.includes(grounding.mode);
      grounding.remembered = await this.rememberedPrices(grounding, byModel);
      await yieldToHost();
      if (signal?.aborted) return stop();
      answer.intent = intent;
      answer.mode = grounding.mode;
      answer.blocks = blocksFor(grounding, s.alternativesLabel);
      answer.suggestions = followUpSuggestions(grounding, s);
      this.remember(message, grounding, request);
      emit();

      // 3. Words.
      if (byModel) {
        grounding.profile = await profile;
        const ok = await this.streamModelAnswer(engine!, message, grounding, answer, emit, signal);
        if (ok === 'stopped') return stop();
        if (ok === 'failed') {
          answer.text = composeAnswer(grounding, s);
          answer.source = 'template';
          answer.notices.push({ kind: 'model-failed', text: s.modelFailed });
        }
      } else {
        answer.text = composeAnswer(grounding, s);
      }
      this.turns.push({ role: 'user', text: message }, { role: 'assistant', text: turnText(answer) });
      if (this.turns.length > MAX_TURNS) this.turns.splice(0, this.turns.length - MAX_TURNS);
      answer.status = 'done';
      answer.summary = summarize(grounding, answer.text, answer.source, this.deps.catalog, shownIds(answer.blocks));
      emit();
      void this.record(message, grounding);
      return answer;
    } catch (e) {
      if (signal?.aborted || isAbortError(e)) return stop();
      console.warn('[shop-guide] the assistant could not answer', e);
      answer.status = 'error';
      answer.text = answer.text || s.failed;
      answer.summary = failedSummary(answer.text);
      emit();
      return answer;
    }
  }

  /** What the history remembers of the prices and stock of the answer's products (remembered-prices.ts); never fails an answer. */
  private async rememberedPrices(g: Grounding, forModel: boolean): Promise<Grounding['remembered']> {
    if (!this.deps.history) return undefined;
    try {
      return rememberedPrices(g, await this.deps.history.events(), this.deps.catalog, forModel);
    } catch (e) {
      console.warn('[shop-guide] could not read the price memory', e);
      return undefined;
    }
  }

  /** "Has anything I looked at dropped in price?": the history's price memory against the catalog (price-drops.ts). */
  private async priceDrops(message: string, answer: Answer, emit: () => void): Promise<Answer> {
    const found = answerPriceDrops(await this.deps.history!.events(), this.deps.catalog, this.deps.lang);
    answer.text = found.text;
    answer.blocks = found.ids.length ? [{ kind: 'products', items: found.ids.map((id) => ({ id })), total: found.ids.length }] : [];
    answer.status = 'done';
    const text = plainText(found.text, this.deps.catalog);
    answer.summary = { kind: 'deals', status: found.ids.length ? 'ok' : 'empty', text, productIds: found.ids, alternativeIds: [], comparedIds: [], source: 'retrieval' };
    if (found.memories.length) answer.summary.priceMemory = found.memories;
    this.state.lastResultIds = found.ids;
    this.turns.push({ role: 'user', text: message }, { role: 'assistant', text });
    emit();
    return answer;
  }

  /** Streams the model's answer into `answer.text`, verified chunk by chunk. */
  private async streamModelAnswer(
    engine: ChatEngine,
    message: string,
    g: Grounding,
    answer: Answer,
    emit: () => void,
    signal?: AbortSignal,
  ): Promise<'ok' | 'stopped' | 'failed'> {
    const s = this.deps.strings;
    const prompt = buildPrompt({
      grounding: g,
      question: message,
      history: this.turns,
      lang: this.deps.lang,
      strings: s,
      store: this.deps.catalog.store,
      budget: this.deps.budget ?? DEFAULT_BUDGET,
    });
    const ctx = {
      byId: this.deps.catalog.byId,
      amounts: amountsIn(g, message),
      baseUrl: this.deps.baseUrl,
      pricePlaceholder: s.pricePlaceholder,
      urls: this.catalogUrls,
    };
    answer.status = 'streaming';
    answer.source = 'model';
    let raw = '';
    try {
      const stream = engine.chat({ messages: prompt.messages, signal, temperature: 0.3, maxTokens: (this.deps.budget ?? DEFAULT_BUDGET).output });
      for await (const delta of stream) {
        raw += delta;
        const shown = verifyAnswer(stablePrefix(raw), ctx).text;
        if (shown !== answer.text) {
          answer.text = shown;
          emit();
        }
      }
    } catch (e) {
      const verified = verifyAnswer(stablePrefix(raw), ctx);
      answer.text = verified.text;
      if (signal?.aborted || isAbortError(e)) return 'stopped';
      console.warn('[shop-guide] the model failed mid-answer; answering from the catalog', e);
      return 'failed';
    }
    const verified = verifyAnswer(raw, ctx);
    if (!verified.text.trim()) return 'failed';
    answer.text = verified.text;
    answer.removed = verified.removed;
    if (verified.removed.length) {
      const counts = { id: 0, link: 0, price: 0, html: 0 };
      for (const r of verified.removed) counts[r.kind]++;
      answer.notices.push({ kind: 'removed', text: s.removedNotice(counts) });
    }
    // Products the model named that the cards don't show yet get cards too (catalog ids only).
    const shown = new Set(answer.blocks.flatMap((b) => (b.kind === 'products' ? b.items.map((i) => i.id) : b.kind === 'compare' ? b.comparison.ids : [])));
    const extra = verified.ids.filter((id) => !shown.has(id) && this.deps.catalog.byId.has(id));
    if (extra.length) answer.blocks.push({ kind: 'products', items: extra.map((id) => ({ id })), total: extra.length });
    return 'ok';
  }

  /** Whether two readings of a message retrieve the same facts. */
  private sameReading(a: Intent, b: Intent, parse: (text: string) => ParsedQuery): boolean {
    if (a.kind !== b.kind || a.refine !== b.refine || a.deal !== b.deal) return false;
    if (JSON.stringify(a.refs) !== JSON.stringify(b.refs) || a.topics.join() !== b.topics.join()) return false;
    const q = (i: Intent) => JSON.stringify(parse(i.query));
    return a.query === b.query || q(a) === q(b);
  }

  private remember(message: string, g: Grounding, request?: ShopperRequest): void {
    const ids = g.products.map((p) => p.product.id);
    // What a question about one product asked for, for "show me pans that do" next.
    const asked = g.mode === 'product' ? request?.query.filters.attributes : undefined;
    if (asked && Object.keys(asked).length) this.state.askedAttributes = asked;
    if (g.mode === 'pick' && g.pick) this.state.focusId = g.pick.id;
    if (g.mode === 'product' || g.mode === 'reviews' || g.mode === 'bundle') this.state.focusId = g.subject?.id ?? this.state.focusId;
    if (ids.length && g.mode !== 'product' && g.mode !== 'reviews' && g.mode !== 'pick') {
      this.state.lastResultIds = ids;
      if (ids.length === 1) this.state.focusId = ids[0];
    }
    if (g.query && (g.mode === 'search' || g.mode === 'refined' || g.mode === 'relaxed' || g.mode === 'more' || g.mode === 'recommend' || g.mode.startsWith('deal-'))) {
      this.state.lastSearch = { query: g.query, queryText: g.queryText ?? message, offset: g.offset ?? 0, total: g.total };
    }
  }

  private async record(message: string, g: Grounding): Promise<void> {
    if (!this.deps.history || !g.query) return;
    try {
      await this.deps.history.record({ type: 'search', query: message.slice(0, 200) });
    } catch (e) {
      console.warn('[shop-guide] could not record the search in history', e);
    }
  }
}

/** Product cards shown, in order (comparison columns excluded). */
function shownIds(blocks: AnswerBlock[]): string[] {
  return [...new Set(blocks.flatMap((b) => (b.kind === 'products' ? b.items.map((i) => i.id) : [])))];
}

function blocksFor(g: Grounding, alternativesLabel?: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  if (g.comparison) blocks.push({ kind: 'compare', comparison: g.comparison });
  if (g.reviews) blocks.push({ kind: 'reviews', summary: g.reviews });
  const showCards = g.mode !== 'compare' && g.mode !== 'shop' && g.mode !== 'chat' && g.mode !== 'none';
  if (showCards && g.products.length) blocks.push({ kind: 'products', items: g.products.map((p) => ({ id: p.product.id, reason: p.reason })), total: g.total || g.products.length });
  if (g.alternatives?.length && alternativesLabel) {
    blocks.push({ kind: 'products', items: g.alternatives.map((p) => ({ id: p.product.id, reason: p.reason })), total: g.alternatives.length, alternatives: alternativesLabel });
  }
  if (g.mode === 'compare') blocks.push({ kind: 'products', items: g.products.map((p) => ({ id: p.product.id })), total: g.products.length });
  return blocks;
}

/** What the conversation memory keeps of an answer: its text plus the products it showed. */
function turnText(a: Answer): string {
  const ids = a.blocks.flatMap((b) => (b.kind === 'products' ? b.items.map((i) => i.id) : []));
  return ids.length ? `${a.text}\n(shown: ${[...new Set(ids)].slice(0, 6).map((id) => `[[${id}]]`).join(', ')})` : a.text;
}

/** Money amounts the answer may quote: those in the facts, and the shopper's own numbers. */
export function amountsIn(g: Grounding, message: string): number[] {
  const out: number[] = [];
  const product = (p: Product) => {
    if (p.price !== undefined) out.push(p.price);
    if (p.listPrice !== undefined) out.push(p.listPrice);
    if (p.price !== undefined && p.listPrice !== undefined) out.push(Math.round((p.listPrice - p.price) * 100) / 100);
    for (const o of p.offers) out.push(o.price, ...(o.listPrice !== undefined ? [o.listPrice] : []));
    for (const v of p.variants) if (v.price !== undefined) out.push(v.price);
  };
  g.products.forEach((r) => product(r.product));
  if (g.subject) product(g.subject);
  if (g.current) product(g.current);
  const a = g.storeAnswer;
  if (a) {
    for (const s of a.shipping) out.push(...[s.cost, s.freeOver].filter((x): x is number => typeof x === 'number'));
    if (a.returns?.feeAmount !== undefined) out.push(a.returns.feeAmount);
    for (const f of a.faq) for (const m of f.answer.matchAll(/\d+(?:[.,]\d+)?/g)) out.push(Number(m[0].replace(',', '.')));
  }
  // Prices the shopper saw before (price memory): facts from their own history.
  out.push(...rememberedAmounts(g));
  for (const m of message.normalize('NFKC').matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, '')));
  return out.filter((n) => Number.isFinite(n));
}
