/**
 * `npm run preview` (and `npm start`, after its build): serve the built site with Astro's preview
 * server at the base it was built for, read from the build's record (src/build-record.ts), so a
 * `BASE=/parallax/` build is served at /parallax/ with its styles without BASE being set again. A
 * page's address without its trailing slash works as it does on static hosts; an unknown address
 * gets the site's 404 page.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildRecord } from '../src/build-record.ts';

const USAGE = `Usage: npm run preview [-- --port <n>] [--host <address>]

Serves the built site (dist/, or PARALLAX_OUT_DIR) at the base it was built for.

  --port <n>          port to listen on (default 4321; the next free one if taken)
  --host <address>    listen on <address>, 0.0.0.0 for every one (default: localhost only)
  --help              show this help`;

const DEFAULT_PORT = 4321;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean' } },
    allowNegative: false,
    strict: true,
  });
  if (values.help === true) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port: "${values.port}" is not a port`);
  const outDir = path.resolve(process.env['PARALLAX_OUT_DIR'] ?? 'dist');
  const record = await readBuildRecord(outDir);
  if (record === undefined)
    throw new Error(`${path.relative(process.cwd(), outDir) || '.'}/ holds no built site: run npm run build first`);
  const { preview } = await import('astro');
  await preview({
    outDir,
    base: record.base,
    // The static hosts the site is deployed to serve /story as /story/; so does the preview.
    trailingSlash: 'ignore',
    server: { port, ...(values.host !== undefined && { host: values.host }) },
  });
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
