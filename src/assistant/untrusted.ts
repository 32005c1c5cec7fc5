/**
 * Catalog descriptions, reviews and FAQ text come from the shop's pages and its customers: they are
 * untrusted. Before any of it reaches a prompt or the screen it is reduced to plain prose (no tags,
 * no URLs, no markup our own answer format uses), and text that tries to instruct the assistant is
 * recognised so it can be left out of prompts and review quotes. Every check reads the text normalised
 * first (`normalizeForChecks`): zero-width characters, homoglyphs and full-width letters cannot hide a
 * sentence from the check and then vanish on the way to the model.
 */
import { stripInvisible, stripTags } from './text.ts';

const URL_LIKE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'）)\]]*|\b(?:javascript|data|vbscript|file):[^\s<>"']*/gi;
/** A bare domain with a path ("evil.example/pay") is a link a shopper could type in. */
const DOMAIN_PATH = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'）)\]]*/gi;

/** Text that tries to steer the assistant (checked on normalised text, see `normalizeForChecks`). */
const STEERING: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|directions|guidelines)\b/i,
  /\b(?:new|updated|real|hidden)\s+(?:instructions?|system prompt)\b/i,
  /(?:^|[\s"'[(])(?:system|assistant|developer)\s*:/i,
  /\byou\s+(?:are|must|should)\s+now\b/i,
  /\b(?:tell|inform)\s+(?:the\s+)?(?:shopper|user|customer)s?\b/i,
  // "IMPORTANT NOTE FOR THE AI", "Note to the chatbot", "Message for any assistant reading this"
  /\b(?:note|notes|message|notice|instructions?|reminder|memo|request|attention)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+|an?\s+)?(?:ai|a\.i\.|artificial intelligence|assistants?|chat\s*bots?|bots?|models?|llms?|language models?|gpt|chatgpt|agents?)\b/i,
  /\b(?:dear|hey|hello|hi|attention|attn)\b[\s,:!-]+(?:the\s+)?(?:ai|assistant|chat\s*bot|bot|model|llm|gpt|chatgpt)\b/i,
  /\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|assistant|language model|llm|bot|chat\s*bot)\b/i,
  /\b(?:ai|assistants?|chat\s*bots?|bots?|models?|llms?)\s+(?:reading|processing|summari[sz]ing|seeing)\s+this\b/i,
  /忽略.{0,12}(?:指令|指示|提示|规则|设定)/,
  /(?:新的?|隐藏的?)(?:指令|系统提示)/,
  /(?:系统|助手|开发者)\s*[:：]/,
  /(?:告诉|通知)(?:顾客|用户|买家)/,
  /(?:给|致|对)(?:ai|人工智能|机器人|聊天机器人|助手|模型)的?(?:说明|提示|留言|注意|消息|指令|话)/i,
  /(?:ai|人工智能|机器人|助手|模型)(?:请|必须|务必)?注意/i,
];

/** Asking for credentials, markup, and our own answer syntax. */
const OTHER_PATTERNS: RegExp[] = [
  /\b(?:card|account|bank)\s+(?:number|details|pin)\b|\bcvv\b|\bpassword\b/i,
  /(?:银行卡|信用卡)号?|密码|验证码/,
  /<\/?[a-z][^>]*>/i,
  /\]\(\s*(?:javascript|data|vbscript):/i,
  /\[\[[^\]]*\]\]/,
];

/** Zero-width, joiner, soft-hyphen, bidi and tag characters: invisible, so they can split a word a check looks for. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;

/** Letters that look like Latin ones (Cyrillic, Greek, a few Latin variants) → the Latin letter. */
const CONFUSABLE: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ї: 'I', Ј: 'J', Ѕ: 'S', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'H', Ӏ: 'I',
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', х: 'x', у: 'y', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ү: 'y', һ: 'h', ӏ: 'l', ё: 'e', ɡ: 'g',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ı: 'i', ȷ: 'j', ℓ: 'l',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'g');

/**
 * The form every check reads: NFKC (full-width and mathematical letters become plain ones), invisible
 * characters removed, look-alike letters folded to Latin, whitespace collapsed. Only for checks: shown
 * text keeps its own letters (a Russian review stays Russian).
 */
export function normalizeForChecks(text: string): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(CONFUSABLE_RE, (c) => CONFUSABLE[c] ?? c)
    .replace(/\s+/g, ' ');
}

/** Whether untrusted text tries to steer the assistant (no URL or markup checks: for store FAQ text). */
export function triesToSteer(text: string): boolean {
  const t = normalizeForChecks(text);
  return STEERING.some((re) => re.test(t));
}

/** Whether untrusted text tries to steer the assistant, carries markup, or links somewhere. */
export function looksLikeInjection(text: string): boolean {
  const t = normalizeForChecks(text);
  if (STEERING.some((re) => re.test(t)) || OTHER_PATTERNS.some((re) => re.test(t))) return true;
  URL_LIKE.lastIndex = 0;
  DOMAIN_PATH.lastIndex = 0;
  return URL_LIKE.test(t) || DOMAIN_PATH.test(t);
}

/**
 * Plain prose from untrusted text: tags stripped, links replaced by "[link]", markdown link syntax and our
 * `[[id]]` product-reference syntax neutralised, prompt delimiters removed, whitespace collapsed.
 */
export function sanitizeUntrusted(text: string): string {
  return stripInvisible(stripTags(String(text ?? '')).replace(INVISIBLE, ''))
    .replace(/&(?:lt|gt|amp|quot|#39|nbsp);/g, ' ')
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1')
    .replace(URL_LIKE, '[link]')
    .replace(DOMAIN_PATH, '[link]')
    .replace(/\[\[|\]\]/g, ' ')
    .replace(/<\/?(?:data|facts|reviews?|product|store)[^>]*>/gi, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
