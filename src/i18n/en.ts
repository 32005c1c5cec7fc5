import type { Strings } from './types.ts';
import { launcherLabels } from './lang.ts';

export const en: Strings = {
  locale: 'en',
  launcherLabel: launcherLabels.en,
  panelTitle: 'Shopping assistant',
  close: 'Close assistant',
  greeting: 'Hi! Ask me about products, sizes, shipping or returns. Everything stays on your device.',
  inputPlaceholder: 'Ask about products…',
  inputLabel: 'Your question',
  send: 'Send',
  messagesLabel: 'Conversation',
  you: 'You',
  assistant: 'Assistant',
  settings: 'Privacy and model settings',
  back: 'Back to the conversation',
  stop: 'Stop',
  loading: 'Loading the assistant…',
  loadFailed: "The assistant couldn't start on this page.",
};
