import type { Report } from './check-input.js';

/** What asking for a URL found. */
export interface LinkStatus {
  ok: boolean;
  /** The HTTP status, when an answer came. */
  status?: number;
  /** Why no answer came: a timeout, a refused connection, a name that does not resolve. */
  error?: string;
  /** When it was asked (milliseconds since the epoch). */
  checked: number;
}

/** An http(s) link of a page, where it is written. */
export interface ExternalLinkUse {
  url: string;
  file: string;
  line?: number;
  column?: number;
}

export interface ExternalLinkOptions {
  /** Milliseconds to wait for each URL. */
  timeout: number;
  /** URLs asked at once. */
  concurrency: number;
  /** Answers of earlier runs, by URL; updated with this run's. */
  cache: Map<string, LinkStatus>;
  now: number;
}

/** How long a URL that answered is trusted without asking again. A failed one is asked again every run. */
export const TRUSTED_MS = 24 * 60 * 60 * 1000;

/** Statuses a server gives a HEAD request it does not serve: the URL is asked again with GET. */
const HEAD_REFUSED = new Set([403, 405, 501]);

/**
 * `external-link`: asks every http(s) URL the pages link to (each once, fragments dropped, a few
 * at a time, each within the timeout) and reports those that fail, at every link to them. A URL
 * that answered within the last day is not asked again.
 */
export async function checkExternalLinks(links: ExternalLinkUse[], options: ExternalLinkOptions, report: Report): Promise<void> {
  const byUrl = new Map<string, ExternalLinkUse[]>();
  for (const link of links) {
    const url = link.url.replace(/#.*$/, '');
    byUrl.set(url, [...(byUrl.get(url) ?? []), link]);
  }
  const pending = [...byUrl.keys()].filter((url) => {
    const cached = options.cache.get(url);
    return !(cached?.ok && options.now - cached.checked < TRUSTED_MS);
  });
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < pending.length; i = next++) {
      const url = pending[i]!;
      options.cache.set(url, await askUrl(url, options.timeout, options.now));
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, pending.length) }, lane));
  for (const [url, uses] of byUrl) {
    const status = options.cache.get(url)!;
    if (status.ok) continue;
    const why = status.status !== undefined ? `answers ${status.status}` : status.error;
    for (const use of uses) report('external-link', `external link ${url} ${why}`, use, 'fix or remove the link');
  }
}

/** Asks for `url` with HEAD, and with GET when the server does not serve HEAD. */
async function askUrl(url: string, timeout: number, now: number): Promise<LinkStatus> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeout) });
    if (HEAD_REFUSED.has(response.status)) {
      response = await fetch(url, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(timeout) });
      await response.body?.cancel();
    }
    // 429: the server asks to be asked less often, which says nothing about the link.
    return { ok: response.status < 400 || response.status === 429, status: response.status, checked: now };
  } catch (error) {
    return { ok: false, error: describeFailure(error, timeout), checked: now };
  }
}

function describeFailure(error: unknown, timeout: number): string {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `did not answer within ${timeout} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}
