/**
 * Builds the assistant for this page: the page's catalog, history and recommender (the shared page
 * services), the search index, the model manager made from `<shop-guide>`'s attributes, and the strings
 * of the UI language. Loaded by the chat module with `import()`, never by the first script.
 */
import type { Catalog } from '../catalog/types.ts';
import { Assistant } from '../assistant/assistant.ts';
import type { UrlLookup } from '../assistant/catalog-urls.ts';
import { loadAssistantStrings, type AssistantStrings } from '../i18n/assistant/index.ts';
import type { Lang } from '../i18n/types.ts';
import type { ModelManager } from '../llm/model-manager.ts';
import { describeProfile, filterOps, historyPort, wordRecommendationReason, type PrivacyStore } from './assistant-adapters.ts';

export interface RuntimeOptions {
  lang: Lang;
  modelAttributes: { model: string | null; modelUrl: string | null; modelLibUrl: string | null; preload: boolean };
  /** Where relative catalog URLs resolve (the page). */
  baseUrl: string;
}

export interface AssistantRuntime {
  readonly lang: Lang;
  readonly assistant: Assistant;
  readonly strings: AssistantStrings;
  readonly catalog: Catalog;
  /** Absolute product-page URLs of the catalog → product id (the only links answers may carry). */
  readonly catalogUrls: UrlLookup;
  /** Where relative catalog URLs resolve: what answers were verified against, and what links render with. */
  readonly baseUrl: string;
  readonly models: ModelManager | null;
  readonly history: PrivacyStore | null;
  /** The shopper opened a product from an answer's text. */
  recordClick(productId: string): void;
  /**
   * Stops what this runtime started: the model manager (its worker and loaded model) and the search index
   * (its worker). The page's shared services (catalog, history, recommender) stay. Unusable afterwards.
   */
  dispose(): void;
}

export async function createAssistantRuntime(options: RuntimeOptions): Promise<AssistantRuntime> {
  const [{ getServices }, { createSearch }, strings, llm] = await Promise.all([
    import('./services.ts'),
    import('../search/index.ts'),
    loadAssistantStrings(options.lang),
    // The model layer is optional: if it cannot load, the assistant still answers from the catalog.
    import('../llm/index.ts').catch((e) => {
      console.warn('[shop-guide] the model layer could not load; answering from the catalog only', e);
      return null;
    }),
  ]);
  const { catalog, history, recommender } = await getServices();
  const search = await createSearch(catalog);

  let models: ModelManager | null = null;
  if (llm) {
    models = new llm.ModelManager({
      lang: options.lang,
      model: options.modelAttributes.model,
      modelUrl: options.modelAttributes.modelUrl,
      modelLibUrl: options.modelAttributes.modelLibUrl,
      preload: options.modelAttributes.preload,
    });
    // Checks the device and the cache only; downloads nothing unless preloading or opted in before.
    void models.start();
  }

  const port = historyPort(history);
  // The recommender's models are built in slices ahead of the first "recommend something" (building them
  // inside that request froze the page for seconds at 100k products); a request waits for them instead.
  const prepared = recommender.prepare().catch((e) => console.warn('[shop-guide] could not prepare recommendations', e));
  const assistant = new Assistant({
    catalog,
    search,
    filters: filterOps,
    engine: () => models?.engine ?? null,
    recommender: {
      recommend: async (request) => {
        await prepared;
        return recommender.recommendInSlices(request);
      },
    },
    history: port,
    wordReason: (reason) => wordRecommendationReason(reason, catalog, options.lang),
    profile: () => describeProfile(history),
    lang: options.lang,
    strings,
    baseUrl: options.baseUrl,
  });

  // The lexicon the first answer reads with (seconds of sliced work at 100k products), built while the
  // shopper types rather than after they ask.
  void assistant.prepare().catch((e) => console.warn('[shop-guide] could not prepare the catalog vocabulary', e));

  return {
    lang: options.lang,
    assistant,
    strings,
    catalog,
    catalogUrls: assistant.catalogUrls,
    baseUrl: options.baseUrl,
    models,
    history,
    recordClick(productId) {
      void port.record({ type: 'click', productId, source: 'assistant' }).catch(() => {});
    },
    dispose() {
      void models?.dispose().catch((e) => console.warn('[shop-guide] could not stop the model', e));
      search.dispose();
    },
  };
}
