/**
 * The one rule for where a page's front matter is: a `---` line at the very start opens it, and
 * the next `---` line closes it (as GitHub and remark-frontmatter read it; a YAML `...` does not).
 * Both the front-matter reader and the markdown parser use it, so they never disagree.
 */
export const FRONT_MATTER_FENCE = /^---[ \t]*$/;
