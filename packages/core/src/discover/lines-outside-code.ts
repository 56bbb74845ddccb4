/** A code fence's opening or closing line: three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The lines of a markdown text that are not inside fenced code blocks (nor the fences themselves),
 * each with its index: what readers of headings, summaries and `.mdx` syntax look at. A fence
 * closes with a run of the same character at least as long as the one that opened it.
 */
export function* linesOutsideCode(lines: readonly string[]): Generator<[index: number, line: string]> {
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line);
    if (fence) {
      if (open && open[1]!.startsWith(fence)) fence = undefined;
    } else if (open) {
      fence = open[1]!;
    } else {
      yield [i, line];
    }
  }
}
