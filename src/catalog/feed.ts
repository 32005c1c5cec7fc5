/**
 * Reads catalog text — the page's plain catalog block or the `catalog-src` feed, streamed — and hands
 * out one product (or store block) at a time, yielding to the page between slices. `catalog-src` may be
 * the plain catalog JSON / NDJSON, a Google Merchant feed (XML or TSV), Shopify's products.json (paged)
 * or /products/<handle>.js, WooCommerce's Store API (paged), or CSV with a header row: told apart by
 * content type, path and content (README, "catalog-src formats").
 */
import { isObject } from './coerce.ts';
import { DelimitedSplitter } from './delimited.ts';
import type { IssueLog } from './issues.ts';
import { CatalogStreamSplitter } from './json-stream.ts';
import { MerchantGrouper } from './merchant-groups.ts';
import { fromCsvRow, fromMerchant, isMerchantHeader, jsonDialect, mapJsonRecord, type JsonDialect } from './platform-feeds.ts';
import { parseXmlItem, XmlItemSplitter } from './xml-feed.ts';
import type { TimeSlicer } from './time-slice.ts';
import type { FeedValidators } from './feed-cache.ts';

export interface FeedSink {
  product(raw: unknown, source: string): void;
  store(raw: unknown, source: string): void;
}

export interface FeedReadContext {
  log: IssueLog;
  slicer: TimeSlicer;
  sink: FeedSink;
  /** "catalog-src", "data-shop-guide-catalog #1": prefixes issue locations. */
  label: string;
  signal?: AbortSignal;
  onProgress?: () => void;
}

/** Larger pieces are split so one push never scans more than this much text at once. */
const PUSH_SIZE = 32 * 1024;

/** The feed's format, from its content type / path, settled by its first characters. */
export type FeedFormat = 'json' | 'ndjson' | 'xml' | 'delimited' | 'unknown';
/** A feed's format as reported: its format, or the platform its JSON records come from. */
export type FeedKind = FeedFormat | Exclude<JsonDialect, 'plain'>;

interface Pending {
  /** JSON text to parse, or an already-read record (XML item, CSV row) mapped to plain fields. */
  text?: string;
  value?: unknown;
  source: string;
  kind: 'item' | 'store';
}

interface Splitter {
  push(chunk: string): void;
  end(): void;
}

/**
 * Records found by the format's splitter wait here and are read between yields. JSON records are
 * mapped from the platform's shape (Shopify, WooCommerce) when their first product shows one.
 */
export class FeedQueue {
  readonly pending: Pending[] = [];
  /** Merchant groups still open when the feed ended: read one at a time by drain(). */
  private ending: MerchantGrouper | null = null;
  private head = 0;
  private splitter: Splitter | null = null;
  private sniffed = '';
  /** Products handed to the sink (this page), and the first one's id (to spot a server ignoring ?page=). */
  records = 0;
  firstId: string | undefined;
  dialect: JsonDialect | undefined;
  format: FeedFormat;

  constructor(
    private readonly ctx: FeedReadContext,
    hint: FeedFormat,
    private readonly origin = '',
  ) {
    this.format = hint;
  }

  private makeSplitter(format: FeedFormat): Splitter {
    const { ctx } = this;
    this.format = format;
    const tooLarge = (where: string) => ctx.log.add('record-too-large', `${ctx.label} ${where}`, 'dropped');
    // Merchant items of one item_group_id wait (bounded) for the rest of their group: one product with variants.
    const groups = new MerchantGrouper((value, source) => this.pending.push({ value, source, kind: 'item' }), ctx.log);
    const endingGroups = (splitter: Splitter): Splitter => ({
      push: (chunk) => splitter.push(chunk),
      end: () => {
        splitter.end();
        // The groups still open are read by drain(), one between checks of the slice (up to 2,000
        // items wait: combined at once they made one 50 ms task).
        this.ending = groups;
      },
    });
    if (format === 'xml') {
      return endingGroups(
        new XmlItemSplitter({
          item: (xml, n) => groups.push(fromMerchant(parseXmlItem(xml)), `${ctx.label} item ${n}`, xml.length),
          tooLarge,
        }),
      );
    }
    if (format === 'delimited') {
      let merchant: boolean | undefined;
      const splitter: DelimitedSplitter = new DelimitedSplitter({
        row: (fields, line) => {
          merchant ??= isMerchantHeader(splitter.columns ?? []);
          const source = `${ctx.label} line ${line}`;
          if (merchant) groups.push(fromMerchant(fields), source, rowChars(fields));
          else this.pending.push({ value: fromCsvRow(fields), source, kind: 'item' });
        },
        tooLarge,
      });
      return endingGroups(splitter);
    }
    let n = 0;
    return new CatalogStreamSplitter(
      {
        item: (text) => this.pending.push({ text, source: `${ctx.label} product ${++n}`, kind: 'item' }),
        line: (text, lineNo) => this.pending.push({ text, source: `${ctx.label} line ${lineNo}`, kind: 'item' }),
        header: (key, text) => {
          if (key === 'store' || key === 'storeInfo') this.pending.push({ text, source: `${ctx.label} store`, kind: 'store' });
        },
        truncated: (where) => ctx.log.add('truncated-json', `${ctx.label} ${where}`, 'dropped'),
        tooLarge,
      },
      format === 'ndjson' ? 'ndjson' : format === 'json' ? 'json' : 'unknown',
    );
  }

  /** The format from the first non-blank character, unless the content type already said XML or CSV. */
  private sniff(text: string): boolean {
    this.sniffed += text;
    const m = /[^\s\ufeff]/.exec(this.sniffed);
    if (!m && this.sniffed.length < 4096) return false;
    const c = m?.[0] ?? '';
    const format: FeedFormat = this.format !== 'unknown' ? this.format : c === '<' ? 'xml' : c === '{' || c === '[' ? 'unknown' : 'delimited';
    this.splitter = this.makeSplitter(format);
    // JSON of either kind (document, array, NDJSON): the splitter tells them apart as it reads.
    if (format === 'unknown') this.format = 'json';
    return true;
  }

  async push(text: string, final = false): Promise<void> {
    for (let i = 0; i < text.length; i += PUSH_SIZE) {
      const piece = text.slice(i, i + PUSH_SIZE);
      if (!this.splitter) {
        if (!this.sniff(piece)) continue;
        const all = this.sniffed;
        this.sniffed = '';
        this.splitter!.push(all);
      } else this.splitter.push(piece);
      await this.drain();
    }
    if (final) {
      if (!this.splitter && this.sniffed.trim()) {
        this.sniff('');
        this.splitter!.push(this.sniffed);
      }
      this.splitter?.end();
      await this.drain();
    }
  }

  private async drain(): Promise<void> {
    const { slicer, sink, log } = this.ctx;
    do {
      await this.drainPending(slicer, sink, log);
    } while (this.ending?.flushNext());
    this.pending.length = 0;
    this.head = 0;
  }

  private async drainPending(slicer: FeedReadContext['slicer'], sink: FeedReadContext['sink'], log: FeedReadContext['log']): Promise<void> {
    while (this.head < this.pending.length) {
      const entry = this.pending[this.head++]!;
      let value: unknown = entry.value;
      if (entry.text !== undefined) {
        try {
          value = JSON.parse(entry.text);
        } catch {
          log.add('malformed-json', entry.source, 'dropped');
          value = undefined;
        }
      }
      if (value !== undefined) {
        if (entry.kind === 'store') sink.store(value, entry.source);
        else if (isObject(value) && (isObject(value.store) || value.type === 'store' || value['@type'] === 'store') && !('id' in value) && !('title' in value)) {
          // An NDJSON feed may carry the store block as a line of its own.
          sink.store(isObject(value.store) ? value.store : value, entry.source);
        } else {
          let raw: unknown = isObject(value) && isObject(value.item) && /ListItem/.test(String(value['@type'] ?? '')) ? value.item : value;
          // Shopify's `/products/<handle>.js` and `{ "product": {…} }` wrap one product.
          if (isObject(raw) && isObject(raw.product) && Object.keys(raw).length === 1) raw = raw.product;
          if (entry.text !== undefined) {
            this.dialect ??= jsonDialect(raw);
            raw = mapJsonRecord(raw, this.dialect, this.origin);
          }
          this.records++;
          if (this.records === 1 && isObject(raw)) this.firstId = String(raw.id ?? raw.sku ?? '');
          sink.product(raw, entry.source);
        }
      }
      if (slicer.due()) {
        this.ctx.onProgress?.();
        await slicer.pause();
      }
    }
  }
}

function rowChars(fields: Record<string, string>): number {
  let n = 0;
  for (const k in fields) n += fields[k]!.length + 1;
  return n;
}

/**
 * The page's plain catalog block, read piece by piece straight from its text nodes
 * (`substringData`), so a 100 MB block is never copied out in one go. Returns whether it had any text.
 */
export async function readCatalogElement(el: Element, ctx: FeedReadContext): Promise<boolean> {
  const q = new FeedQueue(ctx, 'json');
  let any = false;
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType !== 3 && node.nodeType !== 4) continue;
    const t = node as CharacterData;
    for (let at = 0; at < t.length; at += PUSH_SIZE) {
      const piece = t.substringData(at, PUSH_SIZE);
      if (!any && piece.trim()) any = true;
      await q.push(piece);
      await ctx.slicer.maybePause();
    }
  }
  await q.push('', true);
  return any;
}

function formatHint(url: URL, contentType: string | null): FeedFormat {
  const type = (contentType ?? '').toLowerCase();
  const path = url.pathname.toLowerCase();
  if (/ndjson|jsonl|json-seq|jsonlines/.test(type) || path.endsWith('.ndjson') || path.endsWith('.jsonl')) return 'ndjson';
  if (/[/+]xml\b/.test(type) || /\.(?:xml|rss|atom)$/.test(path)) return 'xml';
  if (/text\/(?:csv|tab-separated-values)/.test(type) || /\.(?:csv|tsv|txt)$/.test(path)) return type.includes('json') ? 'json' : 'delimited';
  // `/products/<handle>.js` (Shopify) is JSON served as JavaScript.
  if (type.includes('json') || path.endsWith('.json') || (/\/products\/[^/]+\.js$/.test(path) && !type.includes('html'))) return 'json';
  // Anything else is sniffed: a catalog document, an array, NDJSON served as text, XML, or CSV.
  return 'unknown';
}

export interface FetchLike {
  (input: string, init?: RequestInit): Promise<Response>;
}

/** Pages fetched for one paged platform feed at most (Shopify gives up to 250 products a page). */
const MAX_PAGES = 1000;

/** The next page of a paged platform feed, or null: Shopify `products.json?page=`, WooCommerce Store API `?page=`. */
function nextPage(url: URL, q: FeedQueue, response: Response, page: number, previousFirst: string | undefined): URL | null {
  if (q.records === 0 || page >= MAX_PAGES || (previousFirst !== undefined && q.firstId === previousFirst)) return null;
  const path = url.pathname;
  const shopify = q.dialect === 'shopify' && /\/products\.json$/.test(path);
  const woo = q.dialect === 'woocommerce' && /\/wc\/store(?:\/v\d+)?\/products\/?$/.test(path);
  if (!shopify && !woo) return null;
  if (woo) {
    const total = Number(response.headers.get('x-wp-totalpages'));
    if (Number.isFinite(total) && total > 0) {
      if (page >= total) return null;
    } else if (q.records < Number(url.searchParams.get('per_page') ?? 10)) return null;
  } else if (q.records < Number(url.searchParams.get('limit') ?? 30)) return null;
  const next = new URL(url.href);
  next.searchParams.set('page', String(page + 1));
  return next;
}

export interface FeedRequest {
  /** Validators of a stored copy: the first request is conditional, and a 304 reads nothing. */
  conditional?: FeedValidators | null;
  /** Hears the first response's validators before its body is read (a feed without them is not cached). */
  onValidators?: (v: FeedValidators) => void;
}

export interface FeedOutcome {
  /** `not-modified`: the request was conditional and the server answered 304 (nothing read). */
  status: 'read' | 'not-modified' | 'failed';
  format?: FeedKind;
  /** Pages read (a paged platform feed has several; only a one-page feed can be validated as a whole). */
  pages: number;
}

/**
 * Streams `catalog-src`, following a platform feed's pages. Never throws for network or HTTP trouble
 * (reported as `src-failed`, the page's own products still count); rejects only when `signal` aborts.
 */
export async function readCatalogSrc(
  src: string,
  base: string,
  ctx: FeedReadContext,
  fetchImpl: FetchLike = (u, i) => fetch(u, i),
  request: FeedRequest = {},
): Promise<FeedOutcome> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    ctx.log.add('src-failed', `catalog-src "${src.slice(0, 200)}" is not a URL`, 'dropped');
    return { status: 'failed', pages: 0 };
  }
  const pageOrigin = new URL(base).origin;
  if (url.origin !== pageOrigin || (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'blob:')) {
    ctx.log.add('src-cross-origin', `catalog-src ${url.href.slice(0, 200)} (page: ${pageOrigin})`, 'dropped');
    return { status: 'failed', pages: 0 };
  }
  let format: FeedKind | undefined;
  let previousFirst: string | undefined;
  let status: FeedOutcome['status'] = 'read';
  let pages = 0;
  for (let page = 1, next: URL | null = url; next; page++) {
    const label = page === 1 ? ctx.label : `${ctx.label} page ${page}`;
    const got = await readOne(next, { ...ctx, label }, fetchImpl, pageOrigin, page === 1 ? request : {});
    if (got === 'not-modified') return { status: 'not-modified', pages: 0 };
    if (!got) {
      status = 'failed';
      break;
    }
    pages++;
    // What the owner's catalog check shows: the platform when the records say which, else the format.
    format ??= got.q.dialect && got.q.dialect !== 'plain' ? got.q.dialect : got.q.format;
    if (got.failed) {
      status = 'failed'; // the connection dropped mid-feed: what arrived is kept, no further pages
      break;
    }
    const current: URL = next;
    next = nextPage(current, got.q, got.response, page, previousFirst);
    previousFirst = got.q.firstId;
  }
  return { status, pages, ...(format ? { format } : {}) };
}

async function readOne(
  url: URL,
  ctx: FeedReadContext,
  fetchImpl: FetchLike,
  origin: string,
  request: FeedRequest,
): Promise<{ q: FeedQueue; response: Response; failed?: boolean } | 'not-modified' | null> {
  const headers: Record<string, string> = { Accept: 'application/json, application/x-ndjson;q=0.9, application/xml;q=0.8, text/csv;q=0.8, */*;q=0.1' };
  const cond = request.conditional;
  if (cond?.etag) headers['If-None-Match'] = cond.etag;
  if (cond?.lastModified) headers['If-Modified-Since'] = cond.lastModified;
  let response: Response;
  try {
    response = await fetchImpl(url.href, {
      signal: ctx.signal,
      credentials: 'same-origin',
      headers,
      // Our own conditional request: the 304 must reach us (the HTTP cache would answer it with the body).
      ...(cond ? { cache: 'no-store' as const } : {}),
    });
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    ctx.log.add('src-failed', `${ctx.label} ${url.pathname}: ${e instanceof Error ? e.message : String(e)}`, 'dropped');
    return null;
  }
  if (cond && response.status === 304) {
    await response.body?.cancel().catch(() => {});
    return 'not-modified';
  }
  if (!response.ok) {
    ctx.log.add('src-failed', `${ctx.label} ${url.pathname}: HTTP ${response.status}`, 'dropped');
    return null;
  }
  request.onValidators?.({
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  });
  const q = new FeedQueue(ctx, formatHint(url, response.headers.get('content-type')), origin);
  try {
    if (response.body && typeof response.body.getReader === 'function') {
      const reader = response.body.getReader();
      const decoder = new TextDecoder('utf-8');
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          await q.push(decoder.decode(value, { stream: true }));
          ctx.onProgress?.();
        }
      } finally {
        reader.releaseLock?.();
      }
      await q.push(decoder.decode(), true);
    } else {
      await q.push(await response.text(), true);
    }
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    // The connection dropped mid-feed: what arrived is kept.
    ctx.log.add('src-failed', `${ctx.label} ${url.pathname}: ${e instanceof Error ? e.message : String(e)} (kept what arrived)`, 'dropped');
    await q.push('', true).catch(() => {});
    return { q, response, failed: true };
  }
  return { q, response };
}
