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
        // Node labels wrap at a fixed width and sit on a light background, so a label crossing a
        // line stays readable; below 6 px on screen they are not drawn at all (zoom in to read).
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 90,
          'background-color': 'data(colour)', 'color': '#222', 'text-valign': 'bottom', 'text-margin-y': 3, 'width': 16, 'height': 16,
          'text-background-color': '#fcfcfc', 'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 6 } },
        { selector: 'node.start', style: { 'width': 26, 'height': 26, 'border-width': 3, 'border-color': '#c9a227', 'font-weight': 'bold' } },
        // Edge labels are drawn only while the picture is small; in a crowded one, for the lines of
        // the node under the pointer or picked, and for a line picked or under the pointer.
        { selector: 'edge', style: { 'label': '', 'font-size': 9, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'width': 1.5, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'text-rotation': 'autorotate', 'color': '#444',
          'text-background-color': '#fcfcfc', 'text-background-opacity': 1, 'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
        { selector: 'edge.labelled, edge.near, edge:selected', style: { 'label': 'data(label)' } },
        { selector: 'edge.near', style: { 'line-color': '#777', 'target-arrow-color': '#777', 'z-index': 10 } },
        { selector: 'node.faded', style: { 'opacity': 0.35 } },
        { selector: 'edge.faded', style: { 'opacity': 0.2 } },
        { selector: ':selected', style: { 'line-color': '#c9a227', 'target-arrow-color': '#c9a227', 'border-width': 3, 'border-color': '#c9a227' } }
      ]
    });

    /** Edge labels for every line only while they fit: a few lines, or few per node. */
    var CROWDED_EDGES = 12;

    function relabel() {
      var crowded = cy.edges().length > CROWDED_EDGES;
      cy.edges().toggleClass('labelled', !crowded);
      box.setAttribute('data-crowded', String(crowded));
    }

    /** A node's own lines and neighbours stand out, the rest fade: where the pointer is, or what was picked. */
    function focus(n) {
      cy.elements().removeClass('near faded');
      if (!n) return;
      var hood = n.closedNeighborhood();
      hood.edges().addClass('near');
      if (cy.nodes().length > 12) cy.elements().not(hood).addClass('faded');
    }

    /**
     * The layout: force-directed (cose), with room for the labels (each node's box includes its
     * label, and boxes may not overlap), started afresh each time so a grown picture is laid out
     * whole rather than squeezed around the old one. Then the picture is fitted, but never so far
     * out that the names become too small to read: a big one opens on its start, to be panned.
     */
    var READABLE_ZOOM = 0.8;

    /**
     * What cose leaves: nodes whose boxes (label included) still overlap are pushed apart along
     * the axis that needs the shorter move, a few passes until none does.
     */
    function separate() {
      var nodes = cy.nodes().toArray();
      for (var pass = 0; pass < 60; pass++) {
        var moved = false;
        var boxes = nodes.map(function (n) { return n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true }); });
        for (var i = 0; i < nodes.length; i++) {
          for (var j = i + 1; j < nodes.length; j++) {
            var a = boxes[i], b = boxes[j];
            if (!(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)) continue;
            var dx = Math.min(a.x2 - b.x1, b.x2 - a.x1) + 4, dy = Math.min(a.y2 - b.y1, b.y2 - a.y1) + 4;
            var pa = nodes[i].position(), pb = nodes[j].position();
            if (dx < dy) {
              var sx = pa.x <= pb.x ? 1 : -1;
              nodes[i].position({ x: pa.x - sx * dx / 2, y: pa.y });
              nodes[j].position({ x: pb.x + sx * dx / 2, y: pb.y });
            } else {
              var sy = pa.y <= pb.y ? 1 : -1;
              nodes[i].position({ x: pa.x, y: pa.y - sy * dy / 2 });
              nodes[j].position({ x: pb.x, y: pb.y + sy * dy / 2 });
            }
            boxes[i] = nodes[i].boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
            boxes[j] = nodes[j].boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true });
            moved = true;
          }
        }
        if (!moved) return;
      }
    }

    function layout() {
      var n = cy.nodes().length;
      var l = cy.layout({ name: 'cose', animate: false, randomize: true, fit: true, padding: 16,
        nodeDimensionsIncludeLabels: true, nodeOverlap: 16, idealEdgeLength: function () { return n > 30 ? 36 : 56; },
        nodeRepulsion: function () { return n > 30 ? 4000 : 8000; }, edgeElasticity: function () { return 100; },
        gravity: 1.5, numIter: 3000, componentSpacing: 30, coolingFactor: 0.97 });
      l.one('layoutstop', function () {
        separate();
        cy.fit(undefined, 16);
        if (cy.zoom() < READABLE_ZOOM) {
          var start = cy.nodes('.start');
          cy.zoom(READABLE_ZOOM);
          cy.center(start.nonempty() ? start : cy.nodes());
        }
      });
      return l;
    }

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
      if (added.length) {
        relabel();
        layout().run();
      }
      box.setAttribute('data-nodes', String(cy.nodes().length));
      box.setAttribute('data-laid-out', String(Date.now()));
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

    cy.on('mouseover', 'node', function (evt) { focus(evt.target); });
    cy.on('mouseout', 'node', function () { focus(cy.$('node:selected')[0]); });
    cy.on('mouseover', 'edge', function (evt) { evt.target.addClass('near'); });
    cy.on('mouseout', 'edge', function (evt) { if (!evt.target.selected()) evt.target.removeClass('near'); });
    cy.on('tap', function (evt) { if (evt.target === cy) focus(null); });

    cy.on('tap', 'node', function (evt) {
      var n = evt.target;
      focus(n);
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
