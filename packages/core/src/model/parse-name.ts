import { slug } from 'github-slugger';

/** A file or folder name split into its ordering number and the rest. */
export interface ParsedName {
  /** The leading integer (`01-intro.md` → 1), when there is one. */
  number?: number;
  /** The name without number prefix and extension: `intro`. */
  stem: string;
}

const NUMBERED = /^(\d+)[-_. ]+(.+)$/;

/** `03_software-product-manager` → `{ number: 3, stem: 'software-product-manager' }`. */
export function parseName(name: string): ParsedName {
  const withoutExt = name.replace(/\.(md|markdown)$/i, '');
  const match = NUMBERED.exec(withoutExt);
  return match ? { number: Number(match[1]), stem: match[2]! } : { stem: withoutExt };
}

/** The URL segment for a name: lower case, spaces to `-`, punctuation dropped, letters of any script kept. */
export function slugify(text: string): string {
  return slug(text.trim()) || 'page';
}

/** `what-is-product_management` → `What is product management`. */
export function readableTitle(stem: string): string {
  const words = stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
