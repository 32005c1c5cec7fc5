/**
 * The model feature, loaded lazily by `<shop-guide>` (`await import('./llm/index.ts')`): the manager,
 * the engine interface and errors, and the `<shop-guide-model-status>` element (registered here).
 * Nothing in here imports web-llm; only the worker it starts does.
 */
import '../ui/model-status.ts';

export { ModelManager, PROMPT_API_CHOICE } from './model-manager.ts';
export type { ModelManagerOptions, ModelPhase, ModelProblem, ModelStatus } from './model-manager.ts';
export type {
  ChatEngine,
  ChatMessage,
  ChatRequest,
  ChatResult,
  ChatRole,
  ChatStream,
  EmbedOptions,
  EngineKind,
  EngineState,
  EngineStatus,
  FinishReason,
  GenerationOptions,
  JsonRequest,
  JsonSchema,
  LoadProgress,
  Usage,
} from './engine.ts';
export * from './errors.ts';
export { NoModelEngine } from './none-engine.ts';
export type { ModelAttributes, ModelChoice } from './models.ts';
export { modelStrings, formatBytes } from './strings.ts';
export { ShopGuideModelStatus } from '../ui/model-status.ts';
