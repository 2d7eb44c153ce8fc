/**
 * A built site served as a static host or CDN serves it: files by sirv (`/story/` is
 * `/story/index.html`), text compressed on the fly by the `compression` middleware (gzip at zlib's
 * default level for what the browser accepts; images and fonts left alone). Astro's preview server
 * (tests/support/browser.ts) sends every file uncompressed, which no production host does, so a
 * page's transfer size there is its raw size.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

export interface StaticHost {
  origin: string;
  stop: () => Promise<void>;
}

/** Serves `distDir` at `/` on 127.0.0.1 and a free port. */
export async function serveCompressed(distDir: string): Promise<StaticHost> {
  // compression is written for Express, whose request and response extend Node's own; it uses only Node's API.
  const compress = compression() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;
  const files = sirv(distDir, { etag: true });
  const server = createServer((req, res) => {
    compress(req, res, (error) => {
      if (error === undefined) void files(req, res);
      else res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // The browser keeps its connections alive; close would wait for them.
        server.closeAllConnections();
      }),
  };
}
