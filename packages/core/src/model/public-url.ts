/**
 * The URL of a path the user wrote in the config or `authors.yml`: a full URL (or `//host/…`,
 * `data:`) as is, else a file under `public/`, prefixed with the base path.
 */
export function publicUrl(base: string, file: string): string {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(file)) return file;
  return base + encodeURI(file.replace(/^\.?\/+/, ''));
}
