// The first map picture that index.html shows before the app's code arrives (src/boot/boot.js places
// home.svg for the opening camera): moved into the map area once the app is on the page, reused by
// the WebGL map's first picture (first-picture.ts), removed by the 2D map at its first frame.

const BOOT_ID = 'first-picture';

/** The boot picture's wrapper, while it is on the page. */
export const bootPicture = (): HTMLElement | null => document.getElementById(BOOT_ID);

/**
 * Moves the boot picture into `stage` (the map area), where it stays put: the boot script placed it
 * for the area below the top bar, which `stage` is. From then on it scrolls and hides with the app.
 */
export function adoptBootPicture(stage: HTMLElement): void {
  const wrap = bootPicture();
  if (!wrap || wrap.parentElement === stage) return;
  const top = wrap.getBoundingClientRect().top - stage.getBoundingClientRect().top;
  wrap.style.position = 'absolute';
  wrap.style.inset = '0';
  stage.prepend(wrap);
  // (If the top bar came out taller or shorter than the boot script assumed, the picture keeps its place on screen.)
  const img = wrap.firstElementChild as HTMLElement | null;
  if (img && Math.abs(top) >= 1) img.style.top = `${parseFloat(img.style.top || '0') + top}px`;
}

/** Removes the boot picture (the map has drawn, or no map will come). */
export function dropBootPicture(): void {
  bootPicture()?.remove();
}
