/* Search: the header button, "/" or Ctrl/⌘+K open a dialog, focused at once. Only then do its
   search (search-ui.js, from the slot's data-search-ui) and pagefind load: a page that is only
   read loads neither, and what is typed meanwhile is searched when they are there. The button
   and the dialog come from the slot's <template>, in the page's language. */
(() => {
  const doc = document;
  const slot = doc.querySelector('.search-slot[data-search-ui]');
  const parts = slot?.querySelector('template')?.content;
  if (!parts) return;
  slot.append(parts.querySelector('button'));
  let dialog, ui;
  const open = () => {
    if (!dialog) {
      dialog = doc.body.appendChild(parts.querySelector('dialog'));
      dialog.querySelector('.gk-search-close').addEventListener('click', () => dialog.close());
      dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    }
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input').select();
    ui ??= import(slot.dataset.searchUi).then(
      (module) => module.attachSearch(slot, dialog),
      () => {
        ui = undefined;
        dialog.querySelector('[role="status"]').textContent = JSON.parse(doc.getElementById('gk-strings')?.textContent || '{}')['search.unavailable'] ?? '';
      },
    );
    ui.then((search) => search?.());
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
