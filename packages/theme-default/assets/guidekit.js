/* guidekit default theme: progressive enhancements only. Every page works without this file. */
(() => {
  const doc = document;
  const root = doc.documentElement;
  const $ = (selector, scope = doc) => scope.querySelector(selector);
  const $$ = (selector, scope = doc) => Array.from(scope.querySelectorAll(selector));
  /* UI strings come from the page, in its language. */
  const strings = JSON.parse($('#gk-strings')?.textContent || '{}');
  const t = (key) => strings[key] ?? key;

  /* Colour scheme: the inline head script already set data-theme; the button flips it and
     remembers the choice. Without a stored choice the page follows the system setting live. */
  const KEY = 'guidekit-theme';
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const toggle = $('.gk-theme-toggle');
  const stored = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  };
  const applyTheme = (theme) => {
    root.setAttribute('data-theme', theme);
    toggle?.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  applyTheme(root.getAttribute('data-theme') === 'dark' ? 'dark' : 'light');
  toggle?.addEventListener('click', () => {
    const theme = root.getAttribute('data-theme') === 'dark' ? 'light' : 'dark';
    applyTheme(theme);
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      /* Private mode: the choice lasts for this page only. */
    }
  });
  systemDark.addEventListener?.('change', (event) => {
    if (stored() !== 'light' && stored() !== 'dark') applyTheme(event.matches ? 'dark' : 'light');
  });
  addEventListener('storage', (event) => {
    if (event.key === KEY && (event.newValue === 'light' || event.newValue === 'dark')) applyTheme(event.newValue);
  });

  /* Sidebar: keep the current page in view inside the scrolling tree. */
  const sidebar = $('#sidebar');
  const sidebarScroller = sidebar && $('.gk-sidebar-inner', sidebar);
  const revealCurrent = () => {
    const current = sidebarScroller && $('[aria-current="page"]', sidebarScroller);
    if (!current) return;
    const box = sidebarScroller.getBoundingClientRect();
    const item = current.getBoundingClientRect();
    if (item.top < box.top + 40 || item.bottom > box.bottom - 40) {
      sidebarScroller.scrollTop += item.top - box.top - box.height / 3;
    }
  };
  revealCurrent();

  /* Narrow screens: the sidebar is a drawer opened by the "Chapters" button. While it is open,
     focus stays inside it, the page behind is inert, Escape or a tap outside closes it, and focus
     returns to the button. */
  const menuButton = $('.gk-menu-button');
  const closeButton = sidebar && $('.gk-sidebar-close', sidebar);
  const narrow = matchMedia('(max-width: 899.98px)');
  let menuOpen = false;
  const focusable = () =>
    $$('a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])', sidebar).filter(
      (el) => el.getClientRects().length > 0,
    );
  const setMenu = (open, returnFocus = true) => {
    if (!sidebar || !menuButton || open === menuOpen) return;
    menuOpen = open;
    sidebar.classList.toggle('is-open', open);
    root.classList.toggle('gk-menu-open', open);
    menuButton.setAttribute('aria-expanded', String(open));
    for (const el of $$('body > :not(.gk-header):not(.gk-shell):not(script), .gk-main')) el.inert = open;
    if (open) {
      revealCurrent();
      (closeButton || focusable()[0])?.focus();
    } else if (returnFocus) {
      menuButton.focus();
    }
  };
  if (sidebar && menuButton) {
    closeButton?.setAttribute('role', 'button');
    menuButton.addEventListener('click', () => setMenu(!menuOpen));
    closeButton?.addEventListener('click', (event) => {
      event.preventDefault();
      setMenu(false);
    });
    sidebar.addEventListener('click', (event) => {
      if (event.target === sidebar) setMenu(false);
    });
    doc.addEventListener('keydown', (event) => {
      if (!menuOpen) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        setMenu(false);
      } else if (event.key === 'Tab') {
        const items = focusable();
        const first = items[0];
        const last = items[items.length - 1];
        const active = doc.activeElement;
        if (!sidebar.contains(active) || (event.shiftKey ? active === first : active === last)) {
          event.preventDefault();
          (event.shiftKey ? last : first)?.focus();
        }
      }
    });
    narrow.addEventListener?.('change', (event) => {
      if (!event.matches) setMenu(false, false);
    });
    addEventListener('pageshow', (event) => {
      if (event.persisted) setMenu(false, false);
    });
    if (location.hash === '#sidebar' && narrow.matches) {
      history.replaceState(null, '', location.pathname + location.search);
      setMenu(true);
    }
  }

  /* Table of contents: highlight the section being read. A heading counts as current once it
     has passed the upper third of the viewport. */
  const toc = $('.gk-toc');
  if (toc && 'IntersectionObserver' in window) {
    const entries = $$('a[href^="#"]', toc)
      .map((link) => ({ link, target: doc.getElementById(decodeURIComponent(link.hash.slice(1))) }))
      .filter((entry) => entry.target);
    let active;
    const update = () => {
      const line = innerHeight * 0.3;
      let next;
      for (const entry of entries) {
        if (entry.target.getBoundingClientRect().top <= line) next = entry;
        else break;
      }
      if (innerHeight + scrollY >= doc.documentElement.scrollHeight - 2 && entries.length) {
        next = entries[entries.length - 1];
      }
      if (next === active) return;
      active?.link.classList.remove('is-active');
      active?.link.removeAttribute('aria-current');
      active = next;
      if (!active) return;
      active.link.classList.add('is-active');
      active.link.setAttribute('aria-current', 'location');
      if (toc.scrollHeight > toc.clientHeight) {
        const box = toc.getBoundingClientRect();
        const item = active.link.getBoundingClientRect();
        if (item.top < box.top || item.bottom > box.bottom) toc.scrollTop += item.top - box.top - box.height / 2;
      }
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    for (const entry of entries) observer.observe(entry.target);
    addEventListener('scrollend', update);
    update();
  }

  /* Wide tables and code blocks scroll sideways: let the keyboard reach them too. */
  const focusScrollers = () => {
    for (const el of $$('.gk-prose table, .gk-prose pre')) {
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute('tabindex')) el.tabIndex = 0;
    }
  };
  focusScrollers();
  addEventListener('resize', focusScrollers, { passive: true });

  /* Announcement banner: dismissed for good (until its id changes); the <head> script hides it
     on the next pages before they paint. */
  $('.gk-banner-close')?.addEventListener('click', () => {
    root.classList.add('gk-banner-off');
    try {
      localStorage.setItem('guidekit-banner', $('.gk-banner').dataset.banner);
    } catch {
      /* Private mode: dismissed on this page only. */
    }
  });

  /* Language picker: a <details>, so it works without this; Escape closes it. */
  $('.gk-lang')?.addEventListener('keydown', (event) => {
    const picker = event.currentTarget;
    if (event.key !== 'Escape' || !picker.open) return;
    picker.open = false;
    $('summary', picker).focus();
  });

  /* Code blocks: a copy button. */
  if (navigator.clipboard) {
    for (const pre of $$('.gk-prose pre')) {
      const code = $('code', pre) || pre;
      const wrapper = doc.createElement('div');
      wrapper.className = 'gk-code';
      pre.replaceWith(wrapper);
      wrapper.append(pre);
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'gk-copy';
      button.textContent = t('code.copy');
      button.setAttribute('aria-live', 'polite');
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(code.innerText.replace(/\n$/, ''));
          button.textContent = t('code.copied');
        } catch {
          button.textContent = t('code.failed');
        }
        button.classList.add('is-done');
        setTimeout(() => {
          button.textContent = t('code.copy');
          button.classList.remove('is-done');
        }, 2000);
      });
      wrapper.append(button);
    }
  }
})();
