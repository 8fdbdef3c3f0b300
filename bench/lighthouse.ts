// `npm run lighthouse`: builds and serves the production app, runs Lighthouse (desktop preset) in
// Debian's Chromium, writes the report's scores to bench/lighthouse-scores.json and prints them as
// one JSON object on the last line. Scores are recorded, never asserted. `npm run bench` uses
// `lighthouseScores` for the app and the empty-map floor in the same run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { buildApp, root, servePreview, stopServer } from './serve';

const PORT = 4291;

export interface LighthouseScores {
  lighthouse_version: string;
  preset: 'desktop';
  performance: number;
  accessibility: number;
  best_practices: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  below_full_marks: { performance: string[]; accessibility: string[]; best_practices: string[] };
}

/** One Lighthouse run (desktop preset) of `url` in a fresh Chromium. */
export async function lighthouseScores(url: string, reportPath?: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, desktopConfig);
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = (id: string) => (categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
    // The whole report, when asked for, to see which elements an audit names.
    if (reportPath) writeFileSync(reportPath, JSON.stringify(result.lhr, null, 2));
    return {
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
  } finally {
    chrome.kill();
  }
}

async function main() {
  buildApp();
  const server = await servePreview(PORT);
  try {
    const scores = await lighthouseScores(`http://localhost:${PORT}/`, process.env.LH_REPORT);
    writeFileSync(join(root, 'bench/lighthouse-scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
    console.log(JSON.stringify(scores));
  } finally {
    stopServer(server);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
