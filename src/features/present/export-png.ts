// The PNG export both the deck panel and present mode offer: the main map composed with what is
// on screen (slide title and caption, legend, sources), saved as a file.
import { mainMap } from '../../lib/map/main-map';
import { composeMapImage, downloadPng } from './export-image';
import { currentImageParts } from './image-parts';

/**
 * Composes and downloads the picture. Under automation the composer's record of what it drew
 * (`data-drawn`: title, caption, legend rows with positions, sources) is also put on <body> as
 * `data-png-drawn`, so a browser test can read it next to the file's pixels.
 */
export async function exportMapPng(filename: string): Promise<void> {
  const map = mainMap.exportCanvas();
  if (!map) return;
  const canvas = composeMapImage(map, currentImageParts());
  if (navigator.webdriver && canvas.dataset.drawn) document.body.dataset.pngDrawn = canvas.dataset.drawn;
  await downloadPng(canvas, filename);
}
