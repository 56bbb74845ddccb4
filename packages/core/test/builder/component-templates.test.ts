import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

const CALLOUT = 'theme/templates/components/callout.njk';

describe('component templates', () => {
  it("take a guide's override of one component for every use of it, and leave the others as they were", async () => {
    const pages = {
      'index.md': '# Home\n\n> [!TIP]\n> Alert body\n\n:::warning[Mind *this*]\nDirective body\n:::\n\n:badge[New]\n',
      '01-plain.md': '# Plain\n\nNo components.\n',
    };
    const build = async (files: Record<string, string>) => {
      const outDir = path.join(tempDir(), 'out');
      const session = await createSession({ root: contentFolder(files), outDir });
      const report = await session.build();
      await session.builder.close();
      return { report, html: (page: string) => fs.readFileSync(path.join(outDir, page), 'utf8') };
    };
    const before = await build(pages);
    const after = await build({ ...pages, [CALLOUT]: '<div class="box box-{{ kind }}"><b>{{ title }}</b>{{ content }}</div>\n' });
    expect(before.html('index.html')).toContain('<aside class="callout callout-tip" role="note">');
    expect(after.html('index.html')).toContain('<div class="box box-tip"><b>Tip</b><p>Alert body</p>\n</div>');
    expect(after.html('index.html')).toContain('<div class="box box-warning"><b>Mind <em>this</em></b><p>Directive body</p>\n</div>');
    expect(after.html('index.html')).not.toContain('<aside');
    const badge = /<span class="gk-badge[^"]*">New<\/span>/;
    expect(after.html('index.html')).toMatch(badge);
    expect(after.html('index.html').match(badge)![0]).toBe(before.html('index.html').match(badge)![0]);
    expect(after.html('plain/index.html').replace(/\?v=\w+/g, '')).toBe(before.html('plain/index.html').replace(/\?v=\w+/g, ''));
  });

  it('render again only the pages that use a component whose template changed, in a watch session', async () => {
    const root = contentFolder({
      'index.md': '# Home\n\nWelcome.\n',
      '01-callout.md': '# Callout\n\n:::note\nBody\n:::\n',
      '02-badge.md': '# Badge\n\n:badge[Beta]\n',
      [CALLOUT]: '<aside class="callout">{{ content }}</aside>\n',
    });
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir });
    expect((await session.build()).renderedMarkdown).toBe(3);
    fs.writeFileSync(path.join(root, CALLOUT), '<aside class="callout callout-{{ kind }} changed">{{ content }}</aside>\n');
    const changed = await session.update([path.join(root, CALLOUT)]);
    expect(changed.renderedMarkdown).toBe(1);
    expect(fs.readFileSync(path.join(outDir, 'callout/index.html'), 'utf8')).toContain('<aside class="callout callout-note changed"><p>Body</p>\n</aside>');
    await session.builder.close();
  });

  it("tell a template's error at the page that shows the component", async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nText.\n\n:badge[Beta]\n', 'theme/templates/components/badge.njk': '<span>{{ content | nofilter }}</span>\n' });
    const session = await createSession({ root, outDir: path.join(tempDir(), 'out') });
    const report = await session.build();
    await session.builder.close();
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'index.md', line: 5, message: expect.stringContaining("the theme's components/badge.njk") }),
    );
  });
});
