import type { Rule } from './check-input.js';
import { ownPages } from './check-input.js';

/** `unused-term`: a term the glossary defines that no page mentions (the mentions its term links find). */
export const unusedTerms: Rule = ({ guide, bodies, glossary }, report) => {
  const page = glossary && guide.byFile.get(glossary.file);
  if (!glossary || !page) return;
  const used = new Set<string>();
  for (const node of ownPages(guide)) bodies.get(node)?.data.terms?.forEach((id) => used.add(id));
  const outline = bodies.get(page)?.data.outline ?? [];
  for (const term of glossary.terms) {
    if (used.has(term.id)) continue;
    const heading = outline.find((h) => h.id === term.id);
    report('unused-term', `glossary term "${term.heading}" is not used on any page`, { file: glossary.file, line: heading?.line, column: heading?.column }, 'use it where it belongs, or drop it from the glossary');
  }
};

/** Pages an undefined abbreviation must be used on before it is reported: one page often spells it out there. */
const UNDEFINED_TERM_PAGES = 2;

/**
 * `undefined-term`: in a guide with a glossary, an abbreviation (2 to 6 capitals and digits:
 * `OKR`, `KPIs`) that the text of two or more pages uses and the glossary neither names as a
 * term nor as a term's abbreviation. Reported where it is first used.
 */
export const undefinedTerms: Rule = ({ guide, bodies, glossary }, report) => {
  if (!glossary || !guide.byFile.has(glossary.file)) return;
  // `OKRs` defines `OKR`, as the text's `OKRs` is read as `OKR`.
  const defined = new Set(glossary.terms.flatMap((t) => [t.term, t.alias ?? '']).map((name) => name.replace(/s$/, '').toUpperCase()));
  const uses = new Map<string, { file: string; line?: number; column?: number; pages: number }>();
  for (const node of ownPages(guide)) {
    for (const [abbreviation, place] of bodies.get(node)?.data.abbreviations ?? []) {
      if (defined.has(abbreviation)) continue;
      const seen = uses.get(abbreviation);
      if (seen) seen.pages++;
      else uses.set(abbreviation, { file: node.file!, ...place, pages: 1 });
    }
  }
  for (const [abbreviation, { pages, ...at }] of uses) {
    if (pages < UNDEFINED_TERM_PAGES) continue;
    report('undefined-term', `"${abbreviation}" is used on ${pages} pages but the glossary does not define it`, at, `add "## … (${abbreviation})" to ${glossary.file}`);
  }
};
