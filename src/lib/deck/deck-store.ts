// Keeping the deck in the browser's storage. A save either completes or leaves the last good copy
// as it was (setItem is all-or-nothing); a stored copy that no longer validates is moved aside,
// never overwritten; a storage that is full or switched off is reported, and the deck lives on in memory.
import { DECK_FORMAT, DECK_VERSION, type Deck } from './types';
import { serialiseDeck, validateDeck } from './schema';

export const DECK_KEY = 'qn-map.deck';
/** The deck as it was before the last import, for "undo import". */
export const PREVIOUS_KEY = 'qn-map.deck.previous';
/** A stored deck that failed validation, kept for recovery by hand. */
export const DAMAGED_KEY = 'qn-map.deck.damaged';

export type StorageProblem = 'disabled' | 'full' | 'damaged';

export const emptyDeck = (title = ''): Deck => ({ format: DECK_FORMAT, version: DECK_VERSION, title, slides: [] });

/** The page's localStorage, or null when the browser refuses it (privacy mode, policy). */
export function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem(DECK_KEY);
    return s;
  } catch {
    return null;
  }
}

export interface Loaded {
  deck: Deck | null;
  problem: StorageProblem | null;
}

/** Reads a stored deck (`key`), validating it as strictly as an imported file. */
export function loadDeck(storage: Storage | null, key = DECK_KEY): Loaded {
  if (!storage) return { deck: null, problem: 'disabled' };
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { deck: null, problem: 'disabled' };
  }
  if (text === null) return { deck: null, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const result = validateDeck(value);
  if (result.ok) return { deck: result.deck, problem: null };
  // Keep the unreadable copy aside so the next save cannot destroy it.
  try {
    storage.setItem(DAMAGED_KEY, text);
    storage.removeItem(key);
  } catch {
    // Nothing more can be done; the original key stays as it was.
  }
  return { deck: null, problem: 'damaged' };
}

/** Stores a deck; returns the problem, or null when it was saved. */
export function saveDeck(storage: Storage | null, deck: Deck, key = DECK_KEY): StorageProblem | null {
  if (!storage) return 'disabled';
  try {
    storage.setItem(key, serialiseDeck(deck));
    return null;
  } catch (err) {
    const name = (err as { name?: string }).name ?? '';
    return /quota/i.test(name) || /quota/i.test(String(err)) ? 'full' : 'disabled';
  }
}
