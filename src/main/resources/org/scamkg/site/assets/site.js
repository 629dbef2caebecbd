// scamkg: name pickers with autocomplete from the name search (/search?format=json).
// An input marked data-entity-picker="go" opens the chosen entity's page; "fill" puts its
// short identifier (person/sar-sokha) in the input, with its name shown beside it.
(function () {
  'use strict';

  // An old link into the editor (/#/dataset/kg/query?...) lands on the home page: send it on.
  if (window.location.pathname === '/' && window.location.hash.indexOf('#/dataset/') === 0) {
    window.location.replace('/editor/' + window.location.hash);
    return;
  }

  function debounce(fn, ms) {
    var t;
    return function () { var a = arguments, self = this; clearTimeout(t); t = setTimeout(function () { fn.apply(self, a); }, ms); };
  }

  function shortForm(iri) {
    var base = 'https://w3id.org/scamkg/id/';
    return iri.indexOf(base) === 0 ? iri.substring(base.length) : iri;
  }

  function kindName(k) { return k.replace(/^.*[#/]/, ''); }

  function attach(input) {
    var mode = input.getAttribute('data-entity-picker') || 'go';
    var wrap = document.createElement('span');
    wrap.className = 'picker';
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var list = document.createElement('ul');
    list.className = 'picker-list';
    list.hidden = true;
    list.setAttribute('role', 'listbox');
    wrap.appendChild(list);
    var chosen = null;
    if (mode === 'fill') {
      chosen = wrap.parentNode.querySelector('.picked');
      if (!chosen) {
        chosen = document.createElement('span');
        chosen.className = 'muted picked';
        wrap.parentNode.insertBefore(chosen, wrap.nextSibling);
      }
    }
    var hits = [];
    var active = -1;

    function close() { list.hidden = true; active = -1; }

    function choose(h) {
      close();
      if (mode === 'go') { window.location.href = h.page; return; }
      input.value = shortForm(h.entity);
      if (chosen) chosen.textContent = ' ' + h.label;
    }

    function show() {
      list.textContent = '';
      hits.forEach(function (h, i) {
        var li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = h.label || shortForm(h.entity);
        var k = document.createElement('span');
        k.className = 'k';
        k.textContent = (h.kinds || []).map(kindName).join(', ');
        li.appendChild(k);
        if (i === active) li.className = 'active';
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(h); });
        list.appendChild(li);
      });
      list.hidden = hits.length === 0;
    }

    var lookup = debounce(function () {
      var q = input.value.trim();
      if (q.length < 2 || q.indexOf('/') >= 0) { hits = []; show(); return; }
      fetch('/search?format=json&limit=8&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (j) { if (input.value.trim() === q) { hits = j.results || []; active = -1; show(); } })
        .catch(function () { hits = []; show(); });
    }, 150);

    input.addEventListener('input', function () { if (chosen) chosen.textContent = ''; lookup(); });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') { active = Math.min(active + 1, hits.length - 1); show(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); show(); e.preventDefault(); }
      else if (e.key === 'Enter' && active >= 0) { choose(hits[active]); e.preventDefault(); }
      else if (e.key === 'Escape') close();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-entity-picker]'), attach);
  });
})();
