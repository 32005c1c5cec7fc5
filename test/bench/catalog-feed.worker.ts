/**
 * Makes one bench feed (catalog-feeds.ts) as 64 KB chunks of UTF-8, all of it before the page starts
 * reading, then sends them one by one as the page asks, transferred: while the page loads, nothing
 * else computes, and the page only receives bytes, as from the network.
 * Messages in: { feed, n } to make it (answered 'ready'), then 'next' per chunk (answered with the
 * chunk, or null at the end).
 */
import { FEEDS, ProductSource, type FeedName } from './catalog-feeds.ts';

/** The worker side of postMessage (the project's lib is the DOM's). */
const scope = self as unknown as { postMessage(message: Uint8Array | null | 'ready', transfer?: Transferable[]): void; onmessage: ((e: MessageEvent) => void) | null };
const chunks: Uint8Array[] = [];
let sent = 0;

scope.onmessage = (e: MessageEvent<{ feed: FeedName; n: number } | 'next'>) => {
  if (e.data === 'next') {
    const chunk = chunks[sent];
    if (!chunk) return scope.postMessage(null);
    chunks[sent++] = new Uint8Array(0);
    return scope.postMessage(chunk, [chunk.buffer]);
  }
  const encoder = new TextEncoder();
  const pieces = FEEDS[e.data.feed](new ProductSource(e.data.n));
  let text = '';
  for (let next = pieces.next(); ; next = pieces.next()) {
    if (!next.done) text += next.value;
    if (text.length >= 64 * 1024 || (next.done && text)) {
      chunks.push(encoder.encode(text));
      text = '';
    }
    if (next.done) break;
  }
  scope.postMessage('ready');
};
