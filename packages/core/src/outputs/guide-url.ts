import type { Guide } from '../model/guide.js';
import { isPortableBase } from '../support/portable-urls.js';

/**
 * A URL of the site (base path included) as a full URL when `siteUrl` is set, else as it is. A
 * portable build's URLs, under no real base, are placed below `siteUrl` itself.
 */
export function guideUrl(guide: Guide, url: string): string {
  const { siteUrl } = guide;
  if (!siteUrl) return url;
  return isPortableBase(guide.base) ? new URL(url.slice(guide.base.length), siteUrl).href : new URL(url, siteUrl).href;
}
