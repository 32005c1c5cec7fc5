/**
 * Search relevance on the labelled set (relevance-set.ts): every query's top results must be relevant,
 * through the path the widget uses (string query → vocabulary-aware parser → index), in English and
 * Chinese. Also prints precision and MRR for the plain parser (no vocabulary), the assistant's path.
 */
import { expect } from '@open-wc/testing';
import { loadCatalog } from '../../src/catalog/load.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { createSearch } from '../../src/search/index.ts';
import { parseQuery } from '../../src/understand/filters.ts';
import { judge, RELEVANCE_SET, type QueryOutcome } from './relevance-set.ts';

const catalogs = new Map<string, Promise<Catalog>>();
function demo(lang: 'en' | 'zh-CN'): Promise<Catalog> {
  let c = catalogs.get(lang);
  if (!c) {
    c = loadCatalog({ root: document.implementation.createHTMLDocument(''), src: `/public/demo-data/catalog${lang === 'en' ? '' : '.zh'}.json`, logger: { warn: () => {} } });
    catalogs.set(lang, c);
  }
  return c;
}

function summary(outcomes: QueryOutcome[]): string {
  const n = outcomes.length;
  const p = outcomes.reduce((s, o) => s + o.precision, 0) / n;
  const mrr = outcomes.reduce((s, o) => s + o.reciprocalRank, 0) / n;
  return `${outcomes.filter((o) => o.pass).length}/${n} pass, precision@k ${p.toFixed(3)}, MRR ${mrr.toFixed(3)}`;
}

describe('search relevance (labelled set)', function () {
  this.timeout(60_000);

  it('has at least 40 queries in English and Chinese', () => {
    expect(RELEVANCE_SET.length).to.be.at.least(40);
    expect(RELEVANCE_SET.filter((q) => q.lang === 'en').length).to.be.at.least(15);
    expect(RELEVANCE_SET.filter((q) => q.lang === 'zh-CN').length).to.be.at.least(15);
  });

  it('every labelled query returns relevant top results (widget path: vocabulary-aware parser)', async () => {
    const outcomes: QueryOutcome[] = [];
    for (const lang of ['en', 'zh-CN'] as const) {
      const catalog = await demo(lang);
      const search = await createSearch(catalog, { worker: false });
      for (const entry of RELEVANCE_SET.filter((e) => e.lang === lang)) {
        const r = await search.search(entry.q, { lang, limit: 10 });
        outcomes.push(judge(entry, catalog.products, r.hits.map((h) => h.id)));
      }
      search.dispose();
    }
    const failed = outcomes.filter((o) => !o.pass);
    console.log(`relevance (vocabulary parser): ${summary(outcomes)}${failed.length ? `\nfailed: ${failed.map((f) => `${f.q} → ${f.top.join(', ')}`).join('\n  ')}` : ''}`);
    expect(failed.map((f) => f.q)).to.deep.equal([]);
  });

  it('the plain parser (no vocabulary, the assistant path) still finds relevant products', async () => {
    const outcomes: QueryOutcome[] = [];
    for (const lang of ['en', 'zh-CN'] as const) {
      const catalog = await demo(lang);
      const search = await createSearch(catalog, { worker: false });
      for (const entry of RELEVANCE_SET.filter((e) => e.lang === lang)) {
        const r = await search.search(parseQuery(entry.q, lang), { lang, limit: 10 });
        outcomes.push(judge(entry, catalog.products, r.hits.map((h) => h.id)));
      }
      search.dispose();
    }
    const failed = outcomes.filter((o) => !o.pass);
    console.log(`relevance (plain parser): ${summary(outcomes)}${failed.length ? `\nfailed: ${failed.map((f) => `${f.q} → ${f.top.join(', ')}`).join('\n  ')}` : ''}`);
    const precision = outcomes.reduce((s, o) => s + o.precision, 0) / outcomes.length;
    expect(precision).to.be.at.least(0.9);
  });
});
