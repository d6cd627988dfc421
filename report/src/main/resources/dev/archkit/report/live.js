// archkit serve: the page listens for the server's version (server-sent events) and reloads
// when it differs from its own, keeping the diagram tab and zoom that were shown.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="archkit-live-version"]');
  if (!meta || !window.EventSource) return;
  var mine = meta.getAttribute('content');
  var status = document.querySelector('.live-status');
  var text = status && status.querySelector('.live-text');
  var KEY = 'archkit-serve-tabs';

  // the tab shown in each section survives a reload
  try {
    var kept = JSON.parse(sessionStorage.getItem(KEY) || '{}');
    Object.keys(kept).forEach(function (arch) {
      var section = document.querySelector('section.arch[data-arch="' + CSS.escape(arch) + '"]');
      if (!section) return;
      var tab = Array.prototype.find.call(section.querySelectorAll('.tab'), function (t) { return t.textContent === kept[arch]; });
      if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
    });
  } catch (e) { /* nothing kept */ }
  function keepTabs() {
    var tabs = {};
    document.querySelectorAll('section.arch').forEach(function (section) {
      var t = section.querySelector('.tab[aria-selected="true"]');
      if (t) tabs[section.dataset.arch] = t.textContent;
    });
    try { sessionStorage.setItem(KEY, JSON.stringify(tabs)); } catch (e) { /* storage off */ }
  }

  function show(state, words) {
    if (!status) return;
    status.dataset.state = state;
    text.textContent = words;
  }

  var events = new EventSource(meta.dataset.events);
  events.addEventListener('version', function (e) {
    if (e.data === mine) { show('live', 'live: the page follows the files'); return; }
    show('reloading', 'the files changed: reloading');
    events.close();
    keepTabs();
    location.reload();
  });
  events.onerror = function () { show('offline', 'archkit serve is not reachable: reconnecting'); };
})();
