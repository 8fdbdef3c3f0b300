// A feature's look resolved to paint, by the same rules the MapLibre style's expressions follow
// (src/lib/map/style.ts): a second renderer calls this instead of re-deriving them.
import type { MapTheme } from '../style/map-theme';
import type { FeatureLook } from './types';

export interface AreaPaint {
  /** Fill colour `#rrggbb`. */
  fill: string;
  /** Fill opacity 0–1. */
  fillOpacity: number;
  /** Outline colour. */
  line: string;
  /** The pattern drawn over the fill, with its opacity; null when none. */
  pattern: { id: NonNullable<FeatureLook['pattern']>; opacity: number } | null;
}

/**
 * Paint for an area (a 2025 unit, a district or mixed area). Dimming wins; on a themed map hover
 * and selection lighten the class colour instead of replacing it; on an unthemed one they colour it.
 * @example areaPaint({ dimmed: true }, mapTheme, 'communes').fillOpacity // 0.22
 */
export function areaPaint(look: FeatureLook, theme: MapTheme, layer: 'communes' | 'districts'): AreaPaint {
  const c = theme.colours;
  const o = theme.opacity;
  const fill = look.fill ?? (look.selected ? c.selected : look.hovered ? c.hover : c.provinceLand);
  const fillOpacity = look.dimmed ? o.dimmed : look.fill && (look.hovered || look.selected) ? o.themedHighlight : 1;
  const line = look.selected ? c.selectedLine : layer === 'communes' ? (look.hovered ? c.districtLine : c.communeLine) : c.districtLine;
  const pattern = look.pattern ? { id: look.pattern, opacity: look.dimmed ? o.dimmedPattern : 1 } : null;
  return { fill, fillOpacity, line, pattern };
}
