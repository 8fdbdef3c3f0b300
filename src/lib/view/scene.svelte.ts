// The description of what one map shows (a MapScene, src/lib/view/types.ts), derived once from the
// app's state; renderers read it and never the app state itself. Each part is its own $derived, so
// a renderer that reads one part (say, the overlays) does not rerun when another (hover) changes.
import { untrack } from 'svelte';
import { buildLabelPoints } from '../data/label-points';
import type { AppIndex } from '../data/unit-index-types';
import { appData } from '../state/app-data.svelte';
import { camera } from '../state/camera.svelte';
import { draw } from '../state/draw.svelte';
import { siteView } from '../state/site-view.svelte';
import { filterResults } from '../state/filter-results.svelte';
import { filters } from '../state/filters.svelte';
import { locale } from '../state/locale.svelte';
import { measure } from '../state/measure.svelte';
import { userLayers } from '../state/user-layers.svelte';
import { selection } from '../state/selection.svelte';
import { themeView as mainThemeView, type ThemeView } from '../state/theme-view.svelte';
import { view } from '../state/view.svelte';
import type { AdminVersion } from '../deck/types';
import { mapTheme, type MapTheme } from '../style/map-theme';
import { categoryColours, type CategoryColours } from '../style/user-layer-style';
import { baseLooks, draftShape, filterShapes, measureShape, focusBox, provinceBounds, themeLooks, userFeatureOf, visibleGroups, withPointer } from './describe';
import type { MapScene, SceneCamera, UserLayerShape, UserPointer } from './types';

/**
 * Which state of the map a scene describes: its administrative version and theme. Everything else
 * (layers, filters, selection, overlays, language) is shared by every scene of the page.
 */
export interface SceneSide {
  readonly adminVersion: AdminVersion;
  readonly themeView: ThemeView;
}

/** The map as the app shows it (the left side of a compare view). */
export const mainSide: SceneSide = {
  get adminVersion() {
    return view.adminVersion;
  },
  themeView: mainThemeView,
};

export class SceneState {
  readonly #index: AppIndex;
  readonly #side: SceneSide;
  readonly theme: MapTheme;

  /**
   * `index`: the unit index the map was opened with (it does not change while the map lives);
   * `side`: the version and theme drawn (the compare view's right side passes its own).
   */
  constructor(index: AppIndex, theme: MapTheme = mapTheme, side: SceneSide = mainSide) {
    this.#index = index;
    this.#side = side;
    this.theme = theme;
  }

  /** The version and theme the scene describes. (A getter, read lazily as `index`.) */
  get side(): SceneSide {
    return this.#side;
  }

  /** The unit index the scene describes. (A getter: the derived fields below read it lazily.) */
  get index(): AppIndex {
    return this.#index;
  }

  areaLayer = $derived<'communes' | 'districts'>(this.side.adminVersion === '2025' ? 'communes' : 'districts');
  visible = $derived(visibleGroups({ adminVersion: this.side.adminVersion, layers: { ...view.layers }, ntm: this.side.themeView.source.theme === 'ntm' }));

  /** The theme's colours per feature. */
  themeLooks = $derived(
    themeLooks(this.index, {
      theme: this.side.themeView.source.theme,
      palette: this.side.themeView.palette,
      ntmUnits: appData.facts?.ntm.units2025 ?? null,
      values: this.side.themeView.userSet ? this.side.themeView.userValues : new Map([...this.side.themeView.values].map(([code, fact]) => [code, fact.value])),
      valueLayer: this.side.themeView.userSet?.unitLevel === 'unit2025' ? 'communes' : 'districts',
    }),
  );
  /** Theme and filters (the slow-changing part); hover and selection are added in `features`. */
  #base = $derived(
    baseLooks({
      index: this.index,
      siteIds: appData.sites.map((s) => s.id),
      theme: this.themeLooks,
      areaLayer: this.areaLayer,
      matches: filterResults.outcome?.codes ?? null,
      siteMatches: siteView.onMap,
    }),
  );
  features = $derived(withPointer(this.#base, selection.selected, selection.hovered));

  labels = $derived(buildLabelPoints(this.index, locale.lang));
  draft = $derived(draw.mode ? draftShape(draw.mode, draw.points) : null);
  measure = $derived(measureShape(measure.shape.mode, measure.shape.points));
  /** True while clicks place measuring points (a double click must not zoom then). */
  measuring = $derived(measure.active);
  /** (Categories are recounted only for a layer whose attribute choice changed.) */
  #categories = new WeakMap<object, CategoryColours>();
  userLayers = $derived<readonly UserLayerShape[]>(
    userLayers.list.map((l) => ({
      id: l.layer.id,
      data: l.layer.data,
      visible: l.visible,
      colour: l.colour,
      byAttribute: l.colourBy ? this.#categoriesOf(l.layer.data, l.colourBy) : null,
    })),
  );
  #categoriesOf(data: object, attribute: string): CategoryColours {
    const known = this.#categories.get(data);
    if (known?.attribute === attribute) return known;
    const next = categoryColours(data as Parameters<typeof categoryColours>[0], attribute);
    this.#categories.set(data, next);
    return next;
  }
  userPointer = $derived<UserPointer>({
    selected: selection.selected?.kind === 'user' ? selection.selected.code : null,
    hovered: selection.hovered?.kind === 'user' ? selection.hovered.code : null,
  });
  filterShapes = $derived(filterShapes($state.snapshot(filters.list) as typeof filters.list, filterResults.engine?.radiusOutline ?? null));

  /**
   * A selection made outside the map asks for its box to be in view; one made with its own framing
   * (a slide, a link: `moveOnSelect` false) does not. Only a new selection makes a new request.
   */
  #focus = $derived.by(() => {
    const ref = selection.selected;
    return untrack(() => {
      if (!ref || !selection.moveOnSelect) return null;
      const bbox = focusBox(
        ref,
        this.index,
        (id) => appData.sitesById.get(id)?.position,
        (code) => {
          const at = userFeatureOf(code);
          return at && userLayers.list.find((l) => l.layer.id === at.layerId)?.layer.data.features[at.index]?.geometry;
        },
      );
      return bbox ? { bbox } : null;
    });
  });
  camera = $derived<SceneCamera>({
    // (Read once per request: the camera the map last reported, or the link's.)
    start: untrack(() => camera.current),
    home: provinceBounds(this.index),
    maxBounds: this.index.bounds,
    focus: this.#focus,
  });

  /** The whole description, for a renderer that draws everything at once. */
  get current(): MapScene {
    return {
      areaLayer: this.areaLayer,
      visible: this.visible,
      features: this.features,
      labels: this.labels,
      overlays: { draft: this.draft, measure: this.measure, filterShapes: this.filterShapes },
      userLayers: this.userLayers,
      userPointer: this.userPointer,
      camera: this.camera,
      theme: this.theme,
    };
  }
}
