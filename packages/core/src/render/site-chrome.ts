import type { HeadTagConfig, LinkConfig, SidebarEntryConfig, SocialLinkConfig } from '../config/define-config.js';
import type { ResolvedConfig } from '../config/resolve-config.js';

/** A run of the config's sidebar links, after a separator (and its heading) or at the start. */
export interface SidebarLinkGroup {
  separator: boolean;
  heading?: string;
  links: (LinkConfig & { badge?: string; external: boolean })[];
}

/** A header social link with the name of its icon (`github`, …, or `link` for a site the theme has no icon for). */
export type SocialLink = LinkConfig & { icon: string };

/** Sites known by their address, and the icon each gets. */
const SOCIAL_SITES: [host: RegExp, icon: string][] = [
  [/(^|\.)github\.com$/, 'github'],
  [/(^|\.)gitlab\.com$/, 'gitlab'],
  [/(^|\.)bsky\.app$/, 'bluesky'],
  [/(^|\.)(x|twitter)\.com$/, 'x'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
  [/(^|\.)(youtube\.com|youtu\.be)$/, 'youtube'],
  [/(^|\.)discord\.(gg|com)$/, 'discord'],
  [/^(mastodon\.[a-z]+|[a-z.]*\.social|fosstodon\.org|hachyderm\.io)$/, 'mastodon'],
];

/** The icon of a social link: its own `icon`, else the one of its site, else a plain link's; feeds are `rss`. */
export function socialIcon(link: SocialLinkConfig): string {
  if (link.icon) return link.icon;
  let host = '';
  try {
    host = new URL(link.url).hostname.toLowerCase();
  } catch {
    return 'link';
  }
  if (/\.(xml|rss|atom)$|\/feed\/?$/i.test(link.url)) return 'rss';
  return SOCIAL_SITES.find(([pattern]) => pattern.test(host))?.[1] ?? 'link';
}

/** The config's sidebar entries as groups of links, each opened by a separator but the first. */
export function sidebarLinkGroups(entries: readonly SidebarEntryConfig[]): SidebarLinkGroup[] {
  const groups: SidebarLinkGroup[] = [];
  for (const entry of entries) {
    if ('separator' in entry) {
      groups.push({ separator: true, ...(typeof entry.separator === 'string' ? { heading: entry.separator } : {}), links: [] });
      continue;
    }
    if (groups.length === 0) groups.push({ separator: false, links: [] });
    groups.at(-1)!.links.push({ ...entry, external: /^[a-z][a-z\d+.-]*:/i.test(entry.url) });
  }
  return groups;
}

/** What a page's chrome shows from the config: header and sidebar links, social icons, the banner, extra head tags, analytics. */
export interface SiteChrome {
  headerLinks: LinkConfig[];
  socialLinks: SocialLink[];
  sidebarLinks: SidebarLinkGroup[];
  banner?: ResolvedConfig['banner'];
  head: HeadTagConfig[];
  analytics?: string;
}

/** The chrome of every page of a guide, from its config. */
export function siteChrome(config: ResolvedConfig): SiteChrome {
  return {
    headerLinks: config.headerLinks,
    socialLinks: config.socialLinks.map((link) => ({ label: link.label, url: link.url, icon: socialIcon(link) })),
    sidebarLinks: sidebarLinkGroups(config.sidebar.links),
    ...(config.banner ? { banner: config.banner } : {}),
    head: config.head,
    ...(config.analytics ? { analytics: config.analytics } : {}),
  };
}
