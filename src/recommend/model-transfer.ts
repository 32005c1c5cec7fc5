/**
 * What crosses between the page and the model worker: each product's fields the two heavy models read
 * (so the page posts a fraction of the catalog), and the built models as their packed parts, whose
 * typed arrays are transferred (moved, not copied). Term names travel as one string plus lengths: an
 * array of hundreds of thousands of small strings was itself a long task to clone on the page.
 */
import type { Product } from '../catalog/types.ts';
import { CoCountGraph, type CoCountParts } from './cocounts.ts';
import { ContentIndex, DESCRIPTION_CHARS, type ContentParts } from './content.ts';
import type { HeavyModels } from './model-builder.ts';
import { finish, type Steps } from './steps.ts';

/** The fields of a product that ContentIndex.build and CoCountGraph.builder read. */
export type ModelSource = Pick<Product, 'id' | 'title' | 'description' | 'brand' | 'categories' | 'attributes' | 'price' | 'related'>;

export function sourceOf(p: Product): ModelSource {
  const s: ModelSource = {
    id: p.id,
    title: p.title,
    // The content index reads no further (content.ts).
    description: p.description.slice(0, DESCRIPTION_CHARS),
    categories: p.categories,
    attributes: p.attributes,
    related: p.related,
  };
  if (p.brand !== undefined) s.brand = p.brand;
  if (p.price !== undefined) s.price = p.price;
  return s;
}

/** Both models over the sources, in one run (in the worker: nothing there to yield to). */
export function buildModels(sources: readonly ModelSource[]): HeavyModels {
  const index = new Map<string, number>();
  sources.forEach((s, i) => index.set(s.id, i)); // as Models' index: a repeated id names its last product
  // The builders read only ModelSource's fields.
  const products = sources as readonly Product[];
  return { content: finish(ContentIndex.build(products)), graph: finish(CoCountGraph.builder(products, index)) };
}

export interface PackedModels {
  content: Omit<ContentParts, 'termNames'> & { terms: string; termLengths: Uint32Array };
  graph: CoCountParts;
}

/** The models' parts, and the buffers to transfer with them. */
export function packModels(models: HeavyModels): { packed: PackedModels; transfer: ArrayBuffer[] } {
  const { termNames, ...content } = models.content.parts;
  const termLengths = Uint32Array.from(termNames, (t) => t.length);
  const packed: PackedModels = { content: { ...content, terms: termNames.join(''), termLengths }, graph: models.graph.parts };
  return { packed, transfer: [...buffersIn(packed)] };
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

/** The models again, from what the worker sent; the term names are cut in steps (hundreds of thousands at 100k). */
export function* unpackModels(packed: PackedModels): Steps<HeavyModels> {
  const { terms, termLengths, ...content } = packed.content;
  const termNames = new Array<string>(termLengths.length);
  let at = 0;
  for (let t = 0; t < termLengths.length; t++) {
    const end = at + termLengths[t]!;
    termNames[t] = terms.slice(at, end);
    at = end;
    if (t % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
  }
  yield;
  return { content: ContentIndex.from({ ...content, termNames }), graph: CoCountGraph.from(packed.graph) };
}
