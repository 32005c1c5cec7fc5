/**
 * Intent understanding with the model: one JSON-schema-constrained call that reads the message in the
 * context of the conversation. Its output is validated and mapped onto the same `Intent` the rules
 * produce; anything unusable falls back to the rules.
 */
import type { ChatEngine, ChatMessage, JsonSchema } from '../llm/engine.ts';
import { INTENT_KINDS, type DealKind, type Intent, type IntentContext, type ProductRef } from '../understand/intents.ts';
import type { ShopTopic } from './store-answer.ts';
import { sanitizeUntrusted } from './untrusted.ts';
import { clip } from './text.ts';

export const INTENT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    intent: { type: 'string', enum: [...INTENT_KINDS] },
    query: { type: 'string' },
    products: { type: 'array', items: { type: 'string' }, maxItems: 4 },
    refine: { type: 'boolean' },
    topics: { type: 'array', items: { type: 'string', enum: ['shipping', 'returns', 'payment', 'faq'] } },
    deal: { type: 'string', enum: ['cheapest', 'on-sale', 'best-value', 'none'] },
  },
  required: ['intent', 'query', 'products', 'refine'],
  additionalProperties: false,
};

interface ModelIntent {
  intent: string;
  query: string;
  products: string[];
  refine: boolean;
  topics?: string[];
  deal?: string;
}

export function intentMessages(message: string, ctx: IntentContext, recent: { role: 'user' | 'assistant'; text: string }[]): ChatMessage[] {
  const shown = ctx.lastResultIds
    .slice(0, 5)
    .map((id, i) => `${i + 1}. ${id}: ${clip(sanitizeUntrusted(ctx.byId.get(id)?.title ?? ''), 80)}`)
    .join('\n');
  const page = ctx.currentProductId ? `${ctx.currentProductId}: ${clip(sanitizeUntrusted(ctx.byId.get(ctx.currentProductId)?.title ?? ''), 80)}` : 'none';
  const system = [
    'Classify a shopper message for an online store assistant. Reply with JSON only, matching the schema.',
    'intent: search (find products), product-question (about one product), shop-question (shipping, returns, payment, store FAQ),',
    'compare (2-4 products), recommend (personal suggestions), review-summary, bundle (what goes with a product / outfit),',
    'best-deal (cheapest, on sale, best value), small-talk (greetings, thanks, who are you), out-of-scope (anything unrelated to shopping here).',
    'query: the product words to search for, keeping price/brand/colour/rating/stock conditions, without filler; "" if none.',
    'products: ids from the lists below that the message refers to ("this" = the page product; "the second one" = item 2 of the last results), or product names as written.',
    'refine: true when the message only narrows or changes the previous search (e.g. "cheaper", "in blue", "only in stock").',
  ].join('\n');
  const context = [
    `Page product: ${page}`,
    `Last results:\n${shown || 'none'}`,
    `Earlier messages:\n${recent.slice(-4).map((t) => `${t.role}: ${clip(t.text.replace(/\s+/g, ' '), 160)}`).join('\n') || 'none'}`,
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `${context}\n\nMessage: ${message.replace(/\s+/g, ' ').slice(0, 600)}` },
  ];
}

/** Maps validated model output onto an Intent; null when it is not usable. */
export function intentFromModel(out: unknown, ctx: IntentContext): Intent | null {
  if (typeof out !== 'object' || out === null) return null;
  const m = out as Partial<ModelIntent>;
  if (typeof m.intent !== 'string' || !(INTENT_KINDS as readonly string[]).includes(m.intent)) return null;
  const kind = m.intent as Intent['kind'];
  const refs: ProductRef[] = [];
  for (const raw of Array.isArray(m.products) ? m.products.slice(0, 4) : []) {
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const t = raw.trim();
    const id = ctx.byId.has(t) ? t : ctx.byId.has(t.toUpperCase()) ? t.toUpperCase() : null;
    if (id) refs.push({ kind: 'id', id });
    else if (/^(?:this|it|this one|这款|这个|它)$/i.test(t) && (ctx.focusId || ctx.currentProductId)) refs.push({ kind: 'current' });
    else if (t.length >= 3 && t.length <= 120) refs.push({ kind: 'name', text: t });
  }
  const topics = (Array.isArray(m.topics) ? m.topics : []).filter((t): t is ShopTopic => ['shipping', 'returns', 'payment', 'faq'].includes(String(t)));
  const deal = ['cheapest', 'on-sale', 'best-value'].includes(String(m.deal)) ? (m.deal as DealKind) : undefined;
  return {
    kind,
    query: typeof m.query === 'string' ? m.query.slice(0, 200) : '',
    refs,
    refine: m.refine === true && ctx.hasPreviousSearch,
    topics,
    ...(deal ? { deal } : {}),
    ...(kind === 'small-talk' ? { smallTalk: 'help' as const } : {}),
    source: 'model',
  };
}

/**
 * Asks the model; returns null on any failure (the caller then uses the rules). The rules' reading fills
 * what the model leaves out: product references ("these") and small-talk flavour.
 */
export async function modelIntent(
  engine: ChatEngine,
  message: string,
  ctx: IntentContext,
  recent: { role: 'user' | 'assistant'; text: string }[],
  rules: Intent,
  signal?: AbortSignal,
): Promise<Intent | null> {
  try {
    const out = await engine.json<ModelIntent>({
      messages: intentMessages(message, ctx, recent),
      schema: INTENT_SCHEMA,
      temperature: 0,
      maxTokens: 160,
      signal,
    });
    const intent = intentFromModel(out, ctx);
    if (!intent) return null;
    if (!intent.refs.length && rules.refs.length) intent.refs = rules.refs;
    if (intent.kind === 'small-talk' && rules.smallTalk) intent.smallTalk = rules.smallTalk;
    if (intent.kind === 'shop-question' && !intent.topics.length) intent.topics = rules.topics;
    if (intent.kind === 'best-deal' && !intent.deal) intent.deal = rules.deal ?? 'cheapest';
    return intent;
  } catch (e) {
    if (signal?.aborted) throw e;
    return null;
  }
}
