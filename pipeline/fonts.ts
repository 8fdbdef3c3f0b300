// `npm run fonts` (also run by `npm run data`): the app's two Be Vietnam Pro faces (400, 600), each
// one woff2 subset to the characters the app writes, instead of Fontsource's three unicode-range
// files per weight (latin, latin-ext, vietnamese: 95 KB for both weights; these two: ~28 KB).
// Deterministic: the same TTFs and text give the same bytes (tests/unit/fonts.test.ts checks the
// committed files equal a fresh subset, and that they cover every message, label and unit name).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { fontText } from '../src/lib/style/font-subset';

/**
 * Layout features kept: kerning, mark positioning (decomposed Vietnamese text), the usual
 * substitutions, and the figure styles the CSS asks for (`font-variant-numeric: tabular-nums`).
 */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'tnum', 'lnum', 'pnum'];

/** The weights the app uses, with the Google Fonts TTF each is cut from (@expo-google-fonts/be-vietnam-pro, OFL 1.1). */
export const FONT_WEIGHTS = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 600: '600SemiBold/BeVietnamPro_600SemiBold.ttf' } as const;

/** Where the subsets go (imported by src/fonts/fonts.css and src/lib/map/style.ts, preloaded by index.html). */
export const fontPath = (weight: keyof typeof FONT_WEIGHTS) => `src/fonts/be-vietnam-pro-${weight}.woff2`;

/**
 * Subsets each weight to the characters of FONT_RANGES (src/lib/style/font-subset.ts) without hinting (halves the files; browsers draw text
 * unhinted on most platforms anyway).
 * @example await subsetFonts() // Map { 'src/fonts/be-vietnam-pro-400.woff2' => <14 KB>, … }
 */
export async function subsetFonts(): Promise<Map<string, Uint8Array>> {
  const require = createRequire(import.meta.url);
  const dir = resolve(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'), '..');
  const out = new Map<string, Uint8Array>();
  for (const [weight, file] of Object.entries(FONT_WEIGHTS)) {
    const ttf = readFileSync(join(dir, file));
    const woff2 = await subsetFont(ttf, fontText(), { targetFormat: 'woff2', noHinting: true, keepFeatures: FEATURES });
    out.set(fontPath(Number(weight) as keyof typeof FONT_WEIGHTS), new Uint8Array(woff2));
  }
  return out;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const root = resolve(import.meta.dirname, '..');
  subsetFonts().then(
    (files) => {
      for (const [rel, bytes] of files) {
        writeFileSync(join(root, rel), bytes);
        console.log(`wrote ${rel} (${bytes.length} B)`);
      }
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
