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
  /**
   * A symbol instead of a plain swatch: a site's circle with its code, the kiểu mẫu dots, the
   * cross-hatch of a unit from two districts, the diagonal hatch of an approximate outline, the
   * halo of an approximate site position.
   */
  symbol?: { kind: 'site'; code: string } | { kind: 'dots' } | { kind: 'cross-hatch' } | { kind: 'hatch' } | { kind: 'halo' };
}

export interface ImageParts {
  title: string;
  subtitle: string;
  /** A slide's caption, printed under the title (wrapped); '' without one. */
  caption?: string;
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
  measure.font = `400 13px ${FONT}`;
  const captionLines = parts.caption
    ? parts.caption
        .split(/\n+/)
        .flatMap((p) => wrap(measure, p, cssW - 32))
        .slice(0, 6)
    : [];
  const header = HEADER_PX + captionLines.length * 17;
  const legendRows = parts.legend;
  const footer = Math.max(FOOTER_MIN_PX, 20 + lines.length * 14 + 18, 20 + legendRows.length * 18);
  out.height = Math.round((cssH + header + footer) * dpr);
  const ctx = out.getContext('2d')!;
  ctx.scale(dpr, dpr);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssW, cssH + header + footer);
  ctx.drawImage(source, 0, header, cssW, cssH);

  // Title band, with the slide's caption under the subtitle.
  ctx.fillStyle = '#1d2731';
  ctx.textBaseline = 'top';
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(parts.title, 16, 10, cssW - 32);
  ctx.font = `400 13px ${FONT}`;
  ctx.fillStyle = '#55606b';
  ctx.fillText(parts.subtitle, 16, 35, cssW - 32);
  ctx.fillStyle = '#1d2731';
  captionLines.forEach((line, i) => ctx.fillText(line, 16, HEADER_PX + i * 17 - 2, cssW - 32));

  // Footer: legend (left), scale (middle), sources and date (right).
  const top = header + cssH + 10;
  ctx.strokeStyle = '#d7dbe0';
  ctx.beginPath();
  ctx.moveTo(0, header + cssH + 0.5);
  ctx.lineTo(cssW, header + cssH + 0.5);
  ctx.stroke();
  const columnW = Math.max(160, cssW / 3 - 24);
  ctx.font = `400 12px ${FONT}`;
  const drawnLegend: { label: string; y: number }[] = [];
  legendRows.forEach((row, i) => {
    const y = top + i * 18;
    drawSwatch(ctx, row, 16, y);
    ctx.fillStyle = '#1d2731';
    ctx.font = `400 12px ${FONT}`;
    ctx.fillText(row.label, 46, y, columnW - 40);
    drawnLegend.push({ label: row.label, y });
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
  // What was drawn, as text (positions in CSS pixels), so a reader or a test can check the picture.
  out.dataset.drawn = JSON.stringify({ title: parts.title, caption: captionLines, header, legend: drawnLegend, sources: parts.sources, dpr });
  return out;
}

/** A legend row's symbol, 22 × 12 px at (x, y). */
function drawSwatch(ctx: CanvasRenderingContext2D, row: LegendEntry, x: number, y: number): void {
  const sym = row.symbol;
  ctx.save();
  if (sym?.kind === 'site' || sym?.kind === 'halo') {
    const cx = x + 11;
    const cy = y + 7;
    if (sym.kind === 'halo') {
      ctx.fillStyle = row.colour ?? 'rgba(27, 111, 168, 0.16)';
      ctx.strokeStyle = 'rgba(27, 111, 168, 0.5)';
      ctx.beginPath();
      ctx.arc(cx, cy, 8, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    } else {
      ctx.fillStyle = row.colour ?? '#555555';
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(cx, cy, 8, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = '#ffffff';
      ctx.font = `600 8px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(sym.code, cx, cy + 0.5);
    }
  } else if (row.dashed) {
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = row.colour ?? '#3d444c';
    ctx.strokeRect(x + 0.5, y + 1.5, 22, 10);
  } else {
    if (row.colour) {
      ctx.fillStyle = row.colour;
      ctx.fillRect(x, y + 1, 22, 11);
    }
    ctx.beginPath();
    ctx.rect(x, y + 1, 22, 11);
    ctx.clip();
    if (sym?.kind === 'dots') {
      ctx.fillStyle = 'rgb(12, 28, 60)';
      for (let dx = 3; dx < 22; dx += 5) for (let dy = 3; dy < 12; dy += 5) ctx.fillRect(x + dx, y + 1 + dy, 2, 2);
    } else if (sym?.kind === 'cross-hatch' || sym?.kind === 'hatch') {
      ctx.strokeStyle = sym.kind === 'cross-hatch' ? 'rgba(134, 84, 168, 0.8)' : 'rgba(125, 132, 140, 0.7)';
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let k = -12; k < 26; k += 5) {
        ctx.moveTo(x + k, y + 12);
        ctx.lineTo(x + k + 11, y + 1);
        if (sym.kind === 'cross-hatch') {
          ctx.moveTo(x + k, y + 1);
          ctx.lineTo(x + k + 11, y + 12);
        }
      }
      ctx.stroke();
    }
    ctx.restore();
    ctx.save();
    ctx.strokeStyle = '#8d939b';
    if (sym?.kind === 'cross-hatch' || sym?.kind === 'hatch') ctx.setLineDash([3, 2]);
    ctx.strokeRect(x + 0.5, y + 1.5, 22, 10);
  }
  ctx.restore();
}

/** The canvas as a PNG file download. */
export async function downloadPng(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  download(filename, blob);
}
