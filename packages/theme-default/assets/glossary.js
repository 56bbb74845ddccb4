/* Glossary tooltips: CSS shows them on hover and focus; this adds tap (a second tap follows the
   link), Escape to dismiss, and keeps them inside the viewport. */
(() => {
  const terms = document.querySelectorAll('.gk-term');
  if (!terms.length) return;
  let pointer = '';
  let opened;
  const place = (term) => {
    const tip = term.querySelector('.gk-term-tip');
    tip.style.removeProperty('--gk-tip-shift');
    const box = tip.getBoundingClientRect();
    const over = box.right - (document.documentElement.clientWidth - 8);
    if (over > 0) tip.style.setProperty('--gk-tip-shift', `${-Math.min(over, box.left - 8)}px`);
  };
  const close = () => {
    opened?.classList.remove('is-open');
    opened = undefined;
  };
  const undismiss = (event) => event.currentTarget.classList.remove('is-dismissed');
  addEventListener('pointerdown', (event) => (pointer = event.pointerType), true);
  for (const term of terms) {
    term.addEventListener('mouseenter', () => place(term));
    term.addEventListener('focusin', () => place(term));
    term.addEventListener('mouseleave', undismiss);
    term.addEventListener('focusout', undismiss);
    term.querySelector('.gk-term-link').addEventListener('click', (event) => {
      if (pointer !== 'touch' || term === opened) return;
      event.preventDefault();
      close();
      opened = term;
      term.classList.add('is-open');
      place(term);
    });
  }
  document.addEventListener('click', (event) => {
    if (opened && !opened.contains(event.target)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of terms) if (term.matches(':hover, :focus-within, .is-open')) term.classList.add('is-dismissed');
    close();
  });
})();
