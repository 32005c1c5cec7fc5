/**
 * A follow-up that drops a condition of the last search: "any price is fine", "the colour doesn't
 * matter", "never mind waterproof", "不用防水了", "颜色无所谓", "价格不限". The named condition comes
 * out of the refined search; what it names is read as the search's own filters are (so "防水" is the
 * catalog's waterproof attribute), never guessed per phrase.
 */
import type { SearchFilters } from '../search/types.ts';

/** What to drop: the price bounds, colours, brands, and attribute keys. */
export interface Release {
  price?: boolean;
  colors?: boolean;
  brands?: boolean;
  attributes?: string[];
}

export interface ReleaseSaid {
  /** The words that name the condition ("price", "防水"). */
  named: string;
  /** Where the phrase was said, to read the rest of the message without it. */
  start: number;
  end: number;
}

const THING = String.raw`(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}\s'-]{0,30}?)`;
/** English: the condition is in group 1. */
const EN: RegExp[] = [
  // "any price is fine", "whatever colour", "any brand will do"
  /\b(?:any|whatever|whichever)\s+(price|budget|colou?rs?|brands?|sizes?)\b(?:\s+(?:is|are|would be|will do|works|goes))?(?:\s+(?:fine|ok(?:ay)?|good|alright|all right))?/iu,
  // "the price doesn't matter", "colour is not important"
  new RegExp(String.raw`\b${THING}\s+(?:doesn['’]?t|does not|don['’]?t|do not)\s+(?:really\s+)?matter\b|\b${THING}\s+(?:is|isn['’]?t|is not)\s+(?:not\s+)?(?:important|an issue)\b`, 'iu'),
  // "never mind the waterproofing", "forget about the price", "no need for waterproof", "doesn't have to be waterproof"
  // "drop the price limit", "remove the colour filter": with "the", so "drop proof cases" is no release
  new RegExp(String.raw`\b(?:drop|remove|ignore|scrap|lose|get rid of|take off|take away)\s+the\s+([\p{L}\p{N}][\p{L}\p{N}\s'-]{0,30}?)(?=\s*(?:[.,!?;]|$|\b(?:then|after all|now|please)\b))`, 'iu'),
  new RegExp(String.raw`\b(?:never\s*mind|forget(?:\s+about)?|no need for|(?:it\s+)?(?:doesn['’]?t|does not|don['’]?t|do not)\s+(?:need|have)\s+to\s+be)\s+${THING}(?=\s*(?:[.,!?;]|$|\b(?:then|after all|now|please)\b))`, 'iu'),
];
/** Chinese: the condition is in group 1. */
const ZH: RegExp[] = [
  /(价格|价钱|预算|颜色|品牌|尺码|尺寸|大小)(?:上)?(?:无所谓|不限|都行|都可以|随便|没关系|不重要|多少都行|不是问题)/u,
  /(?:不管|不考虑|不在乎)(价格|价钱|预算|颜色|品牌|尺码|尺寸)/u,
  /(?:不用|不需要|不必|不一定要|不要求)(?:是|要|有)?([\p{Script=Han}A-Za-z]{1,8}?)(?:的)?(?:了|也行|也可以|也没关系)/u,
];

/** The condition the message lets go of, if it says so. */
export function releaseIn(message: string): ReleaseSaid | null {
  for (const re of [...EN, ...ZH]) {
    const m = re.exec(message);
    // "the price limit", "the colour filter": the condition itself.
    const named = m && (m[1] ?? m[2])?.trim().replace(/\s+(?:limit|filter|condition|requirement|constraint|restriction|cap|range|bit|part|thing)s?$/iu, '');
    if (m && named) return { named, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

const PRICE = /^(?:price|prices|budget|cost|价格|价钱|预算|多少钱)$/iu;
const COLOR = /^(?:colou?rs?|颜色)$/iu;
const BRAND = /^(?:brands?|品牌)$/iu;
const SIZE = /^(?:sizes?|尺码|尺寸|大小)$/iu;

/** What the named words drop: the general words by name, anything else as the filters it reads as. */
export function releaseOf(named: string, read: (words: string) => SearchFilters): Release | null {
  if (PRICE.test(named)) return { price: true };
  if (COLOR.test(named)) return { colors: true };
  if (BRAND.test(named)) return { brands: true };
  if (SIZE.test(named)) return { attributes: ['size'] };
  const f = read(named);
  const release: Release = {
    ...(f.priceMin !== undefined || f.priceMax !== undefined ? { price: true } : {}),
    ...(f.colors?.length ? { colors: true } : {}),
    ...(f.brands?.length ? { brands: true } : {}),
    ...(f.attributes && Object.keys(f.attributes).length ? { attributes: Object.keys(f.attributes) } : {}),
  };
  return Object.keys(release).length ? release : null;
}

/** The filters without what was let go of. */
export function withoutReleased(filters: SearchFilters, release: Release): SearchFilters {
  const out: SearchFilters = { ...filters };
  if (release.price) {
    delete out.priceMin;
    delete out.priceMax;
  }
  if (release.colors) {
    delete out.colors;
    delete out.excludeColors;
    if (out.attributes) {
      const { color: _c, colour: _u, ...rest } = out.attributes;
      out.attributes = rest;
    }
  }
  if (release.brands) {
    delete out.brands;
    delete out.excludeBrands;
  }
  if (release.attributes?.length && out.attributes) {
    const rest = { ...out.attributes };
    for (const k of release.attributes) delete rest[k];
    out.attributes = rest;
  }
  if (out.attributes && !Object.keys(out.attributes).length) delete out.attributes;
  return out;
}
