/** What `guidekit check` reports, rule by rule, and how it is configured (config `check`). */

/** A rule's level: `off` leaves it out of the report; an `error` makes `guidekit check` exit 1. */
export type RuleLevel = 'off' | 'warning' | 'error';

/**
 * The rules of `guidekit check` and their default levels. `missing-target` and `missing-anchor`
 * are the build's own link checks, stricter here: an editor's gate should stop a broken link.
 */
export const CHECK_RULES = {
  'missing-target': 'error',
  'missing-anchor': 'error',
  'orphan-page': 'warning',
  'unused-asset': 'warning',
  'heading-skip': 'warning',
  'image-alt': 'warning',
  'title-missing': 'warning',
  'title-too-long': 'warning',
  'description-missing': 'warning',
  'description-too-long': 'warning',
  'duplicate-title': 'warning',
  'stale-page': 'warning',
  'unused-term': 'warning',
  'undefined-term': 'warning',
  'numbering-gap': 'warning',
  'numbering-style': 'warning',
  'external-link': 'error',
} as const satisfies Record<string, RuleLevel>;

export type CheckRule = keyof typeof CHECK_RULES;

/** What a user writes under `check` in `guidekit.config.js`. */
export interface CheckConfig {
  /** A level per rule, over the defaults: `{ 'heading-skip': 'error', 'orphan-page': 'off' }`. */
  rules?: Partial<Record<CheckRule, RuleLevel>>;
  /** A page not updated for more days than this is stale (from front matter `updated`, else git). Default 365. */
  staleAfterDays?: number;
  /** Longest title and description, in characters. Defaults 60 and 160, what search results show. */
  titleMaxLength?: number;
  descriptionMaxLength?: number;
  /** `--external`: milliseconds to wait for each URL (default 10000) and URLs asked at once (default 8). */
  external?: { timeout?: number; concurrency?: number };
}

/** The check settings with every default applied. */
export interface ResolvedCheckConfig {
  rules: Record<CheckRule, RuleLevel>;
  staleAfterDays: number;
  titleMaxLength: number;
  descriptionMaxLength: number;
  external: { timeout: number; concurrency: number };
}

/** The check settings of a config, every default applied. */
export function resolveCheckConfig(user: CheckConfig = {}): ResolvedCheckConfig {
  return {
    rules: { ...CHECK_RULES, ...user.rules },
    staleAfterDays: user.staleAfterDays ?? 365,
    titleMaxLength: user.titleMaxLength ?? 60,
    descriptionMaxLength: user.descriptionMaxLength ?? 160,
    external: { timeout: user.external?.timeout ?? 10_000, concurrency: user.external?.concurrency ?? 8 },
  };
}

/** True for a rule `guidekit check` knows. */
export function isCheckRule(rule: string): rule is CheckRule {
  return Object.hasOwn(CHECK_RULES, rule);
}
