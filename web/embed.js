/*
 * Parallax embed: add the widget to a news page with one tag, placed where the
 * widget should appear (usually right after the article):
 *
 *   <script src="https://HOST/web/embed.js" data-article="article" async></script>
 *
 * Attributes, all optional:
 *   data-article  CSS selector of the article; else the whole page goes to the widget,
 *                 whose extractor finds the article in it
 *   data-name     the article's source name; else og:site_name, else the host name
 *   data-related  CSS selector of related articles to compare with (elements or
 *                 <template>s; each one's data-name, else its first heading, names it)
 *   data-theme    "light" or "dark"; else the widget follows the page's background
 *
 * The script inserts an iframe of HOST/embed after itself and talks to it with the
 * versioned postMessage protocol (version 1) described in README.md and in
 * wasm/view/embed.go. It checks every message's origin and source, and posts only
 * to the widget's origin. Each result is also dispatched on the iframe as a
 * "parallax:result" DOM event (detail: {documents, entities, findings, conflicts}),
 * and each error (no article text found) as a "parallax:error" event (detail: the message).
 * The article's text goes only to the widget, which analyses it in the browser.
 */
(function () {
  'use strict';
  var VERSION = 1;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var widgetOrigin = new URL(script.src).origin;
  var data = script.dataset;

  function sourceName() {
    var meta = document.querySelector('meta[property="og:site_name"]');
    return data.name || (meta && meta.content) || location.hostname || 'This article';
  }

  function markup(el) {
    return el.tagName === 'TEMPLATE' ? el.innerHTML : el.outerHTML;
  }

  // article is the markup of the element data-article names, else of the whole
  // page: the widget's extractor weighs the page's blocks and finds the story
  // itself (the first <article> is often a teaser, and many pages mark none).
  function article() {
    var el = data.article && document.querySelector(data.article);
    return el ? markup(el) : document.documentElement.outerHTML;
  }

  function articles() {
    var list = [];
    list.push({ name: sourceName(), html: article() });
    if (data.related) {
      document.querySelectorAll(data.related).forEach(function (el, i) {
        var root = el.tagName === 'TEMPLATE' ? el.content : el;
        var heading = root.querySelector('h1, h2, h3');
        var name = el.dataset.name || (heading && heading.textContent.trim()) || 'Related article ' + (i + 1);
        list.push({ name: name, html: markup(el) });
      });
    }
    return list;
  }

  // theme is the host page's: set by data-theme, else read from the luminance
  // of the first opaque background behind the widget, else the reader's system.
  function theme() {
    if (data.theme === 'light' || data.theme === 'dark') return data.theme;
    for (var el = script.parentElement; el; el = el.parentElement) {
      var m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
      if (m && (m.length < 4 || +m[3] > 0.5)) {
        return 0.2126 * m[0] + 0.7152 * m[1] + 0.0722 * m[2] < 128 ? 'dark' : 'light';
      }
    }
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  var currentTheme = theme();
  var frame = document.createElement('iframe');
  frame.src = widgetOrigin + '/embed#host=' + encodeURIComponent(location.origin) + '&theme=' + currentTheme;
  frame.title = 'Parallax: who, where, when, how much and who said what in this article';
  frame.loading = 'lazy';
  frame.allow = 'clipboard-write';
  frame.referrerPolicy = 'no-referrer';
  frame.style.cssText = 'display:block;width:100%;height:420px;border:0;color-scheme:normal';
  frame.className = 'parallax-widget';
  script.insertAdjacentElement('afterend', frame);

  function post(message) {
    message.version = VERSION;
    if (frame.contentWindow) frame.contentWindow.postMessage(message, widgetOrigin);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    var msg = event.data;
    if (!msg || msg.version !== VERSION) return;
    switch (msg.type) {
      case 'parallax:ready':
        var list = articles();
        if (list.length) post({ type: 'parallax:analyze', articles: list, theme: currentTheme });
        break;
      case 'parallax:resize':
        var h = Math.round(Number(msg.height));
        if (h > 0) frame.style.height = Math.min(h, 20000) + 'px';
        break;
      case 'parallax:result':
        frame.dispatchEvent(new CustomEvent('parallax:result', { detail: msg.summary, bubbles: true }));
        break;
      case 'parallax:error':
        frame.dispatchEvent(new CustomEvent('parallax:error', { detail: String(msg.error), bubbles: true }));
        break;
    }
  });

  // Follow the page when it switches between light and dark.
  function followTheme() {
    var t = theme();
    if (t !== currentTheme) {
      currentTheme = t;
      post({ type: 'parallax:theme', theme: t });
    }
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', followTheme);
  var watch = new MutationObserver(followTheme);
  [document.documentElement, document.body].forEach(function (el) {
    watch.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
  });
})();
