/**
 * A page where IndexedDB is refused (private mode, a sandboxed frame): the services still work, keep
 * the history in memory and tell the page once (a DOM event the UI shows, one console warning).
 */
import { expect } from '@open-wc/testing';
import { getHistory, serviceConfig } from '../../src/runtime/services.ts';

serviceConfig.dbName = `sg-services-fallback-${Math.random().toString(36).slice(2)}`;

describe('page services without IndexedDB', () => {
  it('fall back to memory and announce it once', async () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    const notices: unknown[] = [];
    document.addEventListener('shop-guide-storage-notice', (e) => notices.push(e.detail));
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(String(m));
    try {
      const history = await getHistory();
      expect(history.mode).to.equal('memory');
      await history.record({ type: 'view', productId: 'P1' });
      await history.record({ type: 'view', productId: 'P2' });
      expect((await history.events()).map((e) => e.productId)).to.deep.equal(['P1', 'P2']);
      expect(notices).to.deep.equal([{ mode: 'memory', reason: 'unavailable' }]);
      expect(warnings.filter((w) => /memory for this page only/.test(w))).to.have.length(1);
    } finally {
      console.warn = warn;
      Object.defineProperty(window, 'indexedDB', saved);
    }
  });
});
