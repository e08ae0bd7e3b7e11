/**
 * Serves the demo pages (top-level files of demo/ only: never demo/server) and the built library
 * (dist/). Revalidated on every load (`no-cache` + ETag from size and mtime), so a rebuilt library
 * shows up at once and an unchanged one costs a 304.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that `relative` names, or undefined when it would leave `root`. */
function inside(root: string, relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  return file.startsWith(root + sep) ? file : undefined;
}

/** Answers with the file, or undefined when there is none (the caller answers 404). */
export async function sendFile(c: Context, root: string, relative: string): Promise<Response | undefined> {
  const file = inside(root, relative);
  const type = file && TYPES[extname(file)];
  if (!file || !type) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const etag = `W/"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`;
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag };
  if (c.req.header('if-none-match')?.includes(etag)) return new Response(null, { status: 304, headers });
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers: { ...headers, 'Content-Length': String(info.size) } });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Length': String(info.size) } });
}

/** A page's trust script as the server fills it in (see rendered-pages.ts), and a tag for its ETag. */
export interface FilledTrustScript {
  placeholder: string;
  script: string;
  tag: string;
}

/**
 * A top-level file of the demo folder (`/service.html`, `/portal.js`), `/` being `index.html`.
 * `?lang=en` serves a page as English from the start (`<html lang="en" dir="ltr">`), as the rendered
 * pages are: switched by portal.js after the first paint, the whole page would jump from right to
 * left (a layout shift of 0.16-0.3 on the editor and kiosk pages). A page with the empty trust
 * script gets `trust` in its place (the server's own signing keys).
 */
export async function sendDemoFile(c: Context, demoDir: string, trust?: FilledTrustScript): Promise<Response | undefined> {
  const name = c.req.path === '/' ? 'index.html' : c.req.path.slice(1);
  if (name.includes('/') || name.includes('%2F') || name.includes('%2f') || name.startsWith('.')) return undefined;
  const response = await sendFile(c, demoDir, name);
  if (!response || response.status !== 200 || !name.endsWith('.html')) return response;
  const english = c.req.query('lang') === 'en';
  if (!english && !trust) return response;
  const html = c.req.method === 'HEAD' ? '' : await response.text();
  const trusting = trust !== undefined && html.includes(trust.placeholder);
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.set('ETag', headers.get('ETag')!.replace(/"$/, `${english ? '-en' : ''}${trusting ? `-${trust.tag}` : ''}"`));
  let page = english ? html.replace('<html lang="ar" dir="rtl">', '<html lang="en" dir="ltr">') : html;
  if (trusting) page = page.replace(trust.placeholder, () => trust.script);
  return new Response(page, { status: 200, headers });
}
