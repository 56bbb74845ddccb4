/* guidekit default theme: draws ```mermaid diagrams with mermaid (loaded before this file, and only on
   pages that have a diagram). Each <pre class="mermaid"> keeps its source, which readers without
   JavaScript see; the drawing goes beside it, and is drawn again when the colour scheme changes. */
(() => {
  const mermaid = globalThis.mermaid;
  const sources = Array.from(document.querySelectorAll('pre.mermaid'));
  if (!mermaid || sources.length === 0) return;
  const root = document.documentElement;
  let drawing = 0;
  const draw = async () => {
    const run = ++drawing;
    mermaid.initialize({ startOnLoad: false, theme: root.getAttribute('data-theme') === 'dark' ? 'dark' : 'default' });
    for (const [i, pre] of sources.entries()) {
      try {
        const { svg } = await mermaid.render(`gk-diagram-${i}-${run}`, pre.textContent);
        if (run !== drawing) return;
        let figure = pre.nextElementSibling;
        if (!figure?.classList.contains('gk-diagram')) {
          figure = document.createElement('div');
          figure.className = 'gk-diagram';
          pre.after(figure);
        }
        figure.innerHTML = svg;
        pre.hidden = true;
      } catch {
        /* A diagram mermaid cannot read stays as its source. */
      }
    }
  };
  draw();
  new MutationObserver(draw).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
})();
