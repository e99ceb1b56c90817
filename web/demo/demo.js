// The demo page embeds the widget exactly as a publisher would, with embed.js. The
// widget comes from this page's own server, or from the origin given in the
// fragment (#widget=http://localhost:8080), so that the page can show a widget
// from another site, as on a real news page.
(function () {
  'use strict';
  var params = new URLSearchParams(location.hash.slice(1));
  var origin = params.get('widget') || location.origin;

  var tag = document.createElement('script');
  tag.src = origin + '/web/embed.js';
  tag.async = true;
  tag.dataset.article = '#story';
  tag.dataset.related = '.related-story';
  document.getElementById('widget-slot').appendChild(tag);

  document.addEventListener('parallax:result', function (event) {
    var s = event.detail;
    document.getElementById('parallax-summary').textContent =
      'Parallax compared ' + s.documents + ' articles: ' + s.findings + ' findings, ' +
      s.conflicts + ' of them conflicts, about ' + s.entities + ' people, organisations and places.';
  });

  var toggle = document.getElementById('theme-toggle');
  toggle.addEventListener('click', function () {
    var dark = document.body.classList.toggle('dark');
    toggle.setAttribute('aria-pressed', String(dark));
  });
})();
