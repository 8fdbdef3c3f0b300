// The presenter's own deck: every change is saved at once (so a reload or a crashed tab loses
// nothing); an import replaces the deck only once it has been validated, and can be undone.
import { DECK_KEY, PREVIOUS_KEY, browserStorage, emptyDeck, loadDeck, saveDeck, type StorageProblem } from '../deck/deck-store';
import { parseDeck, serialiseDeck, MAX_SLIDES } from '../deck/schema';
import type { Deck, Slide } from '../deck/types';

let counter = 0;
/** An id unique within the deck (no crypto.randomUUID: it needs a secure context). */
export const newSlideId = () => `s${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export class DeckState {
  deck = $state<Deck>(emptyDeck());
  /** Why the deck is not being saved in the browser, or null when it is. */
  problem = $state<StorageProblem | null>(null);
  /** True after an import, until the next change: the previous deck can be put back. */
  canUndoImport = $state(false);
  #storage: Storage | null = null;

  /** Loads the saved deck; `storage` is injectable for tests. */
  init(storage: Storage | null = browserStorage()) {
    this.#storage = storage;
    const loaded = loadDeck(storage);
    this.deck = loaded.deck ?? emptyDeck();
    this.problem = loaded.problem;
    this.canUndoImport = false;
  }

  #commit(next: Deck) {
    this.deck = next;
    this.canUndoImport = false;
    this.#save();
  }

  #save() {
    const problem = saveDeck(this.#storage, $state.snapshot(this.deck) as Deck, DECK_KEY);
    // A damaged copy stays reported until a save succeeds.
    this.problem = problem ?? null;
  }

  get slides(): Slide[] {
    return this.deck.slides;
  }

  setTitle(title: string) {
    this.#commit({ ...this.deck, title });
  }

  /** Adds a slide after `after` (or at the end); returns its id, or null when the deck is full. */
  add(slide: Omit<Slide, 'id'>, after = this.deck.slides.length - 1): string | null {
    if (this.deck.slides.length >= MAX_SLIDES) return null;
    const id = newSlideId();
    const slides = [...this.deck.slides];
    slides.splice(after + 1, 0, { ...slide, id });
    this.#commit({ ...this.deck, slides });
    return id;
  }

  update(id: string, patch: Partial<Omit<Slide, 'id'>>) {
    this.#commit({ ...this.deck, slides: this.deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
  }

  /** Moves a slide to position `to` (clamped). */
  move(id: string, to: number) {
    const slides = [...this.deck.slides];
    const from = slides.findIndex((s) => s.id === id);
    if (from < 0) return;
    const [slide] = slides.splice(from, 1);
    slides.splice(Math.max(0, Math.min(slides.length, to)), 0, slide!);
    this.#commit({ ...this.deck, slides });
  }

  remove(id: string) {
    this.#commit({ ...this.deck, slides: this.deck.slides.filter((s) => s.id !== id) });
  }

  duplicate(id: string): string | null {
    const i = this.deck.slides.findIndex((s) => s.id === id);
    const slide = this.deck.slides[i];
    if (!slide) return null;
    const { id: _, ...rest } = $state.snapshot(slide) as Slide;
    return this.add(rest, i);
  }

  /** Appends copies of `slides` (new ids), e.g. the built-in deck's. */
  append(slides: Slide[]) {
    const room = MAX_SLIDES - this.deck.slides.length;
    const copies = slides.slice(0, room).map((s) => ({ ...structuredClone(s), id: newSlideId() }));
    this.#commit({ ...this.deck, slides: [...this.deck.slides, ...copies] });
  }

  #previous: Deck | null = null;

  /** Replaces the deck with a file's, if it is valid; returns the problem, or null. */
  importText(text: string): string | null {
    const result = parseDeck(text);
    if (!result.ok) return result.error;
    this.importDeck(result.deck);
    return null;
  }

  /** Replaces the deck with a validated one (a file's); the current deck can be put back. */
  importDeck(next: Deck) {
    // The deck being replaced is kept for "undo import".
    const previous = $state.snapshot(this.deck) as Deck;
    saveDeck(this.#storage, previous, PREVIOUS_KEY);
    this.#previous = previous;
    this.deck = next;
    this.#save();
    this.canUndoImport = true;
  }

  undoImport() {
    const previous = this.#previous ?? loadDeck(this.#storage, PREVIOUS_KEY).deck;
    if (!previous) return;
    this.#commit(previous);
    this.#previous = null;
  }

  exportText(): string {
    return serialiseDeck($state.snapshot(this.deck) as Deck);
  }
}

export const deck = new DeckState();
