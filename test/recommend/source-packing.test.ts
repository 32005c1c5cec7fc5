import { expect } from '@open-wc/testing';
import type { ContentSource, GraphSource } from '../../src/recommend/model-transfer.ts';
import { BatchHash, BatchWriter, contentCodec, graphCodec, openBatch, readBatch, type PackedBatch, type SourceCodec } from '../../src/recommend/source-packing.ts';

function roundTrip<S>(codec: SourceCodec<S>, sources: S[]): S[] {
  const w = new BatchWriter();
  for (const s of sources) codec.write(w, s);
  const b = w.done();
  // Posted as the page posts it: the chars' buffer moves.
  const batch = structuredClone(b, { transfer: [b.chars.buffer, b.lengths.buffer, b.shape.buffer, b.numbers.buffer] });
  const out: S[] = [];
  readBatch(codec, openBatch(batch), out);
  return out;
}

function hashOf(...batches: PackedBatch[]): string {
  const h = new BatchHash();
  for (const b of batches) h.add(openBatch(b));
  return h.hex;
}

function packed(write: (w: BatchWriter) => void): PackedBatch {
  const w = new BatchWriter();
  write(w);
  return w.done();
}

describe('source packing', () => {
  it('reads back every content field as it was written, optional ones absent where they were', () => {
    const sources: ContentSource[] = [
      { title: 'Trail Runner 2', description: 'Light and grippy.', brand: 'Stride', price: 89.5, categories: ['Shoes', 'Running Shoes'], attributes: { color: 'black', sizes: ['8', '9', '10'], waterproof: 'yes' } },
      { title: '', description: '', categories: [], attributes: {} },
      { title: '保温杯 500ml 🍵', description: 'a\u0000b — "quoted" \\ back', brand: '', price: 0, categories: ['厨房', ''], attributes: { 容量: '500ml', tags: [] } },
    ];
    expect(roundTrip(contentCodec, sources)).to.deep.equal(sources);
    const [, bare] = roundTrip(contentCodec, sources);
    expect('brand' in bare!, 'no brand').to.equal(false);
    expect('price' in bare!, 'no price').to.equal(false);
  });

  it('reads back a batch bigger than its first buffer, and strings of every width, in order', () => {
    const long = 'ab—好🍵'.repeat(30_000);
    const sources: ContentSource[] = Array.from({ length: 300 }, (_, i) => ({ title: i === 7 ? long : `t${i} ü 好`, description: 'd'.repeat(i * 50), categories: [`c${i % 3}`], attributes: {} }));
    expect(roundTrip(contentCodec, sources)).to.deep.equal(sources);
  });

  it('reads back ids and co-counts, odd counts included', () => {
    const sources: GraphSource[] = [
      { id: 'A-1', related: { relatedTo: ['B'], similarTo: [], alsoBought: [{ id: 'C', count: 12 }, { id: 'D', count: Number.NaN }], alsoViewed: [{ id: 'E', count: Infinity }] } },
      { id: 'B', related: { relatedTo: [], similarTo: ['A-1', 'C'], alsoBought: [], alsoViewed: [] } },
    ];
    expect(roundTrip(graphCodec, sources)).to.deep.equal(sources);
  });

  it('hashes what was posted: the same batches the same, any change of text, boundary, count or number another', () => {
    const base = packed((w) => (w.str('ab'), w.str('c'), w.int(2), w.num(1.5)));
    const again = packed((w) => (w.str('ab'), w.str('c'), w.int(2), w.num(1.5)));
    expect(hashOf(base)).to.equal(hashOf(again));
    expect(hashOf(base)).to.match(/^[0-9a-f]{16}$/);
    const variants = [
      packed((w) => (w.str('ab'), w.str('d'), w.int(2), w.num(1.5))),
      packed((w) => (w.str('a'), w.str('bc'), w.int(2), w.num(1.5))),
      packed((w) => (w.str('ab'), w.str('c'), w.int(3), w.num(1.5))),
      packed((w) => (w.str('ab'), w.str('c'), w.int(2), w.num(1.5000001))),
      packed((w) => (w.str('ab'), w.str('c'), w.int(2), w.int(0), w.num(1.5))),
    ];
    for (const v of variants) expect(hashOf(v)).to.not.equal(hashOf(base));
    expect(hashOf(base, again), 'batch order and count count').to.not.equal(hashOf(base));
  });
});
