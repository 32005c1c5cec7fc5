import { expect } from '@open-wc/testing';
import type { Product } from '../../src/catalog/types.ts';
import { CoCountGraph } from '../../src/recommend/cocounts.ts';
import { demoCatalog } from './helpers.ts';

/** The graph as it was built before it moved into typed arrays: one Map per product and kind. */
function mapGraph(products: readonly Product[], index: ReadonlyMap<string, number>) {
  const n = products.length;
  const bought = new Array<Map<number, number> | undefined>(n);
  const viewed = new Array<Map<number, number> | undefined>(n);
  const set = (g: (Map<number, number> | undefined)[], a: number, b: number, w: number) => {
    const m = (g[a] ??= new Map());
    m.set(b, Math.max(m.get(b) ?? 0, w));
  };
  const link = (g: (Map<number, number> | undefined)[], a: number, b: number, w: number) => {
    if (a === b) return;
    set(g, a, b, w);
    set(g, b, a, w * 0.8);
  };
  const counted = (g: (Map<number, number> | undefined)[], a: number, list: readonly { id: string; count: number }[]) => {
    let max = 1;
    for (const c of list) if (Number.isFinite(c.count) && c.count > max) max = c.count;
    for (const c of list) {
      const b = index.get(c.id);
      if (b === undefined || !(c.count > 0)) continue;
      link(g, a, b, 0.2 + (0.8 * c.count) / max);
    }
  };
  for (let a = 0; a < n; a++) {
    const p = products[a]!;
    counted(bought, a, p.related.alsoBought);
    counted(viewed, a, p.related.alsoViewed);
    for (const id of p.related.relatedTo) if (index.has(id)) link(bought, a, index.get(id)!, 0.5);
    for (const id of p.related.similarTo) if (index.has(id)) link(viewed, a, index.get(id)!, 0.6);
  }
  return { bought, viewed };
}

describe('co-count graph in typed arrays', () => {
  it('has the links, weights and order of one Map per product (every product, both kinds)', async () => {
    const catalog = await demoCatalog('en');
    // A few duplicate and self links on top of the demo shop's own, which repeat links across lists.
    const products = catalog.products.map((p, i) =>
      i % 7 === 0 ? { ...p, related: { ...p.related, relatedTo: [...p.related.relatedTo, p.id, ...p.related.relatedTo], similarTo: [...p.related.similarTo, catalog.products[0]!.id] } } : p,
    );
    const index = new Map(products.map((p, i) => [p.id, i]));
    const graph = CoCountGraph.build(products, index);
    const ref = mapGraph(products, index);
    let links = 0;
    for (let i = 0; i < products.length; i++) {
      for (const kind of ['bought', 'viewed'] as const) {
        const expected = [...(ref[kind][i] ?? new Map<number, number>())];
        const got = graph.neighbours(i, kind);
        expect([...got], `${kind} ${i}`).to.deep.equal(expected);
        expect(got.size).to.equal(expected.length);
        const viaForEach: [number, number][] = [];
        got.forEach((w, item) => viaForEach.push([item, w]));
        expect(viaForEach).to.deep.equal(expected);
        for (const [item, w] of expected) expect(got.get(item)).to.equal(w);
        expect(got.has(-1)).to.equal(false);
        links += expected.length;
      }
    }
    expect(links, 'the demo shop links its products').to.be.greaterThan(products.length);
    expect(graph.size).to.equal(links);
    expect([...graph.neighbours(products.length + 5, 'bought')]).to.deep.equal([]);
  });

  it('stores a link in 6 bytes (target, two-byte weight code) while a kind has at most 65,536 distinct weights, and stays exact past that', async () => {
    const catalog = await demoCatalog('en');
    const index = new Map(catalog.products.map((p, i) => [p.id, i]));
    const graph = CoCountGraph.build(catalog.products, index);
    const { bought, viewed, inbound } = graph.parts;
    const fixed = bought.offsets.byteLength + viewed.offsets.byteLength + inbound.byteLength + bought.table.byteLength + viewed.table.byteLength;
    expect(graph.bytes - fixed, 'bytes of the links').to.be.at.most(6 * graph.size);

    // Every product lists 250 others with counts no other list has: over 65,536 distinct weights.
    const n = catalog.products.length;
    const products = catalog.products.map((p, i) => ({
      ...p,
      related: { relatedTo: [], similarTo: [], alsoViewed: [], alsoBought: Array.from({ length: 250 }, (_, k) => ({ id: catalog.products[(i + k + 1) % n]!.id, count: 1 + i * 250 + k })) },
    }));
    const wide = CoCountGraph.build(products, index);
    const ref = mapGraph(products, index);
    const distinct = new Set<number>();
    for (let i = 0; i < n; i++) {
      const expected = [...(ref.bought[i] ?? new Map<number, number>())];
      expect([...wide.neighbours(i, 'bought')], `bought ${i}`).to.deep.equal(expected);
      for (const [, w] of expected) distinct.add(w);
    }
    expect(distinct.size).to.be.greaterThan(65_536);
    expect(wide.parts.bought.table.length).to.equal(distinct.size);
  });
});
