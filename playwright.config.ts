import { defineConfig } from '@playwright/test';

/** Debian's Chromium; flags that give headless WebGL (SwiftShader) on a machine with no GPU or network. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI, where a busy machine can starve a software-rendered frame; Playwright reports
  // such a test as flaky (never as passed silently), and a test that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    // The offline test allows the service worker; elsewhere it would only add background caching.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    // Under SwiftShader the app would choose the 2D map (software WebGL): this project asks for the
    // WebGL map, as a person can (the stored choice, src/lib/map/renderer-choice.ts), so MapLibre is tested.
    {
      name: 'chromium',
      testIgnore: /(map2d|no-webgl|software-mode)\.spec\.ts/,
      use: { storageState: { cookies: [], origins: [{ origin: `http://localhost:${port}`, localStorage: [{ name: 'qn.renderer', value: 'webgl' }] }] } },
    },
    // Software WebGL with no stored choice: the app's own choice (the 2D map), and the way back to WebGL.
    { name: 'software', testMatch: /software-mode\.spec\.ts/ },
    // The 2D map engine, and the app's core flows, with WebGL unavailable, as on office PCs without a usable GPU.
    {
      name: 'no-webgl',
      testMatch: /(map2d|no-webgl)\.spec\.ts/,
      use: { launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--disable-3d-apis'] } },
    },
  ],
  webServer: {
    // Its own output folder, so a test run never replaces files a running `npm start` or bench serves.
    command: `npx vite build --outDir dist-e2e && npx vite preview --outDir dist-e2e --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
