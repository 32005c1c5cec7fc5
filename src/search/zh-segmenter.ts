/**
 * One shared Chinese word segmenter for the query code. Created on first use; `null` where the
 * browser or runtime has no `Intl.Segmenter`, and callers then fall back to bigrams.
 */
let segmenter: Intl.Segmenter | null | undefined;

export function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}
