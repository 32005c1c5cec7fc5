/**
 * Narrow storage for the recommender's packed columns: unsigned arrays only as wide as their largest
 * value needs, and columns with few distinct numbers kept as small codes into a table of those numbers
 * (exact: each code reads back the very number it stands for).
 */

export type Codes = Uint8Array | Uint16Array | Uint32Array;

/** An unsigned array of `length` whose width holds every value up to `max`. */
export function codesFor(max: number, length: number): Codes {
  return max <= 0xff ? new Uint8Array(length) : max <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

/** `values` copied into the narrowest unsigned array that holds them. */
export function narrowed(values: ArrayLike<number>): Codes {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  const out = codesFor(max, values.length);
  out.set(values);
  return out;
}

/** Hands out one code per distinct number, in first-seen order. */
export class Palette {
  private readonly codes = new Map<number, number>();
  private readonly list: number[] = [];

  code(value: number): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.list.length;
      this.codes.set(value, c);
      this.list.push(value);
    }
    return c;
  }

  get size(): number {
    return this.list.length;
  }

  /** code → number. */
  table(): Float64Array {
    return Float64Array.from(this.list);
  }
}

/** Total bytes of the typed arrays given (what a packed model holds). */
export function bytesOf(...arrays: ArrayBufferView[]): number {
  let n = 0;
  for (const a of arrays) n += a.byteLength;
  return n;
}
