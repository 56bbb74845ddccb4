import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { linesOutsideCode } from './lines-outside-code.js';

const ESM = /^(import|export)\s/;
/** A JSX element: a tag whose name starts with a capital letter (`<Tabs>`, `<Admonition type="tip">`). */
const JSX = /<([A-Z][\w.]*)[\s/>]/;

/**
 * An `.mdx` page read as markdown: its `import` and `export` blocks (ESM, ended by a blank line as
 * MDX ends them) become blank lines, so positions stay those of the file. JSX components cannot be
 * rendered without the site's React code: one warning names the first, where it is; their text
 * shows without them.
 */
export function mdxAsMarkdown(text: string, file: string, diagnostics: DiagnosticBag): string {
  const lines = text.split('\n');
  let inEsm = false;
  let firstJsx: { name: string; line: number; column: number } | undefined;
  let esmLines = 0;
  for (const [i, line] of linesOutsideCode(lines)) {
    if (inEsm || ESM.test(line)) {
      inEsm = line.trim() !== '';
      if (inEsm) {
        lines[i] = '';
        esmLines++;
        // An import ends on its own line when it names where it is from.
        if (/\bfrom\s+['"][^'"]+['"];?\s*$|^import\s+['"][^'"]+['"];?\s*$/.test(line)) inEsm = false;
      }
      continue;
    }
    const jsx = firstJsx ? undefined : JSX.exec(line);
    if (jsx && !insideCode(line, jsx.index)) firstJsx = { name: jsx[1]!, line: i + 1, column: jsx.index + 1 };
  }
  if (firstJsx) {
    diagnostics.warn(
      'mdx',
      `<${firstJsx.name}> is a JSX component, which guidekit cannot render: its text shows without it${esmLines ? ' (import and export lines are left out)' : ''}`,
      { file, line: firstJsx.line, column: firstJsx.column },
      'write it as markdown, or keep the page as it is if the text reads well without it',
    );
  }
  return lines.join('\n');
}

/** Whether `index` of `line` is inside an inline code span. */
function insideCode(line: string, index: number): boolean {
  return (line.slice(0, index).match(/`/g)?.length ?? 0) % 2 === 1;
}
