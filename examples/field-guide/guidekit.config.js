// A guide in three languages: English (complete, the default locale, at the root of the site),
// French (partly translated) and Arabic (partly translated, right to left). Each locale's pages are
// in its own folder; a page a translation lacks is shown from English with a notice.
//
// And in two versions: the content folder is the latest (2.x, at the root of the site); the first
// edition, 1.x, is a snapshot in versions/1.x/ (made with `guidekit version 1.x`, which listed it in
// versions.json), published under /1.x/ and /fr/1.x/ with a banner leading to the latest.

/** @type {import('@guidekit/core').UserConfig} */
export default {
  title: 'The Field Notes Guide',
  description: 'How to keep field notes that your team can read years later.',
  siteUrl: 'https://guides.example.org/field-notes/',
  defaultAuthor: 'mira-solberg',
  locales: {
    en: { label: 'English' },
    fr: {
      label: 'Français',
      title: 'Le guide des notes de terrain',
      description: 'Comment tenir des notes de terrain que votre équipe pourra lire des années plus tard.',
    },
    ar: {
      label: 'العربية',
      title: 'دليل الملاحظات الميدانية',
      description: 'كيف تكتب ملاحظات ميدانية يستطيع فريقك قراءتها بعد سنوات.',
    },
  },
  defaultLocale: 'en',
  versions: { current: { label: '2.x' } },
};
