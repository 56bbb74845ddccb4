/* Search: the header button, "/" or Ctrl/⌘+K open a dialog. Only then do its script
   (search-ui.js, from the slot's data-search-ui) and its styles load, and pagefind after them:
   a page that is only read loads none of them. The button and the dialog come from the slot's
   <template>, in the page's language. */
(() => {
  const doc = document;
  const slot = doc.querySelector('.search-slot[data-search-ui]');
  const parts = slot?.querySelector('template')?.content;
  if (!parts) return;
  slot.append(parts.querySelector('button'));
  let ui;
  const open = async () => {
    try {
      ui ??= import(slot.dataset.searchUi).then((module) => module.createSearch(slot, parts));
      (await ui)();
    } catch {
      ui = undefined;
    }
  };
  slot.lastElementChild.addEventListener('click', open);
  doc.addEventListener('keydown', (event) => {
    const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
    if ((event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')) {
      event.preventDefault();
      open();
    }
  });
})();
