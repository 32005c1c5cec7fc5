/**
 * What crosses between the page and the model workers: each product's fields one heavy model reads (so
 * the page posts a fraction of the catalog, and each worker only its model's share), and the built
 * model as its packed parts, whose typed arrays are transferred (moved, not copied). Term names travel
 * as one string plus lengths: an array of hundreds of thousands of small strings was itself a long task
 * to clone on the page.
 */
import type { Product } from '../catalog/types.ts';
import { CoCountGraph, type CoCountParts } from './cocounts.ts';
import { ContentIndex, DESCRIPTION_CHARS, type ContentParts } from './content.ts';
import { finish, type Steps } from './steps.ts';

/** The two heavy models, each built by its own worker. */
export type ModelKind = 'content' | 'graph';

/** The fields of a product that ContentIndex.build reads. */
export type ContentSource = Pick<Product, 'title' | 'description' | 'brand' | 'categories' | 'attributes' | 'price'>;
/** The fields of a product that CoCountGraph.builder reads. */
export type GraphSource = Pick<Product, 'id' | 'related'>;

export function contentSourceOf(p: Product): ContentSource {
  const s: ContentSource = {
    title: p.title,
    // The content index reads no further (content.ts).
    description: p.description.slice(0, DESCRIPTION_CHARS),
    categories: p.categories,
    attributes: p.attributes,
  };
  if (p.brand !== undefined) s.brand = p.brand;
  if (p.price !== undefined) s.price = p.price;
  return s;
}

export function graphSourceOf(p: Product): GraphSource {
  return { id: p.id, related: p.related };
}

/** The co-count graph over its sources, in one run. */
export function buildGraph(sources: readonly GraphSource[]): CoCountGraph {
  const index = new Map<string, number>();
  sources.forEach((s, i) => index.set(s.id, i)); // as Models' index: a repeated id names its last product
  return finish(CoCountGraph.builder(sources as readonly Product[], index));
}

export type PackedContent = Omit<ContentParts, 'termNames'> & { terms: string; termLengths: Uint32Array };

/** The content index's parts, ready to post. */
export function packContent(parts: ContentParts): PackedContent {
  const { termNames, ...content } = parts;
  const termLengths = Uint32Array.from(termNames, (t) => t.length);
  return { ...content, terms: termNames.join(''), termLengths };
}

/** Every ArrayBuffer under `value` (once each: a buffer listed twice cannot be transferred). */
export function buffersIn(value: unknown, into = new Set<ArrayBuffer>()): Set<ArrayBuffer> {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) into.add(value.buffer);
  } else if (value && typeof value === 'object' && !(value instanceof Map)) {
    for (const v of Object.values(value)) buffersIn(v, into);
  }
  return into;
}

/** Term names cut back out of one string, this many per step. */
const TERMS_PER_STEP = 20_000;

/** The content index again, from what its worker sent; the term names are cut in steps (hundreds of thousands at 100k). */
export function* unpackContent(packed: PackedContent): Steps<ContentIndex> {
  const { terms, termLengths, ...content } = packed;
  const termNames = new Array<string>(termLengths.length);
  let at = 0;
  for (let t = 0; t < termLengths.length; t++) {
    const end = at + termLengths[t]!;
    termNames[t] = terms.slice(at, end);
    at = end;
    if (t % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
  }
  yield;
  return ContentIndex.from({ ...content, termNames });
}

/** The graph again, from what its worker sent (its parts are typed arrays only). */
export function unpackGraph(parts: CoCountParts): CoCountGraph {
  return CoCountGraph.from(parts);
}
