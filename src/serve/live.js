// privsite serve: reloads this page when a rebuild changes it, and shows build errors
// over the last good page until the sources build again. Only the preview serves it.
(function () {
  'use strict';
  var script = document.currentScript;
  // The output files whose change reloads this page: its own, or for a 404 page the
  // 404 page and those that would serve its address; none before the site first builds.
  var pages = script.getAttribute('data-page').split(' ').filter(Boolean);
  var version = script.getAttribute('data-version');
  var OVERLAY = 'privsite-error-overlay';
  var shown = null; // the errors on screen, as JSON
  var dismissed = null; // errors the reader closed: not shown again until they change

  function element(tag, style, text) {
    var e = document.createElement(tag);
    if (style) e.setAttribute('style', style);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function clear() {
    var overlay = document.getElementById(OVERLAY);
    if (overlay) overlay.remove();
    shown = null;
  }

  function show(errors) {
    var key = JSON.stringify(errors);
    if (key === shown || key === dismissed) return;
    clear();
    shown = key;
    var overlay = element('div',
      'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem 1rem;' +
      'background:rgba(0,0,0,.6);text-align:left;direction:ltr');
    overlay.id = OVERLAY;
    var box = element('section',
      'max-width:52rem;margin:0 auto;padding:1.25rem 1.5rem;background:#fff;color:#1a1a1a;' +
      'border-left:.5rem solid #b3261e;border-radius:.25rem;font:1rem/1.5 system-ui,sans-serif;' +
      'box-shadow:0 .5rem 2rem rgba(0,0,0,.4)');
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', OVERLAY + '-title');
    var title = element('h2', 'margin:0 0 .5rem;font-size:1.25rem;color:#b3261e',
      errors.length === 1 ? 'The site does not build: 1 error' :
        'The site does not build: ' + errors.length + ' errors');
    title.id = OVERLAY + '-title';
    box.appendChild(title);
    box.appendChild(element('p', 'margin:0 0 1rem',
      'This is the last version that built. Fix the source and save: the preview recovers by itself.'));
    errors.forEach(function (e) {
      var item = element('div', 'margin:0 0 1rem');
      item.className = 'privsite-error';
      item.appendChild(element('p', 'margin:0;font-weight:bold;font-family:ui-monospace,monospace;' +
        'overflow-wrap:anywhere', e.location));
      item.appendChild(element('p', 'margin:.25rem 0', e.message));
      if (e.source_line !== null && e.line !== null) {
        var caret = e.source_line.slice(0, Math.max(0, e.column - 1)).replace(/[^\t]/g, ' ') +
          '^'.repeat(Math.max(1, e.width || 1));
        item.appendChild(element('pre', 'margin:0;padding:.5rem;background:#f3f3f3;color:#1a1a1a;' +
          'overflow:auto;font:.9rem/1.4 ui-monospace,monospace',
          e.line + ' | ' + e.source_line + '\n' + String(e.line).replace(/./g, ' ') + ' | ' + caret));
      }
      box.appendChild(item);
    });
    var close = element('button', 'font:inherit;padding:.25rem 1rem;cursor:pointer', 'Dismiss');
    close.type = 'button';
    close.addEventListener('click', dismiss);
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
  }

  function dismiss() {
    dismissed = shown;
    clear();
  }

  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && shown !== null) dismiss();
  });

  function affectsThisPage(changed) {
    if (pages.length === 0 || changed === null) return true;
    return changed.some(function (path) {
      // Stylesheets, images and scripts may be used by any page.
      return pages.indexOf(path) >= 0 || !/\.html?$/.test(path);
    });
  }

  var initial = document.getElementById('privsite-errors');
  if (initial) show(JSON.parse(initial.textContent));

  var events = new EventSource(location.protocol + '//' + location.host + '/__privsite/events');
  events.addEventListener('hello', function (e) {
    var state = JSON.parse(e.data);
    // A build happened while this page loaded, or the server restarted.
    if (state.version !== version) return location.reload();
    if (state.errors) show(state.errors); else { clear(); dismissed = null; }
  });
  events.addEventListener('failed', function (e) {
    show(JSON.parse(e.data).errors);
  });
  events.addEventListener('reload', function (e) {
    var build = JSON.parse(e.data);
    clear();
    dismissed = null;
    if (affectsThisPage(build.changed)) return location.reload();
    version = build.version;
  });
})();
