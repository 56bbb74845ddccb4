import { hashOf } from '../support/hash.js';

/** A term the glossary page defines. */
export interface GlossaryTerm {
  /** The heading's text without the abbreviation: `Minimum Viable Product`. */
  term: string;
  /** The abbreviation in parentheses after it, if any: `MVP`. */
  alias?: string;
  /** The whole heading, as the glossary shows it: `Minimum Viable Product (MVP)`. */
  heading: string;
  /** Id of the term's heading on the glossary page, as rendered. */
  id: string;
  /** Plain text of the definition. */
  definition: string;
}

/** The guide's glossary: the page that defines the terms, and the terms, as plain data. */
export interface Glossary {
  /** Source file of the glossary page. */
  file: string;
  /** URL of the glossary page. */
  url: string;
  terms: GlossaryTerm[];
  /** Changes whenever a term, a definition or the page's URL does: rendered pages depend on it. */
  signature: string;
}

/** The glossary of the page `file` at `url`, from the terms its rendering found. */
export function createGlossary(file: string, url: string, terms: GlossaryTerm[]): Glossary {
  return { file, url, terms, signature: hashOf(url, JSON.stringify(terms)) };
}
