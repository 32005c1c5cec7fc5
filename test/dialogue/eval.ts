/**
 * Runs the labelled dialogues of one shop and language through the real widget (see dialogue.config.mjs).
 * Each dialogue gets a fresh page — the shop's listing page, or its product's page with that product's
 * JSON-LD, exactly as the demo serves them — in a same-origin iframe, with its own history database, the
 * shop's feed via `catalog-src`, and model="none" (retrieval-only). Each turn is `await guide.ask(q)`,
 * checked by checks.ts against the catalog and what the shopper saw earlier in that dialogue.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkTurn, nextState, pageProduct, ShopCatalog, type DialogueState, type Feed } from './checks.ts';
import { DEV, HOLDOUT, SHOPS, pagePath } from './sets.ts';
import type { AnswerSummary, Dialogue, Lang, ShopKey } from './types.ts';

interface GuideLike extends HTMLElement {
  ask(question: string): Promise<AnswerSummary | null>;
}

export interface TurnResult {
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
const timing = { page: [] as number[], firstAsk: [] as number[], ask: [] as number[] };
const run = Math.random().toString(36).slice(2, 8);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
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

async function runDialogue(d: Dialogue, catalog: ShopCatalog): Promise<TurnResult[]> {
  const page = pageProduct(d, catalog);
  const results: TurnResult[] = [];
  const base = { dialogue: d.id, shop: d.shop, lang: d.lang, onPage: d.page !== undefined, page: page?.id };
  const result = (i: number, got: string, fails: string[]): TurnResult => {
    const turn = d.turns[i]!;
    return { ...base, turn: i + 1, class: turn.class, say: turn.say, expect: JSON.stringify(turn.expect), got, fails, pass: fails.length === 0 };
  };
  let opened: { frame: HTMLIFrameElement; guide: GuideLike } | null = null;
  try {
    const t0 = performance.now();
    // A fresh shopper: this dialogue's own history database (see ownHistory in the config).
    opened = await openPage(`${pagePath(d.shop, d.lang, page?.id)}?sg-db=dialogue-${run}-${d.id}`);
    timing.page.push(performance.now() - t0);
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
      results.push(result(i, brief(summary), fails));
      state = nextState(state, summary);
    }
  } catch (e) {
    for (let i = results.length; i < d.turns.length; i++) results.push(result(i, 'page failed', [(e as Error).message]));
  } finally {
    opened?.frame.remove();
  }
  return results;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The mocha test of one shard: its dialogues; the last shard to finish also checks the whole run against the threshold. */
export function runShard(shop: ShopKey, lang: Lang): void {
  describe(`dialogue benchmark: ${shop}.${lang}`, function () {
    it('answers the labelled dialogues', async () => {
      const options = await executeServerCommand<{ threshold: number; holdoutThreshold: number; only: string }, undefined>('dialogue-options');
      const mine = (set: Dialogue[]) => set.filter((d) => d.shop === shop && d.lang === lang && (!options.only || new RegExp(options.only).test(d.id)));
      const feed = (await (await fetch(SHOPS[shop][lang].feed)).json()) as Feed;
      const catalog = new ShopCatalog(feed);
      const dev: TurnResult[] = [];
      for (const d of mine(DEV)) dev.push(...(await runDialogue(d, catalog)));
      const holdout: TurnResult[] = [];
      for (const d of mine(HOLDOUT)) holdout.push(...(await runDialogue(d, catalog)));
      const time = { pageMeanMs: mean(timing.page), firstAskMeanMs: mean(timing.firstAsk), askMeanMs: mean(timing.ask) };
      // The threshold is on the whole run: the shard that reports last gets the verdict and asserts it.
      const summary = await executeServerCommand<{ done: boolean; devRate: number; holdoutRate: number }, unknown>('dialogue-report', { shard: `${shop}.${lang}`, dev, holdout, time });
      if (summary.done) {
        expect(summary.devRate, 'dev pass rate (all shards)').to.be.at.least(options.threshold);
        expect(summary.holdoutRate, 'held-out pass rate (all shards)').to.be.at.least(options.holdoutThreshold);
      }
    });
  });
}
