/**
 * The product markup of the page itself, in order of trust: JSON-LD blocks, then schema.org
 * microdata and RDFa Lite, then OpenGraph product tags. Later sources only add products the page
 * has or fill gaps (the merge rules decide); id-less markup of the page's own product joins the
 * product the JSON-LD already made the page's subject, else takes the page's canonical identity.
 */
import type { Crumb } from './breadcrumbs.ts';
import type { JsonObject } from './coerce.ts';
import { detectCurrentProduct, explicitHint } from './current.ts';
import { ProductIssues, type IssueLog } from './issues.ts';
import { parseTolerantJson } from './json-repair.ts';
import { attachVariant, readJsonLd, readProductNode, type JsonLdResult, type JsonLdRole } from './jsonld.ts';
import { SOURCE_RANK, type ProductMerger, type SourceKind } from './merge.ts';
import { readMicrodata, readRdfaLite } from './microdata.ts';
import { readOpenGraph } from './opengraph.ts';
import { readVariants } from './product-parts.ts';
import type { PageIdentity } from './page-identity.ts';
import type { TimeSlicer } from './time-slice.ts';
import type { Product, ReturnPolicy, ShippingPolicy } from './types.ts';

export { SOURCE_KINDS, type SourceKind } from './merge.ts';

export interface PageSourcesContext {
  doc: Document;
  base: string;
  log: IssueLog;
  page: PageIdentity;
  slicer: TimeSlicer;
  merger: ProductMerger;
  pageUrls: string[];
  add(p: Product | null, rank: number, sameSourceKind: boolean, source: string, kind: SourceKind): void;
}

export interface PageSourcesResult {
  mainIds: string[];
  primaryIds: string[];
  crumbs: Crumb[][];
  store: { name?: string; returns?: ReturnPolicy; shipping: ShippingPolicy[] };
}

const JSON_LD = 'script[type="application/ld+json" i], script[type^="application/ld+json;" i]';

export async function readPageSources(ctx: PageSourcesContext): Promise<PageSourcesResult> {
  const { doc, base, log, page, merger } = ctx;
  const out: PageSourcesResult = { mainIds: [], primaryIds: [], crumbs: [], store: { shipping: [] } };
  const pendingVariants: (JsonLdResult['pendingVariants'][number] & { source: string; kind: SourceKind })[] = [];
  const rankOf = (role: JsonLdRole) => (role === 'listed' ? SOURCE_RANK.jsonLdListed : SOURCE_RANK.jsonLdMain);

  const take = (r: JsonLdResult, source: string, kind: SourceKind) => {
    out.crumbs.push(...r.breadcrumbs);
    for (const { product, role } of r.products) {
      if (role === 'main') out.mainIds.push(product.id);
      if (role === 'primary') out.primaryIds.push(product.id);
      ctx.add(product, rankOf(role), false, source, kind);
      const variantOf = r.variantPages.get(product.id);
      if (variantOf) merger.markVariantPage(merger.resolve(product.id), variantOf);
    }
    pendingVariants.push(...r.pendingVariants.map((v) => ({ ...v, source, kind })));
    out.store.name ??= r.storeName;
    out.store.returns ??= r.storeReturns;
    out.store.shipping.push(...r.storeShipping);
  };

  // 1. JSON-LD, tolerant of mechanical slips (each reported).
  for (const [i, script] of [...doc.querySelectorAll<HTMLScriptElement>(JSON_LD)].entries()) {
    const source = `json-ld #${i + 1}`;
    const parsed = parseTolerantJson(script.textContent ?? '');
    for (const repair of parsed.repairs) log.add(repair, source, 'repaired');
    if (parsed.value === undefined) {
      // Cut short: a raw `</script>` in a string (a review, a description) ends the element early.
      log.add(parsed.cut ? 'json-ld-cut-short' : 'malformed-json', source, 'dropped');
      continue;
    }
    take(readJsonLd(parsed.value, { base, log, source, page }), source, 'json-ld');
    await ctx.slicer.maybePause();
  }
  resolvePending();

  // What the JSON-LD made the page's subject: id-less microdata / OpenGraph of the page describe it too.
  const subject = detectCurrentProduct(merger.view(), { explicit: explicitHint(doc), mainIds: out.mainIds, primaryIds: out.primaryIds, pageUrls: ctx.pageUrls });
  if (subject) page.adopt(subject);

  // 2. Microdata and RDFa Lite, read by the same schema.org rules.
  for (const [kind, items] of [['microdata', readMicrodata(doc)], ['rdfa', readRdfaLite(doc)]] as [SourceKind, JsonObject[]][]) {
    if (!items.length) continue;
    take(readJsonLd(items, { base, log, source: kind, page }), kind, kind);
    resolvePending();
    await ctx.slicer.maybePause();
  }

  // Microdata may have named the page's product where the JSON-LD did not: OpenGraph describes that one.
  if (!page.subject) {
    const later = detectCurrentProduct(merger.view(), { explicit: explicitHint(doc), mainIds: out.mainIds, primaryIds: out.primaryIds, pageUrls: ctx.pageUrls });
    if (later) page.adopt(later);
  }

  // 3. OpenGraph: one product, the page's own.
  const og = readOpenGraph(doc);
  if (og) {
    const issues = new ProductIssues(log, 'opengraph');
    const p = readProductNode(og, { base, log, source: 'opengraph', page }, issues, { pageSubject: true });
    const known = page.subject ?? out.mainIds[0];
    if (p && known && p.id !== known) p.id = known;
    if (p) {
      if (!out.mainIds.length) out.mainIds.push(p.id);
      ctx.add(p, SOURCE_RANK.jsonLdListed, false, 'opengraph', 'opengraph');
    }
  }

  // Several id-less products each wanting the page's identity: a listing, not one product's page.
  if (page.claimedId && page.conflicted && !out.mainIds.includes(page.claimedId) && merger.has(page.claimedId)) {
    merger.delete(page.claimedId);
    log.add('missing-id', `page product (${page.claimedId})`, 'dropped');
    out.primaryIds = out.primaryIds.filter((id) => id !== page.claimedId);
  }
  return out;

  function resolvePending(): void {
    // Variants published apart from their group (isVariantOf): onto the group when the page has it.
    for (const pv of pendingVariants.splice(0)) {
      const issues = new ProductIssues(log, `${pv.source} variant of ${pv.groupRefs[0]}`);
      const group = pv.groupRefs.map((r) => merger.get(r)).find((g) => !!g);
      if (group) attachVariant(group, pv.node, base, issues);
      else {
        const p = readProductNode(pv.node, { base, log, source: pv.source, page }, issues, { pageSubject: pv.role !== 'listed' });
        // Its group is not on the page: the variant is the page's product when the page says so.
        if (p && pv.role === 'main') out.mainIds.push(p.id);
        if (p && pv.role === 'primary') out.primaryIds.push(p.id);
        ctx.add(p, rankOf(pv.role), false, pv.source, pv.kind);
        // …until a feed brings the group: then it is one variant of it (variant-pages.ts).
        const variant = p ? readVariants([pv.node], base, issues, p.currency)[0] : undefined;
        if (p && variant) merger.markVariantPage(merger.resolve(p.id), { groupRefs: pv.groupRefs, variant });
      }
    }
  }
}
