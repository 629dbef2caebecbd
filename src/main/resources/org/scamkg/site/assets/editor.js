// scamkg: in the SPARQL editor, links to our identifiers (https://w3id.org/scamkg/...) open
// their pages on this server, in the same tab, instead of going off-site.
(function () {
  'use strict';
  var BASE = 'https://w3id.org/scamkg/';

  function localise(a) {
    var href = a.getAttribute('href');
    if (href && href.indexOf(BASE) === 0) {
      a.setAttribute('href', '/' + href.substring(BASE.length));
      a.removeAttribute('target');
    }
  }

  function sweep(root) {
    if (root.nodeType !== 1) return;
    if (root.tagName === 'A') localise(root);
    Array.prototype.forEach.call(root.querySelectorAll('a[href^="' + BASE + '"]'), localise);
  }

  function start() {
    sweep(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        if (r.type === 'attributes') localise(r.target);
        else Array.prototype.forEach.call(r.addedNodes, sweep);
      });
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
