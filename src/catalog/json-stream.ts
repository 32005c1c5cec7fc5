/**
 * Incremental splitter for large catalogs: feeds of text in, one product's JSON text out at a time,
 * so a 100k-product feed is parsed product by product between yields instead of by one blocking
 * `JSON.parse`. Handles a catalog document (`{ "store": …, "products": [ … ] }`), a bare array of
 * products, and NDJSON (one product per line; sniffed when the first object is not a catalog).
 * It only finds boundaries (strings, escapes, nesting); each piece is then parsed on its own, so one
 * malformed product costs that product, not the feed.
 */

export interface StreamSink {
  /** One element of the products array (document or bare array). */
  item(text: string): void;
  /** A top-level key of the catalog document other than the products array (e.g. "store"). */
  header(key: string, text: string): void;
  /** One NDJSON line (or the first object of a stream that is not a catalog document). */
  line(text: string, lineNo: number): void;
  /** The input ended inside a value. */
  truncated(where: string): void;
  /** A product (or line) longer than the record cap was skipped. */
  tooLarge?(where: string): void;
}

/** Longest single record (product, NDJSON line, header value) kept, in characters. */
export const MAX_RECORD_CHARS = 2_000_000;

/** Keys of a catalog document whose array holds the products. */
const PRODUCT_KEYS = new Set(['products', 'items', 'itemListElement', '@graph']);

type Mode = 'sniff' | 'array' | 'object' | 'lines' | 'done';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJ = 123;
const CLOSE_OBJ = 125;
const OPEN_ARR = 91;
const CLOSE_ARR = 93;
const COMMA = 44;
const COLON = 58;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}

export class CatalogStreamSplitter {
  private buf = '';
  private i = 0;
  private mode: Mode;
  private depth = 0;
  private inStr = false;
  private esc = false;
  /** Depth at which product elements sit (1 in a bare array, 2 inside the document's products array). */
  private itemDepth = -1;
  private itemStart = -1;
  // Object-mode bookkeeping for depth-1 keys and values.
  private expectKey = true;
  private keyStart = -1;
  private key = '';
  private valueStart = -1;
  private sawProducts = false;
  private topStart = -1;
  // Line mode: the current line's pieces, joined only when it ends (a 10 MB line is not rescanned per chunk).
  private lineNo = 1;
  private lineParts: string[] = [];
  private lineLen = 0;
  private skippingLine = false;
  private topTooLarge = false;
  private itemsSeen = 0;

  constructor(
    private readonly sink: StreamSink,
    hint: 'json' | 'ndjson' | 'unknown' = 'unknown',
    private readonly maxRecord = MAX_RECORD_CHARS,
  ) {
    this.mode = hint === 'ndjson' ? 'lines' : 'sniff';
  }

  get items(): number {
    return this.itemsSeen;
  }

  /** Processes a chunk of text (any size; pieces may span chunks). */
  push(chunk: string): void {
    if (this.mode === 'lines') {
      this.feedLines(chunk, false);
      return;
    }
    if (this.mode === 'done') return;
    this.buf += chunk;
    this.scanStructure();
    this.capRecords();
    this.compact();
  }

  /** A record growing past the cap is given up (reported once); scanning goes on to find its end. */
  private capRecords(): void {
    const at = this.i;
    if (this.itemStart >= 0 && at - this.itemStart > this.maxRecord) {
      this.itemStart = -1;
      this.sink.tooLarge?.(`product ${this.itemsSeen + 1}`);
    }
    if (this.valueStart >= 0 && at - this.valueStart > this.maxRecord) {
      this.valueStart = -1;
      this.sink.tooLarge?.(`"${this.key.slice(0, 40)}"`);
    }
    if (this.topStart >= 0 && !this.sawProducts && at - this.topStart > this.maxRecord) {
      this.topStart = -1;
      this.topTooLarge = true;
    }
  }

  /** End of input: flushes a last NDJSON line, reports a value cut off mid-way. */
  end(): void {
    if (this.mode === 'lines') this.feedLines('', true);
    else if (this.mode === 'sniff') {
      if (this.buf.trim()) this.sink.truncated('start of feed');
    } else if (this.mode !== 'done') {
      if (this.itemStart >= 0) this.sink.truncated(`product ${this.itemsSeen + 1}`);
      else this.sink.truncated('end of feed');
    }
    this.buf = '';
    this.i = 0;
    this.mode = 'done';
  }

  /** Drops text no longer needed so the buffer stays one product long, not one feed long. */
  private compact(): void {
    let keep = this.i;
    for (const s of [this.itemStart, this.keyStart, this.valueStart, this.topStart]) if (s >= 0 && s < keep) keep = s;
    if (keep < 65536) return;
    this.buf = this.buf.slice(keep);
    this.i -= keep;
    if (this.itemStart >= 0) this.itemStart -= keep;
    if (this.keyStart >= 0) this.keyStart -= keep;
    if (this.valueStart >= 0) this.valueStart -= keep;
    if (this.topStart >= 0) this.topStart -= keep;
  }

  private emitItem(end: number): void {
    const text = this.buf.slice(this.itemStart, end).trim();
    this.itemStart = -1;
    if (!text) return;
    this.itemsSeen++;
    this.sink.item(text);
  }

  private scanStructure(): void {
    const buf = this.buf;
    const n = buf.length;
    let i = this.i;
    while (i < n) {
      const c = buf.charCodeAt(i);
      if (this.inStr) {
        // Fast path through string contents, where most of a catalog's characters are.
        if (this.esc) this.esc = false;
        else if (c === BACKSLASH) this.esc = true;
        else if (c === QUOTE) {
          this.inStr = false;
          if (this.keyStart >= 0) {
            try {
              this.key = JSON.parse(buf.slice(this.keyStart, i + 1)) as string;
            } catch {
              this.key = '';
            }
            this.keyStart = -1;
          }
        }
        i++;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (this.mode === 'sniff') {
        if (c === OPEN_ARR) {
          this.mode = 'array';
          this.itemDepth = 1;
        } else if (c === OPEN_OBJ) {
          this.mode = 'object';
          this.topStart = i;
        } else {
          // Not JSON we can read; let the caller report it once.
          this.sink.truncated('start of feed (not a JSON object or array)');
          this.mode = 'done';
          this.i = n;
          return;
        }
      }
      // A value begins at the items' level.
      if (this.depth === this.itemDepth && this.itemStart < 0 && c !== COMMA && c !== CLOSE_ARR && c !== CLOSE_OBJ) this.itemStart = i;
      if (this.mode === 'object' && this.depth === 1) {
        if (c === QUOTE && this.expectKey) this.keyStart = i;
        else if (c === COLON) this.expectKey = false;
        else if (c !== COMMA && c !== CLOSE_OBJ && !this.expectKey && this.valueStart < 0) {
          this.valueStart = i;
          if (c === OPEN_ARR && PRODUCT_KEYS.has(this.key)) {
            this.sawProducts = true;
            this.itemDepth = 2;
            this.topStart = -1;
            // The products array is not kept as a header: let the buffer forget it as it goes.
            this.valueStart = -1;
          }
        }
      }
      switch (c) {
        case QUOTE:
          this.inStr = true;
          break;
        case OPEN_OBJ:
        case OPEN_ARR:
          this.depth++;
          break;
        case CLOSE_OBJ:
        case CLOSE_ARR:
          if (this.depth === this.itemDepth && c === CLOSE_ARR && this.itemStart >= 0) this.emitItem(i);
          this.depth--;
          if (this.depth === this.itemDepth - 1 && c === CLOSE_ARR) {
            // The products array closed: back to the document's keys.
            this.itemDepth = this.mode === 'array' ? -2 : -1;
            this.valueStart = -1;
          }
          if (this.mode === 'object' && this.depth === 0) {
            this.closeHeaderValue(i);
            if (!this.sawProducts) {
              // One complete object that is not a catalog document: the first line of NDJSON (or a lone product).
              if (this.topTooLarge) {
                this.sink.tooLarge?.('line 1');
                this.topTooLarge = false;
              } else {
                const first = 1 + countNewlines(buf, 0, this.topStart);
                const text = buf.slice(this.topStart, i + 1);
                this.sink.line(text, first);
                this.lineNo = first + countNewlines(text, 0, text.length);
                this.itemsSeen++;
              }
              this.topStart = -1;
              this.mode = 'lines';
              const rest = buf.slice(i + 1);
              this.buf = '';
              this.i = 0;
              this.feedLines(rest, false);
              return;
            }
            this.mode = 'done';
            this.i = n;
            return;
          }
          if (this.mode === 'array' && this.depth === 0) {
            this.mode = 'done';
            this.i = n;
            return;
          }
          break;
        case COMMA:
          if (this.depth === this.itemDepth && this.itemStart >= 0) this.emitItem(i);
          else if (this.mode === 'object' && this.depth === 1) {
            this.closeHeaderValue(i);
            this.expectKey = true;
          }
          break;
      }
      i++;
    }
    this.i = i;
  }

  private closeHeaderValue(end: number): void {
    if (this.valueStart >= 0 && !PRODUCT_KEYS.has(this.key)) {
      const text = this.buf.slice(this.valueStart, end).trim();
      if (text) this.sink.header(this.key, text);
    }
    this.valueStart = -1;
  }

  /** NDJSON: each newline ends a record; text between newlines is kept as pieces, capped. */
  private feedLines(text: string, final: boolean): void {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.appendLine(text, start, nl);
      this.flushLine();
      start = nl + 1;
    }
    if (start < text.length) this.appendLine(text, start, text.length);
    if (final) this.flushLine();
  }

  private appendLine(text: string, from: number, to: number): void {
    if (this.skippingLine || to <= from) return;
    if (this.lineLen + (to - from) > this.maxRecord) {
      this.skippingLine = true;
      this.lineParts = [];
      this.lineLen = 0;
      this.sink.tooLarge?.(`line ${this.lineNo}`);
      return;
    }
    this.lineParts.push(from === 0 && to === text.length ? text : text.slice(from, to));
    this.lineLen += to - from;
  }

  private flushLine(): void {
    if (!this.skippingLine && this.lineLen) {
      const line = (this.lineParts.length === 1 ? this.lineParts[0]! : this.lineParts.join('')).trim();
      if (line) {
        this.itemsSeen++;
        this.sink.line(line, this.lineNo);
      }
    }
    this.lineParts = [];
    this.lineLen = 0;
    this.skippingLine = false;
    this.lineNo++;
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
