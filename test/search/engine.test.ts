/**
 * The search engine on a small hand-made catalog: ranking, typo / prefix / synonym matching,
 * every filter, disjunctive facets, sorting, paging.
 */
import { expect } from '@open-wc/testing';
import type { Catalog, Product } from '../../src/catalog/types.ts';
import { createSearch } from '../../src/search/index.ts';
import type { ProductSearch, SearchFilters } from '../../src/search/types.ts';
import { syntheticCatalog } from '../fixtures/catalog/synthetic.ts';

function product(id: string, p: Partial<Product> & { title: string }): Product {
  return {
    id,
    description: '',
    categories: [],
    availability: 'InStock',
    offers: [],
    reviews: [],
    attributes: {},
    images: [],
    variants: [],
    related: { relatedTo: [], similarTo: [], alsoBought: [], alsoViewed: [] },
    currency: 'USD',
    ...p,
  };
}

const PRODUCTS: Product[] = [
  product('rs1', { title: 'Velox Tempo Trail Running Shoe', brand: 'Velox', categories: ['Shoes', 'Running Shoes'], price: 120, rating: { value: 4.6, count: 200, best: 5, worst: 1 }, attributes: { color: 'blue', waterproof: 'yes' }, releaseDate: '2026-03-01', description: 'A grippy trail shoe for muddy runs.' }),
  product('rs2', { title: 'Stride Glide Road Running Shoe', brand: 'Stride', categories: ['Shoes', 'Running Shoes'], price: 70, listPrice: 90, rating: { value: 4.1, count: 50, best: 5, worst: 1 }, attributes: { color: 'red', waterproof: 'no' }, releaseDate: '2026-06-01', variants: [{ id: 'rs2-b', attributes: { color: 'Navy Blue' } }] }),
  product('rs3', { title: 'Velox Sprint Racing Running Shoe', brand: 'Velox', categories: ['Shoes', 'Running Shoes'], price: 160, availability: 'OutOfStock', rating: { value: 3.2, count: 8, best: 5, worst: 1 }, attributes: { color: 'black' } }),
  product('hb1', { title: 'Ridgeline Waterproof Hiking Boot', brand: 'Ridgeline', categories: ['Shoes', 'Hiking Boots'], price: 150, rating: { value: 4.8, count: 30, best: 5, worst: 1 }, attributes: { color: 'brown', waterproof: 'yes' } }),
  product('hp1', { title: 'Sonara Quiet Noise-Cancelling Headphones', brand: 'Sonara', categories: ['Electronics', 'Headphones'], price: 199, attributes: { color: 'black', 'noise cancelling': 'yes' }, description: 'Great on flights; pairs with a running watch.' }),
  product('hp2', { title: 'Sonara Buds Sport Earbuds', brand: 'Sonara', categories: ['Electronics', 'Headphones'], price: 59, listPrice: 79, attributes: { color: 'white', 'noise cancelling': 'no' } }),
  product('tn1', { title: 'Trailmark 4-Person Dome Tent', brand: 'Trailmark', categories: ['Outdoor', 'Tents'], price: 240, attributes: { capacity: '4' } }),
  product('nx1', { title: 'Mystery item without price', categories: ['Misc'] }),
];

const catalog: Catalog = { products: PRODUCTS, byId: new Map(PRODUCTS.map((p) => [p.id, p])), store: { currency: 'USD', shipping: [], payment: [], faq: [] }, issues: [] };

describe('search: engine', function () {
  // Generous: other engineers' test runs share this machine's two cores.
  this.timeout(60_000);
  let search: ProductSearch;
  before(async () => {
    search = await createSearch(catalog, { worker: false });
  });
  after(() => search.dispose());

  const ids = async (q: string, filters: Partial<SearchFilters> = {}, opts: { sort?: 'price-asc' | 'price-desc' | 'rating' | 'newest'; limit?: number; offset?: number } = {}) =>
    (await search.search({ text: q, filters }, { filters, ...opts })).hits.map((h) => h.id);

  it('ranks title matches first and reports the words each hit matched', async () => {
    const r = await search.search({ text: 'trail running shoe', filters: {} });
    expect(r.hits[0]!.id).to.equal('rs1');
    expect(r.hits[0]!.matched).to.deep.equal(['trail', 'running', 'shoe']);
    // "running" alone in a headphone's description does not make it a running shoe.
    expect(r.hits.map((h) => h.id)).not.to.include('hp1');
  });

  it('tolerates typos, unfinished words and synonyms', async () => {
    expect((await ids('hedphones'))[0]).to.match(/^hp/);
    expect(await ids('headph')).to.have.members(['hp1', 'hp2']);
    expect((await ids('earbuds'))[0]).to.equal('hp2');
    expect(await ids('sneakers')).to.include.members(['rs1', 'rs2', 'rs3']);
  });

  it('returns nothing for words no product has, and everything for no words', async () => {
    expect(await ids('xylophone')).to.deep.equal([]);
    expect((await search.search({ text: '', filters: {} }, { limit: 100 })).total).to.equal(PRODUCTS.length);
  });

  it('applies every filter', async () => {
    expect(await ids('', { priceMin: 100, priceMax: 160 })).to.have.members(['rs1', 'rs3', 'hb1']);
    expect(await ids('', { brands: ['velox'] })).to.have.members(['rs1', 'rs3']);
    expect(await ids('shoe', { excludeBrands: ['Velox'] })).to.have.members(['rs2', 'hb1']);
    expect(await ids('', { categories: ['running shoe'] })).to.have.members(['rs1', 'rs2', 'rs3']);
    expect(await ids('', { categories: ['Shoes > Hiking Boots'] })).to.deep.equal(['hb1']);
    expect(await ids('', { categories: ['Shoes'], excludeCategories: ['Running Shoes'] })).to.deep.equal(['hb1']);
    expect(await ids('running shoe', { inStock: true })).to.have.members(['rs1', 'rs2']);
    expect(await ids('', { minRating: 4.5 })).to.have.members(['rs1', 'hb1']);
    expect(await ids('', { onSale: true })).to.have.members(['rs2', 'hp2']);
    // Navy Blue is a variant of rs2: colour filters see variants; "blue" does not mean "navy".
    expect(await ids('', { colors: ['蓝色'] })).to.deep.equal(['rs1']);
    expect(await ids('', { colors: ['navy'] })).to.deep.equal(['rs2']);
    expect(await ids('shoe', { excludeColors: ['black'] })).to.have.members(['rs1', 'rs2', 'hb1']);
    expect(await ids('', { attributes: { waterproof: ['yes'] } })).to.have.members(['rs1', 'hb1']);
    expect(await ids('', { attributes: { 'Noise Cancelling': ['true'] } })).to.deep.equal(['hp1']);
    expect(await ids('', { attributes: { colour: ['white'] } })).to.deep.equal(['hp2']);
    expect(await ids('sonara', { excludeTerms: ['earbuds'] })).to.deep.equal(['hp1']);
    expect(await ids('', { ids: ['tn1', 'nx1', 'unknown'] })).to.have.members(['tn1', 'nx1']);
  });

  it('matches nothing for a brand, category or value the catalog does not have', async () => {
    expect(await ids('shoe', { brands: ['Nike'] })).to.deep.equal([]);
    expect(await ids('', { categories: ['Kayaks'] })).to.deep.equal([]);
    expect(await ids('', { priceMin: 50, priceMax: 10 })).to.deep.equal([]);
    // An unknown brand to exclude is a word not to show.
    expect(await ids('', { excludeBrands: ['Trailmark'] })).not.to.include('tn1');
  });

  it('sorts by price, rating and date, products without the value last', async () => {
    expect(await ids('', {}, { sort: 'price-asc', limit: 100 })).to.deep.equal(['hp2', 'rs2', 'rs1', 'hb1', 'rs3', 'hp1', 'tn1', 'nx1']);
    expect((await ids('', {}, { sort: 'price-desc' }))[0]).to.equal('tn1');
    // Bayesian rating: 4.8 from 30 ratings beats 4.6 from 200? No — 200 ratings are worth more.
    expect((await ids('shoe', {}, { sort: 'rating' })).slice(0, 2)).to.deep.equal(['rs1', 'hb1']);
    expect((await ids('', {}, { sort: 'newest' })).slice(0, 2)).to.deep.equal(['rs2', 'rs1']);
  });

  it('pages with limit and offset, with a stable total', async () => {
    const all = await ids('', {}, { sort: 'price-asc', limit: 100 });
    const page1 = await search.search({ text: '', filters: {}, sort: 'price-asc' }, { limit: 3 });
    const page2 = await search.search({ text: '', filters: {}, sort: 'price-asc' }, { limit: 3, offset: 3 });
    expect([...page1.hits, ...page2.hits].map((h) => h.id)).to.deep.equal(all.slice(0, 6));
    expect(page1.total).to.equal(page2.total);
  });

  it('counts facets over the matches, each facet ignoring its own filter', async () => {
    const r = await search.search({ text: '', filters: { brands: ['Velox'], categories: ['Shoes'] } });
    expect(r.total).to.equal(2);
    // Brand facet: other brands' counts under the category filter (disjunctive).
    expect(r.facets.brands).to.deep.equal([
      { value: 'Velox', count: 2 },
      { value: 'Ridgeline', count: 1 },
      { value: 'Stride', count: 1 },
    ]);
    // Category facet: Velox's products in any category, as paths.
    expect(r.facets.categories.map((c) => [c.value, c.count])).to.deep.equal([
      ['Shoes', 2],
      ['Shoes > Running Shoes', 2],
    ]);
    expect(r.facets.colors.map((c) => c.value).sort()).to.deep.equal(['black', 'blue']);
    expect(r.facets.inStock).to.equal(1);
    expect(r.facets.price).to.deep.include({ min: 120, max: 160, currency: 'USD' });
    expect(r.facets.price!.buckets.reduce((n, b) => n + b.count, 0)).to.equal(2);
    expect(r.facets.rating).to.deep.equal([
      { min: 4, count: 1 },
      { min: 3, count: 2 },
      { min: 2, count: 2 },
      { min: 1, count: 2 },
    ]);
    expect(r.facets.attributes.waterproof).to.deep.equal([{ value: 'yes', count: 1 }]);
  });

  it('parses string queries with the catalog’s vocabulary', async () => {
    const r = await search.search('waterproof shoes under $130 in stock');
    expect(r.query.filters).to.deep.include({ priceMax: 130, inStock: true, attributes: { waterproof: ['yes'] }, categories: ['Shoes'] });
    expect(r.hits.map((h) => h.id)).to.deep.equal(['rs1']);
    expect(search.parse('Velox 500元以下', 'zh-CN').filters).to.deep.equal({ brands: ['Velox'], priceMax: 500 });
  });

  it('merges option filters into a parsed query', async () => {
    const r = await search.search({ text: 'shoe', filters: { brands: ['Velox'] } }, { filters: { inStock: true } });
    expect(r.query.filters).to.deep.equal({ brands: ['Velox'], inStock: true });
    expect(r.hits.map((h) => h.id)).to.deep.equal(['rs1']);
  });
});

describe('search: attribute values as filters see them', function () {
  this.timeout(60_000);
  const items: Product[] = [
    product('t1', { title: 'Cotton Tee', brand: 'Loom', categories: ['Tops'], price: 20, attributes: { size: 'ＸＬ', waterproof: 'yes' } }),
    product('t2', { title: 'Linen Tee', brand: 'Loom', categories: ['Tops'], price: 25, attributes: { size: 'M', waterproof: 'n/a' } }),
    product('t3', { title: 'Wool Tee', brand: 'Loom', categories: ['Tops'], price: 30, attributes: { size: 'L', waterproof: '不适用' } }),
    product('t4', { title: 'Rain Shell', brand: 'Loom', categories: ['Jackets'], price: 90, attributes: { size: 'Extra  Large', waterproof: 'no' } }),
  ];
  const small: Catalog = { products: items, byId: new Map(items.map((p) => [p.id, p])), store: { currency: 'USD', shipping: [], payment: [], faq: [] }, issues: [] };
  let search: ProductSearch;
  before(async () => {
    search = await createSearch(small, { worker: false });
  });
  after(() => search.dispose());
  const ids = async (filters: SearchFilters) => (await search.search({ text: '', filters })).hits.map((h) => h.id).sort();

  it('finds a full-width value ("ＸＬ") by itself and by its ASCII form, as the facet lists it', async () => {
    expect(await ids({ attributes: { size: ['ＸＬ'] } })).to.deep.equal(['t1']);
    expect(await ids({ attributes: { size: ['xl'] } })).to.deep.equal(['t1']);
    expect(await ids({ attributes: { size: ['extra large'] } })).to.deep.equal(['t4']);
    const facet = (await search.search({ text: '', filters: {} })).facets.attributes.size!.map((v) => v.value).sort();
    expect(facet).to.deep.equal(['extra large', 'l', 'm', 'xl']);
  });

  it('reads every "no" the index does as no ("n/a", "不适用"), in filters and in the vocabulary', async () => {
    expect(await ids({ attributes: { waterproof: ['no'] } })).to.deep.equal(['t2', 't3', 't4']);
    expect(await ids({ attributes: { waterproof: ['yes'] } })).to.deep.equal(['t1']);
    // "waterproof" is a yes/no feature of this catalog, so "not waterproof" is a filter.
    expect(search.parse('tees not waterproof').filters.attributes).to.deep.equal({ waterproof: ['no'] });
  });

  it('excludes words the same way query after query', async () => {
    for (let i = 0; i < 2; i++) {
      expect(await ids({ excludeTerms: ['linen'] })).to.deep.equal(['t1', 't3', 't4']);
      expect(await ids({ excludeTerms: ['shell', 'TEE'] })).to.deep.equal([]);
      expect(await ids({ excludeTerms: ['jackets'] })).to.deep.equal(['t1', 't2', 't3']);
    }
  });
});

describe('search: the fast paths agree with the full one', function () {
  this.timeout(120_000);

  it('without facets, with an ids filter or after other queries: the same hits, scores and totals', async () => {
    // A bigger catalog, so list filters narrow what a query looks at (candidate lists, cached masks).
    const big = syntheticCatalog(3000, 'en');
    const s = await createSearch(big, { worker: false });
    const someIds = big.products.filter((_, i) => i % 5 === 0).map((p) => p.id);
    const queries = ['running shoes', 'trail running shoes under $80', 'waterproof hiking boots', 'sneakers', 'black', 'stride', 'cheapest tent', 'blue yoga mat', 'headphones on sale', 'hedphones', 'laptop backpack', 'tents except Velox', 'not black shoes', ''];
    const variants: { filters?: Partial<SearchFilters>; sort?: 'price-asc' | 'rating' }[] = [{}, { sort: 'price-asc' }, { filters: { ids: someIds } }, { filters: { excludeIds: someIds.slice(0, 40) } }, { filters: { inStock: true, colors: ['black', 'blue'] } }];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        for (const v of variants) {
          const parsed = s.parse(q, 'en');
          const full = await s.search(parsed, { ...v, limit: 30 });
          const lean = await s.search(parsed, { ...v, limit: 30, facets: false });
          const what = `${q} ${JSON.stringify(v).slice(0, 60)}`;
          expect(lean.hits, what).to.deep.equal(full.hits);
          expect(lean.total, what).to.equal(full.total);
          if (v.filters?.ids) for (const h of full.hits) expect(someIds, what).to.include(h.id);
        }
      }
    }
    s.dispose();
  });
});
