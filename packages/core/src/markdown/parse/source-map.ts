import type { Point, Position } from 'unist';

/**
 * A page's text with the offsets its lines start at: turns markdown-it's line ranges, and offsets
 * into the content of an inline token, back into unist points of the page.
 */
export class SourceMap {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** How many lines the text has. */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The text of a 0-based line, without its line ending. */
  line(line: number): string {
    const start = this.starts[line];
    if (start === undefined) return '';
    const next = this.starts[line + 1];
    return this.text.slice(start, next === undefined ? undefined : next - 1);
  }

  /** The offset a 0-based line starts at. */
  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)]!;
  }

  /** The point of an offset. */
  point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }

  /** The place of a block spanning markdown-it's line range `[first, end)`, from its first character to the end of its last line. */
  block(map: [number, number]): Position {
    const first = this.line(map[0]);
    const indent = first.length - first.trimStart().length;
    const last = Math.max(map[0], map[1] - 1);
    return {
      start: this.point(this.lineStart(map[0]) + indent),
      end: this.point(this.lineStart(last) + this.line(last).length),
    };
  }

  /**
   * The page offset of `offset` in `content`, the text of an inline token whose first line is
   * `line`. markdown-it strips each line's indentation and container markers (`>`, list
   * markers), so a content line is what ends the page's line; a heading's or a table cell's
   * text is found in its line instead.
   */
  offsetIn(content: string, line: number, offset: number): number {
    let lineStart = 0;
    let index = 0;
    for (let next = content.indexOf('\n'); next !== -1 && next < offset; next = content.indexOf('\n', next + 1)) {
      lineStart = next + 1;
      index++;
    }
    const lineEnd = content.indexOf('\n', lineStart);
    const piece = content.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trimEnd();
    const text = this.line(line + index).trimEnd();
    const column = text.endsWith(piece) ? text.length - piece.length : Math.max(0, text.indexOf(piece));
    return this.lineStart(line + index) + column + (offset - lineStart);
  }
}
