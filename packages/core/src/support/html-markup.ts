/**
 * A start or end tag with its attributes, in the HTML guidekit writes: a `<` or `>` inside a
 * quoted value belongs to the tag. Groups: 1 the `/` of an end tag, 2 the name, 3 the
 * attributes, 4 the `/` of `<name/>`. Text between tags holds no `<`: it is escaped.
 */
const TAG = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const COMMENT = /<!--[\s\S]*?-->/;

/** A new global pattern for tags (see `TAG`); with `comments`, comments match too (with no name). */
export function tagPattern(comments = false): RegExp {
  return new RegExp(comments ? `${COMMENT.source}|${TAG.source}` : TAG.source, 'g');
}

/**
 * A new global pattern for one attribute in a tag's attributes. Groups: 1 the space before it,
 * 2 its name, 3–5 its value (double-quoted, single-quoted or bare).
 */
export function attributePattern(): RegExp {
  return /(\s+)([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
}
