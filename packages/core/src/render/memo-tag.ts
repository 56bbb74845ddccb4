import type nunjucks from 'nunjucks';

/** Nunjucks' parser and node classes, as an extension receives them (they are not typed). */
interface ParserApi {
  nextToken(): { value: string; lineno: number; colno: number };
  parseSignature(tolerant: null, noParens: boolean): { children: unknown[] };
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
}
interface NodesApi {
  Literal: new (lineno: number, colno: number, value: unknown) => unknown;
  CallExtension: new (extension: object, method: string, args: unknown, contentArgs: unknown[]) => unknown;
}

/**
 * The `{% memo item %}…{% endmemo %}` tag: its body is rendered once per object and reused each
 * time the same object comes back. A build hands every page the same sidebar entries for the
 * chapters off that page's branch, so a theme that wraps them in `memo` (a run at a time, see
 * `navRuns`) renders a long chapter list once per build instead of once per page. The body must
 * depend only on the object and on what the tag's other arguments say (`{% memo run, level %}`),
 * which must be plain values. A value that is not an object is not memoized. Each `memo` tag
 * keeps its own renderings.
 */
export class MemoTag implements nunjucks.Extension {
  readonly tags = ['memo'];
  private readonly renderings = new WeakMap<object, Map<string, unknown>>();
  private places = 0;

  /** `markSafe` comes from the environment's nunjucks: it keeps a rendered body from being escaped again. */
  constructor(private readonly markSafe: (html: string) => unknown) {}

  parse(parser: ParserApi, nodes: NodesApi): unknown {
    const token = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(token.value);
    const body = parser.parseUntilBlocks('endmemo');
    parser.advanceAfterBlockEnd();
    args.children.unshift(new nodes.Literal(token.lineno, token.colno, this.places++));
    return new nodes.CallExtension(this, 'run', args, [body]);
  }

  run(_context: unknown, place: number, key: unknown, ...rest: unknown[]): unknown {
    const body = rest.pop() as () => string;
    if (typeof key !== 'object' || key === null) return this.markSafe(body());
    let byArgs = this.renderings.get(key);
    if (!byArgs) this.renderings.set(key, (byArgs = new Map()));
    const id = `${place}\u0000${rest.join('\u0000')}`;
    let html = byArgs.get(id);
    if (html === undefined) byArgs.set(id, (html = this.markSafe(flatten(body()))));
    return html;
  }
}

/** Where `flatten` keeps its number: a conversion whose result is unused may be compiled away. */
const sink = { number: 0 };

/**
 * The string as one flat run of characters. A template's output is built by concatenation, which
 * V8 keeps as a tree of the pieces until the string is read through; a kept rendering held that
 * tree, about five times the size of its text (60 MB at 4000 pages). Converting the string to a
 * number is what makes V8 flatten it, at the cost of a copy; the result is kept so the
 * conversion is never optimized out.
 */
function flatten(html: string): string {
  sink.number = Number(html);
  return html;
}
