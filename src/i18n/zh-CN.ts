import type { Strings } from './types.ts';
import { launcherLabels } from './lang.ts';

export const zhCN: Strings = {
  locale: 'zh-CN',
  launcherLabel: launcherLabels['zh-CN'],
  panelTitle: '购物助手',
  close: '关闭助手',
  greeting: '你好！可以问我商品、尺码、配送或退货的问题。所有数据都只保存在你的设备上。',
  inputPlaceholder: '输入你想找的商品…',
  inputLabel: '你的问题',
  send: '发送',
  messagesLabel: '对话',
  you: '你',
  assistant: '助手',
  settings: '隐私与模型设置',
  back: '返回对话',
  stop: '停止',
  loading: '正在加载助手…',
  loadFailed: '助手无法在此页面启动。',
};
