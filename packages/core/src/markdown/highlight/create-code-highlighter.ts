import type { Root } from 'hast';
import type { RegexEngine } from 'shiki/core';
import { walkTree } from '../walk-tree.js';

/** The theme's name: colours come from CSS custom properties (`--gk-code-token-keyword`, …). */
export const THEME = 'guidekit';
/** What code in an unknown language, or one its grammar fails on, is highlighted as. */
const PLAIN_LANGUAGE = 'text';

/**
 * The regular-expression engine that runs the grammars: `javascript` (shiki's JavaScript engine,
 * which runs oniguruma patterns as native `RegExp`s) or `oniguruma` (the reference engine, in
 * WebAssembly).
 */
export type HighlightEngine = 'javascript' | 'oniguruma';

/**
 * Languages whose tokens the JavaScript engine gives differently from oniguruma: they keep the
 * reference engine. `highlight-engines.test.ts` compares the two over the languages the bench
 * corpus and the example guide use, and finds none.
 */
export const REFERENCE_ENGINE_LANGUAGES: ReadonlySet<string> = new Set();

/** Highlights a block of code in a language, with the fence's meta, into shiki's tree for it. */
export type Highlight = (lang: string, code: string, meta: string) => Promise<Root>;

const shared = new Map<HighlightEngine, Promise<Highlight>>();

/**
 * The thread's highlighter for `engine` (one per thread: every processor of a worker shares its
 * loaded grammars). Code is tokenized once and coloured through CSS custom properties, so the
 * theme gives it light and dark colours, and teams can recolour it, without a second pass.
 * Grammars load when a block first needs them, so a guide loads only the languages it uses.
 * Tokenizing has no time limit: a line is highlighted whole however busy the machine is, so the
 * same page gives the same HTML.
 */
export function createCodeHighlighter(engine: HighlightEngine = 'javascript'): Promise<Highlight> {
  let highlight = shared.get(engine);
  if (!highlight) {
    highlight = buildHighlight(engine);
    shared.set(engine, highlight);
  }
  return highlight;
}

async function buildHighlight(engine: HighlightEngine): Promise<Highlight> {
  const [{ createCssVariablesTheme, createHighlighterCore, isSpecialLang }, { bundledLanguages }, { codeTransformers }] = await Promise.all([
    import('shiki/core'),
    import('shiki/langs'),
    import('../code-transformers.js'),
  ]);
  const theme = createCssVariablesTheme({ name: THEME, variablePrefix: '--gk-code-' });
  const highlighter = await createHighlighterCore({ themes: [theme], langs: [], engine: await createEngine(engine) });
  const transformers = codeTransformers();
  // The reference engine, started when a language first needs it, and the languages (as blocks
  // name them) that do: those it lists, and those whose patterns the JavaScript engine cannot run.
  let reference: Promise<Highlight> | undefined;
  const viaReference = new Set<string>();
  const referenceHighlight = async (lang: string, code: string, meta: string) => {
    viaReference.add(lang);
    return (await (reference ??= createCodeHighlighter('oniguruma')))(lang, code, meta);
  };

  const toHast = (code: string, lang: string, meta: string) => {
    const root = highlighter.codeToHast(code, { lang, theme: THEME, meta: { __raw: meta }, transformers, tokenizeTimeLimit: 0 }) as Root;
    // The notation transformers leave the comments they read on the tree: the page needs none of it.
    delete root.data;
    walkTree(root, (node) => {
      if (node.type === 'element' && node.tagName !== 'span') delete node.data;
    });
    return root;
  };

  return async (lang, code, meta) => {
    if (viaReference.has(lang)) return referenceHighlight(lang, code, meta);
    try {
      if (isSpecialLang(lang)) return toHast(code, lang, meta);
      if (!highlighter.getLoadedLanguages().includes(lang)) {
        const grammar = bundledLanguages[lang as keyof typeof bundledLanguages];
        if (!grammar) return toHast(code, PLAIN_LANGUAGE, meta);
        await highlighter.loadLanguage(grammar);
      }
      if (engine === 'javascript' && REFERENCE_ENGINE_LANGUAGES.has(highlighter.getLanguage(lang).name)) return await referenceHighlight(lang, code, meta);
      return toHast(code, lang, meta);
    } catch {
      if (engine === 'javascript') return referenceHighlight(lang, code, meta);
      return toHast(code, PLAIN_LANGUAGE, meta);
    }
  };
}

async function createEngine(engine: HighlightEngine): Promise<RegexEngine> {
  if (engine === 'oniguruma') {
    const { createOnigurumaEngine } = await import('shiki/engine/oniguruma');
    return createOnigurumaEngine(import('shiki/wasm'));
  }
  const { createJavaScriptRegexEngine } = await import('shiki/engine/javascript');
  return createJavaScriptRegexEngine();
}
