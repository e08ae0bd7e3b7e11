// What the benchmarks share: a static server over `.size/` (with optional routes of their own),
// the median, and Debian's Chromium launched the same way each time.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../scripts/ensure-chromium.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves the files under `root`; `answer(path)` may answer first (a fake API), returning true when it did. */
export function serve(root, answer = () => false) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (answer(path, response)) return;
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}
