/**
 * IdAliases (Catalog.aliases): folded ids and variant ids → the product's id, the variant index built
 * only when an id no product has is asked for.
 */
import { expect } from '@open-wc/testing';
import { IdAliases } from '../../src/catalog/id-aliases.ts';
import { TimeSlicer } from '../../src/catalog/time-slice.ts';
import type { Product } from '../../src/catalog/types.ts';
import { catalogOfItems } from '../../src/recommend/eval/evaluate.ts';

function product(id: string, variantIds: string[]): Product {
  return { ...catalogOfItems([id]).products[0]!, variants: variantIds.map((v) => ({ id: v, attributes: {} })) };
}

/** Products whose variant lists count how often they are read. */
function counted(products: Product[]): { products: Product[]; reads: () => number } {
  let reads = 0;
  const out = products.map((p) => {
    const variants = p.variants;
    return Object.defineProperty({ ...p }, 'variants', { get: () => (reads++, variants) }) as Product;
  });
  return { products: out, reads: () => reads };
}

const aliasesOf = (products: Product[], folded: [string, string][] = []) => new IdAliases(new Map(folded), products, new Map(products.map((p) => [p.id, p])));

describe('catalog: IdAliases', () => {
  it('folded ids first, then variant ids; a product’s own id is never an alias', () => {
    const a = aliasesOf([product('P1', ['P1', 'V1', 'V2']), product('P2', ['V3', 'P1']), product('P3', ['V1'])], [['OLD', 'P2']]);
    expect(a.get('OLD')).to.equal('P2');
    expect(a.get('V1'), 'the first product that lists it').to.equal('P1');
    expect(a.get('V3')).to.equal('P2');
    expect(a.get('P1')).to.equal(undefined);
    expect(a.get('NOPE')).to.equal(undefined);
    expect(a.get('')).to.equal(undefined);
    expect(a.has('V2')).to.equal(true);
    expect([...a.entries()]).to.deep.equal([
      ['OLD', 'P2'],
      ['V1', 'P1'],
      ['V2', 'P1'],
      ['V3', 'P2'],
    ]);
    expect(a.size).to.equal(4);
  });

  it('known ids never build the variant index; the first unknown one does, once', () => {
    const { products, reads } = counted(Array.from({ length: 5000 }, (_, i) => product(`P${i}`, [`P${i}-a`, `P${i}-b`])));
    const a = aliasesOf(products, [['OLD', 'P7']]);
    for (let i = 0; i < 5000; i++) expect(a.get(`P${i}`)).to.equal(undefined);
    expect(a.get('OLD')).to.equal('P7');
    expect(reads(), 'no variant list read').to.equal(0);
    expect(a.get('P4321-b')).to.equal('P4321');
    const built = reads();
    expect(built).to.be.below(5000 * 3 + 10); // one count pass, one insert pass, a probe or two
    for (let i = 0; i < 5000; i += 7) expect(a.get(`P${i}-a`)).to.equal(`P${i}`);
    expect(a.get('P5000-a')).to.equal(undefined);
    expect((reads() - built) / (5000 / 7 + 1), 'variant lists read per lookup').to.be.below(3);
  });

  it('ids that share a hash slot still name their own product', () => {
    // 16 slots at least: 40 variants in 64 slots collide often.
    const products = Array.from({ length: 20 }, (_, i) => product(`P${i}`, [`x${i}`, `y${i}`]));
    const a = aliasesOf(products);
    for (let i = 0; i < 20; i++) {
      expect(a.get(`x${i}`)).to.equal(`P${i}`);
      expect(a.get(`y${i}`)).to.equal(`P${i}`);
    }
    expect(a.get('z0')).to.equal(undefined);
  });

  it('prepare() builds the index in slices', async () => {
    const products = Array.from({ length: 20_000 }, (_, i) => product(`P${i}`, [`P${i}-a`]));
    const slices: number[] = [];
    const slicer = new TimeSlicer(0, undefined, (ms) => slices.push(ms));
    const a = aliasesOf(products);
    await a.prepare(slicer);
    expect(slices.length, 'paused between steps').to.be.at.least(20);
    expect(a.get('P19999-a')).to.equal('P19999');
  });

  it('a catalog without variants answers unknown ids without a table', () => {
    const a = aliasesOf([product('P1', [])]);
    expect(a.get('V1')).to.equal(undefined);
    expect(a.size).to.equal(0);
  });
});
