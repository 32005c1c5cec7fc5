/**
 * Remembers, per shop origin, that the shopper chose to download a model (or chose not to), so a
 * later visit loads it from the cache without asking again — and never nags after "not now".
 * localStorage can throw (privacy modes, disabled storage): then nothing is remembered.
 */
import { safeLocalStorage } from '../history/session.ts';

const KEY = 'shop-guide:model-consent';

export interface Consent {
  /** `on`: load this model when the assistant opens; `off`: the shopper declined. */
  choice: 'on' | 'off';
  modelId?: string;
  at: number;
}

export interface ConsentStore {
  read(): Consent | null;
  write(consent: Consent | null): void;
}

export function localConsentStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeLocalStorage()): ConsentStore {
  return {
    read() {
      try {
        const raw = storage?.getItem(KEY);
        const parsed = raw ? (JSON.parse(raw) as Consent) : null;
        return parsed && (parsed.choice === 'on' || parsed.choice === 'off') ? parsed : null;
      } catch {
        return null;
      }
    },
    write(consent) {
      try {
        if (consent) storage?.setItem(KEY, JSON.stringify(consent));
        else storage?.removeItem(KEY);
      } catch {
        // Not remembered; the shopper is asked again next visit.
      }
    },
  };
}

/** In-memory store (tests, or when the page must not persist anything). */
export function memoryConsentStore(initial: Consent | null = null): ConsentStore {
  let value = initial;
  return { read: () => value, write: (c) => void (value = c) };
}
