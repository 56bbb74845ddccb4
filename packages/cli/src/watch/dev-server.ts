import fs from 'node:fs';
import type http from 'node:http';
import { listen, pathOf } from '../serve/listen.js';
import { createStaticHandler } from '../serve/static-site.js';
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
  /** Called when a page is asked for while the output folder is gone: the session builds it again. */
  onMissingOutput: () => void;
  /** Base path the site is served under. */
  base: string;
  host: string;
  /** 0 for a free port. */
  port: number;
}

/**
 * Serves the output folder as `guidekit preview` does (nothing outside it, the guide's 404 page
 * for unknown paths), adds the live-reload client to every page, and streams build events to
 * the pages it served.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const clients = new Set<http.ServerResponse>();
  let last: BuildEvent | undefined;
  const site = createStaticHandler({ outDir: options.outDir, base: options.base, transformHtml: injectClient });
  const listening = await listen(
    (req, res) => {
      if (pathOf(req) === EVENTS_PATH) {
        if (req.method === 'HEAD') return void res.writeHead(200, { 'content-type': 'text/event-stream' }).end();
        if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return openEvents(res);
      }
      if (!fs.existsSync(options.outDir)) {
        // Deleted under the server: it is built again, and the page reloads once it is.
        options.onMissingOutput();
        res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '1' });
        return void res.end(injectClient('<!doctype html><title>Rebuilding</title><p>The output folder was removed; it is being built again.</p>'));
      }
      site(req, res);
    },
    options.host,
    options.port,
  );

  function openEvents(res: http.ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    // A page opened while the build is broken shows the errors at once.
    if (last && !last.ok) res.write(eventText({ ...last, changed: [] }));
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  return {
    url: `${listening.origin}${options.base}`,
    broadcast(event) {
      last = event;
      const text = eventText(event);
      for (const client of clients) client.write(text);
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      return listening.close();
    },
  };
}

function eventText(event: BuildEvent): string {
  return `event: build\ndata: ${JSON.stringify(event)}\n\n`;
}

function injectClient(html: string): string {
  const script = `<script type="module">${LIVE_RELOAD_CLIENT}</script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}
