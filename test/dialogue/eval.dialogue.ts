/**
 * Runs every labelled dialogue through the real widget (see dialogue.config.mjs). Each dialogue gets a
 * fresh page — the shop's listing page, or its product's page with that product's JSON-LD, exactly as
 * the demo serves them — in a same-origin iframe, with its own history (storage cleared before), the
 * shop's feed via `catalog-src`, and model="none" (retrieval-only). Each turn is `await guide.ask(q)`,
 * checked by checks.ts against the catalog and what the shopper saw in that dialogue.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkTurn, nextState, pageProduct, ShopCatalog, type DialogueState, type Feed } from './checks.ts';
import { DEV, HOLDOUT, SHOPS, pagePath } from './sets.ts';
import type { AnswerSummary, Dialogue } from './types.ts';

interface GuideLike extends HTMLElement {
  ask(question: string): Promise<AnswerSummary | null>;
}

interface TurnResult {
  dialogue: string;
  turn: number;
  class: string;
  shop: string;
  lang: string;
  onPage: boolean;
  page?: string;
  say: string;
  expect: string;
  got: string;
  fails: string[];
  pass: boolean;
}

const TURN_TIMEOUT = 15000;
/** Where the run's time goes: opening pages, first answers (they load the chat, catalog and index), the rest. */
const timing = { open: 0, firstAsk: [] as number[], ask: [] as number[] };
const catalogs = new Map<string, ShopCatalog>();

async function catalogFor(d: Dialogue): Promise<ShopCatalog> {
  const key = `${d.shop}.${d.lang}`;
  let c = catalogs.get(key);
  if (!c) {
    const feed = (await (await fetch(SHOPS[d.shop][d.lang].feed)).json()) as Feed;
    c = new ShopCatalog(feed);
    catalogs.set(key, c);
  }
  return c;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms))]);
}

/** A fresh shopper: no history, no parked events, no remembered settings from the dialogue before. */
async function clearStorage(): Promise<void> {
  localStorage.clear();
  sessionStorage.clear();
  const dbs = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    dbs.map(
      (db) =>
        new Promise<void>((resolve) => {
          if (!db.name) return resolve();
          const req = indexedDB.deleteDatabase(db.name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
          setTimeout(resolve, 2000);
        }),
    ),
  );
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; guide: GuideLike }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '800px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const deadline = Date.now() + 20000;
  while (!(win.customElements.get('shop-guide') && win.document.querySelector('shop-guide')?.shadowRoot)) {
    if (Date.now() > deadline) throw new Error(`no <shop-guide> on ${path}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const guide = win.document.querySelector('shop-guide') as GuideLike;
  // Retrieval-only: the benchmark measures understanding and retrieval, not a model.
  guide.setAttribute('model', 'none');
  return { frame, guide };
}

function brief(s: AnswerSummary | null): string {
  if (!s) return 'no summary';
  const parts = [`${s.kind}/${s.status}`];
  if (s.productIds.length) parts.push(`cards [${s.productIds.join(', ')}]`);
  if (s.alternativeIds.length) parts.push(`alternatives [${s.alternativeIds.join(', ')}]`);
  if (s.comparedIds.length) parts.push(`compared [${s.comparedIds.join(', ')}]`);
  if (s.subjectId) parts.push(`about ${s.subjectId}`);
  if (s.verdict) parts.push(`verdict ${s.verdict}`);
  if (s.pickId) parts.push(`pick ${s.pickId}`);
  if (s.relaxed?.length) parts.push(`relaxed [${s.relaxed.join(', ')}]`);
  parts.push(`“${s.text.replace(/\s+/g, ' ').slice(0, 160)}”`);
  return parts.join(' ');
}

async function runDialogue(d: Dialogue): Promise<TurnResult[]> {
  const catalog = await catalogFor(d);
  const page = pageProduct(d, catalog);
  await clearStorage();
  const results: TurnResult[] = [];
  const base = { dialogue: d.id, shop: d.shop, lang: d.lang, onPage: d.page !== undefined, page: page?.id };
  let opened: { frame: HTMLIFrameElement; guide: GuideLike } | null = null;
  try {
    const t0 = performance.now();
    opened = await openPage(pagePath(d.shop, d.lang, page?.id));
    timing.open += performance.now() - t0;
    let state: DialogueState = { shown: [], compared: [] };
    let broken = '';
    for (const [i, turn] of d.turns.entries()) {
      let summary: AnswerSummary | null = null;
      let fails: string[];
      if (broken) fails = [`not asked: ${broken}`];
      else {
        try {
          const t1 = performance.now();
          summary = (await withTimeout(opened.guide.ask(turn.say), TURN_TIMEOUT, 'ask()')) ?? null;
          (i === 0 ? timing.firstAsk : timing.ask).push(performance.now() - t1);
          fails = checkTurn(turn, summary, state, { catalog, page });
        } catch (e) {
          broken = (e as Error).message;
          fails = [broken];
        }
      }
      results.push({ ...base, turn: i + 1, class: turn.class, say: turn.say, expect: JSON.stringify(turn.expect), got: brief(summary), fails, pass: fails.length === 0 });
      state = nextState(state, summary);
    }
  } catch (e) {
    for (const [i, turn] of d.turns.entries())
      if (!results[i]) results.push({ ...base, turn: i + 1, class: turn.class, say: turn.say, expect: JSON.stringify(turn.expect), got: 'page failed', fails: [(e as Error).message], pass: false });
  } finally {
    opened?.frame.remove();
  }
  return results;
}

describe('dialogue benchmark', function () {
  it('answers the labelled dialogues', async () => {
    const options = await executeServerCommand<{ threshold: number; holdoutThreshold: number; only: string }, undefined>('dialogue-options');
    const pick = (set: Dialogue[]) => (options.only ? set.filter((d) => new RegExp(options.only).test(d.id)) : set);
    const started = performance.now();
    const dev: TurnResult[] = [];
    for (const d of pick(DEV)) dev.push(...(await runDialogue(d)));
    const holdout: TurnResult[] = [];
    for (const d of pick(HOLDOUT)) holdout.push(...(await runDialogue(d)));
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const time = { pagesMs: timing.open, firstAskMeanMs: mean(timing.firstAsk), askMeanMs: mean(timing.ask) };
    await executeServerCommand('dialogue-report', { dev, holdout, time, seconds: (performance.now() - started) / 1000 });
    const rate = (rs: TurnResult[]) => (rs.length ? rs.filter((r) => r.pass).length / rs.length : 1);
    expect(rate(dev), 'dev pass rate').to.be.at.least(options.threshold);
    expect(rate(holdout), 'held-out pass rate').to.be.at.least(options.holdoutThreshold);
  });
});
