/**
 * Turns web-llm's init progress reports into stages the UI can show. web-llm reports one number that
 * restarts at 0 in each step, plus a text; the step is only in the text, whose formats come from
 * @mlc-ai/web-runtime (fetchTensorCacheInternal, asyncLoadWebGPUPipelines) and MLCEngine.reload:
 *   "Start to fetch params"
 *   "Fetching param cache[3/24]: 120MB fetched. 40% completed, 12 secs elapsed. …"
 *   "Loading model from cache[3/24]: 120MB loaded. 40% completed, 2 secs elapsed."
 *   "Loading GPU shader modules[10/90]: 11% completed, 3 secs elapsed."
 *   "Finish loading on WebGPU - <gpu>"
 */
import type { LoadProgress } from './engine.ts';

const MB = 1024 * 1024;

/** What the manager knows that web-llm's report does not say. */
export interface ProgressContext {
  /**
   * Every file of the model is already cached. web-llm reports "Start to fetch params" on every load,
   * also when nothing will be fetched: then it starts loading from the cache, not a download.
   */
  cached?: boolean;
  /** The weights' exact size (tensor-cache.json); web-llm's text rounds megabytes up. */
  totalBytes?: number | null;
}

export function parseProgress(report: { progress: number; text: string }, ctx: ProgressContext = {}): LoadProgress {
  const text = report.text ?? '';
  const fraction = clamp(report.progress);
  const total = ctx.totalBytes && ctx.totalBytes > 0 ? ctx.totalBytes : null;
  if (/^Finish loading/i.test(text)) return { stage: 'ready', fraction: 1, text };
  const fetching = /^Fetching param cache\[\d+\/\d+\]:\s*(\d+)\s*MB fetched/i.exec(text);
  if (fetching) {
    // web-llm's fraction is fetchedBytes / totalBytes exactly; the MB figure is rounded up.
    if (total && fraction !== null) return { stage: 'downloading', fraction, loadedBytes: Math.round(fraction * total), totalBytes: total, text };
    const loadedBytes = Number(fetching[1]) * MB;
    const out: LoadProgress = { stage: 'downloading', fraction, loadedBytes, text };
    if (fraction && fraction > 0.005) out.totalBytes = Math.max(loadedBytes, Math.round(loadedBytes / fraction / MB) * MB);
    return out;
  }
  if (/^Start to fetch params/i.test(text)) {
    if (ctx.cached) return { stage: 'loading', fraction: 0, text };
    return { stage: 'downloading', fraction: 0, loadedBytes: 0, ...(total ? { totalBytes: total } : {}), text };
  }
  if (/^Loading model from cache/i.test(text)) return { stage: 'loading', fraction, text };
  if (/^Loading GPU shader modules/i.test(text)) return { stage: 'compiling', fraction, text };
  return { stage: 'preparing', fraction: null, text };
}

function clamp(n: number): number | null {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : null;
}
