// scamkg: an entity's events on a time axis (Cytoscape.js with fixed positions), drawn from the
// timeline list on the page (each .item carries its first possible day, date, label and page).
// A click on an event opens its page; the list stays below for reading and for screen readers.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('timeline-picture');
    if (!box || typeof cytoscape !== 'function') return;
    var items = Array.prototype.filter.call(document.querySelectorAll('#timeline .item'), function (i) {
      return i.getAttribute('data-day') !== '';
    });
    if (items.length < 2) return;
    var days = items.map(function (i) { return Number(i.getAttribute('data-day')); });
    var min = Math.min.apply(null, days), max = Math.max.apply(null, days);
    var span = Math.max(max - min, 1), width = 1000;
    function x(day) { return (day - min) / span * width; }
    var elements = [];
    var firstYear = new Date(min * 86400000).getUTCFullYear(), lastYear = new Date(max * 86400000).getUTCFullYear();
    for (var y = firstYear; y <= lastYear + 1; y++) {
      var day = Date.UTC(y, 0, 1) / 86400000;
      if (day < min - span * 0.05 || day > max + span * 0.05) continue;
      elements.push({ group: 'nodes', data: { id: 'year-' + y, label: String(y) }, position: { x: x(day), y: -30 }, classes: 'tick', selectable: false, grabbable: false });
    }
    items.forEach(function (item, k) {
      var label = item.getAttribute('data-date') + ' ' + item.getAttribute('data-label');
      elements.push({ group: 'nodes', data: { id: 'event-' + k, label: label.length > 60 ? label.substring(0, 57) + '…' : label,
        href: item.getAttribute('data-href') }, position: { x: x(days[k]), y: 30 + (k % 4) * 45 }, grabbable: false });
    });
    var cy = cytoscape({
      container: box, elements: elements, layout: { name: 'preset', padding: 30 }, userZoomingEnabled: true, wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'width': 12, 'height': 12, 'background-color': '#c9a227',
          'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'color': '#222' } },
        { selector: 'node.tick', style: { 'background-color': '#1f2a44', 'shape': 'rectangle', 'width': 2, 'height': 14,
          'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'font-weight': 'bold' } }
      ]
    });
    cy.on('tap', 'node[href]', function (evt) { window.location.href = evt.target.data('href'); });
    box.scamkgTimeline = cy;
    box.setAttribute('data-events', String(items.length));
  });
})();
