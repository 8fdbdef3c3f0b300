// The page URL is written after the frame (src/lib/state/link.svelte.ts): writes in one frame are
// merged into one `replaceState` with the last view, `flush()` writes at once, a timer writes when no
// frame comes (a hidden tab), and a page being hidden or left gets its pending view at once.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultView, type MapViewState } from '../../src/lib/deck/types';
import { LinkState, WRITE_FALLBACK_MS } from '../../src/lib/state/link.svelte';

/** A page with an address bar, frames run by hand, and its window/document listeners. */
function stubPage(href = 'https://example.test/qn/') {
  const location = { href };
  const replaceState = vi.fn((_state: unknown, _title: string, url: URL | string) => (location.href = String(url)));
  const frames = new Map<number, FrameRequestCallback>();
  let nextFrame = 1;
  const listeners = { window: new EventTarget(), document: new EventTarget() };
  const document = Object.assign(listeners.document, { visibilityState: 'visible' as DocumentVisibilityState });
  vi.stubGlobal('window', Object.assign(listeners.window, { location }));
  vi.stubGlobal('document', document);
  vi.stubGlobal('history', { state: null, replaceState });
  vi.stubGlobal(
    'requestAnimationFrame',
    vi.fn((cb: FrameRequestCallback) => {
      frames.set(nextFrame, cb);
      return nextFrame++;
    }),
  );
  vi.stubGlobal(
    'cancelAnimationFrame',
    vi.fn((id: number) => frames.delete(id)),
  );
  return {
    location,
    replaceState,
    document,
    window: listeners.window,
    /** Runs the frame callbacks waiting now (as the browser does before painting). */
    frame() {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb(performance.now());
    },
  };
}

const themed = (id: MapViewState['theme']['id']): MapViewState => ({ ...defaultView(), theme: { id, year: 2023, method: 'quantile', classes: 5 } });
const themeOf = (href: string) => new URL(href).searchParams.get('t');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LinkState.write', () => {
  test('three writes in one frame give one replaceState, with the last view, after the frame', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:population'));
    link.write(themed('indicator:grdp'));
    link.write(themed('indicator:fdi_attracted'));
    expect(page.replaceState).not.toHaveBeenCalled();
    page.frame();
    // (Written in a task after the frame, not in the frame's own callbacks.)
    expect(page.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(page.replaceState).toHaveBeenCalledTimes(1);
    expect(themeOf(page.location.href)).toBe('indicator:fdi_attracted');
    // Neither the timer fallback nor a later frame writes again.
    vi.advanceTimersByTime(WRITE_FALLBACK_MS * 2);
    page.frame();
    vi.runAllTimers();
    expect(page.replaceState).toHaveBeenCalledTimes(1);
  });

  test('flush writes the pending view at once, and only once', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:grdp'));
    link.flush();
    expect(page.replaceState).toHaveBeenCalledTimes(1);
    expect(themeOf(page.location.href)).toBe('indicator:grdp');
    link.flush();
    page.frame();
    vi.runAllTimers();
    expect(page.replaceState).toHaveBeenCalledTimes(1);
  });

  test('nothing is written when the URL would not change', () => {
    const page = stubPage('https://example.test/qn/?t=indicator%3Agrdp&y=2023');
    const link = new LinkState();
    expect(themeOf(page.location.href)).toBe('indicator:grdp');
    link.write(themed('indicator:grdp'));
    link.flush();
    page.frame();
    vi.runAllTimers();
    expect(page.replaceState).not.toHaveBeenCalled();
    expect(page.location.href).toBe('https://example.test/qn/?t=indicator%3Agrdp&y=2023');
  });

  test('without frames (a hidden tab) the timer writes, once', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:population'));
    link.write(themed('indicator:grdp'));
    vi.advanceTimersByTime(WRITE_FALLBACK_MS - 1);
    expect(page.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(page.replaceState).toHaveBeenCalledTimes(1);
    expect(themeOf(page.location.href)).toBe('indicator:grdp');
    // The frame that comes later finds nothing to write.
    page.frame();
    vi.runAllTimers();
    expect(page.replaceState).toHaveBeenCalledTimes(1);
  });

  test('a write after a flush is scheduled anew and written after its own frame', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:population'));
    page.frame();
    vi.advanceTimersByTime(0);
    link.write(themed('indicator:grdp'));
    expect(themeOf(page.location.href)).toBe('indicator:population');
    page.frame();
    vi.advanceTimersByTime(0);
    expect(page.replaceState).toHaveBeenCalledTimes(2);
    expect(themeOf(page.location.href)).toBe('indicator:grdp');
  });

  test('a pending write is flushed when the page is left (pagehide)', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:grdp'));
    page.window.dispatchEvent(new Event('pagehide'));
    expect(page.replaceState).toHaveBeenCalledTimes(1);
    expect(themeOf(page.location.href)).toBe('indicator:grdp');
  });

  test('a pending write is flushed when the page is hidden, not when it is shown', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:grdp'));
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(page.replaceState).not.toHaveBeenCalled();
    page.document.visibilityState = 'hidden';
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(page.replaceState).toHaveBeenCalledTimes(1);
    expect(themeOf(page.location.href)).toBe('indicator:grdp');
  });

  test('a pending write is flushed before printing (the browser prints the URL)', () => {
    const page = stubPage();
    const link = new LinkState();
    link.write(themed('indicator:grdp'));
    page.window.dispatchEvent(new Event('beforeprint'));
    expect(page.replaceState).toHaveBeenCalledTimes(1);
  });
});
