// ESLint flat config: the recommended sets of ESLint, typescript-eslint and eslint-plugin-svelte (Svelte 5 runes),
// with globals per folder. Formatting is Prettier's job (`npm run format`), not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  globalIgnores(['node_modules/', 'dist*/', 'public/data/', 'tiles/', 'tests/fixtures/out/', 'test-results/', 'playwright-report/', '.cache/', '**/*.patch']),
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    // Components and rune modules: the svelte parser, with TypeScript inside <script lang="ts"> and in .svelte.ts.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  // The app runs in the browser (src/sw.ts in a service worker).
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src/sw.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  // Build scripts and configs run in Node.
  { files: ['pipeline/**', 'build/**', 'tests/unit/**', '*.config.{js,ts}'], languageOptions: { globals: { ...globals.node } } },
  // Browser tests and the bench drive a page from Node: their callbacks and pages run in the browser.
  { files: ['tests/e2e/**', 'bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // `const { id: _, ...rest } = x` is how the code drops a field; a leading underscore marks a name kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Rune modules build fresh plain Maps/URLs inside $derived and effects and replace them whole; SvelteMap would add
      // per-entry reactivity that nothing reads.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // page.evaluate callbacks run serialized in the page and reach page-only handles (window.qn2d, window.__probe,
    // window.qnMap in the bench): nothing typed can be imported into them.
    files: ['tests/e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
