// archkit report: diagram tabs with zoom and pan, finding filters, and a finding's element
// highlighted in the diagrams. No request leaves the page.
(function () {
  'use strict';

  function Zoom(viewport) {
    var stage = viewport.querySelector('.stage');
    var svg = stage.querySelector('svg');
    var state = { scale: 1, x: 0, y: 0 };
    function apply() {
      stage.style.transform = 'translate(' + state.x + 'px,' + state.y + 'px) scale(' + state.scale + ')';
    }
    function size() {
      var w = parseFloat(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
      var h = parseFloat(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
      return { w: w, h: h };
    }
    function zoomAt(factor, cx, cy) {
      var next = Math.min(8, Math.max(0.05, state.scale * factor));
      factor = next / state.scale;
      state.x = cx - (cx - state.x) * factor;
      state.y = cy - (cy - state.y) * factor;
      state.scale = next;
      apply();
    }
    function fit() {
      var s = size();
      var vw = viewport.clientWidth, vh = viewport.clientHeight;
      if (!vw || !s.w) return;
      state.scale = Math.min(1.5, Math.min(vw / s.w, vh / s.h));
      state.x = (vw - s.w * state.scale) / 2;
      state.y = Math.max(0, (vh - s.h * state.scale) / 2);
      apply();
    }
    function center(el) {
      var box = el.getBBox();
      var vw = viewport.clientWidth, vh = viewport.clientHeight;
      if (state.scale < 0.6) state.scale = 0.6;
      state.x = vw / 2 - (box.x + box.width / 2) * state.scale;
      state.y = vh / 2 - (box.y + box.height / 2) * state.scale;
      apply();
    }
    viewport.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = viewport.getBoundingClientRect();
      zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    var drag = null;
    viewport.addEventListener('pointerdown', function (e) {
      drag = { x: e.clientX - state.x, y: e.clientY - state.y };
      viewport.classList.add('dragging');
      viewport.setPointerCapture(e.pointerId);
    });
    viewport.addEventListener('pointermove', function (e) {
      if (!drag) return;
      state.x = e.clientX - drag.x;
      state.y = e.clientY - drag.y;
      apply();
    });
    function stop() { drag = null; viewport.classList.remove('dragging'); }
    viewport.addEventListener('pointerup', stop);
    viewport.addEventListener('pointercancel', stop);
    return {
      fit: fit, center: center, fitted: false,
      zoom: function (f) { zoomAt(f, viewport.clientWidth / 2, viewport.clientHeight / 2); }
    };
  }

  function Section(section) {
    var tabs = Array.prototype.slice.call(section.querySelectorAll('.tab'));
    var panels = Array.prototype.slice.call(section.querySelectorAll('.panel'));
    var zooms = {};
    panels.forEach(function (p) { zooms[p.id] = Zoom(p.querySelector('.viewport')); });

    function current() {
      for (var i = 0; i < panels.length; i++) if (!panels[i].hidden) return panels[i];
      return panels[0];
    }
    function show(id) {
      panels.forEach(function (p) { p.hidden = p.id !== id; });
      tabs.forEach(function (t) { t.setAttribute('aria-selected', String(t.dataset.panel === id)); });
      var z = zooms[id];
      if (z && !z.fitted) { z.fit(); z.fitted = true; }
    }
    tabs.forEach(function (t) { t.addEventListener('click', function () { show(t.dataset.panel); }); });
    section.querySelector('.zoom-in').addEventListener('click', function () { zooms[current().id].zoom(1.25); });
    section.querySelector('.zoom-out').addEventListener('click', function () { zooms[current().id].zoom(1 / 1.25); });
    section.querySelector('.zoom-fit').addEventListener('click', function () { zooms[current().id].fit(); });
    if (panels.length) show(panels[0].id);

    function nodesOf(panel, element) {
      return Array.prototype.filter.call(panel.querySelectorAll('[data-element]'), function (g) {
        return g.getAttribute('data-element') === element;
      });
    }
    function highlight(element) {
      section.querySelectorAll('.hl').forEach(function (g) { g.classList.remove('hl'); });
      if (!element) return null;
      var order = [current()].concat(panels);
      for (var i = 0; i < order.length; i++) {
        var nodes = nodesOf(order[i], element);
        if (nodes.length) {
          show(order[i].id);
          nodes.forEach(function (g) { g.classList.add('hl'); });
          zooms[order[i].id].center(nodes[0]);
          return order[i];
        }
      }
      return null;
    }

    var rows = Array.prototype.slice.call(section.querySelectorAll('tr.finding'));
    var filters = {
      severity: section.querySelector('.f-severity'),
      family: section.querySelector('.f-family'),
      element: section.querySelector('.f-element')
    };
    var shown = section.querySelector('.shown');
    function detailOf(row) { return section.querySelector('tr.detail[data-for="' + row.id + '"]'); }
    function filter() {
      var n = 0;
      rows.forEach(function (row) {
        var ok = Object.keys(filters).every(function (k) {
          var v = filters[k].value;
          return !v || row.dataset[k] === v;
        });
        row.hidden = !ok;
        if (!ok) detailOf(row).hidden = true;
        if (ok) n++;
      });
      shown.textContent = n + ' of ' + rows.length + ' shown';
    }
    Object.keys(filters).forEach(function (k) { filters[k].addEventListener('change', filter); });

    function select(row) {
      var detail = detailOf(row);
      var open = detail.hidden;
      rows.forEach(function (r) { r.classList.remove('selected'); });
      section.querySelectorAll('tr.detail').forEach(function (d) { d.hidden = true; });
      detail.hidden = !open;
      if (open) row.classList.add('selected');
      var panel = highlight(open ? row.dataset.element : '');
      if (open && panel) { var v = panel.getBoundingClientRect(); if (v.bottom < 0 || v.top > window.innerHeight) panel.scrollIntoView({ block: 'nearest' }); }
    }
    rows.forEach(function (row) {
      row.addEventListener('click', function () { select(row); });
      row.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(row); }
      });
    });
  }

  document.querySelectorAll('section.arch').forEach(Section);
})();
