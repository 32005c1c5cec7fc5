/**
 * What the shopper reads about the model, in English and Simplified Chinese. Kept with the feature
 * (not in src/i18n) so it loads only with the model UI.
 */
import type { Lang } from '../i18n/index.ts';
import type { LlmErrorKind } from './errors.ts';
import type { ModelProblem } from './model-manager.ts';

export interface ModelStrings {
  heading: string;
  checking: string;
  offer(label: string, size: string): string;
  offerUnknownSize(label: string): string;
  offerPromptApi: string;
  privacy: string;
  selfHosted: string;
  cachedOffer(label: string): string;
  evicted: string;
  download(size: string): string;
  downloadUnknownSize: string;
  turnOn: string;
  notNow: string;
  declined: string;
  declinedCached: string;
  preparing: string;
  downloading(loaded: string, total: string): string;
  downloadingNoTotal(loaded: string): string;
  downloadingFraction(percent: string): string;
  downloadStarted: string;
  loadingFromCache: string;
  compiling: string;
  cancel: string;
  ready(label: string): string;
  readyPromptApi: string;
  /** An embedding model was loaded as the shop's model: it cannot write answers. */
  readyEmbedding(label: string): string;
  turnOff: string;
  remove(size: string): string;
  removeNoSize: string;
  retry: string;
  downloadAgain: string;
  trySmaller(label: string, size: string): string;
  restart: string;
  fallback: string;
  problems: Record<ModelProblem, string>;
  errors: Partial<Record<LlmErrorKind, string>> & { unknown: string };
  quota(needed: string, free: string): string;
}

export const modelStrings: Record<Lang, ModelStrings> = {
  en: {
    heading: 'On-device AI',
    checking: 'Checking whether this device can run the AI model…',
    offer: (label, size) => `Get smarter answers from an AI model that runs on your device: ${label}, about ${size}, downloaded once.`,
    offerUnknownSize: (label) => `Get smarter answers from an AI model that runs on your device: ${label}, downloaded once.`,
    offerPromptApi: 'Get smarter answers from your browser’s built-in AI model. The browser downloads it once, for all sites.',
    privacy: 'Your questions never leave your device.',
    selfHosted: 'Downloaded from this shop’s own server.',
    cachedOffer: (label) => `The AI model (${label}) is already on this device.`,
    evicted: 'Your browser removed the downloaded AI model to free up space.',
    download: (size) => `Download AI model (${size})`,
    downloadUnknownSize: 'Download AI model',
    turnOn: 'Turn on AI answers',
    notNow: 'Not now',
    declined: 'AI answers are off.',
    declinedCached: 'AI answers are off. The model is still on this device.',
    preparing: 'Preparing the AI model…',
    downloading: (loaded, total) => `Downloading the AI model: ${loaded} of ${total}`,
    downloadingNoTotal: (loaded) => `Downloading the AI model: ${loaded}`,
    downloadingFraction: (percent) => `Downloading the AI model: ${percent}`,
    downloadStarted: 'Downloading the AI model.',
    loadingFromCache: 'Loading the AI model on your device…',
    compiling: 'Getting the AI model ready…',
    cancel: 'Cancel',
    ready: (label) => `AI answers are on: ${label}, running on your device.`,
    readyPromptApi: 'AI answers are on: your browser’s built-in model, running on your device.',
    readyEmbedding: (label) => `${label} is loaded on your device. It is an embedding model, so answers still come from the shop’s product information.`,
    turnOff: 'Turn off',
    remove: (size) => `Remove downloaded model (${size})`,
    removeNoSize: 'Remove downloaded model',
    retry: 'Try again',
    downloadAgain: 'Download again',
    trySmaller: (label, size) => `Try a smaller model (${label}, ${size})`,
    restart: 'Restart AI',
    fallback: 'The assistant still searches, recommends and answers from the shop’s product information.',
    problems: {
      'no-webgpu': 'This browser can’t run an AI model on your device (it has no WebGPU).',
      'no-adapter': 'This browser doesn’t let web pages use your graphics processor, which the AI model needs.',
      'adapter-error': 'Your graphics processor didn’t respond when we checked it.',
      'software-adapter': 'This device has no graphics acceleration for web pages, so an AI model would be far too slow.',
      limits: 'Your graphics processor is too limited for the AI model.',
      'low-memory': 'This device doesn’t have enough memory for the AI model.',
      'needs-f16': 'The shop’s AI model needs a graphics feature this device lacks.',
      'too-large': 'None of the AI models fits this device’s memory.',
      config: 'The AI model isn’t set up correctly on this shop.',
      'no-prompt-api': 'This browser has no built-in AI model for this language.',
    },
    errors: {
      network: 'The download was interrupted. What was downloaded is kept: try again to continue.',
      quota: 'There isn’t enough free storage on this device for the AI model.',
      'cache-corrupted': 'The downloaded AI model files are damaged. Download them again to fix this.',
      'device-lost': 'Your graphics processor stopped responding, so the AI model was switched off.',
      'out-of-memory': 'The AI model didn’t fit in this device’s memory.',
      'worker-crashed': 'The AI model stopped unexpectedly.',
      'webgpu-unavailable': 'This device can’t run the AI model.',
      config: 'The AI model isn’t set up correctly on this shop.',
      unknown: 'The AI model couldn’t be started.',
    },
    quota: (needed, free) => `There isn’t enough free storage on this device for the AI model (it needs ${needed}; ${free} is free).`,
  },
  'zh-CN': {
    heading: '本地 AI',
    checking: '正在检查此设备能否运行 AI 模型…',
    offer: (label, size) => `使用在你设备上运行的 AI 模型获得更智能的回答：${label}，约 ${size}，只需下载一次。`,
    offerUnknownSize: (label) => `使用在你设备上运行的 AI 模型获得更智能的回答：${label}，只需下载一次。`,
    offerPromptApi: '使用浏览器内置的 AI 模型获得更智能的回答。浏览器只需下载一次，所有网站共用。',
    privacy: '你的问题不会离开你的设备。',
    selfHosted: '从本店自己的服务器下载。',
    cachedOffer: (label) => `AI 模型（${label}）已在此设备上。`,
    evicted: '浏览器为释放空间删除了已下载的 AI 模型。',
    download: (size) => `下载 AI 模型（${size}）`,
    downloadUnknownSize: '下载 AI 模型',
    turnOn: '开启 AI 回答',
    notNow: '暂不需要',
    declined: 'AI 回答已关闭。',
    declinedCached: 'AI 回答已关闭。模型仍保存在此设备上。',
    preparing: '正在准备 AI 模型…',
    downloading: (loaded, total) => `正在下载 AI 模型：${loaded} / ${total}`,
    downloadingNoTotal: (loaded) => `正在下载 AI 模型：${loaded}`,
    downloadingFraction: (percent) => `正在下载 AI 模型：${percent}`,
    downloadStarted: '正在下载 AI 模型。',
    loadingFromCache: '正在设备上加载 AI 模型…',
    compiling: '正在准备 AI 模型…',
    cancel: '取消',
    ready: (label) => `AI 回答已开启：${label}，在你的设备上运行。`,
    readyPromptApi: 'AI 回答已开启：浏览器内置模型，在你的设备上运行。',
    readyEmbedding: (label) => `${label} 已在你的设备上加载。它是向量模型，回答仍来自本店的商品资料。`,
    turnOff: '关闭',
    remove: (size) => `删除已下载的模型（${size}）`,
    removeNoSize: '删除已下载的模型',
    retry: '重试',
    downloadAgain: '重新下载',
    trySmaller: (label, size) => `试试更小的模型（${label}，${size}）`,
    restart: '重新启动 AI',
    fallback: '助手仍可根据本店商品信息搜索、推荐和回答问题。',
    problems: {
      'no-webgpu': '此浏览器无法在你的设备上运行 AI 模型（不支持 WebGPU）。',
      'no-adapter': '此浏览器不允许网页使用图形处理器，而 AI 模型需要它。',
      'adapter-error': '检查图形处理器时没有响应。',
      'software-adapter': '此设备没有为网页提供图形加速，运行 AI 模型会非常慢。',
      limits: '你的图形处理器性能不足以运行 AI 模型。',
      'low-memory': '此设备内存不足，无法运行 AI 模型。',
      'needs-f16': '本店的 AI 模型需要此设备不具备的图形功能。',
      'too-large': '没有适合此设备内存的 AI 模型。',
      config: '本店的 AI 模型配置有误。',
      'no-prompt-api': '此浏览器没有适用于该语言的内置 AI 模型。',
    },
    errors: {
      network: '下载中断。已下载的部分会保留，重试即可继续。',
      quota: '此设备的可用存储空间不足，无法保存 AI 模型。',
      'cache-corrupted': '已下载的 AI 模型文件已损坏，请重新下载。',
      'device-lost': '图形处理器停止响应，AI 模型已关闭。',
      'out-of-memory': 'AI 模型超出了此设备的内存。',
      'worker-crashed': 'AI 模型意外停止。',
      'webgpu-unavailable': '此设备无法运行 AI 模型。',
      config: '本店的 AI 模型配置有误。',
      unknown: 'AI 模型无法启动。',
    },
    quota: (needed, free) => `此设备的可用存储空间不足（需要 ${needed}，可用 ${free}）。`,
  },
};

/** "290 MB", "1.2 GB" in the UI's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb / 1024)} GB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, mb))} MB`;
}

export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
