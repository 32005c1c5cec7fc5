/**
 * Draws Hearthside Home's products from spec.ts with a seeded PRNG: the same products (same ids, facts
 * and prices) in the English shop (USD) and the Chinese shop (CNY). Titles are written the way
 * marketplace sellers write them — several shapes, specs and model codes in the title, the brand
 * sometimes only there (no brand field), sometimes nowhere but the brand field.
 */
import { COLORS, type Bilingual } from '../categories.ts';
import { Random } from '../random.ts';
import { toCny, type Lang } from '../products.ts';
import { HOME_CATEGORIES, type HomeCategory, type HomeValue } from './spec.ts';

export interface HomeReview {
  author: Bilingual;
  rating: number;
  title: Bilingual;
  body: Bilingual;
  date: string;
}

export interface HomeVariant {
  id: string;
  color: string;
  /** Index into the category's sizes, when it has sizes. */
  size?: number;
  availability: string;
}

export interface HomeProduct {
  id: string;
  category: HomeCategory;
  /** The brand field; absent for some products, whose brand is only in the title (or nowhere). */
  brand?: string;
  /** The maker, whether or not the feed has a brand field. */
  maker: string;
  code: string;
  color: string;
  title: Bilingual;
  description: Bilingual;
  priceUsd: number;
  listPriceUsd?: number;
  availability: string;
  rating?: { value: number; count: number };
  attributes: { key: string; label: Bilingual; value: HomeValue }[];
  reviews: HomeReview[];
  variants: HomeVariant[];
  similarTo: string[];
  relatedTo: string[];
}

const AUTHORS: Bilingual[] = [
  { en: 'Jenny P.', zh: '小林' },
  { en: 'Mark T.', zh: '大王' },
  { en: 'Alicia G.', zh: '宝妈一枚' },
  { en: 'Hiro N.', zh: '阿明' },
  { en: 'Olga S.', zh: '刘女士' },
  { en: 'Chris D.', zh: '爱做饭的猫' },
  { en: 'Fatima K.', zh: '张先生' },
  { en: 'Pete W.', zh: '一只小鹿' },
];
const GOOD: Bilingual[] = [
  { en: 'Love it', zh: '很满意' },
  { en: 'Does the job', zh: '好用' },
  { en: 'Great value', zh: '性价比高' },
];
const MID: Bilingual[] = [{ en: 'It is okay', zh: '一般般' }];
const BAD: Bilingual[] = [{ en: 'Not impressed', zh: '不太满意' }];

const PROMO_ZH = ['【官方正品】', '【热销爆款】', '【品牌直营】', '【限时特惠】', '', '', ''];

/** Stable, distinct id prefixes (coffee makers and coffee mugs would both be "CM"). */
const ID_PREFIX: Record<string, string> = {
  'coffee-makers': 'CM', 'coffee-grinders': 'CG', 'electric-kettles': 'EK', blenders: 'BL', 'air-fryers': 'AF',
  toasters: 'TO', 'rice-cookers': 'RC', 'frying-pans': 'FP', 'cookware-sets': 'CS', 'sheet-pans': 'SP',
  'knife-sets': 'KS', 'knife-sharpeners': 'KH', 'chefs-knives': 'CK', 'coffee-mugs': 'MG', 'water-bottles': 'WB',
  'food-storage': 'FS', 'sheet-sets': 'SS', comforters: 'CF', pillows: 'PL', 'bath-towels': 'BT',
  'robot-vacuums': 'RV', 'stick-vacuums': 'SV', 'air-purifiers': 'AP', humidifiers: 'HU', candles: 'CA', 'table-lamps': 'DL',
};

function roundPrice(usd: number): number {
  return usd < 20 ? Math.round(usd) - 0.01 : Math.round(usd / 5) * 5 - 0.01;
}

function cap(s: string): string {
  return s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** A spec as a title fragment: "1.7L", "1500W", "12-Cup", "600 Thread Count". */
function titleSpec(key: string, value: HomeValue, lang: Lang): string {
  if (key === 'thread count') return lang === 'en' ? `${value.en} Thread Count` : `${value.zh}支`;
  if (key === 'capacity' && /cups/.test(value.en)) return lang === 'en' ? `${value.num}-Cup` : `${value.num}杯量`;
  if (lang === 'zh') return value.zh.replace(/厘米$/, 'cm').replace(/毫升$/, 'ml').replace(/升$/, 'L');
  if (key === 'pieces') return value.en.replace(/ pieces$/, '-Piece');
  return value.en.replace(/^(\d+(?:\.\d+)?) (L|W|ml|Pa)$/, '$1$2');
}

export function generateHomeProducts(seed = 20261202): HomeProduct[] {
  const rnd = new Random(seed);
  const products: HomeProduct[] = [];
  for (const cat of HOME_CATEGORIES) {
    const prefix = ID_PREFIX[cat.key] ?? cat.key.slice(0, 2).toUpperCase();
    for (let i = 1; i <= cat.count; i++) {
      const id = `HH-${prefix}${String(i).padStart(3, '0')}`;
      const maker = rnd.pick(cat.brands);
      const code = `${rnd.pick(cat.codes)}-${rnd.pick([rnd.int(1, 9) * 100 + rnd.int(0, 1) * 50, rnd.int(10, 99), rnd.int(2, 9) * 1000 + rnd.int(0, 4) * 100])}`;
      const color = rnd.pick(cat.colors);
      const quality = Math.min(4.9, Math.max(2.7, rnd.normal(4.15, 0.45)));

      const noun = rnd.pick(cat.nouns);
      const attributes = cat.attrs.map((a) => ({ key: a.key, label: a.label, value: rnd.pick(a.values) }));
      // Espresso machines have pump pressure; drip ones have none (and carry a carafe).
      if (cat.key === 'coffee-makers') {
        const nounIsEspresso = noun.en === 'Espresso Machine';
        const pressure = attributes.find((a) => a.key === 'pressure')!;
        const carafe = attributes.find((a) => a.key === 'carafe')!;
        if (nounIsEspresso) {
          pressure.value = rnd.pick(cat.attrs.find((a) => a.key === 'pressure')!.values.filter((x) => x.num));
          carafe.value = { en: 'none', zh: '无' };
          attributes.find((a) => a.key === 'capacity')!.value = { en: '2 cups', zh: '2杯', num: 2 };
        } else {
          pressure.value = { en: 'n/a', zh: '无' };
          if (carafe.value.en === 'none') carafe.value = { en: 'glass', zh: '玻璃壶' };
        }
      }
      // Titles never contradict the spec table: a "Burr Coffee Grinder" has burrs, a "Scented Candle" a scent.
      if (noun.implies) {
        const { key, values } = noun.implies;
        const attr = attributes.find((a) => a.key === key)!;
        if (!values.includes(attr.value.en)) attr.value = rnd.pick(cat.attrs.find((a) => a.key === key)!.values.filter((x) => values.includes(x.en)));
      }
      attributes.unshift({ key: 'color', label: { en: 'colour', zh: '颜色' }, value: COLORS[color]! });

      const [lo, hi] = cat.price;
      const uPrice = Math.min(1, Math.max(0, rnd.next() * 0.85 + (quality - 3.6) * 0.1));
      const priceUsd = roundPrice(lo * Math.pow(hi / lo, uPrice));
      const listPriceUsd = rnd.chance(0.25) ? roundPrice(priceUsd / (1 - rnd.pick([0.1, 0.2, 0.25, 0.3, 0.35, 0.5]))) : undefined;
      const availability = rnd.pick([...Array(14).fill('InStock'), 'OutOfStock', 'OutOfStock', 'LimitedAvailability', 'PreOrder', 'BackOrder']);

      const reviewCount = rnd.chance(0.45) ? 0 : rnd.int(1, 5);
      const reviews: HomeReview[] = [];
      for (let r = 0; r < reviewCount; r++) {
        const rating = Math.min(5, Math.max(1, Math.round(rnd.normal(quality, 0.9))));
        const parts = rating >= 4 ? rnd.sample(cat.pros, 2) : rating === 3 ? [rnd.pick(cat.pros), rnd.pick(cat.cons)] : rnd.sample(cat.cons, 2);
        reviews.push({
          author: rnd.pick(AUTHORS),
          rating,
          title: rnd.pick(rating >= 4 ? GOOD : rating === 3 ? MID : BAD),
          body: { en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join('') },
          date: `2026-${String(rnd.int(1, 11)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`,
        });
      }
      // Star ratings without written reviews are common: shoppers rate and move on.
      const ratingCount = rnd.chance(0.12) ? 0 : reviewCount + rnd.int(3, 2400);
      const rating = ratingCount ? { value: Math.round(Math.min(4.9, Math.max(1.5, quality + rnd.normal(0, 0.12))) * 10) / 10, count: ratingCount } : undefined;

      const variants: HomeVariant[] = [];
      const variantColors = rnd.chance(0.45) ? [color, ...rnd.sample(cat.colors.filter((c) => c !== color), rnd.int(1, 3))] : [color];
      if (cat.sizes) {
        for (const c of variantColors)
          cat.sizes.en.forEach((_, s) =>
            variants.push({ id: `${id}-${c}-${s}`, color: c, size: s, availability: availability === 'InStock' && rnd.chance(0.12) ? 'OutOfStock' : availability }),
          );
      } else if (variantColors.length > 1) {
        for (const c of variantColors) variants.push({ id: `${id}-${c}`, color: c, availability: availability === 'InStock' && rnd.chance(0.1) ? 'OutOfStock' : availability });
      }

      // Brand field: usually present; ~18% only in the title; a few unbranded listings name it nowhere.
      const brandMode = rnd.pick(['field', 'field', 'field', 'field', 'field', 'field', 'field', 'title-only', 'title-only', 'field-only']);
      const brandInTitle = brandMode !== 'field-only';
      const brand = brandMode === 'title-only' ? undefined : maker;
      const brandText = rnd.chance(0.2) ? maker.toUpperCase() : maker;

      const specs = cat.attrs
        .filter((a) => a.inTitle)
        .map((a) => attributes.find((x) => x.key === a.key)!)
        .filter((a) => a.value.en !== 'n/a' && a.value.en !== 'none');
      const feats = rnd.sample(cat.features, rnd.int(1, 3));
      const colorName = COLORS[color]!;
      const shape = rnd.int(0, 3);
      const en = (() => {
        const s = specs.map((a) => titleSpec(a.key, a.value, 'en'));
        const b = brandInTitle ? `${brandText} ` : '';
        switch (shape) {
          case 0: // "BrewCraft KM-2200 12-Cup Coffee Maker with Auto Shut-Off, 1000W, Black"
            return `${b}${code} ${s[0] ?? ''} ${noun.en} with ${feats.map((f) => f.en).join(' & ')}${s[1] ? `, ${s[1]}` : ''}, ${cap(colorName.en)}`;
          case 1: // "Coffee Maker, BrewCraft 12-Cup Programmable ... (KM-2200)"
            return `${noun.en}, ${b}${s.join(' ')} ${feats.map((f) => f.en).join(', ')} - ${cap(colorName.en)} (${code})`;
          case 2: // "BREWCRAFT Coffee Maker 1000W | Auto Shut-Off | Black"
            return `${b}${noun.en} ${s.join(' ')} | ${feats.map((f) => f.en).join(' | ')} | ${cap(colorName.en)}`;
          default: // "12-Cup Coffee Maker by BrewCraft, Auto Shut-Off, Model KM-2200"
            return `${s.join(' ')} ${noun.en}${brandInTitle ? ` by ${brandText}` : ''}, ${feats.map((f) => f.en).join(', ')}, ${cap(colorName.en)}, Model ${code}`;
        }
      })()
        .replace(/\s+/g, ' ')
        .replace(/ ,/g, ',')
        .trim();
      const zh = (() => {
        const s = specs.map((a) => titleSpec(a.key, a.value, 'zh'));
        const b = brandInTitle ? `${brandText} ` : '';
        const promo = rnd.pick(PROMO_ZH);
        const f = feats.map((x) => x.zh).join(' ');
        switch (shape % 3) {
          case 0:
            return `${promo}${b}${code} ${noun.zh} 家用 ${s.join(' ')} ${f} ${colorName.zh}`;
          case 1:
            return `${promo}${noun.zh}${b ? ` ${b}` : ''}${s.join(' ')} ${f} ${colorName.zh} ${code}`;
          default:
            return `${b}${s.join('')}${noun.zh} ${f} 新款${colorName.zh}`;
        }
      })()
        .replace(/\s+/g, ' ')
        .trim();

      const specText = (lang: Lang) =>
        attributes
          .filter((a) => a.key !== 'color' && a.value.en !== 'n/a' && a.value.en !== 'none')
          .map((a) => (lang === 'en' ? `${a.label.en}: ${a.value.en}` : `${a.label.zh}：${a.value.zh}`))
          .join(lang === 'en' ? '; ' : '；');

      products.push({
        id,
        category: cat,
        ...(brand ? { brand } : {}),
        maker,
        code,
        color,
        title: { en, zh },
        description: {
          en: `${cat.blurb.en} ${feats.map((f) => f.en).join('. ')}. ${specText('en')}.`,
          zh: `${cat.blurb.zh}${feats.map((f) => f.zh).join('，')}。${specText('zh')}。`,
        },
        priceUsd,
        ...(listPriceUsd ? { listPriceUsd } : {}),
        availability,
        ...(rating ? { rating } : {}),
        attributes,
        reviews,
        variants,
        similarTo: [],
        relatedTo: [],
      });
    }
  }
  link(products, rnd);
  return products;
}

function link(products: HomeProduct[], rnd: Random): void {
  const byCat = new Map<string, HomeProduct[]>();
  for (const p of products) byCat.set(p.category.key, [...(byCat.get(p.category.key) ?? []), p]);
  for (const p of products) {
    const peers = byCat.get(p.category.key)!.filter((q) => q !== p);
    peers.sort((a, b) => Math.abs(a.priceUsd - p.priceUsd) - Math.abs(b.priceUsd - p.priceUsd));
    p.similarTo = peers.slice(0, 3).map((q) => q.id);
    const complements = p.category.complements.flatMap((k) => byCat.get(k) ?? []);
    p.relatedTo = rnd.sample(complements, 3).map((q) => q.id);
  }
}

export function homePrice(p: HomeProduct, lang: Lang): { price: number; listPrice?: number; currency: string } {
  if (lang === 'en') return { price: p.priceUsd, listPrice: p.listPriceUsd, currency: 'USD' };
  return { price: toCny(p.priceUsd), listPrice: p.listPriceUsd ? toCny(p.listPriceUsd) : undefined, currency: 'CNY' };
}
