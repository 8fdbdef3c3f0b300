// Colours of the base map (sea, land, boundaries); thematic palettes live beside this file.
export const baseColors = {
  sea: '#c9dde8',
  foreignLand: '#e2dfd8',
  neighbourLand: '#ebe9e2',
  neighbourLine: '#b5b1a8',
  provinceLand: '#fbfaf6',
  provinceLine: '#27323c',
  communeLine: '#8d939b',
  districtLine: '#3d444c',
  approxHatch: [125, 132, 140, 110] as [number, number, number, number],
  mixedHatch: [134, 84, 168, 150] as [number, number, number, number],
  hover: '#ffe08a',
  selected: '#f2b632',
  // The selected outline: a dark line in a white casing, visible over every theme colour.
  selectedLine: '#10161c',
  selectedCasing: '#ffffff',
  zoneLine: '#c0501a',
  zoneFill: '#c0501a',
  labelText: '#1d2731',
  labelHalo: '#ffffff',
} as const;
