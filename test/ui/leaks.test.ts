/**
 * A single-page shop removes and re-adds `<shop-guide>` on every route change: removed widgets must not
 * stay alive through the page's shared history store (the settings panel listened to it forever).
 * Counted for real: live instances after a full GC, through the DevTools protocol.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { HistoryStore } from '../../src/history/store.ts';
import '../../src/ui/shop-guide.ts';
import { freshHistory, testRuntime, useRuntime } from './test-runtime.ts';

type Live = { count: number; heap: number };
const live = async () => (await executeServerCommand<Live, { action: 'live'; prototype: string }>('sg-tab', { action: 'live', prototype: "customElements.get('shop-guide').prototype" }))!;
const listeners = (h: HistoryStore) => (h as unknown as { listeners: Set<unknown> }).listeners.size;

describe('<shop-guide> removed and added again', function () {
  this.timeout(120000);
  let restore = () => {};
  after(() => restore());

  it('20 remove/re-add cycles leave one live instance, one history listener and a flat heap', async () => {
    const history = await freshHistory();
    let loads = 0;
    restore = useRuntime(async () => {
      loads++;
      return testRuntime({ history });
    });
    const base = listeners(history);
    const cycle = async (i: number) => {
      const el = document.createElement('shop-guide') as HTMLElement & { open: boolean };
      el.open = true;
      document.body.append(el);
      await waitUntil(() => loads === i + 1 && listeners(history) > base, 'the assistant did not start', { timeout: 10000 });
      return el;
    };
    const heaps: number[] = [];
    let current: HTMLElement | null = null;
    for (let i = 0; i < 20; i++) {
      current?.remove();
      await new Promise((r) => setTimeout(r, 20)); // the widget frees its runtime a task after removal
      current = await cycle(i);
      if (i === 4 || i === 19) heaps.push((await live()).heap);
    }
    // Let timers and idle callbacks that still name the removed widgets run (a busy machine delays
    // them); what is left after that is held for good.
    for (let i = 0; i < 3; i++) await new Promise((r) => requestIdleCallback(() => setTimeout(r, 300), { timeout: 3000 }));
    const after = await live();
    expect(after.count, 'live <shop-guide> instances').to.equal(1);
    expect(listeners(history) - base, 'history listeners').to.equal(1);
    // Fifteen more cycles may not grow the heap by more than a few hundred KB (each leaked widget held ~MBs).
    expect(heaps[1]! - heaps[0]!, `heap ${heaps.join(' → ')}`).to.be.below(1_500_000);
    current!.remove();
    history.close();
  });
});
