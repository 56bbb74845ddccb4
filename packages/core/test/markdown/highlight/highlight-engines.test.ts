import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCssVariablesTheme, createHighlighterCore, type HighlighterCore, type RegexEngine } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { bundledLanguages } from 'shiki/langs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_LANGUAGES, codeBlock } from '../../../../../bench/code-blocks.mjs';
import { createRandom } from '../../../../../bench/generate.mjs';
import { createCodeHighlighter, REFERENCE_ENGINE_LANGUAGES } from '../../../src/markdown/highlight/create-code-highlighter.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const FENCE = /^```([\w+-]+)[^\n]*\n([\s\S]*?)\n```$/gm;

/** The fenced code of the example guide, by language. */
function exampleGuideBlocks(): { lang: string; code: string }[] {
  const dir = path.join(REPO, 'examples', 'pm-guide');
  const blocks: { lang: string; code: string }[] = [];
  for (const file of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    if (!file.endsWith('.md') || file.includes('node_modules') || file.startsWith('dist')) continue;
    for (const [, lang, code] of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(FENCE)) blocks.push({ lang: lang!, code: code! });
  }
  return blocks;
}

/** 12 blocks of each language of the bench's code corpus, as its generator writes them, and the example guide's blocks. */
function samples(): { lang: string; code: string }[] {
  const rnd = createRandom(16);
  const blocks = CODE_LANGUAGES.flatMap((lang) =>
    Array.from({ length: 12 }, () => {
      const fenced = codeBlock(rnd, lang, 5 + Math.floor(rnd.next() * 56));
      return { lang, code: fenced.slice(fenced.indexOf('\n') + 1, fenced.lastIndexOf('\n')) };
    }),
  );
  return [...blocks, ...exampleGuideBlocks()];
}

async function highlighterOn(engine: RegexEngine, langs: string[]): Promise<HighlighterCore> {
  const theme = createCssVariablesTheme({ name: 'guidekit', variablePrefix: '--gk-code-' });
  return createHighlighterCore({ themes: [theme], langs: langs.map((lang) => bundledLanguages[lang as keyof typeof bundledLanguages]), engine });
}

describe('the JavaScript regex engine', () => {
  const blocks = samples();
  const langs = [...new Set(blocks.map((b) => b.lang))].sort();
  let javascript: HighlighterCore;
  let oniguruma: HighlighterCore;
  beforeAll(async () => {
    javascript = await highlighterOn(createJavaScriptRegexEngine(), langs);
    oniguruma = await highlighterOn(await createOnigurumaEngine(import('shiki/wasm')), langs);
  });

  it('covers every language of the bench corpus and the example guide', () => {
    expect(langs).toEqual(expect.arrayContaining([...CODE_LANGUAGES, 'markdown', 'sql', 'yaml']));
  });

  it('tokenizes every language as oniguruma does, but for the languages that keep oniguruma', () => {
    const differ = new Map<string, number>();
    for (const { lang, code } of blocks) {
      const options = { lang, theme: 'guidekit', tokenizeTimeLimit: 0 } as const;
      const tokens = (h: HighlighterCore) => h.codeToTokensBase(code, options).map((line) => line.map(({ content, offset, color, fontStyle }) => [content, offset, color, fontStyle]));
      if (JSON.stringify(tokens(javascript)) !== JSON.stringify(tokens(oniguruma))) differ.set(lang, (differ.get(lang) ?? 0) + 1);
    }
    expect(Object.fromEntries(differ)).toEqual({});
    expect([...differ.keys()].sort()).toEqual([...REFERENCE_ENGINE_LANGUAGES].sort());
  });

  it('gives the highlighter the same trees as oniguruma would', async () => {
    const shipped = await createCodeHighlighter();
    const reference = await createCodeHighlighter('oniguruma');
    // Three blocks of each language: the engines' tokens are compared in full above.
    const some = blocks.filter((block, i) => blocks.findIndex((b) => b.lang === block.lang) + 3 > i);
    for (const { lang, code } of some) expect(await shipped(lang, code, '{1}'), lang).toEqual(await reference(lang, code, '{1}'));
  });
});
