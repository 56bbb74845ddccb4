/* The search in the dialog search.js opens, loaded when a reader first opens it: a combobox over
   pagefind (from the slot's data-search URL; a portable build's search-index.js instead), results
   ten at a time with "show more", a filter by chapter, and, when a query finds nothing, the
   closest matches. A versioned page searches its own version (the slot's data-version). Arrow
   keys pick a result, Enter opens it, Escape closes. Its results' styles (search.css) load with
   it. A classic script (it sets self.guidekitAttachSearch), so that it loads from disk too. */
(() => {
  const doc = document;
  const PAGE = 10;

  /** UI strings come from the page, in its language. */
  const translator = () => {
    const lang = doc.documentElement.lang;
    const strings = JSON.parse(doc.getElementById('gk-strings')?.textContent || '{}');
    return (key, vars = {}) => {
      let text = strings[key] ?? key;
      if (text.other) text = text[new Intl.PluralRules(lang).select(vars.count)] ?? text.other;
      return text.replace(/\{(\w+)\}/g, (whole, name) => vars[name]?.toLocaleString(lang) ?? whole);
    };
  };


  /**
   * Pagefind matches the start of words: a query that finds nothing is tried again with its longer
   * words cut shorter, a letter at a time down to three, so "roadmpa" finds "roadmap" and
   * "prodcut" finds "product". The first cut that finds something is the answer.
   */
  async function closeMatches(pagefind, query, options) {
    const words = query.split(/\s+/);
    const longest = Math.max(...words.map((word) => word.length));
    for (let cut = 1; longest - cut >= 3; cut++) {
      const shorter = words.map((word) => (word.length > 3 ? word.slice(0, Math.max(3, word.length - cut)) : word)).join(' ');
      const found = await pagefind.search(shorter, options);
      if (found.results.length) return found;
    }
    return undefined;
  }

  /** Pagefind, from its folder: its main bundle, then the others a large guide's index is split into. */
  async function pagefindIndex(bundle) {
    const module = await import(`${bundle}pagefind.js`);
    const baseUrl = new URL('..', new URL(bundle, location.href)).pathname;
    await module.options({ baseUrl });
    const shards = await fetch(`${bundle}guidekit-shards.json`).then((r) => (r.ok ? r.json() : { bundles: [] }));
    for (const path of shards.bundles.slice(1)) await module.mergeIndex(`${bundle}${path}`, { baseUrl });
    return module;
  }

  /** A portable build's index: a script that sets self.guidekitSearch, which answers as pagefind does. */
  function portableIndex(src) {
    return new Promise((onload, onerror) => doc.head.append(Object.assign(doc.createElement('script'), { src, onload, onerror }))).then(() => self.guidekitSearch);
  }

  /** Brings search to the dialog; returns what runs the search of what the input holds. */
  function attachSearch(slot, dialog) {
    const t = translator();
    const bundle = slot.dataset.search;
    const [input, list, status, filter, more] = ['input', 'ul', 'p', 'select', '.gk-search-more'].map((s) => dialog.querySelector(s));
    doc.head.append(Object.assign(doc.createElement('link'), { rel: 'stylesheet', href: slot.dataset.searchCss }));
    let pagefind;
    let results = [];
    let active = -1;

    const load = () =>
      (pagefind ??= (/\.js$/.test(bundle) ? portableIndex(bundle) : pagefindIndex(bundle)).then(async (module) => {
        fillFilter(await module.filters());
        return module;
      }));

    /** The chapters to search in, in their order (by number). */
    const fillFilter = (filters) => {
      const chapters = Object.keys(filters?.chapter ?? {}).sort(new Intl.Collator(doc.documentElement.lang, { numeric: true }).compare);
      filter.append(...chapters.map((chapter) => new Option(chapter, chapter)));
      filter.hidden = chapters.length < 2;
    };

    const options = () => list.querySelectorAll('[role="option"]');
    const setActive = (index) => {
      const all = [...options()];
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach((option, i) => option.setAttribute('aria-selected', i === active));
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    };
    const span = (className, text) => Object.assign(doc.createElement('span'), { className, textContent: text });
    // Excerpts mark the words found; the rest is shown as text.
    const excerpt = (html) => {
      const el = span('gk-search-excerpt', '');
      html.split(/<\/?mark>/).forEach((part, i) => {
        const text = Object.assign(doc.createElement('textarea'), { innerHTML: part }).value;
        el.append(i % 2 ? Object.assign(doc.createElement('mark'), { textContent: text }) : text);
      });
      return el;
    };
    // Each result is a link that is the option itself: a control inside an option is lost to assistive technology.
    const option = (r, i) => {
      const item = doc.createElement('li');
      const link = Object.assign(doc.createElement('a'), { href: r.url, tabIndex: -1, id: `gk-search-${i}` });
      // A chapter's own page is titled with the chapter: it is named once.
      const chapter = r.meta.chapter && r.meta.chapter !== r.meta.title ? [span('gk-search-chapter', r.meta.chapter)] : [];
      link.append(...chapter, span('gk-search-title', r.meta.title || r.url), excerpt(r.excerpt));
      link.setAttribute('role', 'option');
      item.setAttribute('role', 'none');
      item.append(link);
      return item;
    };

    /** Shows the next page of results below those shown. */
    const showMore = async () => {
      const shown = results;
      const from = list.children.length;
      const data = await Promise.all(shown.slice(from, from + PAGE).map((r) => r.data()));
      if (shown !== results) return; // A newer search replaced the list meanwhile.
      list.append(...data.map((r, i) => option(r, from + i)));
      const left = results.length - list.children.length;
      more.hidden = left <= 0;
      more.textContent = t('search.more', { count: Math.min(left, PAGE) });
      if (from === 0) setActive(0);
      else setActive(from);
    };

    // Each keystroke starts a search; only the latest may fill the list.
    let searches = 0;
    const search = async () => {
      const generation = ++searches;
      const query = input.value.trim();
      const filters = { ...(slot.dataset.version ? { version: slot.dataset.version } : {}), ...(filter.value ? { chapter: filter.value } : {}) };
      const scope = Object.keys(filters).length ? { filters } : {};
      let found = { results: [] };
      let close = false;
      try {
        if (query) {
          const module = await load();
          found = await module.debouncedSearch(query, scope, 120);
          if (!found) return; // A later keystroke took over.
          if (!found.results.length) close = Boolean((found = (await closeMatches(module, query, scope)) ?? found).results.length);
        }
      } catch {
        pagefind = undefined;
        status.textContent = t('search.unavailable');
        return;
      }
      if (generation !== searches) return;
      results = found.results;
      list.replaceChildren();
      active = -1;
      input.removeAttribute('aria-activedescendant');
      input.setAttribute('aria-expanded', results.length > 0);
      const n = results.length;
      await showMore();
      if (generation !== searches) return;
      // Said once the first results are there to be read.
      status.textContent = !query ? '' : !n ? t('search.none', { query }) : close ? t('search.closeMatches', { count: n, query }) : t('search.count', { count: n });
    };

    input.addEventListener('input', search);
    filter.addEventListener('change', search);
    more.addEventListener('click', showMore);
    input.addEventListener('keydown', (event) => {
      const { key } = event;
      if (key === 'ArrowDown' || key === 'ArrowUp') setActive(active + (key === 'ArrowDown' ? 1 : -1));
      else if (key === 'Enter' && active >= 0) location.href = options()[active].href;
      // A search field spends the first Escape on clearing itself.
      else if (key === 'Escape') dialog.close();
      else return;
      event.preventDefault();
    });
    return search;
  }

  self.guidekitAttachSearch = attachSearch;
})();
