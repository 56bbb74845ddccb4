import path from 'node:path';

/**
 * The paths a page's front matter `redirect_from` names, below the base: each written as a path
 * below the base (`old/page/`), or as a URL path with the base (`/guides/pm/old/page/`). Values
 * that are not text are left out.
 */
export function redirectFromPaths(value: unknown, base: string): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return list.map((written) => {
    let p = written.trim().replace(/[?#].*$/, '');
    if (p.startsWith(base)) p = p.slice(base.length);
    p = path.posix.normalize(`/${p}`).replace(/^\/+/, '');
    // `old/index.html` and `old.html` are `old/`, as hosts serve them.
    p = p.replace(/(^|\/)index\.html?$/, '$1').replace(/\.html?$/, '');
    return p === '' || p.endsWith('/') ? p : `${p}/`;
  });
}
