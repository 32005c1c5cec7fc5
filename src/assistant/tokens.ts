/**
 * Token estimates for prompt budgeting. We have no tokenizer on the main thread (it lives with the model
 * in the worker), so this over-estimates on purpose: Han characters ≈ 1 token each in the Qwen/Llama
 * vocabularies (often less), Latin text ≈ 1 token per 3.5 characters, digits and symbols ≈ 1 per 2.
 * Over-estimating only costs a little context; under-estimating would overflow the window.
 */

export function estimateTokens(text: string): number {
  let cjk = 0;
  let latin = 0;
  let digits = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x30ff) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else if ((c >= 0x30 && c <= 0x39) || (c > 0x20 && c < 0x30) || (c > 0x39 && c < 0x41)) digits++;
    else latin++;
  }
  return Math.ceil(cjk * 1.05 + latin / 3.5 + digits / 2);
}

/** The longest prefix of `text` that fits `budget` tokens, cut at a word or sentence boundary, with "…". */
export function truncateToTokens(text: string, budget: number): string {
  if (budget <= 0) return '';
  if (estimateTokens(text) <= budget) return text;
  // Binary search on the character length, then back off to a boundary.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (estimateTokens(text.slice(0, mid)) + 1 <= budget) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.slice(0, lo);
  const boundary = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('。'), cut.lastIndexOf('，'), cut.lastIndexOf('\n'));
  if (boundary > lo * 0.7) cut = cut.slice(0, boundary);
  return cut.trimEnd() + '…';
}
