// Interleaved A/B of slide flights (bench/present.ts slideTransitions) between built folders:
// slide_fps, slide_perceived_fps and slide_transition_ms of each, alternating, `rounds` times.
// Usage: tsx bench/experiments/slides-ab.ts <rounds> name=dist-folder [name=dist-folder …]
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { slideTransitions } from '../present';
import { servePreview, stopServer } from '../serve';

async function main() {
  const rounds = Number(process.argv[2]);
  const variants = process.argv.slice(3).map((a, i) => ({ name: a.split('=')[0]!, dir: a.split('=')[1]!, port: Number(process.env.AB_PORT ?? 4296) + i }));
  const servers = await Promise.all(variants.map((v) => servePreview(v.port, v.dir)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const out: Record<string, unknown[]> = Object.fromEntries(variants.map((v) => [v.name, []]));
  try {
    for (let i = 0; i < rounds; i++) {
      for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
        const r = await slideTransitions(browser, v.port);
        out[v.name]!.push(r);
        console.log(`${i + 1} ${v.name}: ${JSON.stringify(r)}`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach(stopServer);
  }
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
