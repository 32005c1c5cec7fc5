/**
 * Pipeline overhead: from the shopper pressing send to the model's request reaching the engine, with a
 * 10k-product catalog, the real search index and query parser, and the real model stack (ModelManager →
 * worker protocol → worker) around LLM engine's fake web-llm engine. Target (issue 3/4): ≤ 30 ms.
 *
 * Two figures per message: the first request (intent JSON) and the answer request (after retrieval
 * and prompt building) — the time a shopper waits before the model can start writing, minus the
 * model's own time on the intent call, which the fake answers at once.
 */
import { expect } from '@open-wc/testing';
import { Assistant } from '../../src/assistant/assistant.ts';
import { assistantEn } from '../../src/i18n/assistant/en.ts';
import { filterOps } from '../../src/runtime/assistant-adapters.ts';
import { createSearch } from '../../src/search/index.ts';
import { bigCatalog } from './big-catalog.ts';
import { FakeModelHost } from '../llm/fake-host.ts';
import type { ChatEngine } from '../../src/llm/engine.ts';
import type { ModelManager } from '../../src/llm/model-manager.ts';
import { ms, printTable, summary } from './bench-utils.ts';

const TARGET_MS = 30;
const SIZE = 10_000;

describe('pipeline bench: send → request reaching the engine', function () {
  this.timeout(10 * 60 * 1000);

  it(`≤ ${TARGET_MS} ms with ${SIZE.toLocaleString('en')} products`, async () => {
    const catalog = await bigCatalog(SIZE);
    const search = await createSearch(catalog);
    const now = () => performance.timeOrigin + performance.now();
    // One fake model per question, each answering the intent call the way a model should read it.
    const script: [string, object][] = [
      ['trail running shoes under $120', { intent: 'search', query: 'trail running shoes under $120', products: [], refine: false }],
      ['waterproof hiking boots', { intent: 'search', query: 'waterproof hiking boots', products: [], refine: false }],
      ['noise cancelling headphones not Velox', { intent: 'search', query: 'noise cancelling headphones not Velox', products: [], refine: false }],
      ['cheapest tent in stock', { intent: 'best-deal', query: 'cheapest tent in stock', products: [], refine: false, deal: 'cheapest' }],
      ['compare the top 3', { intent: 'compare', query: '', products: [], refine: false }],
      ['what goes with the first one?', { intent: 'bundle', query: '', products: [], refine: false }],
    ];
    const questions = script.map(([q]) => q);
    const hosts = new Map<string, FakeModelHost>();
    const managers = new Map<string, ModelManager>();
    for (const [q, json] of script) {
      const host = new FakeModelHost({ reply: 'The best pick is [[TH-RS-001]].', json });
      const manager = host.manager({ lang: 'en' });
      await manager.start();
      await manager.enable();
      expect(manager.status.phase).to.equal('ready');
      hosts.set(q, host);
      managers.set(q, manager);
    }
    let current = questions[0]!;
    // The engine as the assistant sees it, noting when the intent's JSON comes back.
    let intentBack = 0;
    const engine = (): ChatEngine => {
      const target = managers.get(current)!.engine;
      return new Proxy(target, {
        get(t, key) {
          if (key === 'json') return (req: Parameters<ChatEngine['json']>[0]) => t.json(req).finally(() => (intentBack = now()));
          const v = Reflect.get(t, key, t);
          return typeof v === 'function' ? v.bind(t) : v;
        },
      });
    };
    // Time spent waiting on the search index (in its worker at this size), to tell it from our own.
    let searchMs = 0;
    const timedSearch = {
      search: async (...args: Parameters<typeof search.search>) => {
        const t = performance.now();
        try {
          return await search.search(...args);
        } finally {
          searchMs += performance.now() - t;
        }
      },
    };
    const assistant = new Assistant({
      catalog,
      search: timedSearch,
      filters: filterOps,
      engine,
      lang: 'en',
      strings: assistantEn,
      baseUrl: location.href,
    });

    const first: number[] = [];
    const answer: number[] = [];
    const overhead: number[] = [];
    const searchShare: number[] = [];
    const rows: Record<string, string>[] = [];
    // Warm-up: JIT, index caches, worker.
    for (const q of questions.slice(0, 2)) {
      current = q;
      await assistant.ask(q);
    }
    for (let round = 0; round < 8; round++) {
      for (const q of questions) {
        current = q;
        const host = hosts.get(q)!;
        const json = host.nextRequest('json');
        const chat = host.nextRequest('chat');
        searchMs = 0;
        const t0 = now();
        const done = assistant.ask(q);
        const j = await json;
        const c = await chat;
        await done;
        first.push(j.receivedAt - t0);
        // The intent call's time inside the fake engine is the model's, not the pipeline's.
        answer.push(c.receivedAt - t0);
        // Pipeline overhead: everything except the model's own intent call (request in → JSON back).
        overhead.push(c.receivedAt - t0 - (intentBack - j.receivedAt));
        searchShare.push(searchMs);
        if (round === 0)
          rows.push({
            question: q,
            'first request (intent)': ms(j.receivedAt - t0),
            'intent call (model + transport)': ms(intentBack - j.receivedAt),
            'answer request': ms(c.receivedAt - t0),
            'pipeline overhead': ms(c.receivedAt - t0 - (intentBack - j.receivedAt)),
            'search time (overlaps the intent call)': ms(searchMs),
          });
      }
    }
    for (const h of hosts.values()) await h.dispose();
    printTable(`Pipeline overhead, ${SIZE.toLocaleString('en')} products, real search + worker protocol, fake model (first round)`, rows);
    const f = summary(first.sort((a, b) => a - b));
    const a = summary(answer.sort((x, y) => x - y));
    const o = summary(overhead.sort((x, y) => x - y));
    const sq = summary(searchShare.sort((x, y) => x - y));
    printTable(`Send → request reaching the engine (${first.length} runs)`, [
      { request: 'first request (intent JSON)', p50: ms(f.p50), p95: ms(f.p95), max: ms(f.max), target: `≤ ${TARGET_MS} ms` },
      { request: 'answer request, pipeline overhead (without the model’s intent time)', p50: ms(o.p50), p95: ms(o.p95), max: ms(o.max), target: `≤ ${TARGET_MS} ms` },
      { request: 'search time (part overlaps the intent call)', p50: ms(sq.p50), p95: ms(sq.p95), max: ms(sq.max), target: '—' },
      { request: 'answer request, wall clock (incl. fake model + worker round trip)', p50: ms(a.p50), p95: ms(a.p95), max: ms(a.max), target: '—' },
    ]);
    expect(f.p95).to.be.at.most(TARGET_MS);
    expect(o.p95).to.be.at.most(TARGET_MS);
  });
});
