/**
 * One RegExp object per pattern, kept for the page's life. A `new RegExp(...)` made per message is
 * compiled again whenever V8's compilation cache was emptied, which every full garbage collection
 * does: on a big catalog's page (hundreds of MB of heap, collections all the time) each message's
 * hundreds of patterns were compiled afresh, 50–100 ms of one task on a slow machine. A kept object
 * keeps its compiled code (and its native tier, once it has run twice).
 *
 * A kept global pattern has one lastIndex: take every match before acting on any (`matchesOf`), or
 * reset it before each use and never use it re-entrantly (FilterParser.take).
 */
const kept = new Map<string, RegExp>();
/** Patterns kept at most (patterns built from a catalog's words can be many); past this, made per call. */
const LIMIT = 4096;

export function shared(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = kept.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    if (kept.size < LIMIT) kept.set(key, re);
  }
  return re;
}

/** Every match of a global `re` in `text`, as String.prototype.matchAll gives them (which would copy `re`, and so compile it again). */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchesOf() needs a global pattern');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    // An empty match moves on by one character (one code point with the u or v flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode || re.flags.includes('v') ? ((text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1) : 1;
  }
  re.lastIndex = 0;
  return out;
}
