declare module 'markdown-it-footnote' {
  import type { PluginSimple } from 'markdown-it';

  /** GitHub-style footnotes (`[^label]` references and `[^label]: text` definitions). */
  const markdownItFootnote: PluginSimple;
  export default markdownItFootnote;
}
