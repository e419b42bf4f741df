import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

/**
 * Serves a built site from `dir` on 127.0.0.1 under `base` (a deploy sub-path such as /atlas/),
 * the way a static host would: compressed when the client accepts it, no rewriting beyond
 * index.html.
 */
export async function serveStatic(dir: string, base = '/'): Promise<{ origin: string; url: string; close: () => Promise<void> }> {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run \`npm run build\` before the browser tests`);
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const compress = compression();
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside the site base');
      return;
    }
    req.url = '/' + url.slice(base.length);
    // compression's types are Express's; its middleware runs on plain node:http as well.
    compress(req as never, res as never, () =>
      files(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
