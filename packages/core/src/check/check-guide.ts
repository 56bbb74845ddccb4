import type { ResolvedCheckConfig } from '../config/check-config.js';
import { isCheckRule } from '../config/check-config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckInput, Report, Rule } from './check-input.js';
import { unusedTerms, undefinedTerms } from './glossary-rules.js';
import { duplicateTitles, orphanPages, unusedAssets } from './guide-rules.js';
import { numbering } from './numbering-rules.js';
import { headingSkip, imageAlt, stalePages, titlesAndDescriptions } from './page-rules.js';

/** The rules that look at the guide and its rendered pages (external links are asked for apart, see `checkExternalLinks`). */
const RULES: Rule[] = [headingSkip, imageAlt, titlesAndDescriptions, stalePages, duplicateTitles, orphanPages, unusedAssets, unusedTerms, undefinedTerms, numbering];

/** Runs every rule over one tree, each reporting through `report`. */
export function checkGuide(input: CheckInput, report: Report): void {
  for (const rule of RULES) rule(input, report);
}

/**
 * A report function that adds findings to `add` at their rule's configured level, and drops
 * those of rules turned `off`.
 */
export function createReport(check: ResolvedCheckConfig, add: (d: Diagnostic) => void): Report {
  return (rule, message, at, hint) => {
    const level = check.rules[rule];
    if (level === 'off') return;
    add({ severity: level, rule, message, ...(hint ? { hint } : {}), ...at });
  };
}

/**
 * The problems a build found, as `guidekit check` reports them: those of its rules (the link
 * checks) at their configured level, or left out; the others as they are.
 */
export function applyRuleLevels(check: ResolvedCheckConfig, diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    if (!isCheckRule(d.rule)) return [d];
    const level = check.rules[d.rule];
    return level === 'off' ? [] : [{ ...d, severity: level }];
  });
}
