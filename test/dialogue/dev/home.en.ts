/**
 * Dev dialogues, Hearthside Home, English. Written as shoppers talk, against the generated catalog
 * (public/demo-data/home.json); every label is checked by check-labels.ts.
 */
import { t, type Dialogue, type Pred } from '../types.ts';

const kettle: Pred = { category: 'Electric Kettles' };
const coffeeMaker: Pred = { category: 'Coffee Makers' };
const grinder: Pred = { category: 'Coffee Grinders' };
const mug: Pred = { category: 'Coffee Mugs' };
const blender: Pred = { category: 'Blenders' };
const airFryer: Pred = { category: 'Air Fryers' };
const toaster: Pred = { category: 'Toasters' };
const riceCooker: Pred = { category: 'Rice Cookers' };
const pan: Pred = { category: 'Frying Pans & Skillets' };
const cookwareSet: Pred = { category: 'Cookware Sets' };
const sheetPan: Pred = { category: 'Baking Sheets & Sheet Pans' };
const knifeSet: Pred = { category: 'Knife Block Sets' };
const sharpener: Pred = { category: 'Knife Sharpeners' };
const chefKnife: Pred = { category: "Chef's Knives" };
const bottle: Pred = { category: 'Water Bottles & Travel Mugs' };
const containers: Pred = { category: 'Food Storage Containers' };
const sheets: Pred = { category: 'Sheet & Pillowcase Sets' };
const comforter: Pred = { category: 'Comforters & Duvets' };
const pillow: Pred = { category: 'Bed Pillows' };
const towels: Pred = { category: 'Bath Towels' };
const robot: Pred = { category: 'Robot Vacuums' };
const stick: Pred = { category: 'Stick Vacuums' };
const purifier: Pred = { category: 'Air Purifiers' };
const humidifier: Pred = { category: 'Humidifiers' };
const candle: Pred = { category: 'Candles' };
const lamp: Pred = { category: 'Desk Lamps' };
const yes = (key: string): Pred => ({ attr: { key, eq: 'yes' } });
const no = (key: string): Pred => ({ attr: { key, eq: 'no' } });

const PRODUCT = { kind: 'product' as const, subject: 'page' as const };
const GIFT = { kind: ['gift' as const, 'recommend' as const], status: 'ok' as const, count: { min: 1 } };

export const homeEn: Dialogue[] = [
  // ---- Listing page: product types that share words, with modifiers ----
  {
    id: 'home-en-01',
    shop: 'home',
    lang: 'en',
    turns: [
      t('looking for a coffee maker with a thermal carafe', 'type-modifier', { all: { ...coffeeMaker, attr: { key: 'carafe', eq: 'thermal' } } }),
      t('ok and a grinder to go with it, burr not blade', 'type-modifier', { all: { ...grinder, attr: { key: 'grinder type', eq: ['conical burr', 'flat burr'] } } }),
      t('which of those is cheapest?', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'home-en-02',
    shop: 'home',
    lang: 'en',
    turns: [
      t('big coffee mugs, like 450ml or more', 'quantity', { all: { ...mug, attr: { key: 'capacity', min: 450 } } }),
      t('microwave safe ones only', 'follow-up', { all: { ...mug, attr: [{ key: 'capacity', min: 450 }, { key: 'microwave safe', eq: 'yes' }] } }),
      t('compare the first two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
    ],
  },
  {
    id: 'home-en-03',
    shop: 'home',
    lang: 'en',
    turns: [
      t('i need something to sharpen my kitchen knives', 'type-modifier', { all: sharpener }),
      t('electric ones?', 'follow-up', { all: { ...sharpener, attr: { key: 'sharpener type', eq: 'electric' } } }),
    ],
  },
  {
    id: 'home-en-04',
    shop: 'home',
    lang: 'en',
    turns: [
      t('knife block set with a wooden block', 'type-modifier', { all: { ...knifeSet, attr: { key: 'block', eq: 'wooden block' } } }),
      t('what about ones with a magnetic stand under $100', 'follow-up', { all: { ...knifeSet, attr: { key: 'block', eq: 'magnetic stand' }, priceMax: 100 } }),
      t('which one has the most pieces?', 'reference', { kind: 'pick', pick: { among: 'shown', by: { attrMax: 'pieces' } } }),
    ],
  },
  {
    id: 'home-en-05',
    shop: 'home',
    lang: 'en',
    turns: [
      t('sheet pan for roasting veggies', 'type-modifier', { all: sheetPan }),
      t('nonstick please', 'follow-up', { all: { ...sheetPan, ...yes('nonstick') } }),
    ],
  },
  {
    id: 'home-en-06',
    shop: 'home',
    lang: 'en',
    turns: [
      t('queen bed sheets, 100% cotton', 'type-modifier', { all: { ...sheets, attr: { key: 'material', eq: '100% cotton' } } }),
      t('anything with a deeper pocket, 45 cm?', 'quantity', { all: { ...sheets, attr: [{ key: 'material', eq: '100% cotton' }, { key: 'pocket depth', min: 45 }] } }),
    ],
  },
  {
    id: 'home-en-07',
    shop: 'home',
    lang: 'en',
    turns: [
      t('vacuum insulated water bottle that keeps drinks cold', 'type-modifier', { all: { ...bottle, ...yes('insulated') } }),
      t('leakproof and at least 750ml', 'follow-up', { all: { ...bottle, attr: [{ key: 'insulated', eq: 'yes' }, { key: 'leakproof', eq: 'yes' }, { key: 'capacity', min: 750 }] } }),
    ],
  },
  {
    id: 'home-en-08',
    shop: 'home',
    lang: 'en',
    turns: [t('a vacuum that cleans by itself while im at work', 'type-modifier', { all: robot })],
  },
  {
    id: 'home-en-09',
    shop: 'home',
    lang: 'en',
    turns: [
      t('lightweight cordless vacuum for stairs', 'type-modifier', { all: stick }),
      t('under 2 kg', 'quantity', { all: { ...stick, attr: { key: 'weight', max: 2 } } }),
    ],
  },
  {
    id: 'home-en-10',
    shop: 'home',
    lang: 'en',
    turns: [
      t('pillow for side sleepers that is firm', 'type-modifier', { all: { ...pillow, attr: { key: 'firmness', eq: 'firm' } } }),
      t('not memory foam though', 'exclusion', { all: { ...pillow, attr: { key: 'firmness', eq: 'firm' }, not: { attr: { key: 'fill', eq: 'memory foam' } } } }),
    ],
  },
  {
    id: 'home-en-11',
    shop: 'home',
    lang: 'en',
    turns: [t('quiet air purifier for the bedroom, 25 dB or less', 'quantity', { all: { ...purifier, attr: { key: 'noise', max: 25 } } })],
  },
  {
    id: 'home-en-12',
    shop: 'home',
    lang: 'en',
    turns: [
      t('cast iron skillet', 'type-modifier', { all: { ...pan, attr: { key: 'material', eq: 'cast iron' } } }),
      t('one that works on induction and can go in the oven', 'follow-up', { all: { ...pan, attr: [{ key: 'material', eq: 'cast iron' }, { key: 'induction compatible', eq: 'yes' }, { key: 'oven safe', eq: 'yes' }] } }),
      t('is the first one in stock?', 'reference', { subject: { shown: 0 }, verdict: { inStock: true } }),
    ],
  },
  // ---- Not sold here ----
  {
    id: 'home-en-13',
    shop: 'home',
    lang: 'en',
    turns: [
      t('do you sell microwaves?', 'not-sold', { status: 'not-sold', none: true, absentType: 'microwave' }),
      t('ok what about a toaster then', 'simple', { all: toaster }),
    ],
  },
  {
    id: 'home-en-14',
    shop: 'home',
    lang: 'en',
    turns: [t('cheapest stand mixer you have in stock', 'not-sold', { status: 'not-sold', none: true, absentType: 'mixer' })],
  },
  {
    id: 'home-en-15',
    shop: 'home',
    lang: 'en',
    turns: [t("I'm after a slow cooker for stews", 'not-sold', { status: 'not-sold', none: true, absentType: 'slow cooker', alternatives: {} })],
  },
  {
    id: 'home-en-16',
    shop: 'home',
    lang: 'en',
    turns: [
      t('any wine glasses?', 'not-sold', { status: 'not-sold', none: true, absentType: 'wine glass' }),
      t('mattress toppers?', 'not-sold', { status: 'not-sold', none: true, absentType: 'mattress' }),
    ],
  },
  {
    id: 'home-en-17',
    shop: 'home',
    lang: 'en',
    turns: [t('do you carry dishwashers', 'not-sold', { status: 'not-sold', none: true, absentType: 'dishwasher' })],
  },
  // ---- Exclusions ----
  {
    id: 'home-en-18',
    shop: 'home',
    lang: 'en',
    turns: [
      t('blenders, but not NutriMax', 'exclusion', { all: { ...blender, notBrand: ['NutriMax'] } }),
      t('and not Voltra either', 'exclusion', { all: { ...blender, notBrand: ['NutriMax', 'Voltra'] } }),
    ],
  },
  {
    id: 'home-en-19',
    shop: 'home',
    lang: 'en',
    turns: [t('robot vacuums except Aerwave and Tidyhome', 'exclusion', { all: { ...robot, notBrand: ['Aerwave', 'Tidyhome'] } })],
  },
  {
    id: 'home-en-20',
    shop: 'home',
    lang: 'en',
    turns: [t('sheet sets that are not microfiber', 'exclusion', { all: { ...sheets, not: { attr: { key: 'material', eq: 'microfiber' } } } })],
  },
  {
    id: 'home-en-21',
    shop: 'home',
    lang: 'en',
    turns: [t('coffee grinder, no blade grinders please', 'exclusion', { all: { ...grinder, not: { attr: { key: 'grinder type', eq: 'blade' } } } })],
  },
  // ---- Quantities, units, currencies, superlatives ----
  {
    id: 'home-en-22',
    shop: 'home',
    lang: 'en',
    turns: [
      t('kettle that holds at least 1.5 litres', 'quantity', { all: { ...kettle, attr: { key: 'capacity', min: 1.5 } } }),
      t('with temperature control, cheapest first', 'follow-up', { all: { ...kettle, attr: [{ key: 'capacity', min: 1.5 }, { key: 'temperature control', eq: 'yes' }] }, sorted: 'price-asc' }),
    ],
  },
  {
    id: 'home-en-23',
    shop: 'home',
    lang: 'en',
    turns: [t('air fryer big enough for a family, 6 liters or more', 'quantity', { all: { ...airFryer, attr: { key: 'capacity', min: 6 } } })],
  },
  {
    id: 'home-en-24',
    shop: 'home',
    lang: 'en',
    turns: [t('4 slice toaster', 'quantity', { all: { ...toaster, attr: { key: 'slots', min: 4 } } })],
  },
  {
    id: 'home-en-25',
    shop: 'home',
    lang: 'en',
    turns: [t('cookware set with at least 12 pieces', 'quantity', { all: { ...cookwareSet, attr: { key: 'pieces', min: 12 } } })],
  },
  {
    id: 'home-en-26',
    shop: 'home',
    lang: 'en',
    turns: [t('most expensive robot vacuum', 'quantity', { all: robot, sorted: 'price-desc', best: 'price-max' })],
  },
  {
    id: 'home-en-27',
    shop: 'home',
    lang: 'en',
    turns: [t('whats the cheapest rice cooker', 'quantity', { all: riceCooker, best: 'price-min' })],
  },
  {
    id: 'home-en-28',
    shop: 'home',
    lang: 'en',
    turns: [t('800 thread count sheets', 'quantity', { all: { ...sheets, attr: { key: 'thread count', min: 800, max: 800 } } })],
  },
  {
    id: 'home-en-29',
    shop: 'home',
    lang: 'en',
    turns: [t('a 28cm frying pan', 'quantity', { all: { ...pan, attr: { key: 'diameter', min: 28, max: 28 } } })],
  },
  {
    id: 'home-en-30',
    shop: 'home',
    lang: 'en',
    turns: [
      t('robot vacuum with 4000Pa suction or more', 'quantity', { all: { ...robot, attr: { key: 'suction', min: 4000 } } }),
      t('that also mops, under 400 dollars', 'follow-up', { all: { ...robot, attr: [{ key: 'suction', min: 4000 }, { key: 'mopping', eq: 'yes' }], priceMax: 400 } }),
    ],
  },
  {
    id: 'home-en-31',
    shop: 'home',
    lang: 'en',
    turns: [t('air purifier for a 50 square metre living room', 'quantity', { all: { ...purifier, attr: { key: 'room size', min: 50 } } })],
  },
  {
    id: 'home-en-32',
    shop: 'home',
    lang: 'en',
    turns: [t('blender under 40 bucks', 'quantity', { all: { ...blender, priceMax: 40 } })],
  },
  // ---- Words: typos, plurals, synonyms, popular, more ----
  {
    id: 'home-en-33',
    shop: 'home',
    lang: 'en',
    turns: [
      t('air fryr', 'words', { all: airFryer }),
      t('more', 'words', { kind: ['more', 'search'], all: airFryer, fresh: true }),
    ],
  },
  {
    id: 'home-en-34',
    shop: 'home',
    lang: 'en',
    turns: [t('robot vaccum cleaner', 'words', { all: robot })],
  },
  {
    id: 'home-en-35',
    shop: 'home',
    lang: 'en',
    turns: [t('duvet', 'words', { all: comforter })],
  },
  {
    id: 'home-en-36',
    shop: 'home',
    lang: 'en',
    turns: [t('a knife sharpener', 'words', { all: sharpener }), t('knife sharpeners under 20', 'words', { all: { ...sharpener, priceMax: 20 } })],
  },
  {
    id: 'home-en-37',
    shop: 'home',
    lang: 'en',
    turns: [t("what's popular right now?", 'words', { all: { popular: true }, count: { min: 3 } })],
  },
  {
    id: 'home-en-38',
    shop: 'home',
    lang: 'en',
    turns: [t('humidifer for a babys room', 'words', { all: humidifier })],
  },
  // ---- Deals ----
  {
    id: 'home-en-39',
    shop: 'home',
    lang: 'en',
    turns: [
      t("what's on sale?", 'deals', { kind: ['deals', 'search'], all: { onSale: true } }),
      t('any of those in bedding?', 'deals', { all: { onSale: true, category: 'Bedding' } }),
    ],
  },
  {
    id: 'home-en-40',
    shop: 'home',
    lang: 'en',
    turns: [t('any deals on cookware sets?', 'deals', { all: { ...cookwareSet, onSale: true } })],
  },
  // ---- Gifts and recommendations without history ----
  {
    id: 'home-en-41',
    shop: 'home',
    lang: 'en',
    turns: [t('housewarming gift ideas under $40', 'gift', { ...GIFT, all: { priceMax: 40 } })],
  },
  {
    id: 'home-en-42',
    shop: 'home',
    lang: 'en',
    turns: [t('what would you recommend?', 'gift', { kind: 'recommend', status: 'ok', count: { min: 1 } })],
  },
  {
    id: 'home-en-43',
    shop: 'home',
    lang: 'en',
    turns: [t('my sister loves coffee, gift idea?', 'gift', { ...GIFT, all: { category: ['Coffee, Tea & Espresso', 'Coffee Mugs'] } })],
  },
  // ---- Store questions and chat ----
  {
    id: 'home-en-44',
    shop: 'home',
    lang: 'en',
    turns: [
      t('hi there', 'chat', { kind: 'chat', none: true }),
      t('how long do i have to send something back?', 'store', { kind: 'store', store: 'returns' }),
      t('and is delivery free?', 'store', { kind: 'store', store: 'shipping' }),
      t('great, thanks!', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'home-en-45',
    shop: 'home',
    lang: 'en',
    turns: [
      t('can I pay with paypal', 'store', { kind: 'store', store: 'payment' }),
      t('do appliances come with a warranty', 'store', { kind: 'store', store: { faq: 0 } }),
    ],
  },
  // ---- Compare and references after a list ----
  {
    id: 'home-en-46',
    shop: 'home',
    lang: 'en',
    turns: [
      t('dual basket air fryers', 'type-modifier', { all: { ...airFryer, ...yes('dual basket') } }),
      t('compare the top 3', 'compare', { kind: 'compare', compared: { shown: [0, 1, 2] } }),
      t('which one is biggest?', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMax: 'capacity' } } }),
    ],
  },
  {
    id: 'home-en-47',
    shop: 'home',
    lang: 'en',
    turns: [
      t('stick vacuums with a HEPA filter', 'type-modifier', { all: { ...stick, ...yes('hepa filter') } }),
      t('compare these two: the first and the second', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which is lighter?', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'weight' } } }),
    ],
  },
  {
    id: 'home-en-48',
    shop: 'home',
    lang: 'en',
    turns: [
      t('humidifiers', 'simple', { all: humidifier }),
      t('tell me more about the second one', 'reference', { kind: 'product', subject: { shown: 1 } }),
      t('how long does it run on a full tank?', 'page-focus', { kind: 'product', subject: { shown: 1 }, mentions: 'run time' }),
    ],
  },
  {
    id: 'home-en-49',
    shop: 'home',
    lang: 'en',
    turns: [
      t('desk lamp with a usb port', 'type-modifier', { all: { ...lamp, ...yes('usb port') } }),
      t('which one would you pick for reading in bed?', 'reference', { kind: 'pick', pick: { among: 'shown' } }),
    ],
  },
  {
    id: 'home-en-50',
    shop: 'home',
    lang: 'en',
    turns: [t('compare the Ironclad KS-500 with the KS-21 knife set', 'compare', { kind: 'compare', compared: { ids: ['HH-KS009', 'HH-KS005'] } })],
  },
  // ---- On product pages: the page's product ----
  {
    id: 'home-en-51',
    shop: 'home',
    lang: 'en',
    page: { ...kettle, attr: { key: 'temperature control', eq: 'yes' }, hasReviews: false },
    turns: [
      t('how much is this one?', 'page-focus', { ...PRODUCT, mentionsPrice: true }),
      t('can i set the temperature on it', 'page-focus', { ...PRODUCT, verdict: yes('temperature control') }),
      t('what do other buyers say?', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('show me something cheaper', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'home-en-52',
    shop: 'home',
    lang: 'en',
    page: { ...airFryer, color: 'white', not: { color: 'black' }, ...yes('dual basket') },
    turns: [
      t('does it come in black?', 'page-focus', { ...PRODUCT, verdict: { color: 'black' } }),
      t('can the basket go in the dishwasher', 'page-focus', { ...PRODUCT, verdict: yes('dishwasher safe') }),
      t('how many litres is it', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
    ],
  },
  {
    id: 'home-en-53',
    shop: 'home',
    lang: 'en',
    page: { ...coffeeMaker, onSale: true, inStock: false },
    turns: [
      t('is this on sale?', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
      t('can I get it right now or is it out of stock', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('similar ones that are in stock', 'follow-up', { all: { sameCategoryAsPage: true, inStock: true }, notPage: true }),
    ],
  },
  {
    id: 'home-en-54',
    shop: 'home',
    lang: 'en',
    page: { ...pan, attr: { key: 'induction compatible', eq: 'no' } },
    turns: [
      t('will this work on my induction hob?', 'page-focus', { ...PRODUCT, verdict: yes('induction compatible') }),
      t('ok show me pans that do', 'follow-up', { all: { ...pan, ...yes('induction compatible') } }),
      t('in 28 cm', 'follow-up', { all: { ...pan, attr: [{ key: 'induction compatible', eq: 'yes' }, { key: 'diameter', min: 28, max: 28 }] } }),
    ],
  },
  {
    id: 'home-en-55',
    shop: 'home',
    lang: 'en',
    page: { ...sheets, hasReviews: true, onSale: true },
    turns: [
      t('whats the thread count', 'page-focus', { ...PRODUCT, mentions: 'thread count' }),
      t('what are people saying about these sheets', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
      t('is it cheaper than usual right now?', 'page-focus', { ...PRODUCT, verdict: { onSale: true } }),
    ],
  },
  {
    id: 'home-en-56',
    shop: 'home',
    lang: 'en',
    page: { ...robot, ...no('mopping') },
    turns: [
      t('does this one mop too?', 'page-focus', { ...PRODUCT, verdict: yes('mopping') }),
      t('show me ones that mop', 'follow-up', { all: { ...robot, ...yes('mopping') } }),
      t('compare the first two', 'compare', { kind: 'compare', compared: { shown: [0, 1] } }),
      t('which one is quieter', 'reference', { kind: 'pick', pick: { among: 'compared', by: { attrMin: 'noise' } } }),
    ],
  },
  {
    id: 'home-en-57',
    shop: 'home',
    lang: 'en',
    page: { ...knifeSet, ...no('dishwasher safe') },
    turns: [
      t('can these go in the dishwasher', 'page-focus', { ...PRODUCT, verdict: yes('dishwasher safe') }),
      t('how many knives come in the set?', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
    ],
  },
  {
    id: 'home-en-58',
    shop: 'home',
    lang: 'en',
    page: { ...stick, hasReviews: true },
    turns: [
      t('how heavy is it', 'page-focus', { ...PRODUCT, mentions: 'weight' }),
      t('battery life?', 'page-focus', { ...PRODUCT, mentions: 'run time' }),
      t('does it have a hepa filter', 'page-focus', { ...PRODUCT, verdict: yes('hepa filter') }),
      t('reviews?', 'reviews', { kind: 'reviews', status: 'ok', subject: 'page' }),
    ],
  },
  {
    id: 'home-en-59',
    shop: 'home',
    lang: 'en',
    page: { ...purifier, attr: { key: 'hepa filter', eq: 'H13' } },
    turns: [
      t('what size room is this good for?', 'page-focus', { ...PRODUCT, mentions: 'room size' }),
      t('is it loud?', 'page-focus', { ...PRODUCT, mentions: 'noise' }),
      t('anything similar but cheaper', 'follow-up', { all: { sameCategoryAsPage: true, cheaperThanPage: true }, notPage: true }),
    ],
  },
  {
    id: 'home-en-60',
    shop: 'home',
    lang: 'en',
    page: { ...mug, ...no('microwave safe') },
    turns: [
      t('can i put it in the microwave', 'page-focus', { ...PRODUCT, verdict: yes('microwave safe') }),
      t('how many mugs do i get', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
      t('show me microwave safe ones instead', 'follow-up', { all: { ...mug, ...yes('microwave safe') } }),
    ],
  },
  {
    id: 'home-en-61',
    shop: 'home',
    lang: 'en',
    page: { ...blender, not: { color: 'red' }, hasReviews: false },
    turns: [
      t('does it come in red', 'page-focus', { ...PRODUCT, verdict: { color: 'red' } }),
      t('any reviews on this one?', 'reviews', { kind: 'reviews', status: 'no-reviews', subject: 'page' }),
      t('red blenders then', 'follow-up', { all: { ...blender, color: 'red' } }),
    ],
  },
  {
    id: 'home-en-62',
    shop: 'home',
    lang: 'en',
    page: { ...comforter, ...yes('machine washable') },
    turns: [
      t('can I wash it in the machine?', 'page-focus', { ...PRODUCT, verdict: yes('machine washable') }),
      t("what's it filled with", 'page-focus', { ...PRODUCT, mentions: 'fill' }),
      t('is it warm enough for winter', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'warmth', eq: 'winter' } } }),
    ],
  },
  {
    id: 'home-en-63',
    shop: 'home',
    lang: 'en',
    page: { ...candle, attr: { key: 'scent', eq: 'unscented' } },
    turns: [
      t('what does it smell like?', 'page-focus', { ...PRODUCT, mentions: 'scent' }),
      t('I want a lavender one', 'follow-up', { all: { ...candle, attr: { key: 'scent', eq: 'lavender' } } }),
    ],
  },
  {
    id: 'home-en-64',
    shop: 'home',
    lang: 'en',
    page: { ...toaster, attr: { key: 'slots', min: 2, max: 2 } },
    turns: [
      t('is this a 4 slice?', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'slots', min: 4 } } }),
      t('show me the 4 slice toasters', 'follow-up', { all: { ...toaster, attr: { key: 'slots', min: 4 } } }),
      t('cheapest of those?', 'reference', { kind: 'pick', pick: { among: 'shown', by: 'price-min' } }),
    ],
  },
  {
    id: 'home-en-65',
    shop: 'home',
    lang: 'en',
    page: { ...grinder, attr: { key: 'grinder type', eq: 'blade' } },
    turns: [
      t('is this a burr grinder?', 'page-focus', { ...PRODUCT, verdict: { attr: { key: 'grinder type', eq: ['conical burr', 'flat burr'] } } }),
      t('how many grind settings', 'page-focus', { ...PRODUCT, mentions: 'grind settings' }),
      t('something like this but with burrs', 'follow-up', { all: { ...grinder, attr: { key: 'grinder type', eq: ['conical burr', 'flat burr'] } }, notPage: true }),
    ],
  },
  {
    id: 'home-en-66',
    shop: 'home',
    lang: 'en',
    page: { ...riceCooker, hasReviews: true },
    turns: [
      t('how much rice does it make', 'page-focus', { ...PRODUCT, mentions: 'capacity' }),
      t('what kind of inner pot', 'page-focus', { ...PRODUCT, mentions: 'inner pot' }),
      t('is it in stock', 'page-focus', { ...PRODUCT, verdict: { inStock: true } }),
      t('shipping cost?', 'store', { kind: 'store', store: 'shipping' }),
    ],
  },
  {
    id: 'home-en-67',
    shop: 'home',
    lang: 'en',
    page: { ...bottle, attr: [{ key: 'insulated', eq: 'yes' }, { key: 'leakproof', eq: 'no' }] },
    turns: [
      t('is it leakproof? going in my bag', 'page-focus', { ...PRODUCT, verdict: yes('leakproof') }),
      t('show leakproof insulated bottles', 'follow-up', { all: { ...bottle, attr: [{ key: 'leakproof', eq: 'yes' }, { key: 'insulated', eq: 'yes' }] } }),
      t('in pink?', 'follow-up', { all: { ...bottle, attr: [{ key: 'leakproof', eq: 'yes' }, { key: 'insulated', eq: 'yes' }], color: 'pink' } }),
    ],
  },
  {
    id: 'home-en-68',
    shop: 'home',
    lang: 'en',
    page: { ...chefKnife, attr: { key: 'steel', eq: 'Damascus' } },
    turns: [
      t('how long is the blade', 'page-focus', { ...PRODUCT, mentions: 'blade length' }),
      t('what steel is it made of', 'page-focus', { ...PRODUCT, mentions: 'steel' }),
      t('would it make a good gift for my dad?', 'gift', { kind: ['product', 'gift', 'recommend'] }),
    ],
  },
  {
    id: 'home-en-69',
    shop: 'home',
    lang: 'en',
    page: { ...lamp, attr: [{ key: 'dimmable', eq: 'yes' }, { key: 'usb port', eq: 'no' }] },
    turns: [
      t('can i charge my phone from it', 'page-focus', { ...PRODUCT, verdict: yes('usb port') }),
      t('is it dimmable', 'page-focus', { ...PRODUCT, verdict: yes('dimmable') }),
      t('hello? are you a real person', 'chat', { kind: 'chat', none: true }),
    ],
  },
  {
    id: 'home-en-70',
    shop: 'home',
    lang: 'en',
    page: { ...towels, onSale: false },
    turns: [
      t('how thick are these towels', 'page-focus', { ...PRODUCT, mentions: 'gsm' }),
      t('any towel sets on offer?', 'deals', { all: { ...towels, onSale: true } }),
    ],
  },
  {
    id: 'home-en-71',
    shop: 'home',
    lang: 'en',
    page: { ...containers, attr: { key: 'material', eq: 'glass' } },
    turns: [
      t('is it glass or plastic', 'page-focus', { ...PRODUCT, mentions: 'material' }),
      t('are the lids leakproof?', 'page-focus', { ...PRODUCT, verdict: yes('leakproof') }),
      t('what is your return policy', 'store', { kind: 'store', store: 'returns' }),
    ],
  },
  {
    id: 'home-en-72',
    shop: 'home',
    lang: 'en',
    page: { ...cookwareSet, inStock: true, ...yes('induction compatible') },
    turns: [
      t('how many pieces is it', 'page-focus', { ...PRODUCT, mentions: 'pieces' }),
      t('dishwasher safe?', 'page-focus', { ...PRODUCT, verdict: yes('dishwasher safe') }),
      t('does it work on induction', 'page-focus', { ...PRODUCT, verdict: yes('induction compatible') }),
    ],
  },
  {
    id: 'home-en-73',
    shop: 'home',
    lang: 'en',
    turns: [
      t('air fryer with two baskets', 'type-modifier', { all: { ...airFryer, ...yes('dual basket') } }),
      t('for less than $50?', 'follow-up', { status: 'relaxed', relaxed: true, all: airFryer, unsat: { ...airFryer, ...yes('dual basket'), priceMax: 50 } }),
    ],
  },
];
