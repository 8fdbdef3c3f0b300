// Everything that needs Turf and the spatial index, gathered in one module that the app loads on
// first use (a filter, a site's distances), so the first view does not download it.
export { applyFilters, radiusOutline } from './filter-engine';
export { FeatureIndex } from './spatial-index';
export { FilterInputError, drawnPolygon } from './predicates';
export { siteDistances } from './site-distances';
export { distanceBetweenKm } from './feature-distance';

export type Engine = typeof import('./engine');
