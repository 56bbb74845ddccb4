/** Path of the server-sent events stream the dev server offers. */
export const EVENTS_PATH = '/__guidekit/events';

/**
 * The script the dev server adds to every HTML page it serves (never to the built files): it
 * listens for rebuilds, reloads the page when its output changed (keeping the scroll position),
 * and shows build errors in an overlay until they are fixed.
 */
export const LIVE_RELOAD_CLIENT = `(() => {
  const key = 'guidekit:scroll:' + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    addEventListener('load', () => scrollTo(0, Number(saved)));
  }
  let overlay;
  const showErrors = (lines) => {
    overlay ??= Object.assign(document.createElement('div'), { id: 'guidekit-error-overlay' });
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-label', 'Build errors');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap';
    overlay.textContent = 'guidekit: the last edit did not build; these pages are from the last good build.\\n\\n' + lines.join('\\n');
    document.body.append(overlay);
  };
  const here = location.pathname;
  const source = new EventSource('${EVENTS_PATH}');
  source.addEventListener('build', (event) => {
    const build = JSON.parse(event.data);
    if (!build.ok) return showErrors(build.errors);
    overlay?.remove();
    overlay = undefined;
    if (build.reloadAll || build.changed.includes(here) || (here.endsWith('/index.html') && build.changed.includes(here.slice(0, -10)))) {
      sessionStorage.setItem(key, String(scrollY));
      location.reload();
    }
  });
})();`;
