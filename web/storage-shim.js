// Loaded before go-app's scripts. In a cross-site iframe with third-party storage
// blocked, merely reading window.localStorage throws, which stops go-app's event loop.
// Where that happens, put an in-memory Storage in its place and flag it, so the app
// keeps working and can tell the reader that nothing will be saved.
(function () {
  function memoryStorage() {
    var items = new Map();
    return {
      get length() { return items.size; },
      key: function (i) { return Array.from(items.keys())[i] ?? null; },
      getItem: function (k) { return items.has(String(k)) ? items.get(String(k)) : null; },
      setItem: function (k, v) { items.set(String(k), String(v)); },
      removeItem: function (k) { items.delete(String(k)); },
      clear: function () { items.clear(); }
    };
  }
  // Probe with a read only: a write can also fail because the storage is full,
  // and replacing a full storage would hide the reader's saved articles.
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try {
      window[name].getItem('parallax/probe');
    } catch (e) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
      window.parallaxStorageBlocked = true;
    }
  });
})();
