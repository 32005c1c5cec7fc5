/** IndexedDB refusing at once (sandboxed frames throw from `indexedDB.open`): one clean failure, nothing later. */
import { expect } from '@open-wc/testing';
import { openIdbBackend } from '../../src/history/idb-backend.ts';

describe('openIdbBackend when indexedDB.open throws at once', () => {
  it('rejects with "unavailable" and no stray "blocked" rejection follows', async () => {
    const stray: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => {
      stray.push(e.reason);
      e.preventDefault();
    };
    addEventListener('unhandledrejection', onRejection);
    const open = indexedDB.open;
    indexedDB.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const err = (await openIdbBackend('sg-throws', { blockedTimeoutMs: 150 }).catch((e: unknown) => e)) as { failure?: string };
      expect(err.failure).to.equal('unavailable');
    } finally {
      indexedDB.open = open;
    }
    await new Promise((r) => setTimeout(r, 400)); // well past the blocked timeout
    removeEventListener('unhandledrejection', onRejection);
    expect(stray.map(String)).to.deep.equal([]);
  });
});
