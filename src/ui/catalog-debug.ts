/**
 * The `debug` attribute's view: the catalog check drawn on the owner's own page, next to the widget —
 * products by source, fields missing for good answers, every warning with its hint. Plain DOM, all
 * shop text set as text (never markup). Also logged once to the console as an object.
 */
import type { CatalogReport } from '../catalog/diagnostics.ts';

const CSS = `
.debug { position: fixed; top: 12px; left: 12px; z-index: 2147483000; width: min(440px, calc(100vw - 24px));
  max-height: calc(100vh - 24px); overflow: auto; box-sizing: border-box; padding: 12px 14px; border-radius: 10px;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, sans-serif; }
.debug h2 { font-size: 15px; margin: 0 0 6px; } .debug h3 { font-size: 13px; margin: 12px 0 4px; }
.debug ul { margin: 0; padding-left: 18px; } .debug li { margin: 2px 0; } .debug .muted { color: #59636e; }
.debug .dropped { color: #b42318; } .debug .ok { color: #1a7f37; }
.debug button { float: right; font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.debug code { font-size: 12px; }`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function list(items: (string | HTMLElement)[]): HTMLUListElement {
  const ul = el('ul');
  for (const item of items) {
    const li = el('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
}

/** Draws `report` as a panel; returns the element (already attached to `root`). */
export function renderCatalogDebug(root: ShadowRoot | HTMLElement, report: CatalogReport, onClose: () => void): HTMLElement {
  const box = el('aside', undefined, 'debug');
  box.setAttribute('part', 'debug');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'shop-guide catalog check');
  const style = el('style', CSS);
  const close = el('button', 'Close');
  close.type = 'button';
  close.onclick = onClose;
  box.append(style, close, el('h2', 'shop-guide: catalog check'));
  box.append(el('p', `${report.products} product${report.products === 1 ? '' : 's'} read. ${report.currentProduct ? `This page is about “${report.currentProduct.title}” (${report.currentProduct.id}).` : 'No product is this page’s own (a listing or other page).'}`));

  box.append(el('h3', 'Products by source'));
  const sources = Object.entries(report.bySource);
  box.append(sources.length ? list(sources.map(([k, n]) => `${k}: ${n}`)) : el('p', 'No product markup found: add schema.org JSON-LD, microdata or a catalog-src feed.', 'dropped'));
  if (report.feed) box.append(el('p', `catalog-src ${report.feed.src}${report.feed.format ? ` (${report.feed.format})` : ''}: ${report.feed.products} products.`, 'muted'));

  box.append(el('h3', 'Missing for good answers'));
  box.append(
    report.missing.length
      ? list(report.missing.map((m) => `${m.field}: ${m.count} of ${report.products} (needed for ${m.why}), e.g. ${m.examples.slice(0, 3).join('; ')}`))
      : el('p', 'Every product has a price, category, stock state, description, image, link and brand.', 'ok'),
  );

  box.append(el('h3', `Warnings (${report.issues.length})`));
  if (!report.summary.length) box.append(el('p', 'None.', 'ok'));
  else {
    box.append(list(report.summary.map((r) => el('span', `${r.action} ×${r.count} ${r.reason}: ${r.hint}`, r.action === 'dropped' ? 'dropped' : undefined))));
    const all = el('details');
    all.append(el('summary', 'Every warning'), list(report.issues.slice(0, 500).map((i) => `${i.action} ${i.reason} — ${i.source}`)));
    box.append(all);
  }
  box.append(el('p', 'Shown because the page has <shop-guide debug>. Remove the attribute for shoppers.', 'muted'));
  root.append(box);
  return box;
}
