/**
 * The catalog's own vocabulary, learned from the products: which words name product types (and which
 * products they cover), which are brands, which numbers with units are measured attributes, and how
 * often every word occurs. Understanding reads a shopper's words against this, so it works on a catalog
 * it has never seen: categories as deep paths ("Home & Kitchen > Kitchen & Dining > Coffee Makers"),
 * messy marketplace titles, brands only in titles.
 *
 * Built once per catalog, in time slices (no long task on the host page for big catalogs).
 */
import type { Product } from '../catalog/types.ts';
import { TimeSlicer } from '../catalog/time-slice.ts';
import { quantityOf, type Family } from './units.ts';
import { cjkRuns, isCjkText, latinWords, wordKey } from './words.ts';
import { VocabularyBuilder, type QueryVocabulary } from './vocabulary.ts';
import { DESCRIBING_WORDS, GENERIC_WORDS } from './word-lists.ts';
import { SYNONYM_GROUPS } from '../search/synonyms.ts';

/** A product type the catalog sells: a category name or a frequent title head ("kettle", "跑步鞋"). */
export interface ProductType {
  /** Lookup key: stemmed words space-joined (Latin) or the Chinese word. */
  key: string;
  /** The head word's key (last word; the whole word for Chinese). */
  head: string;
  /** As the catalog writes it. */
  label: string;
  /** Categories (names as in the catalog) this type is; filtering by them is exact. */
  categories: string[];
  /** Products of this type when it comes from titles, not from a category. */
  ids: Set<string>;
  /** How many products it covers. */
  count: number;
  /** The attribute keys its products have (what a message about this type may filter by), worked out with the lexicon. */
  attributeKeys?: ReadonlySet<string>;
}

export interface MeasuredAttribute {
  key: string;
  family: Family;
  /** Product id → value in the family's base unit. */
  values: Map<string, number>;
}

export interface Lexicon {
  /** Types by key. */
  types: Map<string, ProductType>;
  /** Everyday synonyms of type names ("earbuds", "rucksack", "徒步鞋") → the catalog's types. */
  synonyms: Map<string, ProductType[]>;
  /** Latin head word key → the types ending in it, most products first. */
  byHead: Map<string, ProductType[]>;
  /** Brand (lower case) → as written. Includes brands found only at the start of titles. */
  brands: Map<string, string>;
  /** Brand (lower case) → its products, for brands found only in titles. */
  titleBrands: Map<string, Set<string>>;
  /** Word key → in how many products' titles, categories, brands or attribute values it occurs. */
  df: Map<string, number>;
  /** Word key → in how many products it is the head of the title (the thing sold). */
  headDf: Map<string, number>;
  /** Word key → in how many titles it occurs. */
  titleDf: Map<string, number>;
  /** Words of attribute values ("merino" in material: merino wool): properties, not things sold. */
  valueDf: Map<string, number>;
  /** Words of descriptions too (the catalog "knows" the word, not as a product name). */
  textDf: Map<string, number>;
  /** Attribute key → its values (as written) → how many products have them. Yes/no and colour keys excluded. */
  values: Map<string, Map<string, number>>;
  /** Yes/no attribute key → the names shoppers may use: the key and the shop's labels ("mopping", "拖地"). */
  features: Map<string, string[]>;
  /** The shop's attribute labels, joined ("续航|容量|…"): words naming features, not products. */
  labelText: string;
  /** The Chinese of every title, joined: whether a word is ever part of a product's name. */
  titleText: string;
  /** Latin words of titles and categories as written (lower case): what a likely misspelling is near. */
  surfaceWords: Set<string>;
  /** Chinese: every 2-character run in titles/categories, for abbreviation and overlap checks. */
  cjkBigrams: Set<string>;
  /** One entry per attribute key and unit family ("capacity" holds litres for bags and people for tents). */
  measured: MeasuredAttribute[];
  /** The filter parser's vocabulary (brands, categories, yes/no attributes). */
  vocabulary: QueryVocabulary;
  size: number;
}

/** Words after which a title stops naming the thing ("… Kettle with Auto Shut-Off", "… for Kids"). */
const TITLE_STOP = /\s(?:with|for|w\/|featuring|including|includes|in|by|from|and|plus|compatible)\s|[,(|–—:;]|\s-\s/i;

/** A token that names a model or a spec, not the product ("KM-2200", "1.7L", "1500W", "4"). */
function isSpec(w: string): boolean {
  return /\d/.test(w) || /^[A-Z]{2,}[-\dA-Z]*$/.test(w);
}

/** A unit after a number ("1.5 m", "10 kg", "60 L"): part of a spec, never a product's name. */
const UNIT_AFTER_NUMBER = /\d(?:[.,]\d+)?\s*(?:-\s*)?(?:mm|cm|m|km|in|inch|inches|ft|kg|g|lb|lbs|oz|l|ml|litres?|liters?|w|v|mah|gb|tb|pcs?|pack|x)\b/gi;

/** The words of a title that name the product: before the first "with/for/,", without specs. */
export function titleHeadWords(title: string, brand?: string): string[] {
  // A Chinese title names its kind in Chinese ("Voltra NX-25 榨汁搅拌机"): its Latin words are brands,
  // models and specs, never the product's head (the Chinese tails below are).
  if (isCjkText(title)) return [];
  let t = ` ${title.replace(UNIT_AFTER_NUMBER, (m) => m.replace(/[A-Za-z]+$/, ''))} `;
  const cut = TITLE_STOP.exec(t);
  if (cut && cut.index > 2) t = t.slice(0, cut.index);
  const words = latinWords(t).filter((w) => !isSpec(w));
  const b = brand?.toLowerCase().split(/\s+/) ?? [];
  return words.filter((w, i) => !(i < b.length && w.toLowerCase() === b[i]));
}

/** Category names as type phrases: "Coffee, Tea & Espresso" is three. */
function categoryPhrases(name: string): string[] {
  const parts = name.split(/\s*(?:,|&|\/|\band\b|、|与|和)\s*/i).map((s) => s.trim()).filter(Boolean);
  return parts.length > 1 ? [name, ...parts] : [name];
}

interface Draft {
  label: string;
  head: string;
  /** Categories the type names (from category phrases only). */
  categories: Map<string, number>;
  /** Leaf categories of products whose titles name it. */
  titleCategories: Map<string, number>;
  ids: Set<string>;
  fromCategory: boolean;
}

export async function buildLexicon(products: readonly Product[], slicer = new TimeSlicer(8)): Promise<Lexicon> {
  const drafts = new Map<string, Draft>();
  const draft = (key: string, label: string, head: string, fromCategory: boolean): Draft => {
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = { label, head, categories: new Map(), titleCategories: new Map(), ids: new Set(), fromCategory }));
    d.fromCategory ||= fromCategory;
    return d;
  };
  const df = new Map<string, number>();
  const headDf = new Map<string, number>();
  const textDf = new Map<string, number>();
  const valueDf = new Map<string, number>();
  const titleDf = new Map<string, number>();
  const cjkBigrams = new Set<string>();
  const titleParts: string[] = [];
  const surfaceWords = new Set<string>();
  const firstWords = new Map<string, { label: string; ids: Set<string> }>();
  const brands = new Map<string, string>();
  const categoryNames = new Set<string>();
  const zhTails = new Map<string, Map<string, { ids: Set<string>; last: boolean }>>();
  const measuredRaw = new Map<string, MeasuredAttribute>();
  const values = new Map<string, Map<string, number>>();
  const labels = new Map<string, Set<string>>();

  const count = (map: Map<string, number>, words: Iterable<string>) => {
    for (const w of new Set(words)) map.set(w, (map.get(w) ?? 0) + 1);
  };

  const vocab = new VocabularyBuilder();
  for (const p of products) {
    vocab.add(p);
    const leaf = p.categories.at(-1);
    // Types from every level of the category path.
    p.categories.forEach((cat, level) => {
      for (const phrase of categoryPhrases(cat)) {
        if (isCjkText(phrase)) {
          categoryNames.add(phrase);
          const d = draft(phrase, phrase, phrase, true);
          d.categories.set(cat, (d.categories.get(cat) ?? 0) + 1);
          d.ids.add(p.id);
        } else {
          const ws = latinWords(phrase).map(wordKey).filter(Boolean);
          if (!ws.length || (ws.length === 1 && GENERIC_WORDS.has(ws[0]!))) continue;
          const d = draft(ws.join(' '), phrase, ws.at(-1)!, true);
          d.categories.set(cat, (d.categories.get(cat) ?? 0) + 1 + (level === p.categories.length - 1 ? 0 : 0));
          d.ids.add(p.id);
        }
      }
    });
    // Title heads: the last one or two words of what the title names.
    const head = titleHeadWords(p.title, p.brand).map(wordKey).filter(Boolean);
    if (head.length) {
      const last = head.at(-1)!;
      headDf.set(last, (headDf.get(last) ?? 0) + 1);
      for (let n = 1; n <= Math.min(2, head.length); n++) {
        const ws = head.slice(-n);
        if (n === 1 && GENERIC_WORDS.has(last)) continue;
        const d = draft(ws.join(' '), ws.join(' '), last, false);
        if (!d.fromCategory) d.ids.add(p.id);
        if (leaf) d.titleCategories.set(leaf, (d.titleCategories.get(leaf) ?? 0) + 1);
      }
    }
    // Chinese title tails ("…缓震跑步鞋" → 跑步鞋, 步鞋, 鞋): counted per category, kept when frequent.
    // Every run counts ("Hearthside KT-500 烧水壶 家用 1.7L"): marketplace titles put the name anywhere.
    const runs = cjkRuns(p.title);
    if (leaf) {
      runs.forEach((run, i) => {
        for (let n = 2; n <= Math.min(5, run.length); n++) {
          const tail = run.slice(-n);
          let byCat = zhTails.get(tail);
          if (!byCat) zhTails.set(tail, (byCat = new Map()));
          let e = byCat.get(leaf);
          if (!e) byCat.set(leaf, (e = { ids: new Set(), last: false }));
          e.ids.add(p.id);
          if (i === runs.length - 1) e.last = true;
        }
      });
    }
    // Brands: the field, or a capitalised first title word shared by several brandless products.
    if (p.brand) brands.set(p.brand.toLowerCase(), p.brand);
    else {
      const first = /^\s*([A-Z][A-Za-z0-9&'.-]{1,20})\b/.exec(p.title)?.[1];
      if (first) {
        const k = first.toLowerCase();
        const e = firstWords.get(k) ?? { label: first, ids: new Set<string>() };
        e.ids.add(p.id);
        firstWords.set(k, e);
      }
    }
    // Word statistics.
    const attrText = Object.entries(p.attributes).flatMap(([k, v]) => [k, ...(Array.isArray(v) ? v : [v])]);
    const named = [p.title, p.brand ?? '', ...p.categories, ...attrText, ...p.variants.flatMap((v) => Object.values(v.attributes))].join(' ');
    count(df, latinWords(named).map(wordKey).filter(Boolean));
    count(textDf, latinWords(p.description).map(wordKey).filter(Boolean));
    count(titleDf, latinWords(p.title).map(wordKey).filter(Boolean));
    count(valueDf, latinWords(Object.values(p.attributes).flat().join(' ')).map(wordKey).filter(Boolean));
    for (const r of cjkRuns(p.title)) titleParts.push(r);
    for (const w of latinWords(`${p.title} ${p.categories.join(' ')}`)) if (w.length >= 3 && !/\d/.test(w)) surfaceWords.add(w.toLowerCase());
    for (const r of cjkRuns(`${p.title} ${p.categories.join(' ')} ${attrText.join(' ')}`)) for (let i = 0; i + 2 <= r.length; i++) cjkBigrams.add(r.slice(i, i + 2));
    for (const [key, raw] of Object.entries(p.attributes)) {
      if (/^colou?r$/i.test(key)) continue;
      let m = values.get(key);
      if (!m) values.set(key, (m = new Map()));
      for (const v of [raw].flat()) if (v && v.length <= 40) m.set(v, (m.get(v) ?? 0) + 1);
    }
    for (const [key, label] of Object.entries(p.attributeLabels ?? {})) {
      let l = labels.get(key);
      if (!l) labels.set(key, (l = new Set()));
      if (l.size < 4) l.add(label);
    }
    // Measured attributes ("310 g", "4 persons", "1.7 L").
    for (const [key, raw] of Object.entries(p.attributes)) {
      const q = quantityOf(Array.isArray(raw) ? raw[0] ?? '' : raw, key);
      if (!q) continue;
      const id = `${key}\u0000${q.family}`;
      let m = measuredRaw.get(id);
      if (!m) measuredRaw.set(id, (m = { key, family: q.family, values: new Map() }));
      m.values.set(p.id, q.value);
    }
    if (slicer.due()) await slicer.pause();
  }

  for (const [k, e] of firstWords) {
    if (e.ids.size >= 2 && !drafts.has(wordKey(k)) && !brands.has(k) && !GENERIC_WORDS.has(wordKey(k))) brands.set(k, e.label);
  }
  const titleBrands = new Map<string, Set<string>>();
  for (const [k, e] of firstWords) if (brands.get(k) === e.label) titleBrands.set(k, e.ids);

  // Chinese tails that mostly belong to one category and cover several products are types too. A tail
  // that ends like its category's name or is part of it (烧水壶 → 电热水壶, 破壁机 → 破壁料理机, 平底锅 →
  // 煎锅炒锅) names the category itself: filtering by it finds the products titled otherwise too. Tails
  // of earlier runs ("快速烧水") count only when they name their category that way.
  for (const [tail, byCat] of zhTails) {
    if (slicer.due()) await slicer.pause();
    let total = 0;
    for (const e of byCat.values()) total += e.ids.size;
    if (total < 3) continue;
    const [cat, { ids, last }] = [...byCat.entries()].sort((a, b) => b[1].ids.size - a[1].ids.size)[0]!;
    if (ids.size / total < 0.6 || drafts.has(tail)) continue;
    // A modifier before a name the catalog already has ("羽绒外套", "季帐篷") is no type of its own: the
    // modifier must stay in the words to filter or rank.
    let modified = false;
    for (let i = 1; i <= tail.length - 2 && !modified; i++) modified = categoryNames.has(tail.slice(i));
    if (modified) continue;
    const namesCategory = cat.includes(tail) || (cat.at(-1) === tail.at(-1) && tail.length >= 2 && [...tail].some((ch, i) => i < tail.length - 1 && cat.includes(ch)));
    if (!namesCategory && !last) continue;
    const d = draft(tail, tail, tail, namesCategory);
    for (const id of ids) d.ids.add(id);
    d.categories.set(cat, ids.size);
  }

  const types = new Map<string, ProductType>();
  const byHead = new Map<string, ProductType[]>();
  for (const [key, d] of drafts) {
    if (slicer.due()) await slicer.pause();
    // A title-derived phrase seen once is noise ("Cushioned Running Shoe" → "cushioned running shoe"?).
    if (!d.fromCategory && d.ids.size < 2) continue;
    const categories = d.fromCategory ? [...d.categories.keys()] : [];
    const t: ProductType = { key, head: d.head, label: d.label, categories, ids: d.ids, count: d.ids.size };
    types.set(key, t);
    if (!isCjkText(key)) {
      const list = byHead.get(d.head) ?? [];
      list.push(t);
      byHead.set(d.head, list);
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => b.count - a.count);
  // Each type's attribute keys, here in slices rather than on the first question that names the type
  // (a type can cover tens of thousands of products at 100k).
  const byId = new Map<string, Product>();
  for (let i = 0; i < products.length; i++) {
    byId.set(products[i]!.id, products[i]!);
    if (i % 512 === 511 && slicer.due()) await slicer.pause();
  }
  for (const t of types.values()) {
    const keys = new Set<string>();
    let n = 0;
    for (const id of t.ids) {
      for (const k of Object.keys(byId.get(id)?.attributes ?? {})) keys.add(k);
      if (++n % 512 === 0 && slicer.due()) await slicer.pause();
    }
    t.attributeKeys = keys;
    if (slicer.due()) await slicer.pause();
  }

  const measured = [...measuredRaw.values()].filter((m) => m.values.size >= 2);
  const vocabulary = vocab.finish();
  const features = new Map<string, string[]>();
  for (const b of vocabulary.booleanAttributes) {
    features.set(b.key, [...new Set([...b.names, ...(labels.get(b.key) ?? [])])]);
    values.delete(b.key);
  }
  // Values shoppers may exclude by name ("not memory foam"): words, not numbers or yes/no.
  vocabulary.values = [...new Set([...values.values()].flatMap((m) => [...m.keys()]))].filter((v) => !/^\d/.test(v) && v.split(/\s+/).length <= 3 && !/^(?:yes|no|none|是|否|无)$/i.test(v)).slice(0, 5000);
  const synonyms = new Map<string, ProductType[]>();
  for (const group of SYNONYM_GROUPS) {
    const keys = group.map((g) => (isCjkText(g) ? g : latinWords(g).map(wordKey).join(' ')));
    const found = keys.map((k) => types.get(k)).filter((t): t is ProductType => !!t);
    if (!found.length) continue;
    for (const k of keys) if (!types.has(k) && !DESCRIBING_WORDS.has(k)) synonyms.set(k, [...(synonyms.get(k) ?? []), ...found]);
  }

  slicer.finish();
  return {
    types,
    byHead,
    synonyms,
    brands,
    titleBrands,
    df,
    headDf,
    textDf,
    valueDf,
    titleDf,
    titleText: titleParts.join('|'),
    surfaceWords,
    labelText: [...labels.values()].flatMap((l) => [...l]).join('|'),
    cjkBigrams,
    measured,
    values,
    features,
    vocabulary,
    size: products.length,
  };
}

const built = new WeakMap<readonly Product[], Promise<Lexicon>>();

/** The lexicon of a product list, built once (in slices) and shared by every reader. */
export function lexiconFor(products: readonly Product[]): Promise<Lexicon> {
  let l = built.get(products);
  if (!l) built.set(products, (l = buildLexicon(products)));
  return l;
}
