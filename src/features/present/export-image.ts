// The map as a picture for reports: the rendered map with a title band above, and the legend, a
// scale bar, the data sources and the date below (the bare canvas would carry no source).
import type { MapPicture } from '../../lib/map/controller';
import { download } from '../filter/export';
import { metresPerPixel, niceScale, scaleLabel } from '../../lib/geo/scale';

export interface LegendEntry {
  label: string;
  colour?: string;
  /** Drawn as a dashed outline instead of a fill. */
  dashed?: boolean;
}

export interface ImageParts {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  sources: string[];
  /** The date line, already formatted. */
  date: string;
  formatNumber: (n: number) => string;
}

/** Band heights in CSS pixels (the footer grows with the number of source lines). */
export const HEADER_PX = 56;
export const FOOTER_MIN_PX = 90;
const FONT = "'Be Vietnam Pro', system-ui, sans-serif";

/** Breaks `text` into lines no wider than `width`. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws the map with its title, legend, scale, sources and date onto a new canvas. The map is
 * redrawn synchronously first, so its drawing buffer is whole when it is copied.
 */
export function composeMapImage(map: MapPicture, parts: ImageParts): HTMLCanvasElement {
  map.redraw();
  const source = map.getCanvas();
  const dpr = source.width / source.clientWidth || 1;
  const cssW = source.width / dpr;
  const cssH = source.height / dpr;
  const out = document.createElement('canvas');
  out.width = source.width;
  // Every source is printed in full: the footer is as tall as its longest column.
  const rx = (2 * cssW) / 3;
  const sourceWidth = cssW - rx - 16;
  const measure = out.getContext('2d')!;
  measure.font = `400 11px ${FONT}`;
  const lines = parts.sources.flatMap((s) => wrap(measure, s, sourceWidth));
  const legendRows = parts.legend.slice(0, 12);
  const footer = Math.max(FOOTER_MIN_PX, 20 + lines.length * 14 + 18, 20 + legendRows.length * 16);
  out.height = Math.round((cssH + HEADER_PX + footer) * dpr);
  const ctx = out.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssW, cssH + HEADER_PX + footer);
  ctx.drawImage(source, 0, HEADER_PX, cssW, cssH);

  // Title band.
  ctx.fillStyle = '#1d2731';
  ctx.textBaseline = 'top';
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(parts.title, 16, 10, cssW - 32);
  ctx.font = `400 13px ${FONT}`;
  ctx.fillStyle = '#55606b';
  ctx.fillText(parts.subtitle, 16, 35, cssW - 32);

  // Footer: legend (left), scale (middle), sources and date (right).
  const top = HEADER_PX + cssH + 10;
  ctx.strokeStyle = '#d7dbe0';
  ctx.beginPath();
  ctx.moveTo(0, HEADER_PX + cssH + 0.5);
  ctx.lineTo(cssW, HEADER_PX + cssH + 0.5);
  ctx.stroke();
  const columnW = Math.max(160, cssW / 3 - 24);
  ctx.font = `400 12px ${FONT}`;
  legendRows.forEach((row, i) => {
    const y = top + i * 16;
    if (row.dashed) {
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = row.colour ?? '#3d444c';
      ctx.strokeRect(16.5, y + 1.5, 22, 10);
      ctx.setLineDash([]);
    } else if (row.colour) {
      ctx.fillStyle = row.colour;
      ctx.fillRect(16, y + 1, 22, 11);
      ctx.strokeStyle = '#8d939b';
      ctx.strokeRect(16.5, y + 1.5, 22, 10);
    }
    ctx.fillStyle = '#1d2731';
    ctx.fillText(row.label, 46, y, columnW - 40);
  });

  const center = map.getCenter();
  const scale = niceScale(metresPerPixel(center.lat, map.getZoom()), 140);
  const sx = cssW / 3 + 16;
  ctx.fillStyle = '#1d2731';
  ctx.fillRect(sx, top + 18, scale.px, 3);
  ctx.fillRect(sx, top + 12, 2, 12);
  ctx.fillRect(sx + scale.px - 2, top + 12, 2, 12);
  ctx.fillText(scaleLabel(scale.metres, parts.formatNumber), sx, top + 28);

  ctx.fillStyle = '#55606b';
  ctx.font = `400 11px ${FONT}`;
  lines.forEach((line, i) => ctx.fillText(line, rx, top + i * 14));
  ctx.fillStyle = '#1d2731';
  ctx.fillText(parts.date, rx, top + lines.length * 14 + 4);
  return out;
}

/** The canvas as a PNG file download. */
export async function downloadPng(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  download(filename, blob);
}
