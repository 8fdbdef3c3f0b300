// Lists every response of one cold load with its size on the wire, as `bench/run.ts` coldLoad counts
// `transfer_bytes_initial` (the page's CDP session, `encodedDataLength` at `loadingFinished`, until
// the map is idle). Serves each built folder with `vite preview` (BYTES_PORT, default 4393…).
// Usage: tsx bench/experiments/bytes.ts <path, e.g. "/?renderer=webgl"> name=dist-folder [name=dist-folder …]
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { servePreview, stopServer } from '../serve';

async function main() {
  const path = process.argv[2]!;
  const variants = process.argv.slice(3).map((a, i) => ({ name: a.split('=')[0]!, dir: a.split('=')[1]!, port: Number(process.env.BYTES_PORT ?? 4393) + i }));
  const servers = await Promise.all(variants.map((v) => servePreview(v.port, v.dir)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const v of variants) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const urls = new Map<string, string>();
      const rows: { url: string; bytes: number }[] = [];
      let idle = false;
      cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url + (e.request.headers.Range ? ` [${e.request.headers.Range}]` : '')));
      cdp.on('Network.loadingFinished', (e) => {
        if (!idle) rows.push({ url: urls.get(e.requestId) ?? e.requestId, bytes: e.encodedDataLength });
      });
      await page.goto(`http://localhost:${v.port}${path}`);
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
      idle = true;
      await context.close();
      const total = rows.reduce((a, r) => a + r.bytes, 0);
      console.log(`\n${v.name} ${path}: ${rows.length} responses, ${total} B`);
      for (const r of rows.sort((a, b) => b.bytes - a.bytes)) console.log(`${String(r.bytes).padStart(9)}  ${r.url.replace(`http://localhost:${v.port}`, '')}`);
    }
  } finally {
    await browser.close();
    servers.forEach(stopServer);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
