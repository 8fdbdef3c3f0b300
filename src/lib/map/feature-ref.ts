// Which feature of the app a rendered MapLibre feature is (for selection and hover), on any map.
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { mixedCode } from '../data/unit-index-types';
import type { FeatureRef } from '../deck/types';
import { SourceLayer, USER_SOURCE_PREFIX } from './style';

/** The app's reference to a rendered feature, or null for one that is not selectable. */
export function refOf(feature: MapGeoJSONFeature): FeatureRef | null {
  // An imported feature: its source is `user:<layer id>`, its id its index in the layer (render-scene).
  if (feature.source.startsWith(USER_SOURCE_PREFIX))
    return feature.id === undefined ? null : { kind: 'user', code: `${feature.source.slice(USER_SOURCE_PREFIX.length)}:${feature.id}` };
  const code = String(feature.id ?? feature.properties.code ?? '');
  if (!code) return null;
  if (feature.sourceLayer === SourceLayer.communes) return { kind: 'unit', code };
  if (feature.sourceLayer === SourceLayer.zones) return { kind: 'zone', code };
  if (feature.sourceLayer === SourceLayer.sites) return { kind: 'site', code };
  if (feature.sourceLayer === SourceLayer.districts) {
    const mixed = mixedCode(code);
    return mixed !== null ? { kind: 'mixed', code: mixed } : { kind: 'district', code };
  }
  return null;
}
