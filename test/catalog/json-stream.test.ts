/**
 * The streaming splitter: catalog documents, bare arrays and NDJSON, cut into chunks at every
 * possible position, with strings that contain braces, quotes and escapes.
 */
import { expect } from '@open-wc/testing';
import { CatalogStreamSplitter } from '../../src/catalog/json-stream.ts';

interface Split {
  items: unknown[];
  headers: Record<string, unknown>;
  lines: { value: unknown; line: number }[];
  truncated: string[];
  bad: string[];
}

function split(text: string, chunk = text.length, hint: 'json' | 'ndjson' | 'unknown' = 'unknown'): Split {
  const out: Split = { items: [], headers: {}, lines: [], truncated: [], bad: [] };
  const parse = (t: string) => {
    try {
      return JSON.parse(t);
    } catch {
      out.bad.push(t);
      return undefined;
    }
  };
  const s = new CatalogStreamSplitter(
    {
      item: (t) => out.items.push(parse(t)),
      header: (k, t) => (out.headers[k] = parse(t)),
      line: (t, line) => out.lines.push({ value: parse(t), line }),
      truncated: (w) => out.truncated.push(w),
    },
    hint,
  );
  for (let i = 0; i < text.length; i += chunk) s.push(text.slice(i, i + chunk));
  s.end();
  return out;
}

const tricky = [
  { id: 'a', title: 'Braces } { and ] [ inside', note: 'quote \\" and \\\\ backslash' },
  { id: 'b', title: '中文 "引号" 与 emoji 🎒', nested: { list: [1, [2, { x: '}' }]] } },
  { id: 'c', title: 'plain' },
];

describe('catalog: streaming JSON splitter', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  it('splits a catalog document into its products and store block, whatever the chunk size', () => {
    const doc = JSON.stringify({ version: 1, store: { name: 'S', faq: [{ question: '{?}', answer: ']' }] }, products: tricky, after: true }, null, 2);
    for (let chunk = 1; chunk <= doc.length; chunk += chunk < 40 ? 1 : 37) {
      const r = split(doc, chunk);
      expect(r.items, `chunk ${chunk}`).to.deep.equal(tricky);
      expect(r.headers.store).to.deep.equal({ name: 'S', faq: [{ question: '{?}', answer: ']' }] });
      expect(r.truncated).to.deep.equal([]);
    }
  });

  it('splits a bare array of products', () => {
    const r = split(` \n${JSON.stringify(tricky)}\n`, 7);
    expect(r.items).to.deep.equal(tricky);
  });

  it('sniffs NDJSON (first object is not a catalog) and numbers lines', () => {
    const text = tricky.map((p) => JSON.stringify(p)).join('\n') + '\n\n';
    for (const chunk of [1, 3, 50, text.length]) {
      const r = split(text, chunk);
      expect(r.lines.map((l) => l.value)).to.deep.equal(tricky);
      expect(r.lines.map((l) => l.line)).to.deep.equal([1, 2, 3]);
    }
  });

  it('keeps going after a malformed NDJSON line (hinted NDJSON), reporting that line', () => {
    const text = `${JSON.stringify(tricky[0])}\n{"id": "broken", "title": "no end\n${JSON.stringify(tricky[2])}`;
    const r = split(text, 5, 'ndjson');
    expect(r.lines.map((l) => l.value)).to.deep.equal([tricky[0], undefined, tricky[2]]);
    expect(r.lines[1]!.line).to.equal(2);
    expect(r.bad).to.have.length(1);
  });

  it('reports a document cut off in the middle of a product and keeps the complete ones', () => {
    const doc = JSON.stringify({ products: tricky });
    const r = split(doc.slice(0, doc.length - 20), 11);
    expect(r.items).to.deep.equal(tricky.slice(0, 2));
    expect(r.truncated).to.have.length(1);
  });

  it('reports text that is not JSON at all', () => {
    expect(split('<html>404</html>').truncated).to.have.length(1);
  });

  it('holds only about one product in memory, not the whole feed', () => {
    const s = new CatalogStreamSplitter({ item: () => {}, header: () => {}, line: () => {}, truncated: () => {} });
    s.push('{"products":[');
    const one = JSON.stringify({ id: 'x', description: 'y'.repeat(1000) });
    for (let i = 0; i < 2000; i++) s.push(`${one},`);
    expect((s as unknown as { buf: string }).buf.length).to.be.below(70_000 + one.length * 2);
    expect(s.items).to.equal(2000);
  });

  it('a very long NDJSON line is kept as pieces and joined once (no rescans per chunk; timing in test/bench/catalog-formats)', () => {
    const lines: string[] = [];
    const s = new CatalogStreamSplitter({ item: () => {}, header: () => {}, line: (t) => lines.push(t), truncated: () => {} }, 'ndjson');
    const long = JSON.stringify({ id: 'L', description: 'z'.repeat(1_500_000) });
    for (let i = 0; i < long.length; i += 32 * 1024) s.push(long.slice(i, i + 32 * 1024));
    s.push('\n{"id":"after"}\n');
    s.end();
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).to.deep.equal(['L', 'after']);
    // Nothing of the line sits in the scan buffer: its pieces wait apart and are joined once.
    expect((s as unknown as { buf: string }).buf).to.equal('');
  });

  it('skips and reports a record over the cap, in NDJSON and inside a products array, and goes on', () => {
    const tooLarge: string[] = [];
    const got: string[] = [];
    const sink = { item: (t: string) => got.push(t), header: () => {}, line: (t: string) => got.push(t), truncated: () => {}, tooLarge: (w: string) => tooLarge.push(w) };
    const big = JSON.stringify({ id: 'BIG', description: 'q'.repeat(5000) });
    const nd = new CatalogStreamSplitter(sink, 'ndjson', 1000);
    for (const piece of ['{"id":"a"}\n', big.slice(0, 3000), big.slice(3000), '\n{"id":"b"}\n']) nd.push(piece);
    nd.end();
    expect(got.map((t) => (JSON.parse(t) as { id: string }).id)).to.deep.equal(['a', 'b']);
    expect(tooLarge).to.deep.equal(['line 2']);
    got.length = 0;
    tooLarge.length = 0;
    const doc = new CatalogStreamSplitter(sink, 'json', 1000);
    const text = JSON.stringify({ products: [{ id: 'a' }, JSON.parse(big), { id: 'b' }] });
    for (let i = 0; i < text.length; i += 700) doc.push(text.slice(i, i + 700));
    doc.end();
    expect(got.map((t) => (JSON.parse(t) as { id: string }).id)).to.deep.equal(['a', 'b']);
    expect(tooLarge).to.deep.equal(['product 2']);
  });
});
