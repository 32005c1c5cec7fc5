import { expect } from '@open-wc/testing';
import { lexiconFor } from '../../src/understand/lexicon.ts';
import { matchesOf, shared } from '../../src/understand/patterns.ts';
import { demoCatalog } from '../assistant/fixtures.ts';

describe('kept patterns', () => {
  it('gives one object per source and flags, so its compiled code stays with it', () => {
    const a = shared(String.raw`\b(\d+)\s*(?:kg|g)\b`, 'giu');
    expect(shared(String.raw`\b(\d+)\s*(?:kg|g)\b`, 'giu')).to.equal(a);
    expect(shared(String.raw`\b(\d+)\s*(?:kg|g)\b`, 'gi')).to.not.equal(a);
    expect(a.flags).to.equal('giu');
  });

  it('finds every match as matchAll does, empty ones and astral characters included, and leaves lastIndex at 0', () => {
    const cases: [string, string, string][] = [
      [String.raw`(\d+)\s*(kg|g)`, 'gi', 'under 2 kg, 500g or 3KG'],
      ['x*', 'g', 'axxbx'],
      ['(?:)', 'gu', 'a🍵b'],
      [String.raw`\p{Script=Han}+`, 'gu', '防水 jacket 🍵 外套'],
    ];
    for (const [source, flags, text] of cases) {
      const re = shared(source, flags);
      const got = matchesOf(re, text).map((m) => [m.index, ...m]);
      const want = [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, ...m]);
      expect(got, `${source} in ${text}`).to.deep.equal(want);
      expect(re.lastIndex).to.equal(0);
    }
    expect(() => matchesOf(/a/, 'a')).to.throw(TypeError);
  });

  it("keeps each product type's attribute keys in the lexicon, the union of its products' keys", async () => {
    const catalog = await demoCatalog('en');
    const lexicon = await lexiconFor(catalog.products);
    const byId = new Map(catalog.products.map((p) => [p.id, p]));
    let checked = 0;
    for (const t of lexicon.types.values()) {
      const keys = new Set<string>();
      for (const id of t.ids) for (const k of Object.keys(byId.get(id)?.attributes ?? {})) keys.add(k);
      expect(t.attributeKeys, t.key).to.deep.equal(keys);
      if (keys.size) checked++;
    }
    expect(checked).to.be.greaterThan(5);
  });
});
