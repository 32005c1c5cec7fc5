/**
 * Reads catalog JSON text — the page's plain catalog block or the `catalog-src` feed, streamed — and
 * hands out one parsed product (or store block) at a time, yielding to the page between slices.
 */
import { isObject } from './coerce.ts';
import type { IssueLog } from './issues.ts';
import { CatalogStreamSplitter } from './json-stream.ts';
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

/** Items found by the splitter wait here and are parsed between yields. */
class FeedQueue {
  readonly pending: { text: string; source: string; kind: 'item' | 'store' }[] = [];
  private head = 0;
  private splitter: CatalogStreamSplitter;

  constructor(
    private readonly ctx: FeedReadContext,
    hint: 'json' | 'ndjson' | 'unknown',
  ) {
    let n = 0;
    this.splitter = new CatalogStreamSplitter(
      {
        item: (text) => this.pending.push({ text, source: `${ctx.label} product ${++n}`, kind: 'item' }),
        line: (text, lineNo) => this.pending.push({ text, source: `${ctx.label} line ${lineNo}`, kind: 'item' }),
        header: (key, text) => {
          if (key === 'store' || key === 'storeInfo') this.pending.push({ text, source: `${ctx.label} store`, kind: 'store' });
        },
        truncated: (where) => ctx.log.add('truncated-json', `${ctx.label} ${where}`, 'dropped'),
      },
      hint,
    );
  }

  async push(text: string, final = false): Promise<void> {
    for (let i = 0; i < text.length; i += PUSH_SIZE) {
      this.splitter.push(text.slice(i, i + PUSH_SIZE));
      await this.drain();
    }
    if (final) {
      this.splitter.end();
      await this.drain();
    }
  }

  private async drain(): Promise<void> {
    const { slicer, sink, log } = this.ctx;
    while (this.head < this.pending.length) {
      const entry = this.pending[this.head++]!;
      let value: unknown;
      try {
        value = JSON.parse(entry.text);
      } catch {
        log.add('malformed-json', entry.source, 'dropped');
        value = undefined;
      }
      if (value !== undefined) {
        if (entry.kind === 'store') sink.store(value, entry.source);
        else if (isObject(value) && (isObject(value.store) || value.type === 'store' || value['@type'] === 'store') && !('id' in value) && !('title' in value)) {
          // An NDJSON feed may carry the store block as a line of its own.
          sink.store(isObject(value.store) ? value.store : value, entry.source);
        } else if (isObject(value) && isObject(value.item) && /ListItem/.test(String(value['@type'] ?? ''))) sink.product(value.item, entry.source);
        else sink.product(value, entry.source);
      }
      if (slicer.due()) {
        this.ctx.onProgress?.();
        await slicer.pause();
      }
    }
    this.pending.length = 0;
    this.head = 0;
  }
}

/**
 * The page's plain catalog block, read piece by piece straight from its text nodes
 * (`substringData`), so a 100 MB block is never copied out in one go. Returns whether it had any text.
 */
export async function readCatalogElement(el: Element, ctx: FeedReadContext): Promise<boolean> {
  const q = new FeedQueue(ctx, 'unknown');
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

function formatHint(url: URL, contentType: string | null): 'json' | 'ndjson' | 'unknown' {
  const type = (contentType ?? '').toLowerCase();
  const path = url.pathname.toLowerCase();
  if (/ndjson|jsonl|json-seq|jsonlines/.test(type) || path.endsWith('.ndjson') || path.endsWith('.jsonl')) return 'ndjson';
  // Anything else is sniffed: a catalog document, an array, or NDJSON served as text.
  return type.includes('json') || path.endsWith('.json') ? 'json' : 'unknown';
}

export interface FetchLike {
  (input: string, init?: RequestInit): Promise<Response>;
}

export interface FeedRequest {
  /** Validators of a stored copy: the request is conditional and a 304 reads nothing. */
  conditional?: FeedValidators | null;
  /** Hears the response's validators before the body is read (a feed without them is not cached). */
  onValidators?: (v: FeedValidators) => void;
}

/**
 * Streams `catalog-src`. Never throws for network or HTTP trouble (reported as `src-failed`, the page's
 * own products still count); rejects only when `signal` aborts. Resolves to `'not-modified'` when the
 * request was conditional and the server answered 304 (nothing read), `'read'` or `'failed'`.
 */
export async function readCatalogSrc(
  src: string,
  base: string,
  ctx: FeedReadContext,
  fetchImpl: FetchLike = (u, i) => fetch(u, i),
  request: FeedRequest = {},
): Promise<'read' | 'not-modified' | 'failed'> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    ctx.log.add('src-failed', `catalog-src "${src.slice(0, 200)}" is not a URL`, 'dropped');
    return 'failed';
  }
  const pageOrigin = new URL(base).origin;
  if (url.origin !== pageOrigin || (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'blob:')) {
    ctx.log.add('src-cross-origin', `catalog-src ${url.href.slice(0, 200)} (page: ${pageOrigin})`, 'dropped');
    return 'failed';
  }
  const headers: Record<string, string> = { Accept: 'application/json, application/x-ndjson;q=0.9, */*;q=0.1' };
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
    ctx.log.add('src-failed', `catalog-src ${url.pathname}: ${e instanceof Error ? e.message : String(e)}`, 'dropped');
    return 'failed';
  }
  if (cond && response.status === 304) {
    await response.body?.cancel().catch(() => {});
    return 'not-modified';
  }
  if (!response.ok) {
    ctx.log.add('src-failed', `catalog-src ${url.pathname}: HTTP ${response.status}`, 'dropped');
    return 'failed';
  }
  request.onValidators?.({
    ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
    ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
  });
  const q = new FeedQueue(ctx, formatHint(url, response.headers.get('content-type')));
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
    ctx.log.add('src-failed', `catalog-src ${url.pathname}: ${e instanceof Error ? e.message : String(e)} (kept what arrived)`, 'dropped');
    await q.push('', true).catch(() => {});
    return 'failed';
  }
  return 'read';
}
