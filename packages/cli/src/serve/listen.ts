import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GuidekitError } from '@guidekit/core';

/** An HTTP server listening on a host and port. */
export interface Listening {
  server: http.Server;
  /** `http://HOST:PORT` (an IPv6 host in brackets). */
  origin: string;
  /** Stops it, ending open connections. */
  close(): Promise<void>;
}

/**
 * Starts `handler` on `host`:`port` (0 for a free port); a port in use or refused is a usage error.
 * Whatever a request does, the server goes on: a target that is not a URL (`http://[`) gets 400,
 * a handler that throws 500, and a client that sends garbage is dropped.
 */
export async function listen(handler: http.RequestListener, host: string, port: number): Promise<Listening> {
  const server = http.createServer((req, res) => {
    if (pathOf(req) === undefined) return void res.writeHead(400).end();
    try {
      handler(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = { EADDRINUSE: 'is in use', EACCES: 'is not allowed', EADDRNOTAVAIL: 'is not an address of this machine' }[error.code ?? ''];
      if (!why) return reject(error);
      const message = `cannot serve on ${host}:${port}: ${error.code === 'EADDRNOTAVAIL' ? host : `port ${port}`} ${why}`;
      reject(new GuidekitError([{ severity: 'error', rule: 'listen', message, hint: 'choose another with --port, or --port 0 for a free one' }], 'usage'));
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    origin: `http://${shown}:${address.port}`,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The path of a request, or undefined when its target is not a URL. */
export function pathOf(req: http.IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}
