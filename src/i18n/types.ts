/** Every string the UI shows. One file per language implements it; functions handle plurals and values. */
export interface Strings {
  /** BCP 47 tag used for Intl formatting and the panel's `lang`. */
  locale: string;
  launcherLabel: string;
  panelTitle: string;
  close: string;
  greeting: string;
  inputPlaceholder: string;
  inputLabel: string;
  send: string;
  messagesLabel: string;
  you: string;
  assistant: string;
  /** Header button that opens the privacy & model settings. */
  settings: string;
  /** Back from settings to the conversation. */
  back: string;
  stop: string;
  loading: string;
  loadFailed: string;
}

export type Lang = 'en' | 'zh-CN';
