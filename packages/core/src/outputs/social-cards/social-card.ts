import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Guide, PageNode } from '../../model/guide.js';
import { chapterOf } from '../../model/walk-pages.js';
import { socialCardFile } from '../../model/site-paths.js';
import { hashOf } from '../../support/hash.js';
import { resolveOptional } from '../../support/optional-package.js';

/** What a page's social card shows, and where it goes. */
export interface SocialCard {
  /** Output file, below the base. */
  file: string;
  /** Changes whenever the card's picture would: a card under an unchanged key is not drawn again. */
  key: string;
  title: string;
  /** The chapter the page is in, when it is not the chapter itself. */
  chapter?: string;
  guide: string;
  accent: string;
}

/** The theme's accent, for guides that set none. */
const DEFAULT_ACCENT = '#1f5bd0';
/** Colours the renderer reads (it knows no custom properties or newer colour functions). */
const PLAIN_COLOUR = /^(#[\da-f]{3,8}|(rgb|hsl)a?\([\d\s.,%/]+\)|[a-z]+)$/i;

/** The card of a content page: its title, its chapter, the guide's name, the brand's accent. */
export function socialCardFor(guide: Guide, node: PageNode, accent = DEFAULT_ACCENT): SocialCard {
  const chapter = node.kind === 'home' ? undefined : chapterOf(guide, node);
  const card = {
    file: socialCardFile(node.path),
    title: node.kind === 'home' ? guide.title : node.label,
    ...(chapter && chapter !== node ? { chapter: chapter.label } : {}),
    guide: guide.title,
    accent: PLAIN_COLOUR.test(accent.trim()) ? accent.trim() : DEFAULT_ACCENT,
  };
  return { ...card, key: hashOf('card', card.title, card.chapter ?? '', card.guide, card.accent) };
}

const require = createRequire(import.meta.url);

/** Inter (SIL Open Font License 1.1, from @fontsource/inter): Latin, Latin Extended, Greek and Cyrillic, regular and bold. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'];
let fonts: { name: string; weight: 400 | 700; style: 'normal'; data: Buffer }[] | undefined;

function loadFonts(root: string) {
  const dir = required('@fontsource/inter/package.json', root).replace(/package\.json$/, 'files/');
  return FONT_SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: 'Inter', weight, style: 'normal' as const, data: fs.readFileSync(`${dir}inter-${subset}-${weight}-normal.woff`) })),
  );
}

/** A satori element: what JSX would make. */
type Element = { type: string; props: { style: Record<string, string | number>; children?: (Element | string)[] | string } };
const el = (style: Element['props']['style'], children: Element['props']['children']): Element => ({ type: 'div', props: { style, children } });

/** The card's layout: 1200 × 630, the chapter over the title, the guide's name at the foot, the accent along the top. */
function layout(card: SocialCard): Element {
  const size = card.title.length > 90 ? 52 : card.title.length > 50 ? 62 : 76;
  // The renderer sizes boxes without their padding and border: the margins of the inner box keep the text in.
  return el({ display: 'flex', width: 1200, height: 630, background: '#ffffff', borderTop: `18px solid ${card.accent}`, fontFamily: 'Inter', color: '#111418' }, [
    el({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, margin: '40px 72px 56px' }, [
      el({ display: 'flex', fontSize: 30, fontWeight: 700, color: card.accent }, card.chapter ?? ''),
      el({ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }, card.title),
      el({ display: 'flex', alignItems: 'center', fontSize: 30, color: '#4b5563' }, [
        el({ width: 28, height: 28, marginRight: 18, borderRadius: 6, background: card.accent }, []),
        card.guide,
      ]),
    ]),
  ]);
}

/**
 * Draws a card as a PNG: satori lays it out as SVG, resvg paints it. Both are optional packages
 * (resolved from guidekit, else from the guide's `root`; the config's check makes sure they are
 * there) and load on the first card, so a guide without cards never loads them.
 */
export async function renderSocialCard(card: SocialCard, root: string): Promise<Uint8Array> {
  const satori = (require(required('satori', root)) as { default: typeof import('satori').default }).default;
  const { Resvg } = require(required('@resvg/resvg-js', root)) as typeof import('@resvg/resvg-js');
  fonts ??= loadFonts(root);
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The file an optional package resolves to; the config's check has made sure it is installed. */
function required(specifier: string, root: string): string {
  const file = resolveOptional(specifier, root);
  if (!file) throw new Error(`${specifier} is not installed`);
  return file;
}
