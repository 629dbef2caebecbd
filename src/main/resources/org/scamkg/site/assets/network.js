// scamkg: an interactive network (Cytoscape.js, served from the jar). The element #network names
// its data in data-src ({nodes:[{id,label,kind,href}], edges:[{id,from,to,label,evidence:[{source,sourceHref,quote}]}]});
// with data-expand="true" a click on a node brings in that node's own neighbourhood.
(function () {
  'use strict';
  var COLOURS = { person: '#1a55b0', org: '#b0411a', post: '#6a3fb5', site: '#a11a5a', place: '#2f7d32', licence: '#8a6d00', event: '#555', other: '#888' };

  function el(tag, text, cls) { var e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }

  function link(href, text) { var a = el('a', text); a.href = href; return a; }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('network');
    if (!box || typeof cytoscape !== 'function') return;
    var details = document.getElementById('details');
    var expandable = box.getAttribute('data-expand') === 'true';
    var expanded = {};
    var cy = cytoscape({
      container: box,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 140,
          'background-color': 'data(colour)', 'color': '#222', 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18 } },
        { selector: 'node.start', style: { 'width': 28, 'height': 28, 'border-width': 3, 'border-color': '#c9a227' } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'width': 1.5, 'line-color': '#aaa', 'target-arrow-color': '#aaa', 'text-rotation': 'autorotate', 'color': '#444',
          'text-background-color': '#fcfcfc', 'text-background-opacity': 1 } },
        { selector: ':selected', style: { 'line-color': '#c9a227', 'target-arrow-color': '#c9a227', 'border-width': 3, 'border-color': '#c9a227' } }
      ]
    });

    function add(data, first) {
      var added = [];
      (data.nodes || []).forEach(function (n, i) {
        if (cy.getElementById(n.id).nonempty()) return;
        var node = cy.add({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, href: n.href, colour: COLOURS[n.kind] || COLOURS.other } });
        if (first && i < (box.getAttribute('data-expand') === 'true' ? 1 : 2)) node.addClass('start');
        added.push(node);
      });
      (data.edges || []).forEach(function (e) {
        if (cy.getElementById(e.id).nonempty()) return;
        added.push(cy.add({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, label: e.label, evidence: e.evidence || [] } }));
      });
      if (added.length) cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false }).run();
      box.setAttribute('data-nodes', String(cy.nodes().length));
    }

    function load(url, first) {
      return fetch(url, { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { nodes: [], edges: [] }; })
        .then(function (d) { add(d, first); });
    }

    function showNode(n) {
      details.textContent = '';
      details.appendChild(el('h3', n.data('label')));
      details.appendChild(el('p', n.data('kind'), 'muted'));
      var p = el('p');
      p.appendChild(link(n.data('href'), 'Open its page'));
      details.appendChild(p);
      if (expandable) {
        var q = el('p');
        q.appendChild(link('/network?entity=' + encodeURIComponent(n.id()), 'Centre the network on it'));
        details.appendChild(q);
      }
    }

    function showEdge(e) {
      details.textContent = '';
      details.appendChild(el('h3', e.source().data('label') + ' — ' + e.data('label') + ' → ' + e.target().data('label')));
      var ev = e.data('evidence') || [];
      if (!ev.length) details.appendChild(el('p', 'No source recorded for this line.', 'muted'));
      ev.forEach(function (x) {
        var d = el('div', null, 'cite');
        if (x.quote) d.appendChild(el('div', '“' + x.quote + '”', 'quote'));
        d.appendChild(document.createTextNode('— '));
        d.appendChild(link(x.sourceHref, x.source));
        details.appendChild(d);
      });
    }

    cy.on('tap', 'node', function (evt) {
      var n = evt.target;
      showNode(n);
      if (expandable && !expanded[n.id()]) {
        expanded[n.id()] = true;
        load('/network.json?entity=' + encodeURIComponent(n.id()), false);
      }
    });
    cy.on('tap', 'edge', function (evt) { showEdge(evt.target); });

    box.scamkgNetwork = cy; // for the browser tests, which cannot click into a canvas by name
    var src = box.getAttribute('data-src');
    if (src) {
      var startId = new URLSearchParams(src.split('?')[1] || '').get('entity');
      if (startId) expanded[startId] = true;
      load(src, true);
    }
  });
})();
