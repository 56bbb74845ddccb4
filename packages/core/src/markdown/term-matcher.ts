import type { GlossaryTerm } from './glossary.js';

/** A mention of a glossary term found in a text. */
export interface TermMention {
  /** Index of the term in the list the matcher was made from. */
  term: number;
  /** Where the mention starts in the text, and how long it is. */
  index: number;
  length: number;
}

/** Finds mentions of glossary terms in plain text. */
export interface TermMatcher {
  /** Every mention in `text`, in order; a longer term wins over a shorter one it contains. */
  find(text: string): TermMention[];
}

/**
 * Creates a matcher for the given terms. A term matches as a whole word, in any case, with a
 * plural ending (`-s`, `-es`, `-y` → `-ies`); an alias (the abbreviation) matches in its own case
 * only, so `PM` is found but "pm" in "3 pm" is not, and with or without a plural `s`.
 */
export function createTermMatcher(terms: GlossaryTerm[]): TermMatcher {
  const forms: { pattern: string; term: number; length: number }[] = [];
  terms.forEach((t, term) => {
    forms.push({ pattern: pluralPattern(t.term), term, length: t.term.length });
    if (t.alias) forms.push({ pattern: aliasPattern(t.alias), term, length: t.alias.length });
  });
  if (forms.length === 0) return { find: () => [] };
  // Longest first, so the alternation prefers "Product Backlog" over "Backlog".
  forms.sort((a, b) => b.length - a.length || a.term - b.term);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${forms.map((f) => `(${f.pattern})`).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return {
    find(text) {
      const mentions: TermMention[] = [];
      for (const match of text.matchAll(regex)) {
        const group = match.findIndex((value, i) => i > 0 && value !== undefined);
        mentions.push({ term: forms[group - 1]!.term, index: match.index, length: match[0].length });
      }
      return mentions;
    },
  };
}

/** The term in any case, with an optional plural ending. */
function pluralPattern(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${caseless(word.slice(0, -1))}(?:${caseless('y')}|${caseless('ies')})`;
  return `${caseless(word)}(?:${caseless('es')}|${caseless('s')})?`;
}

/** An abbreviation as written; a plural one (`OKRs`) also matches its singular. */
function aliasPattern(alias: string): string {
  const plural = /\p{Lu}s$/u.test(alias);
  return plural ? `${escape(alias.slice(0, -1))}s?` : `${escape(alias)}s?`;
}

/** Escapes a literal for a `u` regular expression; a space matches any run of white space (lines wrap). */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** A pattern matching `text` in any case, letter by letter: `Ab` → `[aA][bB]`. */
function caseless(text: string): string {
  return [...text]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      return lower !== upper && [...lower].length === 1 && [...upper].length === 1 ? `[${lower}${upper}]` : escape(char);
    })
    .join('');
}
