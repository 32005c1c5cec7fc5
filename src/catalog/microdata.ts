/**
 * schema.org microdata (`itemscope` / `itemtype` / `itemprop`, still common on Magento, PrestaShop and
 * older themes) and RDFa Lite (`vocab` / `typeof` / `property`) → the same JSON-LD-shaped objects the
 * JSON-LD reader understands, so both kinds of markup go through one set of rules.
 *
 * Values follow the HTML microdata algorithm (meta → content, a/link → href, img → src, time →
 * datetime, data/meter → value, else the text), plus the `content` attribute on any element, which
 * themes put on visible prices (`<span itemprop="price" content="29.99">$29.99</span>`) and which
 * RDFa defines. Walks are bounded in depth and item count.
 */
import type { JsonObject } from './coerce.ts';

type Json = JsonObject[string];

const MAX_ITEMS = 5000;
const MAX_DEPTH = 12;
const MAX_TEXT = 20_000;

interface Dialect {
  /** Marks an element as an item. */
  isItem(el: Element): boolean;
  types(el: Element): string[];
  /** Property names on an element (schema.org terms without prefix), or [] for none. */
  props(el: Element): string[];
}

/** "http://schema.org/Product", "https://schema.org/Offer", "schema:Brand" → bare names; others kept whole. */
function terms(value: string | null, vocabIsSchema: boolean): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const raw of value.trim().split(/\s+/)) {
    if (!raw) continue;
    const m = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)(.+)$/i.exec(raw);
    if (m) out.push(m[1]!);
    else if (vocabIsSchema && !/[:/]/.test(raw)) out.push(raw);
  }
  return out;
}

const microdata: Dialect = {
  isItem: (el) => el.hasAttribute('itemscope'),
  types: (el) => terms(el.getAttribute('itemtype'), true),
  props: (el) => terms(el.getAttribute('itemprop'), true),
};

/** RDFa Lite with the schema.org vocabulary (set by `vocab` on an ancestor, or `schema:` prefixes). */
function rdfaVocabIsSchema(el: Element): boolean {
  const v = el.closest('[vocab]')?.getAttribute('vocab') ?? '';
  return /^https?:\/\/(?:www\.)?schema\.org\/?$/i.test(v.trim());
}

const rdfa: Dialect = {
  isItem: (el) => el.hasAttribute('typeof'),
  types: (el) => terms(el.getAttribute('typeof'), rdfaVocabIsSchema(el)),
  props: (el) => (el.hasAttribute('property') ? terms(el.getAttribute('property'), rdfaVocabIsSchema(el)) : []),
};

function absoluteUrl(el: Element, attr: string): string | undefined {
  const raw = el.getAttribute(attr);
  if (raw === null) return undefined;
  try {
    return new URL(raw.trim(), el.ownerDocument.baseURI).href;
  } catch {
    return raw.trim();
  }
}

function textOf(el: Element): string {
  const t = el.textContent ?? '';
  return (t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t).replace(/\s+/g, ' ').trim();
}

/** A property's value when it is not an item itself. */
function valueOf(el: Element, dialect: 'microdata' | 'rdfa'): string | undefined {
  const tag = el.localName;
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  if (dialect === 'rdfa' && el.hasAttribute('resource')) return absoluteUrl(el, 'resource');
  switch (tag) {
    case 'meta':
      return undefined;
    case 'audio': case 'embed': case 'iframe': case 'img': case 'source': case 'track': case 'video':
      return absoluteUrl(el, 'src');
    case 'a': case 'area': case 'link':
      return absoluteUrl(el, 'href');
    case 'object':
      return absoluteUrl(el, 'data');
    case 'data': case 'meter':
      return el.getAttribute('value') ?? textOf(el);
    case 'time':
      return el.getAttribute('datetime') ?? textOf(el);
    default:
      return textOf(el);
  }
}

class Reader {
  count = 0;

  constructor(
    private readonly dialect: Dialect,
    private readonly name: 'microdata' | 'rdfa',
  ) {}

  item(el: Element, depth: number, seen: Set<Element>): JsonObject {
    this.count++;
    const out: JsonObject = {};
    const types = this.dialect.types(el);
    if (types.length) out['@type'] = types.length === 1 ? types[0]! : types;
    const id = el.getAttribute(this.name === 'microdata' ? 'itemid' : 'resource');
    if (id) out['@id'] = absoluteUrl(el, this.name === 'microdata' ? 'itemid' : 'resource') ?? id;
    seen.add(el);
    const roots: Element[] = [...el.children];
    // itemref: properties kept elsewhere in the document.
    if (this.name === 'microdata') {
      for (const ref of (el.getAttribute('itemref') ?? '').split(/\s+/)) {
        const target = ref ? el.ownerDocument.getElementById(ref) : null;
        if (target && !seen.has(target)) roots.push(target);
      }
    }
    const stack = roots.reverse();
    while (stack.length) {
      const child = stack.pop()!;
      const props = this.dialect.props(child);
      const isItem = this.dialect.isItem(child);
      if (props.length) {
        let value: Json | undefined;
        if (isItem) value = depth < MAX_DEPTH && this.count < MAX_ITEMS && !seen.has(child) ? this.item(child, depth + 1, seen) : undefined;
        else value = valueOf(child, this.name);
        if (value !== undefined) for (const p of props) add(out, p, value);
      }
      // A nested item's properties are its own; anything else may hold more of ours.
      if (!isItem) for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i]!);
    }
    return out;
  }
}

function add(out: JsonObject, key: string, value: Json): void {
  const prev = out[key];
  if (prev === undefined) out[key] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else out[key] = [prev, value];
}

function topLevelItems(doc: Document, dialect: Dialect, name: 'microdata' | 'rdfa'): JsonObject[] {
  const selector = name === 'microdata' ? '[itemscope]' : '[typeof]';
  const reader = new Reader(dialect, name);
  const out: JsonObject[] = [];
  for (const el of doc.querySelectorAll(selector)) {
    if (reader.count >= MAX_ITEMS) break;
    // A property of another item is read as part of that item.
    if (dialect.props(el).length && el.parentElement?.closest(selector)) continue;
    const item = reader.item(el, 0, new Set());
    if (item['@type'] !== undefined) out.push(item);
  }
  return out;
}

/** Top-level microdata items of the document, as JSON-LD-shaped objects. */
export function readMicrodata(doc: Document): JsonObject[] {
  return topLevelItems(doc, microdata, 'microdata');
}

/** Top-level RDFa Lite items (schema.org vocabulary) of the document, as JSON-LD-shaped objects. */
export function readRdfaLite(doc: Document): JsonObject[] {
  return topLevelItems(doc, rdfa, 'rdfa');
}
