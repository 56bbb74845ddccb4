import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPackages, resolveOptional } from '../../src/support/optional-package.js';
import { tempDir } from '../helpers.js';

// A plain install of guidekit leaves these out (see packages.test.ts, which installs the packed
// packages without them); here, where they are resolved from.
describe('optional packages', () => {
  it('resolve from guidekit, else from the guide folder, and are missing where neither has them', () => {
    const root = tempDir();
    const own = path.join(root, 'node_modules', 'diagram-drawer');
    fs.mkdirSync(own, { recursive: true });
    fs.writeFileSync(path.join(own, 'package.json'), '{ "name": "diagram-drawer", "version": "1.0.0", "main": "index.js" }\n');
    fs.writeFileSync(path.join(own, 'index.js'), 'module.exports = 1;\n');

    // The workspace installs them for guidekit itself (devDependencies).
    expect(resolveOptional('mermaid/package.json', root)).toMatch(/[\\/]mermaid[\\/]package\.json$/);
    expect(resolveOptional('diagram-drawer', root)).toBe(path.join(own, 'index.js'));
    expect(resolveOptional('diagram-drawer')).toBeUndefined();
    expect(missingPackages(['satori', 'diagram-drawer', 'no-such-package'], root)).toEqual(['no-such-package']);
  });
});
