/**
 * End-to-end helpers: the demo shop's real pages in a same-origin iframe (the test server serves the
 * repository, and the pages load /src/index.ts), driven the way a shopper would.
 */
import { waitUntil } from '@open-wc/testing';
import type { ShopGuide } from '../../src/ui/shop-guide.component.ts';

export interface ShopPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  guide: ShopGuide;
  close(): void;
}

export async function openShopPage(path: string, opts: { width?: number; height?: number } = {}): Promise<ShopPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${opts.width ?? 1100}px`;
  frame.style.height = `${opts.height ?? 800}px`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get('shop-guide') && win.document.querySelector('shop-guide')?.shadowRoot, `no <shop-guide> on ${path}`, { timeout: 15000 });
  const guide = win.document.querySelector('shop-guide') as ShopGuide;
  await guide.updateComplete;
  return { frame, win, doc: win.document, guide, close: () => frame.remove() };
}

export const sr = (g: ShopGuide) => g.shadowRoot!;
export const answers = (g: ShopGuide) => [...sr(g).querySelectorAll<HTMLElement>('article.answer')];

/** Asks like a shopper: types into the box, presses Enter, waits for the finished answer. */
export async function ask(g: ShopGuide, text: string, timeout = 20000): Promise<HTMLElement> {
  const before = answers(g).length;
  g.show();
  await g.updateComplete;
  const box = sr(g).querySelector('textarea')!;
  box.value = text;
  box.dispatchEvent(new (box.ownerDocument.defaultView as Window & typeof globalThis).Event('input'));
  await g.updateComplete;
  sr(g).querySelector<HTMLButtonElement>('.send')!.click();
  await waitUntil(
    () => answers(g).length > before && /\b(?:done|stopped|error)\b/.test(answers(g).at(-1)!.className),
    `no answer to “${text}”`,
    { timeout },
  );
  await g.updateComplete;
  return answers(g).at(-1)!;
}

export function cardIds(answer: HTMLElement): string[] {
  return [...answer.querySelectorAll('shop-guide-product-card')].map((c) => (c as unknown as { product: { id: string } }).product.id);
}
