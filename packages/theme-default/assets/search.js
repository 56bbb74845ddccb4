/* Search: the header button, "/" or Ctrl/⌘+K open a dialog; only then does pagefind load (from
   the slot's data-search URL), to search the page's version (data-version), if any. Arrow keys
   pick a result, Enter opens it, Escape closes. The button, the dialog (the slot's <template>) and
   their strings come from the page, in its language. */
(() => {
  const doc = document;
  const slot = doc.querySelector('.search-slot[data-search]');
  const { search: bundle, version } = slot?.dataset ?? {};
  const parts = slot?.querySelector('template')?.content;
  if (!bundle || !parts) return;
  const lang = doc.documentElement.lang;
  const strings = JSON.parse(doc.getElementById('gk-strings')?.textContent || '{}');
  const t = (key, vars = {}) => {
    let text = strings[key] ?? key;
    if (text.other) text = text[new Intl.PluralRules(lang).select(vars.count)] ?? text.other;
    return text.replace(/\{(\w+)\}/g, (whole, name) => vars[name]?.toLocaleString(lang) ?? whole);
  };
  slot.append(parts.querySelector('button'));
  let dialog, input, list, status, pagefind, active = -1;
  const setActive = (index) => {
    const options = [...list.children];
    if (!options.length) return;
    active = (index + options.length) % options.length;
    options.forEach((option, i) => option.setAttribute('aria-selected', i === active));
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  };
  const el = (tag, props) => Object.assign(doc.createElement(tag), props);
  const span = (className, textContent) => el('span', { className, textContent });
  // Excerpts mark the words found; the rest is shown as text.
  const excerpt = (html) => {
    const out = span('gk-search-excerpt', '');
    html.split(/<\/?mark>/).forEach((part, i) => {
      const text = el('textarea', { innerHTML: part }).value;
      out.append(i % 2 ? el('mark', { textContent: text }) : text);
    });
    return out;
  };
  const show = (results, query) => {
    list.replaceChildren(
      ...results.map((r, i) => {
        const option = el('li', { id: `gk-search-${i}` });
        const link = el('a', { href: r.url, tabIndex: -1 });
        link.append(...(r.meta.chapter ? [span('gk-search-chapter', r.meta.chapter)] : []), span('gk-search-title', r.meta.title || r.url), excerpt(r.excerpt));
        option.append(link);
        option.setAttribute('role', 'option');
        return option;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const n = results.length;
    input.setAttribute('aria-expanded', n > 0);
    status.textContent = query ? (n ? t('search.count', { count: n }) : t('search.none', { query })) : '';
    setActive(0);
  };
  const search = async () => {
    const query = input.value.trim();
    if (!query) return show([], '');
    try {
      pagefind ??= /js$/.test(bundle) ? new Promise((onload, onerror) => doc.head.append(el('script', { src: bundle, onload, onerror }))).then(() => guidekitSearch) : import(`${bundle}pagefind.js`).then(async (module) => {
        const baseUrl = new URL('..', new URL(bundle, location.href)).pathname;
        await module.options({ baseUrl });
        // A large guide's index comes in several bundles, listed beside the main one.
        const shards = await fetch(`${bundle}guidekit-shards.json`).then((r) => (r.ok ? r.json() : { bundles: [] }));
        for (const path of shards.bundles.slice(1)) await module.mergeIndex(`${bundle}${path}`, { baseUrl });
        return module;
      });
      const found = await (await pagefind).debouncedSearch(query, version && { filters: { version } }, 120);
      if (found) show(await Promise.all(found.results.slice(0, 10).map((r) => r.data())), query);
    } catch {
      pagefind = undefined;
      status.textContent = t('search.unavailable');
    }
  };
  const build = () => {
    dialog = doc.body.appendChild(parts.querySelector('dialog'));
    [input, list, status] = ['input', 'ul', 'p'].map((tag) => dialog.querySelector(tag));
    input.addEventListener('input', search);
    input.addEventListener('keydown', (event) => {
      const { key } = event;
      if (key === 'ArrowDown' || key === 'ArrowUp') setActive(active + (key === 'ArrowDown' ? 1 : -1));
      else if (key === 'Enter' && active >= 0) location.href = list.children[active].querySelector('a').href;
      // A search field spends the first Escape on clearing itself.
      else if (key === 'Escape') dialog.close();
      else return;
      event.preventDefault();
    });
    dialog.querySelector('button').addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  };
  const open = () => {
    if (!dialog) build();
    if (!dialog.open) dialog.showModal();
    input.select();
    search();
  };
  slot.lastElementChild.addEventListener('click', open);
  doc.addEventListener('keydown', (event) => {
    const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
    const mod = event.ctrlKey || event.metaKey;
    if ((event.key === '/' && !typing && !mod) || (mod && event.key.toLowerCase() === 'k')) {
      event.preventDefault();
      open();
    }
  });
})();
