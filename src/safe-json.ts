/**
 * JSON.stringify that does not trust the host page's prototypes. Prototype.js-era pages define
 * `Array.prototype.toJSON` (and `Date.prototype.toJSON`) returning a JSON *string*, which the built-in
 * stringify then encodes a second time: a parked list came back as one string and every event in it was
 * dropped. The replacer sees each value's holder, so it can hand back the original object and skip
 * whatever `toJSON` the page installed. Only for our own plain data (no classes with a meaningful toJSON).
 */
export function toJson(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      if (raw === null || typeof raw !== 'object') return v;
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : isoString(raw);
      return raw;
    },
    space,
  );
}

function isoString(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}Z`;
}
