import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.js';
import { boolean as flag, image, nonEmpty as text, shapeOf, TOC_RANGE, type Check } from '../config/validate-config.js';
import type { FrontMatter } from '../model/guide.js';

const number: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number');

/** The front matter keys that shape navigation and link previews, and what each may hold. */
const SETTINGS: Record<string, Check> = {
  image,
  // `order` is Starlight's place of the page among its siblings.
  sidebar: shapeOf({ label: text, hidden: flag, badge: text, collapsed: flag, order: number }, '{ label: Short title, badge: New }'),
  toc: (value) => (value === false ? undefined : TOC_RANGE(value)),
  prev: (value) => (value === false || text(value) === undefined ? undefined : 'must be false or the path of a page, such as ../01-intro.md'),
  next: (value) => (value === false || text(value) === undefined ? undefined : 'must be false or the path of a page, such as 03-next.md'),
};

/**
 * Checks the front matter keys of navigation (`sidebar`, `toc`, `prev`, `next`) and `image`: a value of the
 * wrong shape is an error at its place and is dropped, so the page builds as if it were not written.
 */
export function checkPageSettings(data: FrontMatter, positions: Map<string, SourcePosition>, file: string, diagnostics: DiagnosticBag): void {
  for (const [key, check] of Object.entries(SETTINGS)) {
    if (data[key] === undefined || data[key] === null) continue;
    const problem = check(data[key]);
    if (!problem) continue;
    diagnostics.error('front-matter', `\`${key}\` ${problem}`, { file, ...positions.get(key) });
    delete data[key];
  }
}
