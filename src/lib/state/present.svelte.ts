// Presenting a deck: which slide is on screen, moving between slides, and the full-screen state.
// Slides fly smoothly from one to the next, or jump when the person asked for reduced motion.
import type { Slide } from '../deck/types';
import { applyView } from './app-view.svelte';

export const prefersReducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class PresentState {
  active = $state(false);
  title = $state('');
  slides = $state.raw<Slide[]>([]);
  index = $state(0);
  current = $derived<Slide | null>(this.slides[this.index] ?? null);
  /** Increases with every slide shown (for the screen-reader announcement and tests). */
  shown = $state(0);
  /** Which deck is shown: the editable one follows edits made while presenting. */
  source = $state<'mine' | 'builtin'>('mine');

  start(title: string, slides: Slide[], at = 0, source: 'mine' | 'builtin' = 'mine') {
    if (!slides.length) return;
    this.source = source;
    this.title = title;
    this.slides = slides;
    this.active = true;
    this.go(at, false);
  }

  /** Shows slide `i` (clamped); `animate` false jumps (first slide, reduced motion). */
  go(i: number, animate = true) {
    if (!this.active || !this.slides.length) return;
    this.index = Math.max(0, Math.min(this.slides.length - 1, i));
    this.shown += 1;
    applyView(this.slides[this.index]!.view, { animate: animate && !prefersReducedMotion() });
  }

  next() {
    if (this.index < this.slides.length - 1) this.go(this.index + 1);
  }

  prev() {
    if (this.index > 0) this.go(this.index - 1);
  }

  /** Replaces the slides while presenting (the deck was edited), keeping the position. */
  refresh(slides: Slide[]) {
    this.slides = slides;
    if (this.index >= slides.length) this.index = Math.max(0, slides.length - 1);
    if (!slides.length) this.stop();
  }

  stop() {
    this.active = false;
  }
}

export const present = new PresentState();
