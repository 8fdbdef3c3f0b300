// The presenter window and the main window talk over a BroadcastChannel (same origin, no network):
// the main window tells where the presentation is; the presenter window asks to move.
import type { Slide } from '../deck/types';

export const CHANNEL = 'qn-map-present';

export interface SlideSummary {
  title: string;
  caption: string;
  notes: string;
}

export type PresentMessage =
  | { type: 'state'; active: boolean; title: string; index: number; slides: SlideSummary[] }
  | { type: 'hello' }
  | { type: 'go'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'stop' };

export const summarise = (slides: Slide[]): SlideSummary[] => slides.map(({ title, caption, notes }) => ({ title, caption, notes }));

/** Accepts only well-formed messages (another tab of the same site could send anything). */
export function isPresentMessage(v: unknown): v is PresentMessage {
  const m = v as { type?: unknown; index?: unknown; slides?: unknown } | null;
  if (!m || typeof m !== 'object') return false;
  switch (m.type) {
    case 'hello':
    case 'next':
    case 'prev':
    case 'stop':
      return true;
    case 'go':
      return Number.isInteger(m.index);
    case 'state':
      return Number.isInteger(m.index) && Array.isArray(m.slides);
    default:
      return false;
  }
}

/** Opens the channel, or returns null where BroadcastChannel does not exist. */
export function openChannel(onMessage: (m: PresentMessage) => void): { post: (m: PresentMessage) => void; close: () => void } | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    if (isPresentMessage(event.data)) onMessage(event.data);
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
