/** A scheme at the start of a URL, as a browser reads it (it ignores white space and control characters in it). */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const IGNORED = /[\u0000-\u0020\u007f]/g;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * True for a URL a page may link to or load from data a user wrote (config, `authors.yml`):
 * `http:`, `https:`, `mailto:`, or a relative path; never `javascript:` or `data:` (which run or
 * show what the URL holds). `images` also allows `data:image/…`.
 */
export function isSafeUrl(url: string, { images = false } = {}): boolean {
  const scheme = SCHEME.exec(url.replace(IGNORED, ''))?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (images && scheme === 'data') return /^data:image\/(?!svg)/i.test(url.trim());
  return SAFE_SCHEMES.has(scheme);
}
