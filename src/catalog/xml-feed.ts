/**
 * Google Merchant Center XML feeds (RSS 2.0 `<item>` or Atom `<entry>`, fields in the
 * `http://base.google.com/ns/1.0` namespace as `g:`), streamed: the splitter hands out one item's XML
 * at a time, scanning each character once; the item parser reads its flat fields (and one level of
 * nesting, for `g:shipping`) without building a DOM. Records over the cap are skipped and reported.
 */
import { MAX_RECORD_CHARS } from './json-stream.ts';
import { decodeEntities } from './text.ts';

export interface XmlSink {
  item(xml: string, n: number): void;
  tooLarge(where: string): void;
}

export class XmlItemSplitter {
  private buf = '';
  /** Where the next search starts (text before it holds no item start or end). */
  private at = 0;
  private itemStart = -1;
  private endTag = '';
  private n = 0;
  private skipping = false;
  private inCdata = false;
  private cdataHit = -1;
  private cdataSearched = 0;

  constructor(
    private readonly sink: XmlSink,
    private readonly maxRecord = MAX_RECORD_CHARS,
  ) {}

  get items(): number {
    return this.n;
  }

  push(chunk: string): void {
    this.buf += chunk;
    this.scan();
  }

  end(): void {
    this.scan();
    this.buf = '';
  }

  private scan(): void {
    const buf = this.buf;
    for (;;) {
      if (this.itemStart < 0) {
        const m = /<(item|entry)[\s>]/g;
        m.lastIndex = this.at;
        const hit = m.exec(buf);
        if (!hit) {
          // Keep a short tail: a start tag may be split across chunks.
          this.drop(Math.max(this.at, buf.length - 8));
          return;
        }
        this.itemStart = hit.index;
        this.endTag = `</${hit[1]}>`;
        this.at = hit.index + hit[0].length;
        this.skipping = false;
      }
      const end = this.findEnd(buf);
      if (end < 0) {
        if (!this.skipping && buf.length - this.itemStart > this.maxRecord) {
          this.skipping = true;
          this.sink.tooLarge(`item ${this.n + 1}`);
        }
        // Searching goes on from near the end, so no character is scanned twice.
        if (!this.inCdata) this.at = Math.max(this.at, buf.length - this.endTag.length - 9);
        if (this.skipping) this.drop(this.at);
        return;
      }
      this.n++;
      if (!this.skipping) this.sink.item(this.buf.slice(this.itemStart, end + this.endTag.length), this.n);
      this.at = end + this.endTag.length;
      this.itemStart = -1;
      this.skipping = false;
    }
  }

  /** The end tag of the current item, skipping CDATA sections (which may contain anything). */
  private findEnd(buf: string): number {
    for (;;) {
      if (this.inCdata) {
        const close = buf.indexOf(']]>', this.at);
        if (close < 0) {
          this.at = Math.max(this.at, buf.length - 2);
          return -1;
        }
        this.at = close + 3;
        this.inCdata = false;
        continue;
      }
      const end = buf.indexOf(this.endTag, this.at);
      const cdata = this.nextCdata(buf);
      if (cdata >= 0 && (end < 0 || cdata < end)) {
        this.inCdata = true;
        this.at = cdata + 9;
        continue;
      }
      return end;
    }
  }

  /** The next CDATA start at or after `at`; the search result is kept so text is not searched again per item. */
  private nextCdata(buf: string): number {
    if (this.cdataHit >= this.at) return this.cdataHit;
    const from = Math.max(this.at, this.cdataSearched);
    const hit = buf.indexOf('<![CDATA[', from);
    this.cdataHit = hit;
    this.cdataSearched = hit >= 0 ? hit : Math.max(from, buf.length - 8);
    return hit;
  }

  /** Forgets text before `keep` (never the current item unless it is being skipped). */
  private drop(keep: number): void {
    const cut = this.itemStart >= 0 && !this.skipping ? Math.min(keep, this.itemStart) : keep;
    if (cut < 65536) return;
    this.buf = this.buf.slice(cut);
    this.at -= cut;
    this.cdataHit = this.cdataHit >= cut ? this.cdataHit - cut : -1;
    this.cdataSearched = Math.max(0, this.cdataSearched - cut);
    if (this.itemStart >= 0) this.itemStart = Math.max(0, this.itemStart - cut);
  }
}

export type XmlFields = Record<string, string | string[] | XmlFields[]>;

const FIELD = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^<>]*?)?)(?:\/>|>([\s\S]*?)<\/\1?\2\s*>)/g;

function xmlText(raw: string): string {
  let s = raw;
  if (s.includes('<![CDATA[')) {
    // CDATA is literal; the rest is entity-encoded.
    return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_m, cdata?: string, plain?: string) => (cdata ?? decodeEntities(plain ?? ''))).trim();
  }
  s = decodeEntities(s);
  return s.trim();
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

/**
 * One item's fields by local name (`g:price` → `price`); repeated fields become lists; fields with
 * child elements (`g:shipping`) become lists of objects. Atom `<link href>` gives `link`.
 */
export function parseXmlItem(xml: string): XmlFields {
  const open = xml.indexOf('>');
  const close = xml.lastIndexOf('</');
  const body = open >= 0 && close > open ? xml.slice(open + 1, close) : xml;
  return fields(body, 0);
}

function fields(body: string, depth: number): XmlFields {
  const out: XmlFields = {};
  const re = new RegExp(FIELD.source, 'g');
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    const inner = m[4];
    let value: string | XmlFields | undefined;
    if (inner === undefined) {
      // Self-closing: Atom's <link rel="alternate" href="…"/>.
      const href = attr(attrs, 'href');
      if (name === 'link' && href !== undefined && (attr(attrs, 'rel') ?? 'alternate') === 'alternate') value = href;
    } else if (depth < 2 && /<[A-Za-z_][\w.:-]*[\s>/]/.test(inner.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) {
      value = fields(inner, depth + 1);
    } else {
      value = xmlText(inner);
    }
    if (value === undefined || value === '') continue;
    const prev = out[name];
    if (typeof value === 'object') {
      out[name] = [...(Array.isArray(prev) ? (prev as XmlFields[]) : []), value];
    } else if (prev === undefined) out[name] = value;
    else if (Array.isArray(prev)) (prev as string[]).push(value);
    else if (typeof prev === 'string') out[name] = [prev, value];
  }
  return out;
}
