import type { Guide } from '../tree/types.js';

/** A URL of the site (base path included) as a full URL when `siteUrl` is set, else as it is. */
export function guideUrl(guide: Guide, url: string): string {
  const { siteUrl } = guide.config;
  return siteUrl ? new URL(url, siteUrl).href : url;
}
