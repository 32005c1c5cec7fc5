/**
 * A runtime for chat UI tests: the demo catalog, the real search index, an optional fake model and a
 * real history store in its own database, swapped in through the chat module's `runtimeLoader` port.
 */
import { Assistant } from '../../src/assistant/assistant.ts';
import { catalogUrls } from '../../src/assistant/verify.ts';
import type { Catalog } from '../../src/catalog/types.ts';
import { assistantEn } from '../../src/i18n/assistant/en.ts';
import { assistantZhCN } from '../../src/i18n/assistant/zh-CN.ts';
import type { ChatEngine } from '../../src/llm/engine.ts';
import type { ModelManager } from '../../src/llm/model-manager.ts';
import type { AssistantRuntime } from '../../src/runtime/assistant.ts';
import { filterOps, historyPort, type PrivacyStore } from '../../src/runtime/assistant-adapters.ts';
import { openHistory, type HistoryStore } from '../../src/history/store.ts';
import { runtimeLoader } from '../../src/ui/chat/chat-controller.ts';
import { demoCatalog, searchFor } from '../assistant/fixtures.ts';

/** A real history store in its own IndexedDB database. */
export function freshHistory(): Promise<HistoryStore> {
  return openHistory({ dbName: `test-chat-${Date.now()}-${Math.random().toString(36).slice(2)}` });
}

export async function testRuntime(
  opts: {
    lang?: 'en' | 'zh-CN';
    currentProductId?: string;
    engine?: ChatEngine | null;
    history?: PrivacyStore;
    catalog?: Catalog;
    models?: ModelManager;
    /** Told when the chat frees this runtime (the search index is shared between tests and the test owns `models`: neither is stopped). */
    onDispose?: () => void;
  } = {},
): Promise<AssistantRuntime> {
  const lang = opts.lang ?? 'en';
  const base = opts.catalog ?? (await demoCatalog(lang === 'zh-CN' ? 'zh' : 'en'));
  const catalog = { ...base, currentProductId: opts.currentProductId };
  const strings = lang === 'zh-CN' ? assistantZhCN : assistantEn;
  const history = opts.history ?? null;
  const port = history ? historyPort(history) : undefined;
  const search = await searchFor(catalog);
  return {
    lang,
    strings,
    catalog,
    catalogUrls: catalogUrls(catalog.products, location.href),
    baseUrl: location.href,
    models: opts.models ?? null,
    history,
    assistant: new Assistant({
      catalog,
      search,
      filters: filterOps,
      engine: () => opts.engine ?? opts.models?.engine ?? null,
      history: port,
      lang,
      strings,
      baseUrl: location.href,
    }),
    recordClick: (id) => void port?.record({ type: 'click', productId: id }),
    dispose: () => opts.onDispose?.(),
  };
}

/** Makes the next chats use `make()` for their runtime; returns the restore function. */
export function useRuntime(make: () => Promise<AssistantRuntime>): () => void {
  const original = runtimeLoader.load;
  runtimeLoader.load = () => make();
  return () => (runtimeLoader.load = original);
}
