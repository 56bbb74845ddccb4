/** What part of a code file to show: a `#region` by name, or a range of lines (`10-20`, `10-`, `7`). */
export interface ExcerptOptions {
  region?: string;
  lines?: string;
}

/** A line that opens or closes a region, in any comment style: `// #region setup`, `# #endregion`, `<!-- #region x -->`. */
const REGION_MARK = /#(end)?region\b[ \t]*([\w.-]*)/;
const LINE_RANGE = /^(\d+)(?:-(\d*))?$/;

/**
 * The part of a code file a page shows. A region's lines lose the indentation they share and any
 * region marks of their own; a range counts lines from 1, both ends included.
 */
export function codeExcerpt(text: string, options: ExcerptOptions): { code: string } | { problem: string } {
  let lines = text.replace(/\n$/, '').split('\n');
  if (options.region !== undefined) {
    const start = lines.findIndex((line) => opensRegion(line, options.region!));
    if (start === -1) return { problem: `no region \`${options.region}\` (mark it with \`#region ${options.region}\` and \`#endregion\`)` };
    let depth = 0;
    let end = start + 1;
    for (; end < lines.length; end++) {
      const mark = REGION_MARK.exec(lines[end]!);
      if (!mark) continue;
      if (!mark[1]) depth++;
      else if (depth === 0) break;
      else depth--;
    }
    lines = dedent(lines.slice(start + 1, end).filter((line) => !REGION_MARK.test(line)));
  }
  if (options.lines !== undefined) {
    const range = LINE_RANGE.exec(options.lines.trim());
    if (!range) return { problem: `lines="${options.lines}" is not a line range (write \`10-20\`, \`10-\` or \`7\`)` };
    const first = Number(range[1]);
    const last = range[2] === undefined ? first : range[2] === '' ? lines.length : Number(range[2]);
    if (first < 1 || last < first || first > lines.length) return { problem: `lines="${options.lines}" is outside its ${lines.length} lines` };
    lines = lines.slice(first - 1, Math.min(last, lines.length));
  }
  return { code: lines.join('\n') };
}

/** True when `line` opens the region `name` (`#region name`). */
function opensRegion(line: string, name: string): boolean {
  const mark = REGION_MARK.exec(line);
  return !!mark && !mark[1] && mark[2] === name;
}

/** Lines without the indentation all the non-blank ones share. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut));
}
