// The app's font files (pipeline/fonts.ts): a fresh subset equals the committed files, and their
// character maps cover every character the app writes — messages, data labels, unit names.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { FONT_WEIGHTS, fontPath, subsetFonts } from '../../pipeline/fonts';

const root = resolve(import.meta.dirname, '../..');

async function cmap(path: string): Promise<Set<number>> {
  const sfnt: Uint8Array = await fontverter.convert(readFileSync(path), 'truetype');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}

const fullFont = (weight: string) => join(root, 'node_modules/@expo-google-fonts/be-vietnam-pro', FONT_WEIGHTS[Number(weight) as keyof typeof FONT_WEIGHTS]);

/** Every string value of a JSON document (names, labels, unit names, sources). */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}

/**
 * The text the app writes: the whole of every catalog module in src/i18n and of every other source
 * file under src (texts written in place), and every string of public/data/*.json.
 */
function appText(): { where: string; text: string }[] {
  const i18n = readdirSync(join(root, 'src/i18n'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ where: `src/i18n/${f}`, text: readFileSync(join(root, 'src/i18n', f), 'utf8') }));
  const data = readdirSync(join(root, 'public/data'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ where: `public/data/${f}`, text: jsonStrings(JSON.parse(readFileSync(join(root, 'public/data', f), 'utf8'))).join('\n') }));
  const components = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.svelte') || f.endsWith('.ts'))
    .map((f) => ({ where: `src/${f}`, text: readFileSync(join(root, 'src', f), 'utf8') }));
  return [...i18n, ...data, ...components];
}

describe('app fonts', () => {
  it('a fresh subset equals the committed files (npm run fonts)', async () => {
    const fresh = await subsetFonts();
    expect([...fresh.keys()].sort()).toEqual(
      Object.keys(FONT_WEIGHTS)
        .map((w) => fontPath(Number(w) as keyof typeof FONT_WEIGHTS))
        .sort(),
    );
    for (const [rel, bytes] of fresh) expect(Buffer.from(bytes).equals(readFileSync(join(root, rel))), rel).toBe(true);
  });

  it('every character of every message, data label and unit name that Be Vietnam Pro has is in both subsets', async () => {
    const texts = appText();
    expect(texts.some((t) => t.where.endsWith('index.json'))).toBe(true);
    for (const weight of Object.keys(FONT_WEIGHTS)) {
      const covered = await cmap(join(root, fontPath(Number(weight) as keyof typeof FONT_WEIGHTS)));
      // What the whole font lacks (arrows, primes, ✓) was drawn in system-ui before the subset too.
      const inFont = await cmap(fullFont(weight));
      const notInFont = new Set<string>();
      const missing = new Map<string, Set<string>>();
      for (const { where, text } of texts) {
        for (const ch of text) {
          const cp = ch.codePointAt(0)!;
          // Line breaks and tabs of the source files are not drawn.
          if (cp < 0x20 || covered.has(cp)) continue;
          if (!inFont.has(cp)) {
            notInFont.add(ch);
            continue;
          }
          missing.set(where, (missing.get(where) ?? new Set()).add(`${ch} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`));
        }
      }
      expect(Object.fromEntries([...missing].map(([w, s]) => [w, [...s]])), `weight ${weight}`).toEqual({});
      // (Today ′ ″ ↑ → ↓ ✓ ✕ and symbols in code comments, none of them a Vietnamese letter.)
      expect(
        [...notInFont].filter((ch) => /\p{L}/u.test(ch) && ch.normalize('NFD')[0]! <= 'z'),
        [...notInFont].join(''),
      ).toEqual([]);
    }
  });
});
