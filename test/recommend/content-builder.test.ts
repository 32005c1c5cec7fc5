import { expect } from '@open-wc/testing';
import { ContentBuilder } from '../../src/recommend/content-builder.ts';
import { bandOf, features, leafKey, type ContentSource } from '../../src/recommend/content-features.ts';
import { ContentIndex } from '../../src/recommend/content.ts';
import { finish } from '../../src/recommend/steps.ts';
import { demoCatalog } from './helpers.ts';

/** Products whose fields hit every branch the builder remembers or defers: repeated and unique texts, lists, odd values, no price or path. */
function oddProducts(): ContentSource[] {
  const out: ContentSource[] = [];
  for (let i = 0; i < 400; i++) {
    const p: ContentSource = {
      title: i % 17 === 0 ? `Don't-stop 5.3mm Trail ${i}` : `Trail shoe ${i % 9} ${i % 4 ? 'waterproof' : 'Crème brûlée'} 防水跑鞋${i % 3}`,
      description: i % 5 === 0 ? '' : `The same words again and again. ${'light '.repeat(i % 7)} ＡＢＣ１２ ${i % 11 ? 'and the end' : '轻便 透气'}`,
      categories: i % 13 === 0 ? [] : i % 2 ? ['Shoes', 'Trail'] : ['Shoes', 'Trail', `Level ${i % 3}`],
      attributes:
        i % 7 === 0
          ? {}
          : {
              color: i % 3 ? 'Black' : ['Black', ' RED ', 'green'],
              size: String(36 + (i % 8)),
              note: i % 4 ? 'x'.repeat(41) : '   ',
              material: i % 6 ? 'Knit' : 'knit',
            },
    };
    if (i % 10 !== 3) p.price = 20 + ((i * 37) % 200);
    if (i % 9 === 4) p.brand = '  ';
    else if (i % 9) p.brand = i % 2 ? 'Stride' : 'Apex Run';
    out.push(p);
  }
  // One product past the 96-term cap, to check which terms its vector keeps.
  out.push({ title: Array.from({ length: 120 }, (_, k) => `w${k}`).join(' '), description: 'light light light', categories: ['Shoes'], attributes: {}, price: 50 });
  return out;
}

describe('ContentBuilder', () => {
  it("gives each product exactly the vector its own features make, on odd fields, CJK and past the term cap", async () => {
    for (const products of [oddProducts(), (await demoCatalog('zh')).products, (await demoCatalog('en')).products]) {
      const index = finish(ContentIndex.build(products));
      for (let i = 0; i < products.length; i++) {
        const v = index.vector(i);
        const again = index.vectorOf(products[i]!);
        expect([...v.ids], `ids ${i}`).to.deep.equal([...again.ids]);
        expect([...v.w], `weights ${i}`).to.deep.equal([...again.w]);
      }
    }
  });

  it('names in each row every term features() names, its three price bands included', () => {
    const products = oddProducts();
    const index = finish(ContentIndex.build(products));
    const names = index.termNames;
    for (const i of [0, 1, 3, 4, 13, 17, 34, 400]) {
      // vector(i) keeps the 96 heaviest terms; only the last product here has more.
      const f = features(products[i]!, null);
      const got = new Set([...index.vector(i).ids].map((t) => names[t]!));
      if (i === 400) {
        expect(got.size, 'the capped row').to.equal(96);
        continue;
      }
      for (const term of f.keys()) expect(got.has(term), `${i}: ${term}`).to.equal(true);
      const bands = [...got].filter((t) => t.startsWith('\u0001p:'));
      expect(bands.length, `${i}: price bands`).to.equal(products[i]!.price !== undefined && products[i]!.categories!.length ? 3 : 0);
    }
  });

  it("counts each term's products as features() names them, bands by the leaf's quintiles", () => {
    const products = oddProducts();
    const b = new ContentBuilder();
    for (const p of products) b.add(p);
    expect(b.size).to.equal(products.length);
    const index = ContentIndex.from(finish(b.finish()));
    const { bandEdges, idf, termNames } = index.parts;
    // Quintile edges, worked out again per leaf.
    const byLeaf = new Map<string, number[]>();
    for (const p of products) if (p.price !== undefined && p.categories!.length) byLeaf.set(leafKey(p.categories!), [...(byLeaf.get(leafKey(p.categories!)) ?? []), p.price]);
    for (const [leaf, prices] of byLeaf) {
      prices.sort((x, y) => x - y);
      expect(bandEdges.get(leaf), leaf).to.deep.equal([1, 2, 3, 4].map((k) => prices[Math.floor((k * prices.length) / 5)]));
    }
    const df = new Map<string, number>();
    for (const p of products) for (const t of features(p, bandOf(bandEdges, p.categories ?? [], p.price)).keys()) df.set(t, (df.get(t) ?? 0) + 1);
    expect(new Set(termNames)).to.deep.equal(new Set(df.keys()));
    termNames.forEach((t, id) => expect(idf[id], t).to.equal(Math.fround(Math.log(1 + products.length / df.get(t)!))));
    expect(() => b.add(products[0]!)).to.throw(/after finish/);
  });

  it('builds an empty index from no products', () => {
    const index = ContentIndex.from(finish(new ContentBuilder().finish()));
    expect(index.size).to.equal(0);
    expect(index.score(index.textVector('shoe'), 5)).to.deep.equal([]);
  });
});
