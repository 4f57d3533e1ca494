// The guide's service worker: keeps the guide for reading with no connection. The app writes KEPT below: the
// version, what to fetch at install and which opened pages to keep. The version changes with every build, so a new
// release installs a new, complete set and then drops the old one.
'use strict';

var KEPT = /*KEPT*/{};
var CACHE = 'guide-' + KEPT.version;

// The offline page in the language of the address asked for: the longest start of it that names a language.
function offlinePage(url) {
  var prefix = Object.keys(KEPT.offlinePages).reduce(function (best, start) {
    return url.pathname.indexOf(start) === 0 && start.length > best.length ? start : best;
  }, '/');
  return KEPT.offlinePages[prefix];
}

function isGood(response) {
  return response && response.ok && response.type === 'basic' && !response.redirected;
}

// A page the reader opens is kept when it is one of these (a routine, its printout), whatever its query string.
function keptWhenOpened(url) {
  return url.origin === self.location.origin && KEPT.whenOpened.some(function (path) {
    return url.pathname === path || url.pathname.indexOf(path + '/') === 0;
  }) && !/\.(pdf|ics)$/.test(url.pathname);
}

function fetchAndKeep(cache, url) {
  return fetch(url, { cache: 'no-cache', credentials: 'same-origin' }).then(function (response) {
    if (!isGood(response)) {
      throw new Error('not kept: ' + url + ' answered ' + response.status);
    }
    return cache.put(url, response);
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // All or nothing: one failed file fails the install, and the kept set of the last release stays as it was.
    return Promise.all(KEPT.urls.map(function (url) { return fetchAndKeep(cache, url); }))
      .then(function () { return carryOverOpenedPages(cache); });
  }).then(function () { return self.skipWaiting(); }));
});

// The routines the reader opened under the last release, fetched again in this release's version.
function carryOverOpenedPages(cache) {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE && name.indexOf('guide-') === 0; })
      .map(function (name) {
        return caches.open(name).then(function (old) { return old.keys(); }).then(function (requests) {
          return Promise.all(requests.filter(function (request) { return keptWhenOpened(new URL(request.url)); })
            .map(function (request) { return fetchAndKeep(cache, request.url).catch(function () { /* gone */ }); }));
        });
      }));
  });
}

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(page(request, url));
  } else if (KEPT.urls.indexOf(url.pathname) >= 0) {
    // Static files have hashed, immutable URLs: the kept copy is the file.
    event.respondWith(caches.match(request, { cacheName: CACHE }).then(function (kept) {
      return kept || fetch(request);
    }));
  }
});

// Pages come from the network as they always do (ETags, 304s); the kept copy only answers when that fails.
function page(request, url) {
  return fetch(request).then(function (response) {
    if (isGood(response) && keptWhenOpened(url)) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(request.url, copy); });
    }
    return response;
  }, function () {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(request.url, { ignoreSearch: keptWhenOpened(url) ? false : true })
        .then(function (kept) { return kept || cache.match(offlinePage(url)); });
    }).then(function (kept) { return kept || Response.error(); });
  });
}

// A page asks whether everything is kept, and tells which page it shows, so a routine opened on the very first
// visit (before this worker ran) is kept too.
self.addEventListener('message', function (event) {
  if (!event.data || event.data.type !== 'status') {
    return;
  }
  var shown = new URL(event.data.url, self.location.origin);
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    var keepShown = keptWhenOpened(shown)
      ? cache.match(shown.href).then(function (kept) { return kept || fetchAndKeep(cache, shown.href); })
        .catch(function () { /* offline or gone: nothing to keep */ })
      : Promise.resolve();
    return keepShown.then(function () {
      return Promise.all(KEPT.urls.map(function (url) { return cache.match(url); }));
    });
  }).then(function (kept) {
    if (kept.every(Boolean) && event.source) {
      event.source.postMessage({ type: 'kept', version: KEPT.version });
    }
  }));
});
