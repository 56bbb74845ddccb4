/** Drops inline markdown (footnote references, raw HTML tags, emphasis, code ticks, links, escapes): the text a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(?<!\\)(\*\*|__|\*|_)(?=\S)(.+?)(?<=[^\s\\])\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
