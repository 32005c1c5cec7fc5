import type { Strings } from './types.ts';

export const zhCN: Strings = {
  locale: 'zh-CN',
  launcherLabel: '打开购物助手',
  panelTitle: '购物助手',
  close: '关闭助手',
  greeting: '你好！可以问我商品、尺码、配送或退货的问题。所有数据都只保存在你的设备上。',
  inputPlaceholder: '输入你想找的商品…',
  inputLabel: '你的问题',
  send: '发送',
  messagesLabel: '对话',
  you: '你',
  assistant: '助手',
};
