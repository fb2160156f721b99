#include "serve/preview_client.h"

namespace charterc {

namespace {

// Plain DOM calls and textContent only: messages quote the user's text,
// which must never be parsed as markup. The panel lives in a shadow root so
// the page's styles and the panel's cannot meet, and its styles are set as
// a constructed style sheet, which a page's Content-Security-Policy
// (style-src without 'unsafe-inline') does not block.
constexpr std::string_view kScript = R"js(// charterc serve: live reload and this page's diagnostics.
(() => {
  'use strict';
  const me = document.currentScript;
  if (!me) return;
  const page = me.dataset.page || '';
  const pageBuild = Number(me.dataset.build || 0);
  const scrollKey = 'charterc-serve-scroll:' + page;
  const dismissKey = 'charterc-serve-dismissed:' + page;

  const store = {
    get(key) { try { return sessionStorage.getItem(key); } catch (e) { return null; } },
    set(key, value) { try { sessionStorage.setItem(key, value); } catch (e) { /* storage off */ } },
    remove(key) { try { sessionStorage.removeItem(key); } catch (e) { /* storage off */ } },
  };

  // A reload after a build keeps the reader where they were.
  const saved = store.get(scrollKey);
  if (saved !== null) {
    store.remove(scrollKey);
    const [x, y] = saved.split(',').map(Number);
    const restore = () => window.scrollTo(x || 0, y || 0);
    if (document.readyState === 'complete') restore(); else window.addEventListener('load', restore, { once: true });
  }

  function reload() {
    store.set(scrollKey, Math.round(window.scrollX) + ',' + Math.round(window.scrollY));
    location.reload();
  }

  // The first event tells the current build: a page older than it (or from
  // an earlier run of the server) reloads at once.
  const events = new EventSource('/_charterc/events');
  events.addEventListener('build', (event) => {
    let data = null;
    try { data = JSON.parse(event.data); } catch (e) { return; }
    if (data && data.build !== pageBuild) reload();
  });

  if (me.dataset.overlay === 'off') return;
  fetch('/_charterc/diagnostics?page=' + encodeURIComponent(page), { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : null))
    .then((report) => { if (report) show(report); })
    .catch(() => { /* the server stopped: nothing to show */ });

  const css = `
    :host { all: initial; }
    .panel { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483647; box-sizing: border-box;
      width: min(42rem, calc(100vw - 2rem)); max-height: min(60vh, 36rem); overflow: auto;
      background: #ffffff; color: #1b1b1b; border: 2px solid #1b1b1b; border-radius: 6px;
      box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); font: 15px/1.45 system-ui, sans-serif; }
    .bar { display: flex; gap: 0.5rem; align-items: center; padding: 0.5rem 0.75rem;
      border-bottom: 1px solid #767676; position: sticky; top: 0; background: #ffffff; }
    .summary { margin: 0; flex: 1; font-weight: 600; }
    button { font: inherit; color: #1b1b1b; background: #f0f0f0; border: 1px solid #1b1b1b; border-radius: 4px;
      padding: 0.2rem 0.6rem; cursor: pointer; }
    button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    ol { margin: 0; padding: 0.5rem 0.75rem 0.75rem 2.25rem; }
    li { margin: 0.4rem 0; }
    .where { font-family: ui-monospace, monospace; font-size: 0.9em; }
    .error { color: #a4001d; font-weight: 600; }
    .warning { color: #7a4500; font-weight: 600; }
    .note { color: #1f4e79; font-weight: 600; }
    .hint, .extra { color: #3d3d3d; }
    .extra { margin: 0; padding: 0 0.75rem 0.75rem; }
    @media (prefers-color-scheme: dark) {
      .panel, .bar { background: #1e1e1e; color: #f2f2f2; border-color: #f2f2f2; }
      button { background: #333333; color: #f2f2f2; border-color: #f2f2f2; }
      button:focus-visible { outline-color: #8cc4ff; }
      .error { color: #ff9d9d; } .warning { color: #ffd27a; } .note { color: #a8d1ff; }
      .hint, .extra { color: #d0d0d0; }
    }`;

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function plural(count, word) { return count + ' ' + word + (count === 1 ? '' : 's'); }

  function countOf(list, severity) { return list.filter((d) => d.severity === severity).length; }

  function summaryText(report) {
    const list = report.diagnostics;
    const parts = [];
    if (countOf(list, 'error')) parts.push(plural(countOf(list, 'error'), 'error'));
    if (countOf(list, 'warning')) parts.push(plural(countOf(list, 'warning'), 'warning'));
    if (countOf(list, 'note')) parts.push(plural(countOf(list, 'note'), 'note'));
    let text = parts.length ? parts.join(', ') + (report.kind === 'project' ? ' in the project' : ' in this page\u2019s sources')
                            : 'No problems in this page\u2019s sources';
    if (report.withheld) text += ' \u2014 not published: you see the last good version';
    return text;
  }

  function item(d) {
    const li = element('li');
    let where = d.file;
    if (d.line > 0) where += ':' + d.line + (d.column > 0 ? ':' + d.column : '');
    li.append(element('span', { class: 'where' }, where), ' ');
    li.append(element('span', { class: d.severity }, d.severity + '[' + d.code + ']'), ': ' + d.message);
    if (d.hint) li.append(element('br'), element('span', { class: 'hint' }, 'hint: ' + d.hint));
    return li;
  }

  function styleRoot(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      root.append(element('style', {}, css));
    }
  }

  function show(report) {
    const elsewhere = report.elsewhere || { errors: 0, warnings: 0 };
    if (!report.diagnostics.length && !elsewhere.errors) return;
    const signature = JSON.stringify([report.diagnostics, elsewhere]);
    if (store.get(dismissKey) === signature) return;
    const host = element('div', { id: 'charterc-serve-panel' });
    const root = host.attachShadow({ mode: 'open' });
    styleRoot(root);
    const panel = element('section', { class: 'panel', role: 'region', 'aria-labelledby': 'charterc-summary' });
    const bar = element('div', { class: 'bar' });
    // Filled once in the page: a live region announces changes, not what
    // it held when inserted.
    const summary = element('p', { class: 'summary', id: 'charterc-summary', role: 'status' });
    bar.append(summary);
    const list = element('ol', { id: 'charterc-list' });
    report.diagnostics.forEach((d) => list.append(item(d)));
    if (report.diagnostics.length) {
      const toggle = element('button', { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'charterc-list' }, 'Hide details');
      toggle.addEventListener('click', () => {
        const open = list.hidden;
        list.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? 'Hide details' : 'Show details';
      });
      bar.append(toggle);
    }
    const close = element('button', { type: 'button', 'aria-label': 'Dismiss the charterc preview panel' }, 'Dismiss');
    const dismiss = () => { store.set(dismissKey, signature); host.remove(); };
    close.addEventListener('click', dismiss);
    panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') dismiss(); });
    bar.append(close);
    panel.append(bar);
    if (report.diagnostics.length) panel.append(list);
    if (elsewhere.errors || elsewhere.warnings) {
      const other = [];
      if (elsewhere.errors) other.push(plural(elsewhere.errors, 'error'));
      if (elsewhere.warnings) other.push(plural(elsewhere.warnings, 'warning'));
      panel.append(element('p', { class: 'extra' }, 'Elsewhere in the project: ' + other.join(', ') + ' (see the terminal).'));
    }
    root.append(panel);
    document.body.append(host);
    setTimeout(() => { summary.textContent = summaryText(report); }, 100);
  }
})();
)js";

}  // namespace

std::string_view PreviewClientScript() { return kScript; }

}  // namespace charterc
