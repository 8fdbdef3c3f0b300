// Interleaved A/B of the recolour on the MapLibre path (bench/recolor.ts, as `npm run bench`
// measures it) for builds: each page makes 24 recolours and 24 plain frames; pages alternate between
// the builds, `pages` each. One bench run's 24 samples are bimodal on a software GPU (a frame waits
// for the GPU process or not), so its ratio moves by ±0.2; this takes more samples of two builds side by side.
// Usage: tsx bench/experiments/recolor-ab.ts <pages> name=dist-folder name=dist-folder  (AB_PORT, default 4740)
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { recolorTimes } from '../recolor';
import { servePreview, stopServer } from '../serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const pages = Number(process.argv[2]);
  const base = Number(process.env.AB_PORT ?? 4740);
  const variants = process.argv.slice(3).map((a, i) => ({ name: a.slice(0, a.indexOf('=')), dir: a.slice(a.indexOf('=') + 1), port: base + i }));
  const servers = await Promise.all(variants.map((v) => servePreview(v.port, v.dir)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const got = new Map(variants.map((v) => [v.name, { recolour: [] as number[], frame: [] as number[] }]));
  try {
    for (let i = 0; i < pages; i++) {
      for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
        const { times, frames } = await recolorTimes(browser, `http://localhost:${v.port}`);
        const r = got.get(v.name)!;
        r.recolour.push(...times);
        r.frame.push(...frames);
        console.log(`${i + 1} ${v.name}: recolour ${median(r.recolour).toFixed(1)} ms, plain frame ${median(r.frame).toFixed(1)} ms (so far)`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach(stopServer);
  }
  const out = Object.fromEntries(
    [...got].map(([name, r]) => [
      name,
      {
        recolor_ms: Number(median(r.recolour).toFixed(1)),
        frame_ms: Number(median(r.frame).toFixed(1)),
        ratio: Number((median(r.recolour) / median(r.frame)).toFixed(2)),
        samples: r.recolour.length,
      },
    ]),
  );
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
