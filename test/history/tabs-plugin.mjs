/**
 * Real browser tabs for tests (server command `sg-tab`): each is a separate page of the test browser,
 * with its own renderer and event loop, so cross-tab races (localStorage read-modify-write) happen for
 * real, which same-process iframes cannot show. Actions: open {path} → {tab}; eval {tab, fn, args} →
 * {value: the result of fn(...args) in the tab}; reload {tab}; close {tab}.
 */
export function tabsPlugin() {
  const tabs = new Map();
  let next = 0;
  return {
    name: 'shop-guide-tabs',
    async executeCommand({ command, payload, session }) {
      if (command !== 'sg-tab') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('sg-tab needs the Chrome launcher');
      const opener = session.browser.getPage(session.id);
      const { action, tab, path, fn, args = [] } = payload;
      if (action === 'open') {
        // The opener's context: its storage is the one the tabs share (each test file has its own).
        const page = await opener.browserContext().newPage();
        page.on('pageerror', (e) => console.error(`[tab ${next}]`, e));
        await page.goto(new URL(path, opener.url()).href, { waitUntil: 'load' });
        await page.waitForFunction('window.tabReady === true', { timeout: 15000 });
        tabs.set(++next, page);
        return { tab: next };
      }
      if (action === 'live') {
        // On the test's own page, after a full GC: how many objects have \`prototype\` (an expression) in
        // their chain, and the JS heap in use.
        // A page in the background holds animation-frame callbacks (and what they name) until it is shown.
        await opener.bringToFront();
        await opener.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const cdp = await opener.createCDPSession();
        await cdp.send('HeapProfiler.collectGarbage');
        const proto = await opener.evaluateHandle(payload.prototype);
        const objects = await opener.queryObjects(proto);
        const count = await objects.evaluate((list) => list.length);
        await objects.dispose();
        await proto.dispose();
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        return { count, heap: usedSize };
      }
      const page = tabs.get(tab);
      if (!page) throw new Error(`no tab ${tab}`);
      if (action === 'eval') {
        // Wrapped: an undefined result would read as "command not handled".
        return { value: await page.evaluate(`(${fn})(...${JSON.stringify(args)})`) };
      }
      if (action === 'reload') {
        await page.reload({ waitUntil: 'load' });
        await page.waitForFunction('window.tabReady === true', { timeout: 15000 });
        return true;
      }
      if (action === 'close') {
        tabs.delete(tab);
        await page.close();
        return true;
      }
      throw new Error(`unknown sg-tab action ${action}`);
    },
  };
}
