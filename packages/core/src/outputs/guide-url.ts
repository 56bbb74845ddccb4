import type { Guide } from '../model/guide.js';

/** A URL of the site (base path included) as a full URL when `siteUrl` is set, else as it is. */
export function guideUrl(guide: Guide, url: string): string {
  const { siteUrl } = guide;
  return siteUrl ? new URL(url, siteUrl).href : url;
}
