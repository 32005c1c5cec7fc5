/**
 * Catalog descriptions, reviews and FAQ text come from the shop's pages and its customers: they are
 * untrusted. Before any of it reaches a prompt or the screen it is reduced to plain prose (no tags,
 * no URLs, no markup our own answer format uses), and text that tries to instruct the assistant is
 * recognised so it can be left out of prompts and review quotes.
 */
import { stripInvisible, stripTags } from './text.ts';

const URL_LIKE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'）)\]]*|\b(?:javascript|data|vbscript|file):[^\s<>"']*/gi;
/** A bare domain with a path ("evil.example/pay") is a link a shopper could type in. */
const DOMAIN_PATH = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'）)\]]*/gi;

const INJECTION_PATTERNS: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(?:instructions?|prompts?|rules|directions|guidelines)\b/i,
  /\b(?:new|updated|real|hidden)\s+(?:instructions?|system prompt)\b/i,
  /(?:^|[\s"'[(])(?:system|assistant|developer)\s*:/i,
  /\byou\s+(?:are|must|should)\s+now\b/i,
  /\b(?:tell|inform)\s+(?:the\s+)?(?:shopper|user|customer)s?\b/i,
  /\b(?:card|account|bank)\s+(?:number|details|pin)\b|\bcvv\b|\bpassword\b/i,
  /忽略.{0,12}(?:指令|指示|提示|规则|设定)/,
  /(?:新的?|隐藏的?)(?:指令|系统提示)/,
  /(?:系统|助手|开发者)\s*[:：]/,
  /(?:告诉|通知)(?:顾客|用户|买家)/,
  /(?:银行卡|信用卡)号?|密码|验证码/,
  /<\/?[a-z][^>]*>/i,
  /\]\(\s*(?:javascript|data|vbscript):/i,
  /\[\[[^\]]*\]\]/,
];

/** Whether untrusted text tries to steer the assistant, carries markup, or links somewhere. */
export function looksLikeInjection(text: string): boolean {
  if (INJECTION_PATTERNS.some((re) => re.test(text))) return true;
  URL_LIKE.lastIndex = 0;
  DOMAIN_PATH.lastIndex = 0;
  return URL_LIKE.test(text) || DOMAIN_PATH.test(text);
}

/**
 * Plain prose from untrusted text: tags stripped, links replaced by "[link]", markdown link syntax and our
 * `[[id]]` product-reference syntax neutralised, prompt delimiters removed, whitespace collapsed.
 */
export function sanitizeUntrusted(text: string): string {
  return stripInvisible(stripTags(String(text ?? '')))
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
