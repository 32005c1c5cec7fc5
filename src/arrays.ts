/**
 * Array building that does not go through the page's `Array.from`: Prototype.js-era pages replace it
 * with `$A`, which ignores the map function and `{ length }` objects, so recommendations broke there.
 * (Typed arrays' `from` and spread syntax are not touched by such libraries.)
 */

/** `[fill(0), fill(1), …, fill(length - 1)]`. */
export function filled<T>(length: number, fill: (i: number) => T): T[] {
  const out = new Array<T>(length);
  for (let i = 0; i < length; i++) out[i] = fill(i);
  return out;
}

/** `Array.from(list, fn)` for arrays and typed arrays. */
export function mapped<S, T>(list: ArrayLike<S>, fn: (value: S, i: number) => T): T[] {
  return filled(list.length, (i) => fn(list[i]!, i));
}

/** A copy of `a` at least `length` long, doubling (so appends stay linear). */
export function grown<A extends Float64Array | Int32Array | Uint32Array>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(Math.max(length, 2 * a.length));
  b.set(a);
  return b;
}
