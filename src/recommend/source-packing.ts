/**
 * The products' model fields as the page posts them to a model worker: a batch is its text fields'
 * UTF-16 code units back to back, their lengths, and the rest as numbers in typed arrays. Cloning
 * hundreds of thousands of small objects and strings was most of what the page spent posting, and most
 * of what a worker spent before it could start building; four typed arrays move to the worker whole
 * (transferred). Code units copied into an array, not one joined string: at 100k products those
 * strings were over 100 MB of garbage on the page's heap, bringing its collections sooner while it
 * posted (TextEncoder.encodeInto was worse: its views made each scavenge 70–130 ms).
 * The worker decodes each batch once (`openBatch`), hashes it as it comes (the key of its stored
 * models) and reads it back into the objects the builders take.
 */
import type { CoCount } from '../catalog/types.ts';
import type { ContentSource, GraphSource } from './model-transfer.ts';

/** A batch as posted. */
export interface PackedBatch {
  /** Every string's UTF-16 code units, back to back. */
  chars: Uint16Array;
  /** Each string's length, in order. */
  lengths: Uint32Array;
  /** Counts and flags, in order. */
  shape: Uint32Array;
  numbers: Float64Array;
}

/** A batch as the worker reads it: its strings decoded into one. */
export interface OpenBatch {
  text: string;
  lengths: Uint32Array;
  shape: Uint32Array;
  numbers: Float64Array;
}

let utf16: TextDecoder | null = null;

/**
 * The batch with its strings as one (a lone surrogate reads back as U+FFFD, as TextDecoder does;
 * little-endian, as typed arrays are on every platform browsers run on).
 */
export function openBatch(b: PackedBatch): OpenBatch {
  utf16 ??= new TextDecoder('utf-16le');
  return { text: utf16.decode(b.chars), lengths: b.lengths, shape: b.shape, numbers: b.numbers };
}

export class BatchWriter {
  private chars = new Uint16Array(1 << 15);
  private at = 0;
  private readonly lengths: number[] = [];
  private readonly shape: number[] = [];
  private readonly numbers: number[] = [];

  str(s: string): void {
    const n = s.length;
    if (this.at + n > this.chars.length) {
      const grown = new Uint16Array(Math.max(2 * this.chars.length, this.at + n));
      grown.set(this.chars.subarray(0, this.at));
      this.chars = grown;
    }
    const { chars } = this;
    let at = this.at;
    for (let i = 0; i < n; i++) chars[at++] = s.charCodeAt(i);
    this.at = at;
    this.lengths.push(n);
  }

  int(n: number): void {
    this.shape.push(n);
  }

  num(x: number): void {
    this.numbers.push(x);
  }

  /** The batch (its chars' buffer may be longer than the chars: transfer it, do not copy it). */
  done(): PackedBatch {
    return { chars: this.chars.subarray(0, this.at), lengths: Uint32Array.from(this.lengths), shape: Uint32Array.from(this.shape), numbers: Float64Array.from(this.numbers) };
  }
}

export class BatchReader {
  private at = 0;
  private li = 0;
  private si = 0;
  private ni = 0;

  constructor(private readonly b: OpenBatch) {}

  get more(): boolean {
    return this.li < this.b.lengths.length || this.si < this.b.shape.length;
  }

  str(): string {
    const end = this.at + this.b.lengths[this.li++]!;
    const s = this.b.text.slice(this.at, end);
    this.at = end;
    return s;
  }

  int(): number {
    return this.b.shape[this.si++]!;
  }

  num(): number {
    return this.b.numbers[this.ni++]!;
  }
}

/** How one model's sources are written and read back (read(write(s)) is s, field for field). */
export interface SourceCodec<S> {
  write(w: BatchWriter, source: S): void;
  read(r: BatchReader): S;
}

export const contentCodec: SourceCodec<ContentSource> = {
  write(w, s) {
    w.str(s.title);
    w.str(s.description);
    w.int(s.brand === undefined ? 0 : 1);
    if (s.brand !== undefined) w.str(s.brand);
    w.int(s.price === undefined ? 0 : 1);
    if (s.price !== undefined) w.num(s.price);
    w.int(s.categories.length);
    for (const c of s.categories) w.str(c);
    const entries = Object.entries(s.attributes);
    w.int(entries.length);
    for (const [key, value] of entries) {
      w.str(key);
      // 0: one value; n + 1: a list of n.
      if (Array.isArray(value)) {
        w.int(value.length + 1);
        for (const v of value) w.str(String(v));
      } else {
        w.int(0);
        w.str(String(value));
      }
    }
  },
  read(r) {
    const s: ContentSource = { title: r.str(), description: r.str(), categories: [], attributes: {} };
    if (r.int()) s.brand = r.str();
    if (r.int()) s.price = r.num();
    const categories: string[] = [];
    for (let n = r.int(); n > 0; n--) categories.push(r.str());
    const attributes: Record<string, string | string[]> = {};
    for (let n = r.int(); n > 0; n--) {
      const key = r.str();
      const shape = r.int();
      if (shape === 0) attributes[key] = r.str();
      else {
        const list: string[] = [];
        for (let k = shape - 1; k > 0; k--) list.push(r.str());
        attributes[key] = list;
      }
    }
    s.categories = categories;
    s.attributes = attributes;
    return s;
  },
};

function writeIds(w: BatchWriter, ids: readonly string[]): void {
  w.int(ids.length);
  for (const id of ids) w.str(id);
}

function readIds(r: BatchReader): string[] {
  const ids: string[] = [];
  for (let n = r.int(); n > 0; n--) ids.push(r.str());
  return ids;
}

function writeCounts(w: BatchWriter, counts: readonly CoCount[]): void {
  w.int(counts.length);
  for (const c of counts) {
    w.str(c.id);
    w.num(c.count);
  }
}

function readCounts(r: BatchReader): CoCount[] {
  const counts: CoCount[] = [];
  for (let n = r.int(); n > 0; n--) counts.push({ id: r.str(), count: r.num() });
  return counts;
}

export const graphCodec: SourceCodec<GraphSource> = {
  write(w, s) {
    w.str(s.id);
    writeIds(w, s.related.relatedTo);
    writeIds(w, s.related.similarTo);
    writeCounts(w, s.related.alsoBought);
    writeCounts(w, s.related.alsoViewed);
  },
  read(r) {
    const id = r.str();
    const relatedTo = readIds(r);
    const similarTo = readIds(r);
    const alsoBought = readCounts(r);
    return { id, related: { relatedTo, similarTo, alsoBought, alsoViewed: readCounts(r) } };
  },
};

/** Every source in a batch, in order. */
export function eachInBatch<S>(codec: SourceCodec<S>, batch: OpenBatch, each: (source: S) => void): void {
  const r = new BatchReader(batch);
  while (r.more) each(codec.read(r));
}

/** Every source in a batch, appended to `into`. */
export function readBatch<S>(codec: SourceCodec<S>, batch: OpenBatch, into: S[]): void {
  eachInBatch(codec, batch, (s) => into.push(s));
}

/**
 * A 64-bit hash of everything posted, batch after batch (two FNV-1a streams with different seeds): the
 * key a stored model must match.
 */
export class BatchHash {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  add(batch: OpenBatch): void {
    const { text, lengths, shape, numbers } = batch;
    // Both streams in locals: this runs over every character posted.
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    // Each part's size first, so moving a boundary changes the hash.
    for (const part of [lengths, shape, new Uint32Array(numbers.buffer, numbers.byteOffset, numbers.length * 2)]) {
      const n = part.length;
      a = Math.imul(a ^ n, 0x01000193);
      b = Math.imul(b ^ n, 0x01000193) ^ (b >>> 15);
      for (let i = 0; i < n; i++) {
        const c = part[i]!;
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
      }
    }
    this.a = a;
    this.b = b;
  }

  get hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
