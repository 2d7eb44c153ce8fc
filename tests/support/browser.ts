import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'astro';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian's `chromium` package), or `$CHROMIUM_PATH`. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate !== undefined && existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      "No Chromium found: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.",
    );
  }
  return found;
}

/** Headless Chromium that never phones home (this machine's network is closed, and tests must stay local). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves a built site with Astro's own preview server on 127.0.0.1 and a free port. */
export async function serveSite(distDir: string, base: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({ outDir: distDir, base, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { server, origin: `http://127.0.0.1:${server.port}` };
}
