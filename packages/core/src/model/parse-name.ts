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
  const withoutExt = name.replace(/\.(md|mdx|markdown)$/i, '');
  const match = NUMBERED.exec(withoutExt);
  return match ? { number: Number(match[1]), stem: match[2]! } : { stem: withoutExt };
}

const WORD_NUMBERED = /^[a-z]+[-_]?(\d+(?:[-_.]\d+)*)(?=[-_. ]|$)/i;

/**
 * The order a name gives after a word: `ch01-02-installation` → 1.002, `lesson-3-intro` → 3; the
 * name keeps that number in its URL. Undefined for other names.
 */
export function nameOrder(stem: string): number | undefined {
  const match = WORD_NUMBERED.exec(stem);
  if (!match) return undefined;
  return match[1]!.split(/[-_.]/).reduce((sum, part, i) => sum + Number(part) / 1000 ** i, 0);
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
