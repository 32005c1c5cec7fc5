/**
 * Dev dialogues, Trailhead Outfitters (the outdoor demo shop), English: public/demo-data/catalog.json.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const runningShoes: Pred = { category: 'Running Shoes' };
const boots: Pred = { category: 'Hiking Boots' };
const jackets: Pred = { category: 'Jackets' };
const apparel: Pred = { category: 'Running Apparel' };
const socks: Pred = { category: 'Socks' };
const headphones: Pred = { category: 'Headphones' };
const speakers: Pred = { category: 'Speakers' };
const watches: Pred = { category: 'Smartwatches' };
const backpacks: Pred = { category: 'Backpacks' };
const coffee: Pred = { category: 'Coffee Makers' };
const yoga: Pred = { category: 'Yoga Mats' };
const tents: Pred = { category: 'Tents' };
const yes = (key: string): Pred => ({ attr: { key, eq: 'yes' } });
const no = (key: string): Pred => ({ attr: { key, eq: 'no' } });

const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };

export const demoEn: Dialogue[] = [
  // ---- Type with modifiers ----
  {
    id: 'demo-en-01',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('I need a rain jacket for hiking in Scotland', 'type-modifier', { all: { ...jackets, ...yes('waterproof') } }),
      t('with a hood', 'follow-up', { all: { ...jackets, attr: [{ key: 'waterproof', eq: 'yes' }, { key: 'hood', eq: 'yes' }] } }),
      t('which of these is cheapest', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'demo-en-02',
    shop: 'demo',
    lang: 'en',
    turns: [t('warm down jacket for winter', 'type-modifier', { all: { ...jackets, attr: { key: 'insulation', eq: '650-fill down' } } })],
  },
  {
    id: 'demo-en-03',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('trail running shoes for muddy paths', 'type-modifier', { all: { ...runningShoes, attr: { key: 'terrain', eq: 'trail' } } }),
      t('waterproof ones', 'follow-up', { all: { ...runningShoes, attr: [{ key: 'terrain', eq: 'trail' }, { key: 'waterproof', eq: 'yes' }] } }),
      t('compare the first two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which one is lighter?', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'demo-en-04',
    shop: 'demo',
    lang: 'en',
    turns: [t('backpack with a laptop sleeve for commuting', 'type-modifier', { all: { ...backpacks, not: { attr: { key: 'laptop sleeve', eq: 'none' } } } })],
  },
  {
    id: 'demo-en-05',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('noise cancelling headphones for flights', 'type-modifier', { all: { ...headphones, attr: { key: 'noise cancelling', eq: 'yes' } } }),
      t('at least 40 hours of battery', 'quantity', { all: { ...headphones, attr: [{ key: 'noise cancelling', eq: 'yes' }, { key: 'battery life', min: 40 }] } }),
    ],
  },
  {
    id: 'demo-en-06',
    shop: 'demo',
    lang: 'en',
    turns: [t('speaker I can take to the pool', 'type-modifier', { all: { ...speakers, ...yes('waterproof') } })],
  },
  {
    id: 'demo-en-07',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('merino socks for hiking', 'type-modifier', { all: { ...socks, attr: { key: 'material', eq: 'merino wool' } } }),
      t('crew length', 'follow-up', { all: { ...socks, attr: [{ key: 'material', eq: 'merino wool' }, { key: 'height', eq: 'crew' }] } }),
    ],
  },
  {
    id: 'demo-en-08',
    shop: 'demo',
    lang: 'en',
    turns: [t('thick yoga mat for bad knees', 'type-modifier', { all: { ...yoga, attr: { key: 'thickness', min: 10 } } })],
  },
  {
    id: 'demo-en-09',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('smartwatch with gps for running', 'type-modifier', { all: { ...watches, ...yes('gps') } }),
      t('battery that lasts 2 weeks', 'quantity', { all: { ...watches, attr: [{ key: 'gps', eq: 'yes' }, { key: 'battery life', min: 14 }] } }),
    ],
  },
  {
    id: 'demo-en-10',
    shop: 'demo',
    lang: 'en',
    turns: [t('reflective running top for night runs', 'type-modifier', { all: { ...apparel, ...yes('reflective') } })],
  },
  {
    id: 'demo-en-11',
    shop: 'demo',
    lang: 'en',
    turns: [t('espresso machine with a milk frother', 'type-modifier', { all: { ...coffee, attr: { key: 'milk frother', eq: 'yes' } } })],
  },
  // ---- Not sold ----
  {
    id: 'demo-en-12',
    shop: 'demo',
    lang: 'en',
    turns: [t('do you have any laptops', 'not-sold', { status: 'not-sold', none: true, absentType: 'laptop' })],
  },
  {
    id: 'demo-en-13',
    shop: 'demo',
    lang: 'en',
    turns: [t('cheapest kayak in stock', 'not-sold', { status: 'not-sold', none: true, absentType: 'kayak' })],
  },
  {
    id: 'demo-en-14',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('i want a sleeping bag', 'not-sold', { status: 'not-sold', none: true, absentType: 'sleeping bag', alternatives: {} }),
      t('ok then show me tents', 'simple', { all: tents }),
    ],
  },
  {
    id: 'demo-en-15',
    shop: 'demo',
    lang: 'en',
    turns: [t('do you sell bikes?', 'not-sold', { status: 'not-sold', none: true, absentType: 'bike' })],
  },
  {
    id: 'demo-en-16',
    shop: 'demo',
    lang: 'en',
    turns: [t('a blender under $80', 'not-sold', { status: 'not-sold', none: true, absentType: 'blender' })],
  },
  {
    id: 'demo-en-17',
    shop: 'demo',
    lang: 'en',
    turns: [t('tennis rackets?', 'not-sold', { status: 'not-sold', none: true, absentType: 'racket' })],
  },
  // ---- Exclusions ----
  {
    id: 'demo-en-18',
    shop: 'demo',
    lang: 'en',
    turns: [t('running shoes but nothing from Stride or Velox', 'exclusion', { all: { ...runningShoes, notBrand: ['Stride', 'Velox'] } })],
  },
  {
    id: 'demo-en-19',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('headphones, not Sonara', 'exclusion', { all: { ...headphones, notBrand: ['Sonara'] } }),
      t('and not Auralis', 'exclusion', { all: { ...headphones, notBrand: ['Sonara', 'Auralis'] } }),
    ],
  },
  {
    id: 'demo-en-20',
    shop: 'demo',
    lang: 'en',
    turns: [t('hiking boots that are not leather', 'exclusion', { all: { ...boots, attr: { key: 'material', eq: 'synthetic' } } })],
  },
  {
    id: 'demo-en-21',
    shop: 'demo',
    lang: 'en',
    turns: [t('tents except Summit Co.', 'exclusion', { all: { ...tents, notBrand: ['Summit Co.'] } })],
  },
  // ---- Quantities, sort, currency ----
  {
    id: 'demo-en-22',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('tent that sleeps four', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 4 } } }),
      t('under 100 dollars', 'follow-up', { all: { ...tents, attr: { key: 'capacity', min: 4 }, priceMax: 100 } }),
    ],
  },
  {
    id: 'demo-en-23',
    shop: 'demo',
    lang: 'en',
    turns: [t('most expensive smartwatch', 'quantity', { all: watches, best: 'price-max' })],
  },
  {
    id: 'demo-en-24',
    shop: 'demo',
    lang: 'en',
    turns: [t('backpack 30 litres or bigger', 'quantity', { all: { ...backpacks, attr: { key: 'capacity', min: 30 } } })],
  },
  {
    id: 'demo-en-25',
    shop: 'demo',
    lang: 'en',
    turns: [t('running shoes under 250 grams', 'quantity', { all: { ...runningShoes, attr: { key: 'weight', max: 250 } } })],
  },
  {
    id: 'demo-en-26',
    shop: 'demo',
    lang: 'en',
    turns: [t('speakers sorted by price, lowest first', 'quantity', { all: speakers, sorted: 'price-asc' })],
  },
  {
    id: 'demo-en-27',
    shop: 'demo',
    lang: 'en',
    turns: [t('hiking boots between 100 and 150 dollars', 'quantity', { all: { ...boots, priceMin: 100, priceMax: 150 } })],
  },
  {
    id: 'demo-en-28',
    shop: 'demo',
    lang: 'en',
    turns: [t('speakers with 40W output', 'quantity', { all: { ...speakers, attr: { key: 'output', min: 40 } } })],
  },
  {
    id: 'demo-en-29',
    shop: 'demo',
    lang: 'en',
    turns: [t('cheapest 1-person tent', 'quantity', { all: { ...tents, attr: { key: 'capacity', min: 1, max: 1 } }, best: 'price-min' })],
  },
  // ---- Words ----
  {
    id: 'demo-en-30',
    shop: 'demo',
    lang: 'en',
    turns: [t('hikng boots', 'words', { all: boots })],
  },
  {
    id: 'demo-en-31',
    shop: 'demo',
    lang: 'en',
    turns: [t('trainers for jogging', 'words', { all: runningShoes })],
  },
  {
    id: 'demo-en-32',
    shop: 'demo',
    lang: 'en',
    turns: [t('smart watch', 'words', { all: watches }), t('more', 'words', { kind: ['more', 'search'], all: watches, fresh: true })],
  },
  {
    id: 'demo-en-33',
    shop: 'demo',
    lang: 'en',
    turns: [t('earbuds', 'words', { all: headphones })],
  },
  {
    id: 'demo-en-34',
    shop: 'demo',
    lang: 'en',
    turns: [t('what do people buy most here', 'words', { all: { popular: true }, count: { min: 3 } })],
  },
  {
    id: 'demo-en-35',
    shop: 'demo',
    lang: 'en',
    turns: [t('rucksack', 'words', { all: backpacks })],
  },
  // ---- Deals ----
  {
    id: 'demo-en-36',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('any discounts at the moment?', 'deals', { kind: ['deals', 'search'], all: { onSale: true } }),
      t('just jackets', 'deals', { all: { ...jackets, onSale: true } }),
    ],
  },
  {
    id: 'demo-en-37',
    shop: 'demo',
    lang: 'en',
    turns: [t('yoga mats on sale', 'deals', { all: { ...yoga, onSale: true } })],
  },
  // ---- Gifts, recommendations ----
  {
    id: 'demo-en-38',
    shop: 'demo',
    lang: 'en',
    turns: [t('present for my brother who just started running', 'gift', { ...GIFT })],
  },
  {
    id: 'demo-en-39',
    shop: 'demo',
    lang: 'en',
    turns: [t('gift under 30 for a coworker', 'gift', { ...GIFT, all: { priceMax: 30 } })],
  },
  {
    id: 'demo-en-40',
    shop: 'demo',
    lang: 'en',
    turns: [t('surprise me with something good', 'gift', { kind: ['recommend', 'gift'], status: 'ok', count: { min: 1 } })],
  },
  // ---- Store, chat ----
  {
    id: 'demo-en-41',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('hey', 'chat', { kind: 'chat', none: true }),
      t('what is the return window', 'store', { kind: 'store', store: 'returns' }),
      t('how much is shipping', 'store', { kind: 'store', store: 'shipping' }),
      t('cheers', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'demo-en-42',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('do you take apple pay', 'store', { kind: 'store', store: 'payment' }),
      t('can you gift wrap it', 'store', { kind: 'store', store: { faq: 2 } }),
    ],
  },
  // ---- Compare, references ----
  {
    id: 'demo-en-43',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('waterproof backpacks', 'type-modifier', { all: { ...backpacks, ...yes('waterproof') } }),
      t('compare the top 3', 'compare', { kind: 'compare', compared: { shown: [0, 1, 2] } }),
      t('which has the most room?', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'demo-en-44',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('yoga mats', 'simple', { all: yoga }),
      t('which is better for a beginner?', 'reference', { kind: 'pick', pick: { among: 'shown' } }),
    ],
  },
  {
    id: 'demo-en-45',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('bluetooth speakers under 50', 'simple', { all: { ...speakers, priceMax: 50 } }),
      t('the third one - is it waterproof?', 'reference', { subject: { shown: 2 }, verdict: yes('waterproof') }),
    ],
  },
  {
    id: 'demo-en-46',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('tents', 'simple', { all: tents }),
      t('compare these two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which one packs lighter', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'weight' } } }),
    ],
  },
  // ---- Product pages ----
  {
    id: 'demo-en-47',
    shop: 'demo',
    lang: 'en',
    page: { ...jackets, not: { color: 'blue' }, ...yes('waterproof') },
    turns: [
      t('does this come in blue', 'page-focus', { ...PRODUCT, verdict: { color: 'blue' } }),
      t('will it keep me dry in heavy rain', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
      t('anything cheaper like it', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-en-48',
    shop: 'demo',
    lang: 'en',
    page: { ...runningShoes, onSale: true, inStock: true },
    turns: [
      t('is it discounted right now?', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('whats the price', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('how heavy is the shoe', 'page-focus', { ...PRODUCT, mentions: 'weight' }),
    ],
  },
  {
    id: 'demo-en-49',
    shop: 'demo',
    lang: 'en',
    page: { ...runningShoes, hasReviews: false },
    turns: [
      t('what do reviewers think of these', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('what is the heel drop', 'page-focus', { ...PRODUCT, mentions: 'drop' }),
      t('similar shoes in stock', 'follow-up', { all: { sameCategoryAsPage: true, inStock: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-en-50',
    shop: 'demo',
    lang: 'en',
    page: { ...headphones, attr: { key: 'noise cancelling', eq: 'no' } },
    turns: [
      t('does it have noise cancelling', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'noise cancelling', eq: 'yes' } } }),
      t('battery life?', 'page-focus', { ...PRODUCT, mentions: 'battery life' }),
      t('ok show me ones that do cancel noise', 'follow-up', { all: { ...headphones, attr: { key: 'noise cancelling', eq: 'yes' } } }),
    ],
  },
  {
    id: 'demo-en-51',
    shop: 'demo',
    lang: 'en',
    page: { ...boots, inStock: false },
    turns: [
      t('is this in stock', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('show me similar boots I can buy now', 'follow-up', { all: { sameCategoryAsPage: true, inStock: true }, notPage: true }),
      t('is the first one waterproof', 'reference', { subject: { shown: 0 }, verdict: yes('waterproof') }),
    ],
  },
  {
    id: 'demo-en-52',
    shop: 'demo',
    lang: 'en',
    page: { ...tents, attr: { key: 'capacity', min: 2, max: 2 } },
    turns: [
      t('how many people fit in it', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('is it a 4 season tent', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'season', eq: '4-season' } } }),
      t('how much does it weigh packed', 'page-focus', { ...PRODUCT, mentions: 'weight' }),
    ],
  },
  {
    id: 'demo-en-53',
    shop: 'demo',
    lang: 'en',
    page: { ...watches, ...no('gps') },
    turns: [
      t('does it have built in gps', 'page-focus', { ...PRODUCT, verdict: yes('gps') }),
      t('can I swim with it', 'page-focus', { ...PRODUCT, mentions: 'water resistance' }),
      t('gps watches that are cheaper than this one', 'follow-up', { all: { ...watches, ...yes('gps'), cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-en-54',
    shop: 'demo',
    lang: 'en',
    page: { ...backpacks, attr: { key: 'laptop sleeve', eq: 'none' } },
    turns: [
      t('will my laptop fit', 'page-focus', { ...PRODUCT, verdict: { not: { attr: { key: 'laptop sleeve', eq: 'none' } } } }),
      t('how many litres', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('ones with a laptop sleeve then', 'follow-up', { all: { ...backpacks, not: { attr: { key: 'laptop sleeve', eq: 'none' } } } }),
    ],
  },
  {
    id: 'demo-en-55',
    shop: 'demo',
    lang: 'en',
    page: { ...coffee, attr: { key: 'milk frother', eq: 'no' }, hasReviews: true },
    turns: [
      t('can it froth milk', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'milk frother', eq: 'yes' } } }),
      t('what do people like about it', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('is shipping free', 'store', { kind: 'store', store: 'shipping' }),
    ],
  },
  {
    id: 'demo-en-56',
    shop: 'demo',
    lang: 'en',
    page: { ...yoga, attr: { key: 'material', eq: 'cork' } },
    turns: [
      t('what is it made of', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('how thick', 'page-focus', { ...PRODUCT, mentions: 'thickness' }),
      t('does it come in purple', 'page-focus', { ...PRODUCT, verdict: { color: 'purple' } }),
    ],
  },
  {
    id: 'demo-en-57',
    shop: 'demo',
    lang: 'en',
    page: { ...speakers, ...no('waterproof') },
    turns: [
      t('can it get wet', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
      t('how loud is it, watts?', 'page-focus', { ...PRODUCT, mentions: 'output' }),
      t('waterproof speakers please', 'follow-up', { all: { ...speakers, ...yes('waterproof') } }),
    ],
  },
  {
    id: 'demo-en-58',
    shop: 'demo',
    lang: 'en',
    page: { ...apparel, ...yes('reflective') },
    turns: [
      t('is it reflective', 'page-focus', { ...PRODUCT, verdict: yes('reflective') }),
      t('what material', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('do you have it in a slim fit', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'fit', eq: 'slim' } } }),
    ],
  },
  {
    id: 'demo-en-59',
    shop: 'demo',
    lang: 'en',
    page: { ...socks, attr: { key: 'material', eq: 'merino wool' } },
    turns: [
      t('are these wool', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'material', has: 'wool' } } }),
      t('how much', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('cheaper socks?', 'follow-up', { all: { ...socks, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'demo-en-60',
    shop: 'demo',
    lang: 'en',
    page: { ...jackets, onSale: true, hasReviews: true },
    turns: [
      t('is this on sale', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('what do people say', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('does it have a hood', 'page-focus', { ...PRODUCT, verdict: yes('hood') }),
      t('what is it insulated with', 'page-focus', { ...PRODUCT, mentions: 'insulation' }),
    ],
  },
  {
    id: 'demo-en-61',
    shop: 'demo',
    lang: 'en',
    page: { ...runningShoes, attr: { key: 'terrain', eq: 'road' } },
    turns: [
      t('is it good for trails', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'terrain', eq: 'trail' } } }),
      t('show me trail shoes instead', 'follow-up', { all: { ...runningShoes, attr: { key: 'terrain', eq: 'trail' } } }),
      t('in blue', 'follow-up', { all: { ...runningShoes, attr: { key: 'terrain', eq: 'trail' }, color: 'blue' } }),
    ],
  },
  {
    id: 'demo-en-62',
    shop: 'demo',
    lang: 'en',
    page: { ...boots, ...yes('waterproof'), hasReviews: true },
    turns: [
      t('what sole does it have', 'page-focus', { ...PRODUCT, mentions: 'sole' }),
      t('would you recommend it for a beginner hiker?', 'page-focus', { kind: ['product', 'reviews'], subject: 'page' }),
      t('thanks', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'demo-en-63',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('blue running shoes', 'simple', { all: { ...runningShoes, color: 'blue' } }),
      t('waterproof ones under $50?', 'follow-up', { status: 'relaxed', relaxed: true, all: runningShoes, unsat: { ...runningShoes, ...yes('waterproof'), priceMax: 50 } }),
    ],
  },
  {
    id: 'demo-en-64',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('something to listen to music on my runs', 'type-modifier', { all: headphones }),
      t('water resistant ones, IPX7', 'follow-up', { all: { ...headphones, attr: { key: 'water resistance', eq: 'IPX7' } } }),
      t('compare the top two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which one has the longer battery', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'battery life' } } }),
    ],
  },
  {
    id: 'demo-en-65',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('4 season tents', 'type-modifier', { all: { ...tents, attr: { key: 'season', eq: '4-season' } } }),
      t('the lightest of them?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'demo-en-66',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('coffee machines', 'simple', { all: coffee }),
      t('more please', 'words', { kind: ['more', 'search'], all: coffee, fresh: true }),
      t('which is the best rated', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'rating-max' } }),
    ],
  },
  {
    id: 'demo-en-67',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('cheap socks', 'simple', { all: socks, sorted: 'price-asc' }),
      t('no-show ones', 'follow-up', { all: { ...socks, attr: { key: 'height', eq: 'no-show' } } }),
    ],
  },
  {
    id: 'demo-en-68',
    shop: 'demo',
    lang: 'en',
    turns: [t('headphone deals', 'deals', { all: { ...headphones, onSale: true } })],
  },
  {
    id: 'demo-en-69',
    shop: 'demo',
    lang: 'en',
    turns: [t("christmas present for my mum, she hikes every weekend, around 100 dollars", 'gift', { ...GIFT, all: { priceMax: 120 } })],
  },
  {
    id: 'demo-en-70',
    shop: 'demo',
    lang: 'en',
    turns: [
      t('good morning!', 'chat', { kind: 'chat', none: true }),
      t('what can you do?', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'demo-en-71',
    shop: 'demo',
    lang: 'en',
    turns: [t('jackets that are neither Northwind nor Ridgeline', 'exclusion', { all: { ...jackets, notBrand: ['Northwind', 'Ridgeline'] } })],
  },
  {
    id: 'demo-en-72',
    shop: 'demo',
    lang: 'en',
    turns: [t('yoga mat 6mm', 'quantity', { all: { ...yoga, attr: { key: 'thickness', min: 6, max: 6 } } })],
  },
  {
    id: 'demo-en-73',
    shop: 'demo',
    lang: 'en',
    turns: [t('runnning shoos for the road', 'words', { all: { ...runningShoes, attr: { key: 'terrain', eq: 'road' } } })],
  },
  {
    id: 'demo-en-74',
    shop: 'demo',
    lang: 'en',
    page: { ...tents, inStock: true, hasReviews: true },
    turns: [
      t('is it fully waterproof', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
      t('any complaints from buyers?', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('do you ship to Canada', 'store', { kind: 'store', store: { faq: 0 } }),
    ],
  },
  {
    id: 'demo-en-75',
    shop: 'demo',
    lang: 'en',
    page: { ...headphones, ...yes('noise cancelling'), inStock: true },
    turns: [
      t('how much are these', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('which bluetooth version', 'page-focus', { ...PRODUCT, mentions: 'connectivity' }),
      t('show me cheaper noise cancelling ones', 'follow-up', { all: { ...headphones, ...yes('noise cancelling'), cheaperThanPage: true }, notPage: true }),
      t('compare the first two of those', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
    ],
  },
  {
    id: 'demo-en-76',
    shop: 'demo',
    lang: 'en',
    page: { ...backpacks, ...yes('waterproof'), hasReviews: true },
    turns: [
      t('how big is it', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('what is it made from', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('is it waterproof or just water resistant', 'page-focus', { ...PRODUCT, verdict: yes('waterproof') }),
    ],
  },
  {
    id: 'demo-en-77',
    shop: 'demo',
    lang: 'en',
    page: { ...coffee, attr: { key: 'capacity', min: 10 } },
    turns: [
      t('how many cups does it make', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('whats the wattage', 'page-focus', { ...PRODUCT, mentions: 'power' }),
      t('is it in stock?', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
    ],
  },
];
