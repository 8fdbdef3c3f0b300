// `npm run lighthouse`: builds and serves the production app, runs Lighthouse (desktop preset) in
// Debian's Chromium, writes the report's scores to bench/lighthouse-scores.json and prints them as
// one JSON object on the last line. Scores are recorded, never asserted.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { buildApp, root, servePreview, stopServer } from './serve';

const PORT = 4181;

async function main() {
  buildApp();
  const server = await servePreview(PORT);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const result = await lighthouse(`http://localhost:${PORT}/`, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = (id: string) => (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    const scores = {
      lighthouse_version: result.lhr.lighthouseVersion,
      preset: 'desktop',
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      lcp_ms: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
      tbt_ms: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
      cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      below_full_marks: { performance: failing('performance'), accessibility: failing('accessibility'), best_practices: failing('best-practices') },
    };
    writeFileSync(join(root, 'bench/lighthouse-scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
    // The whole report, when asked for (LH_REPORT=path), to see which elements an audit names.
    if (process.env.LH_REPORT) writeFileSync(process.env.LH_REPORT, JSON.stringify(result.lhr, null, 2));
    console.log(JSON.stringify(scores));
  } finally {
    chrome.kill();
    stopServer(server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
