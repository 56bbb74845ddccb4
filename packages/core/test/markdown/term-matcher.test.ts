import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/markdown/term-matcher.js';
import type { GlossaryTerm } from '../../src/markdown/read-glossary.js';

const term = (text: string, alias?: string): GlossaryTerm => ({
  term: text,
  ...(alias ? { alias } : {}),
  heading: alias ? `${text} (${alias})` : text,
  id: text.toLowerCase(),
  definition: '…',
});
const terms = [
  term('Sprint'),
  term('Backlog'),
  term('Product Backlog'),
  term('User Story'),
  term('Minimum Viable Product', 'MVP'),
  term('Objectives and Key Results', 'OKRs'),
  term('Product Manager', 'PM'),
  term('A/B Test'),
  term('Box'),
];
const matcher = createTermMatcher(terms);
/** Each mention as `text→term`. */
const found = (text: string) => matcher.find(text).map((m) => `${text.slice(m.index, m.index + m.length)}→${terms[m.term]!.term}`);

describe('createTermMatcher', () => {
  it('matches whole words in any case', () => {
    expect(found('A sprint, a SPRINT and a Sprint.')).toEqual(['sprint→Sprint', 'SPRINT→Sprint', 'Sprint→Sprint']);
    expect(found('Sprinting and sprinter and backlogs-free')).toEqual(['backlogs→Backlog']);
  });

  it('matches simple plurals: -s, -es and -y → -ies', () => {
    expect(found('sprints, boxes, user stories, a user story')).toEqual([
      'sprints→Sprint',
      'boxes→Box',
      'user stories→User Story',
      'user story→User Story',
    ]);
  });

  it('prefers the longer term, across line breaks', () => {
    expect(found('the product\nbacklog, then the backlog')).toEqual(['product\nbacklog→Product Backlog', 'backlog→Backlog']);
  });

  it('matches an abbreviation in its own case only, singular or plural', () => {
    expect(found('An MVP, two MVPs, an mvp at 3 pm, the PM and our OKR and OKRs')).toEqual([
      'MVP→Minimum Viable Product',
      'MVPs→Minimum Viable Product',
      'PM→Product Manager',
      'OKR→Objectives and Key Results',
      'OKRs→Objectives and Key Results',
    ]);
  });

  it('matches terms with punctuation in them', () => {
    expect(found('Run an A/B test.')).toEqual(['A/B test→A/B Test']);
  });

  it('finds nothing without terms', () => {
    expect(createTermMatcher([]).find('sprint')).toEqual([]);
  });
});
