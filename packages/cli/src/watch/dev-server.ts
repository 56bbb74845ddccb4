import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentType } from './content-types.js';
import { EVENTS_PATH, LIVE_RELOAD_CLIENT } from './live-reload-client.js';

/** What the browser is told after each build. */
export interface BuildEvent {
  ok: boolean;
  /** Formatted error lines, when the build failed. */
  errors: string[];
  /** URL paths of the pages whose output changed. */
  changed: string[];
  /** Something every page uses changed (a stylesheet, a script): reload whatever is open. */
  reloadAll: boolean;
}

/** A running dev server. */
export interface DevServer {
  url: string;
  /** Sends a build event to every open page (and to pages that connect later). */
  broadcast(event: BuildEvent): void;
  close(): Promise<void>;
}

export interface DevServerOptions {
  outDir: string;
  /** Base path the site is served under. */
  base: string;
  host: string;
  /** 0 for a free port. */
  port: number;
}

/**
 * Serves the output folder (and nothing outside it), answers unknown paths with the guide's
 * 404 page, and streams build events to the pages it served.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const clients = new Set<http.ServerResponse>();
  let last: BuildEvent | undefined;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === EVENTS_PATH) return openEvents(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    serveFile(options, url.pathname, req.method === 'HEAD', res);
  });

  function openEvents(res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    // A page opened while the build is broken shows the errors at once.
    if (last && !last.ok) res.write(eventText({ ...last, changed: [] }));
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}${options.base}`,
    broadcast(event) {
      last = event;
      const text = eventText(event);
      for (const client of clients) client.write(text);
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function eventText(event: BuildEvent): string {
  return `event: build\ndata: ${JSON.stringify(event)}\n\n`;
}

function serveFile(options: DevServerOptions, pathname: string, head: boolean, res: http.ServerResponse): void {
  if (!pathname.startsWith(options.base)) {
    if (pathname === '/' || `${pathname}/` === options.base) {
      res.writeHead(302, { location: options.base }).end();
    } else {
      notFound(options, head, res);
    }
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(options.base.length));
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = resolveInside(options.outDir, rel);
  if (!file) return notFound(options, head, res);
  const stat = fs.statSync(file);
  if (stat.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const index = resolveInside(options.outDir, path.posix.join(rel, 'index.html'));
    return index ? send(index, 200, head, res) : notFound(options, head, res);
  }
  send(file, 200, head, res);
}

/** The real path of `rel` below `outDir` when it exists and stays inside it (no `..`, no symlink out). */
function resolveInside(outDir: string, rel: string): string | undefined {
  if (rel.includes('\0')) return undefined;
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

function notFound(options: DevServerOptions, head: boolean, res: http.ServerResponse): void {
  const page = resolveInside(options.outDir, '404.html');
  if (page) return send(page, 404, head, res);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(head ? undefined : 'Not found');
}

function send(file: string, status: number, head: boolean, res: http.ServerResponse): void {
  const type = contentType(file);
  let body: Buffer | string = fs.readFileSync(file);
  if (type.startsWith('text/html')) body = injectClient(body.toString('utf8'));
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(head ? undefined : body);
}

function injectClient(html: string): string {
  const script = `<script type="module">${LIVE_RELOAD_CLIENT}</script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}
