/* Tabs and code groups (:::tabs, :::code-group): their labelled sections become an ARIA tab list
   (arrow keys, Home and End move between tabs); choosing a label chooses it in every tab set of
   the page. Loaded only by pages with tabs; without it the sections stand one under the other. */
(() => {
  const sets = [...document.querySelectorAll('.gk-tabs')];
  const select = (set, index, focus) => {
    set.tabs.forEach((tab, i) => {
      const on = i === index;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      set.panels[i].hidden = !on;
    });
    if (focus) set.tabs[index].focus();
  };
  const chooseLabel = (label, except) => {
    for (const set of built) {
      if (set === except) continue;
      const index = set.labels.indexOf(label);
      if (index >= 0) select(set, index, false);
    }
  };
  const built = sets.map((root, n) => {
    const panels = [...root.children].filter((el) => el.classList.contains('gk-tab'));
    const list = document.createElement('div');
    list.className = 'gk-tablist';
    list.setAttribute('role', 'tablist');
    const set = { root, panels, labels: panels.map((p) => p.dataset.label), tabs: [] };
    panels.forEach((panel, i) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `gk-tab-${n}-${i}`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', (panel.id ||= `gk-tabpanel-${n}-${i}`));
      tab.textContent = panel.querySelector('.gk-tab-label')?.textContent ?? panel.dataset.label;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      tab.addEventListener('click', () => {
        select(set, i, false);
        chooseLabel(set.labels[i], set);
      });
      tab.addEventListener('keydown', (event) => {
        const last = panels.length - 1;
        const dir = getComputedStyle(root).direction === 'rtl' ? -1 : 1;
        const to = { ArrowRight: i + dir, ArrowLeft: i - dir, Home: 0, End: last }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        const index = (to + panels.length) % panels.length;
        select(set, index, true);
        chooseLabel(set.labels[index], set);
      });
      set.tabs.push(tab);
      list.append(tab);
    });
    root.prepend(list);
    root.classList.add('is-tabbed');
    select(set, 0, false);
    return set;
  });
})();
