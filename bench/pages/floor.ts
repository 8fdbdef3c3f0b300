// The floor: an empty MapLibre map (one background layer). Nothing can load faster with MapLibre.
import { openMap } from './common';

openMap({ version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe8ee' } }] });
