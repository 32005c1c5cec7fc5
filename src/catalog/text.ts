/**
 * Turns shop-provided strings into plain text: HTML tags removed (script/style bodies with them),
 * entities decoded, control characters dropped, whitespace collapsed, length capped. Regex-based on
 * purpose: no DOM parser, so it runs in workers and never instantiates the shop's markup.
 */

const BLOCK_TAGS = /<\s*(?:br|\/p|\/div|\/li|\/h[1-6]|\/tr|hr)\b[^>]*>/gi;
const DROP_BLOCKS = /<\s*(script|style|template|noscript|iframe|object)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(?:-->|$)/g;
const TAGS = /<\/?([a-zA-Z][a-zA-Z0-9]*)[^<>]*>|<\/?[a-zA-Z][^<>]*$/g;
/** Inline elements vanish without a trace ("<b>bold</b>." stays "bold."); others separate words. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'u', 's', 'small', 'sup', 'sub', 'mark', 'code', 'abbr', 'font']);
const LOOKS_LIKE_HTML = /<\s*\/?\s*[a-zA-Z!][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;
// C0/C1 controls except tab/newline, the bidi overrides that can disguise text, and invisible characters
// that split words ("Ze\u200Bbrand" must match "Zebrand"). ZWJ/ZWNJ stay: emoji and some scripts need them.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u202a-\u202e\u2060-\u2069\ufeff]/g;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', deg: '°', times: '×',
  euro: '€', pound: '£', yen: '¥', cent: '¢', middot: '·', bull: '•', laquo: '«', raquo: '»', shy: '',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

/** Entity-escaped formatting tags or entities: the sign of HTML stored escaped a second time. */
const ESCAPED_MARKUP = /&lt;\/?(?:p|br|div|span|strong|em|b|i|u|ul|ol|li|h[1-6]|table|tbody|tr|td|th|blockquote|hr)\b[^&]*?\/?&gt;|&amp;(?:nbsp|amp|quot|#\d{2,5}|rsquo|lsquo|ldquo|rdquo|ndash|mdash|hellip);/i;

function stripTags(s: string): string {
  return s.replace(COMMENTS, ' ').replace(DROP_BLOCKS, ' ').replace(BLOCK_TAGS, '\n').replace(TAGS, (_m, name?: string) => (name && INLINE.has(name.toLowerCase()) ? '' : ' '));
}

export interface CleanResult {
  text: string;
  /** The input carried markup or entities that were removed. */
  hadHtml: boolean;
  /** The text was longer than `max` and was cut. */
  truncated: boolean;
}

/**
 * Plain text from a string that may hold HTML. `multiline` keeps paragraph breaks (descriptions,
 * reviews); otherwise everything collapses onto one line (titles, names).
 */
/** Anything cleanText would change; most shop strings have none of it and skip the regex passes. */
const NEEDS_WORK = /[<&\u0000-\u001f\u007f-\u00a0\u00ad\u180e\u200b\u202a-\u202e\u2060-\u2069\u3000\ufeff]|\s\s|^\s|\s$/;

export function cleanText(input: string, max: number, multiline = false): CleanResult {
  if (input.length <= max && !NEEDS_WORK.test(input)) return { text: input, hadHtml: false, truncated: false };
  let s = input;
  const hadHtml = LOOKS_LIKE_HTML.test(s);
  if (hadHtml) {
    // HTML escaped once more (WooCommerce's `&lt;p&gt;…&amp;nbsp;`) is formatting, not text: unwrapped first.
    if (ESCAPED_MARKUP.test(s)) s = decodeEntities(s);
    s = stripTags(s);
    s = decodeEntities(s);
    // Other entities that decoded into markup (`&lt;script&gt;` in a review) are shown as the text they are.
  }
  s = s.replace(CONTROLS, '');
  s = multiline
    ? s.replace(/[ \t\f\v\u00a0\u3000]+/g, ' ').replace(/ *\r?\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : s.replace(/\s+/g, ' ').trim();
  let truncated = false;
  if (s.length > max) {
    truncated = true;
    // Cut at a word boundary when one is near, and never inside a surrogate pair.
    let cut = s.lastIndexOf(' ', max);
    if (cut < max * 0.8) cut = max;
    if (/[\ud800-\udbff]/.test(s[cut - 1] ?? '')) cut--;
    s = `${s.slice(0, cut).trimEnd()}…`;
  }
  return { text: s, hadHtml, truncated };
}

/** Anything but printable ASCII, or spaces to collapse or trim: the strings normalizeKey must do more than lower-case. */
const KEY_NEEDS_WORK = /[^\x20-\x7e]|\s\s|^\s|\s$/;

/** Zero-width and other invisible characters: nothing to match on. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Lower-case, NFKC (full-width letters and digits become ASCII), invisible characters dropped, single spaces. */
export function normalizeKey(s: string): string {
  // Printable ASCII is its own NFKC form, and its only whitespace is the single spaces checked above.
  if (!KEY_NEEDS_WORK.test(s)) return s.toLowerCase();
  return s.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
