/**
 * The other ids a catalog's products go by, as one read-only map (Catalog.aliases): an id another
 * source's id replaced (same-product.ts) → the kept id, and a variant's id (a Shopify variant, a
 * WooCommerce variation, a Google Merchant item of an item_group_id) → its product's id. History recorded
 * under a Merchant item id before the items were grouped, and `track()` calls that name a variant, then
 * count for the product (recommender, price memory, history snapshots) like any other alias.
 *
 * Variant ids are found lazily: only an id that is neither a product's nor a folded one is looked up,
 * against an index built the first time one is asked for. The index is one Int32Array hash table of
 * product positions (≈ 4 bytes a slot, two slots a variant: 4 MB at 500k variants, outside the heap the
 * garbage collector walks) instead of a Map of 500k string entries; a slot's product is checked for the
 * id itself, so a hash collision never names the wrong product.
 */
import type { TimeSlicer } from './time-slice.ts';
import type { Product } from './types.ts';

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const hasVariant = (p: Product, id: string) => {
  const vs = p.variants;
  for (let i = 0; i < vs.length; i++) if (vs[i]!.id === id) return true;
  return false;
};

/** Products between checks of the slice while the index is built. */
const STEP = 1024;

export class IdAliases implements ReadonlyMap<string, string> {
  /** Hash table: product position + 1 per slot, 0 = empty; linear probing. Null until first needed. */
  private table: Int32Array | null = null;
  private variantCount = 0;
  private building: Generator<void, void> | null = null;

  /** `folded`: folded id → kept id (ProductMerger.aliases). `products` / `byId`: the catalog's. */
  constructor(
    private readonly folded: ReadonlyMap<string, string>,
    private readonly products: readonly Product[],
    private readonly byId: ReadonlyMap<string, Product>,
  ) {}

  /** The id the product named `id` is kept under, when `id` is not a product's own id. */
  get(id: string): string | undefined {
    const to = this.folded.get(id);
    if (to !== undefined) return to;
    if (typeof id !== 'string' || !id || this.byId.has(id)) return undefined;
    return this.variantOwner(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Builds the variant index in slices (load does, before it resolves references). */
  async prepare(slicer: TimeSlicer): Promise<void> {
    const b = this.builder();
    if (!b) return;
    while (!b.next().done) await slicer.maybePause();
  }

  /**
   * Builds the variant index in slices when one of `ids` can only be a variant's (neither a product's
   * nor a folded id), so that looking them up later does no build in one go (≈ 100 ms at 500k variants).
   */
  async prepareFor(ids: Iterable<string | undefined>, slicer: TimeSlicer): Promise<void> {
    if (this.table) return;
    for (const id of ids) if (typeof id === 'string' && id && !this.folded.has(id) && !this.byId.has(id)) return this.prepare(slicer);
  }

  /** How many aliases there are: counts them all (builds the variant index). Not for hot paths. */
  get size(): number {
    let n = 0;
    for (const _ of this.entries()) n++;
    return n;
  }

  *entries(): MapIterator<[string, string]> {
    yield* this.folded.entries();
    this.ensureIndex();
    if (!this.variantCount) return;
    for (const p of this.products) {
      for (const v of p.variants) {
        // Each variant id once, for the product it names (the first that lists it).
        if (v.id && v.id !== p.id && !this.folded.has(v.id) && !this.byId.has(v.id) && this.variantOwner(v.id) === p.id && !this.seenEarlierIn(p, v)) yield [v.id, p.id];
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<string> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }

  /** A variant id listed twice in one product: yielded at its first listing only. */
  private seenEarlierIn(p: Product, v: Product['variants'][number]): boolean {
    for (const w of p.variants) {
      if (w === v) return false;
      if (w.id === v.id) return true;
    }
    return false;
  }

  private variantOwner(id: string): string | undefined {
    this.ensureIndex();
    const table = this.table;
    if (!table || !this.variantCount) return undefined;
    const mask = table.length - 1;
    for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
      const at = table[slot]!;
      if (at === 0) return undefined;
      const p = this.products[at - 1]!;
      if (hasVariant(p, id)) return p.id;
    }
  }

  private ensureIndex(): void {
    const b = this.builder();
    if (b) while (!b.next().done);
  }

  /** The running (or a new) build of the index; null when it is built. */
  private builder(): Generator<void, void> | null {
    if (this.table) return null;
    return (this.building ??= this.build());
  }

  private *build(): Generator<void, void> {
    const products = this.products;
    let count = 0;
    for (let i = 0; i < products.length; i++) {
      count += products[i]!.variants.length;
      if ((i & (STEP - 1)) === STEP - 1) yield;
    }
    // At most half full: a miss ends after a probe or two.
    let size = 16;
    while (size < count * 2) size *= 2;
    const table = new Int32Array(count ? size : 1);
    const mask = table.length - 1;
    let unique = 0;
    for (let i = 0; count && i < products.length; i++) {
      const p = products[i]!;
      for (const v of p.variants) {
        const id = v.id;
        // A variant listed under its product's own id (a group of one) is no alias. One under another
        // product's id, or a folded id, is indexed but never looked up: get() answers those first.
        if (typeof id !== 'string' || !id || id === p.id) continue;
        let slot = hashOf(id) & mask;
        for (;;) {
          const at = table[slot]!;
          if (at === 0) {
            table[slot] = i + 1;
            unique++;
            break;
          }
          // Already listed (by this product or an earlier one): the first listing names it.
          if (hasVariant(products[at - 1]!, id)) break;
          slot = (slot + 1) & mask;
        }
      }
      if ((i & (STEP - 1)) === STEP - 1) yield;
    }
    this.variantCount = unique;
    this.table = table;
    this.building = null;
  }
}
