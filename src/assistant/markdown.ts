/**
 * A small, safe markdown reader for assistant answers. It produces a tree the UI renders with Lit text
 * bindings, so nothing here can become HTML: `<b>` in the input stays the four characters "<b>".
 * Supported: paragraphs, line breaks, bullet and numbered lists, headings (shown as bold lines),
 * **bold**, *italic*, `code`, [text](url) links — only when `resolveLink` approves the URL — and
 * `[[product-id]]` references, which become product mentions only for ids `isProduct` accepts.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'product'; id: string }
  | { t: 'br' };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; start: number; items: Inline[][] };

export interface MarkdownOptions {
  /** Returns the URL to link to, or null to show the link's text only. */
  resolveLink?: (href: string) => string | null;
  /** Whether `[[id]]` names a product that may be shown. Unknown ids are dropped. */
  isProduct?: (id: string) => boolean;
}

const BULLET = /^\s{0,3}[-*+•]\s+(.*)$/;
const ORDERED = /^\s{0,3}(\d{1,3})[.)、]\s*(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

export function parseMarkdown(src: string, options: MarkdownOptions = {}): Block[] {
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { kind: 'ul' | 'ol'; start: number; items: string[] } | null = null;

  const flushPara = () => {
    if (para.length) blocks.push({ t: 'p', c: inlineLines(para, options) });
    para = [];
  };
  const flushList = () => {
    if (!list) return;
    const items = list.items.map((i) => parseInline(i, options));
    blocks.push(list.kind === 'ul' ? { t: 'ul', items } : { t: 'ol', start: list.start, items });
    list = null;
  };

  for (const line of lines) {
    if (!line.trim()) {
      flushPara();
      flushList();
      continue;
    }
    const h = HEADING.exec(line);
    const b = BULLET.exec(line);
    const o = ORDERED.exec(line);
    if (h) {
      flushPara();
      flushList();
      blocks.push({ t: 'h', c: parseInline(h[1]!, options) });
    } else if (b) {
      flushPara();
      if (list?.kind !== 'ul') {
        flushList();
        list = { kind: 'ul', start: 1, items: [] };
      }
      list.items.push(b[1]!);
    } else if (o) {
      flushPara();
      if (list?.kind !== 'ol') {
        flushList();
        list = { kind: 'ol', start: Number(o[1]), items: [] };
      }
      list.items.push(o[2]!);
    } else if (list && /^\s{2,}\S/.test(line)) {
      // An indented continuation of the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara();
  flushList();
  return blocks;
}

function inlineLines(lines: string[], options: MarkdownOptions): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ t: 'br' });
    out.push(...parseInline(line, options));
  });
  return out;
}

/** Inline syntax, earliest match first; contents of bold/italic/link text are parsed recursively. */
const INLINE = new RegExp(
  [
    /\[\[\s*([^\]\s]{1,80})\s*\]\]/.source, // 1: product ref
    /`([^`\n]+)`/.source, // 2: code
    /\[([^\]\n]+)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"]*")?\s*\)/.source, // 3,4: link (one level of parens in the URL)
    /\*\*(?=\S)([^\n]*?\S)\*\*/.source, // 5: strong
    /__(?=\S)([^\n]*?\S)__/.source, // 6: strong
    /(?<![\w*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\w*])/.source, // 7: em
    /(?<![\w_])_(?=[^\s_])([^\n_]*?[^\s_])_(?![\w_])/.source, // 8: em
  ].join('|'),
  'g',
);

export function parseInline(text: string, options: MarkdownOptions = {}, depth = 0): Inline[] {
  const out: Inline[] = [];
  const pushText = (v: string) => {
    if (!v) return;
    const last = out[out.length - 1];
    if (last?.t === 'text') last.v += v;
    else out.push({ t: 'text', v });
  };
  if (depth > 4) {
    pushText(text);
    return out;
  }
  const re = new RegExp(INLINE.source, 'g');
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    pushText(text.slice(at, m.index));
    at = m.index + m[0].length;
    if (m[1] !== undefined) {
      const id = m[1];
      if (options.isProduct?.(id)) out.push({ t: 'product', id });
    } else if (m[2] !== undefined) {
      out.push({ t: 'code', v: m[2] });
    } else if (m[3] !== undefined) {
      const href = options.resolveLink?.(m[4] ?? '') ?? null;
      const c = parseInline(m[3], { ...options, resolveLink: () => null }, depth + 1);
      if (href) out.push({ t: 'link', href, c });
      else for (const n of c) n.t === 'text' ? pushText(n.v) : out.push(n);
    } else if (m[5] !== undefined || m[6] !== undefined) {
      out.push({ t: 'strong', c: parseInline((m[5] ?? m[6])!, options, depth + 1) });
    } else if (m[7] !== undefined || m[8] !== undefined) {
      out.push({ t: 'em', c: parseInline((m[7] ?? m[8])!, options, depth + 1) });
    }
  }
  pushText(text.slice(at));
  return out;
}

/** The plain text of a tree (for screen-reader summaries and tests). */
export function plainText(blocks: Block[]): string {
  const inl = (c: Inline[]): string =>
    c.map((n) => (n.t === 'text' || n.t === 'code' ? n.v : n.t === 'br' ? '\n' : n.t === 'product' ? n.id : inl(n.c))).join('');
  return blocks
    .map((b) => (b.t === 'p' || b.t === 'h' ? inl(b.c) : b.items.map((i) => `• ${inl(i)}`).join('\n')))
    .join('\n\n');
}
