import type { Rule } from './check-input.js';
import { ownPages, pageStart } from './check-input.js';

/** `heading-skip`: a heading more than one level below the one before it (the page title is the h1). */
export const headingSkip: Rule = ({ guide, bodies }, report) => {
  for (const node of ownPages(guide)) {
    let previous = 1;
    for (const heading of bodies.get(node)?.data.outline ?? []) {
      if (heading.depth > previous + 1) {
        report('heading-skip', `heading level skips from h${previous} to h${heading.depth}: ${heading.text}`, { file: node.file, line: heading.line, column: heading.column }, `make it an h${previous + 1}`);
      }
      previous = heading.depth;
    }
  }
};

/** `image-alt`: an image without alternative text. */
export const imageAlt: Rule = ({ guide, bodies }, report) => {
  for (const node of ownPages(guide)) {
    for (const image of bodies.get(node)?.data.images ?? []) {
      if (image.alt) continue;
      report('image-alt', `image has no alt text: ${image.src}`, { file: node.file, line: image.line, column: image.column }, 'describe it: ![what it shows](…)');
    }
  }
};

/** `title-missing`, `title-too-long`, `description-missing`, `description-too-long`. */
export const titlesAndDescriptions: Rule = ({ guide, content, config }, report) => {
  const { titleMaxLength, descriptionMaxLength } = config.check;
  for (const node of ownPages(guide)) {
    const source = content.sources.get(node.file!);
    const at = (key: string) => ({ ...pageStart(node), ...source?.frontMatter.positions.get(key) });
    if (typeof node.frontMatter.title !== 'string' && !source?.heading) {
      report('title-missing', `page has no title; it is called "${node.title}" after its file name`, pageStart(node), 'start it with a `# Title` or give it front matter `title`');
    } else if (node.title.length > titleMaxLength) {
      report('title-too-long', `title is ${node.title.length} characters long (more than ${titleMaxLength})`, at('title'), 'search results cut long titles; shorten it');
    }
    const written = node.frontMatter.description;
    if (!node.description) {
      report('description-missing', 'page has no description', pageStart(node), 'give it front matter `description` or an opening paragraph');
    } else if (typeof written === 'string' && written.length > descriptionMaxLength) {
      report('description-too-long', `description is ${written.length} characters long (more than ${descriptionMaxLength})`, at('description'), 'search results cut long descriptions; shorten it');
    }
  }
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** `stale-page`: a page last updated longer ago than `check.staleAfterDays` (front matter `updated`, else its last commit). */
export const stalePages: Rule = ({ guide, content, lastCommits, today, config }, report) => {
  const now = Date.parse(today);
  for (const node of ownPages(guide)) {
    const updated = node.updated ?? lastCommits.get(node.file!);
    const time = updated === undefined ? NaN : Date.parse(updated);
    if (Number.isNaN(time)) continue;
    const days = Math.floor((now - time) / DAY_MS);
    if (days <= config.check.staleAfterDays) continue;
    const at = { ...pageStart(node), ...content.sources.get(node.file!)?.frontMatter.positions.get('updated') };
    report('stale-page', `not updated for ${days} days (since ${updated})`, at, `review it, or raise check.staleAfterDays from ${config.check.staleAfterDays}`);
  }
};
