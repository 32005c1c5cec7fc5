import { InvalidJsonError } from './errors.ts';

/** Parses model JSON; tolerates a ```json fence some models add when not grammar-constrained. */
export function parseJson<T>(text: string): T {
  const trimmed = text.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  try {
    return JSON.parse(trimmed) as T;
  } catch (e) {
    throw new InvalidJsonError(text, e);
  }
}
