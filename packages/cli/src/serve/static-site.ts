import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { contentType } from './content-types.js';

export interface StaticSiteOptions {
  /** The built guide. */
  outDir: string;
  /** Base path the site is served under, with both slashes (`/`, `/pm/`). */
  base: string;
  /** Rewrites each HTML page before it is sent (the dev server adds its live-reload client). */
  transformHtml?: (html: string) => string;
}

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * Answers requests for a built guide the way a static host does: files below the base path,
 * `dir/` as `dir/index.html`, `dir` redirected to `dir/`, and the nearest `404.html` above the path
 * (status 404) for anything else. Nothing outside the output folder is served: no `..` (plain or encoded),
 * no symlink that leads out. sirv sends the files (ranges, ETags, HEAD).
 */
export function createStaticHandler(options: StaticSiteOptions): RequestHandler {
  const { outDir, base, transformHtml } = options;
  const files = sirv(outDir, {
    dev: true,
    etag: true,
    dotfiles: true,
    extensions: [],
    setHeaders: (res, pathname) => res.setHeader('content-type', contentType(pathname)),
  });

  // The nearest `404.html` above the path, as Cloudflare Pages serves it: a translation's own (`fr/404.html`).
  const notFound = (req: http.IncomingMessage, res: http.ServerResponse, rel = '') => {
    let page: string | undefined;
    for (let dir = path.posix.dirname(rel); !page; dir = path.posix.dirname(dir)) {
      page = resolveInside(outDir, dir === '.' ? '404.html' : `${dir}/404.html`);
      if (dir === '.') break;
    }
    if (page) return sendFile(page, 404, req, res, transformHtml);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : 'Not found');
  };

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(base)) {
      if (pathname === '/' || `${pathname}/` === base) res.writeHead(302, { location: base }).end();
      else notFound(req, res);
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(pathname.slice(base.length));
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolveInside(outDir, rel);
    if (!file) return notFound(req, res, rel);
    if (fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = resolveInside(outDir, path.posix.join(rel, 'index.html'));
      if (!file) return notFound(req, res, rel);
    }
    const relative = path.relative(fs.realpathSync(outDir), file).split(path.sep).join('/');
    // sirv takes a URL: a name it could not read back from one is sent here.
    if ((transformHtml && contentType(file).startsWith('text/html')) || /[?#]/.test(relative)) {
      return sendFile(file, 200, req, res, transformHtml);
    }
    req.url = `/${encodeURI(relative)}`;
    files(req, res, () => notFound(req, res, rel));
  };
}

/** The real path of `rel` below `outDir` when it exists and stays inside it (no `..`, no symlink out). */
export function resolveInside(outDir: string, rel: string): string | undefined {
  if (rel.includes('\0') || !fs.existsSync(outDir)) return undefined;
  const root = fs.realpathSync(outDir);
  const target = path.resolve(root, `.${path.posix.sep}${rel}`);
  if (!isWithin(root, target) || !fs.existsSync(target)) return undefined;
  const real = fs.realpathSync(target);
  return isWithin(root, real) ? real : undefined;
}

function isWithin(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function sendFile(
  file: string,
  status: number,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  transformHtml?: (html: string) => string,
): void {
  const type = contentType(file);
  let body: Buffer | string = fs.readFileSync(file);
  if (transformHtml && type.startsWith('text/html')) body = transformHtml(body.toString('utf8'));
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
