import { expect } from '@open-wc/testing';
import { parseProgress } from '../../src/llm/progress.ts';

const MB = 1024 * 1024;

describe('parseProgress (web-llm report texts)', () => {
  it('downloading with bytes and total', () => {
    const p = parseProgress({
      progress: 0.4,
      text: 'Fetching param cache[3/24]: 120MB fetched. 40% completed, 12 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.',
    });
    expect(p).to.deep.include({ stage: 'downloading', fraction: 0.4, loadedBytes: 120 * MB, totalBytes: 300 * MB });
  });

  it('start of the download', () => {
    expect(parseProgress({ progress: 0, text: 'Start to fetch params' })).to.deep.include({ stage: 'downloading', fraction: 0, loadedBytes: 0 });
  });

  it('with every file cached, "Start to fetch params" starts a load from the cache, not a download', () => {
    // The real web-llm says it on every load (test/real-engine/load.real-test.ts).
    expect(parseProgress({ progress: 0, text: 'Start to fetch params' }, { cached: true })).to.deep.equal({ stage: 'loading', fraction: 0, text: 'Start to fetch params' });
  });

  it('the exact size from tensor-cache.json replaces the rounded megabytes in the text', () => {
    const total = 132_848_640;
    const text = 'Fetching param cache[2/4]: 51MB fetched. 39% completed, 2 secs elapsed.';
    expect(parseProgress({ progress: 53_246_976 / total, text }, { totalBytes: total })).to.deep.include({ stage: 'downloading', loadedBytes: 53_246_976, totalBytes: total });
    expect(parseProgress({ progress: 0, text: 'Start to fetch params' }, { totalBytes: total })).to.deep.include({ loadedBytes: 0, totalBytes: total });
  });

  it('loading from cache, compiling, finished', () => {
    expect(parseProgress({ progress: 0.5, text: 'Loading model from cache[12/24]: 150MB loaded. 50% completed, 2 secs elapsed.' }).stage).to.equal('loading');
    expect(parseProgress({ progress: 0.11, text: 'Loading GPU shader modules[10/90]: 11% completed, 3 secs elapsed.' })).to.deep.include({ stage: 'compiling', fraction: 0.11 });
    expect(parseProgress({ progress: 1, text: 'Finish loading on WebGPU - nvidia' })).to.deep.include({ stage: 'ready', fraction: 1 });
  });

  it('anything else is an indeterminate preparing step', () => {
    expect(parseProgress({ progress: 0, text: 'Loading tokenizer' })).to.deep.include({ stage: 'preparing', fraction: null });
    expect(parseProgress({ progress: NaN, text: '' }).fraction).to.equal(null);
  });
});
