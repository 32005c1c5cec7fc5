/** Event, session and tab ids: unique without crypto.randomUUID (missing on plain-http pages). */
export function newEventId(): string {
  const r = crypto.getRandomValues(new Uint32Array(2));
  return Date.now().toString(36) + '-' + r[0]!.toString(36) + r[1]!.toString(36);
}
