/**
 * The book's stylesheet: plain CSS that e-readers apply (no custom properties, no dark
 * backgrounds), leaving fonts and sizes to the reader's settings. Code is dark on white with
 * dark token colours, which stay legible as the greys of an e-ink screen; keywords are bold and
 * comments italic, so the highlighting reads even without colour.
 */
export const EPUB_STYLESHEET = `@namespace epub "http://www.idpf.org/2007/ops";
body { line-height: 1.5; }
h1, h2, h3, h4 { line-height: 1.25; page-break-after: avoid; break-after: avoid; }
h1 { margin: 0 0 1em; }
.gk-book-lead { font-style: italic; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #888; padding: 0.3em 0.5em; vertical-align: top; text-align: start; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #888; }
code, kbd, samp, pre { font-family: monospace; }
pre { white-space: pre-wrap; overflow-wrap: break-word; border: 1px solid #888; padding: 0.5em 0.75em; font-size: 0.85em; line-height: 1.4; page-break-inside: avoid; break-inside: avoid; }
figure { margin: 1em 0; }
.tk-keyword { color: #8c1018; font-weight: bold; }
.tk-string, .tk-link { color: #0a3069; }
.tk-string-expression { color: #0f5323; }
.tk-constant { color: #0a3d8f; }
.tk-function { color: #5a2ca0; }
.tk-parameter { color: #7a2e00; }
.tk-comment { color: #4b535c; font-style: italic; }
.callout { margin: 1em 0; padding: 0.25em 1em; border-left: 4px solid #555; }
.callout-title { font-weight: bold; }
.katex-display { margin: 1em 0; text-align: center; }
math[display="block"] { margin: 1em 0; }
pre.mermaid { font-size: 0.8em; }
section[epub|type~="footnotes"], .footnotes { margin-top: 2em; border-top: 1px solid #888; font-size: 0.9em; }
dl[epub|type~="glossary"] dt { font-weight: bold; margin-top: 1em; }
dl[epub|type~="glossary"] dd { margin-left: 0; }
.gk-book-topics li { margin: 0.4em 0; }
.gk-book-authors { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid #888; }
.gk-book-author-name { font-weight: bold; margin-bottom: 0; }
.gk-book-author-role { font-style: italic; margin-top: 0; }
.gk-book-cover { margin: 0; padding: 0; text-align: center; }
.gk-book-cover img { max-height: 100%; }
`;
