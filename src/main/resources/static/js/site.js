// Progressive enhancement only: every page works without this file.
// The helpers shared by the feature scripts (window.ppb); under Node (src/test/js) this file only exports them.
var ppb = (function () {
  'use strict';
  // --- Local storage helpers (ticks and the session's place): never sent, and the page works when they fail. ---
  var store = {
    get: function (key) {
      try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off or full */ }
    },
    remove: function (key) {
      try { window.localStorage.removeItem(key); } catch (e) { /* storage off */ }
    }
  };

  function isoDay(date) {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function say(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, i) { return values[i]; });
  }

  return { store: store, isoDay: isoDay, say: say, TICKS: 'ppb-ticks' };
}());

if (typeof module === 'object' && module.exports) {
  module.exports = ppb;
} else {
window.ppb = ppb;
(function () {
  'use strict';
  var store = ppb.store;

  // Share: the phone's share sheet where there is one, otherwise copy the link.
  document.querySelectorAll('[data-share-url]').forEach(function (button) {
    var url = button.dataset.shareUrl;
    var status = button.parentElement.querySelector('.share-status');
    var canShare = typeof navigator.share === 'function';
    button.textContent = canShare ? button.dataset.labelShare : button.dataset.labelCopy;
    button.parentElement.hidden = false;

    function selectLink() {
      var link = button.closest('.share').querySelector('.share-url');
      var range = document.createRange();
      range.selectNodeContents(link);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = button.dataset.labelSelect;
    }

    button.addEventListener('click', function () {
      if (canShare) {
        navigator.share({ title: button.dataset.shareTitle, url: url }).catch(function () { /* dismissed */ });
      } else if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = button.dataset.labelCopied;
        }, selectLink);
      } else {
        selectLink();
      }
    });
  });

  // Print: a real button where JavaScript can call the browser's print dialog.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.parentElement.hidden = false;
    var fallback = document.querySelector('.print-fallback');
    if (fallback) {
      fallback.hidden = true;
    }
    button.addEventListener('click', function () { window.print(); });
  });

  // --- The check's offer shrinks to a link once remembered (here, so its pages load no check.js). ---
  if (store.get('ppb-check')) {
    document.querySelectorAll('[data-check-offer]').forEach(function (offer) {
      offer.querySelector('[data-check-full]').hidden = true;
      offer.querySelector('[data-check-small]').hidden = false;
    });
  }
})();

// Offline: once the page has loaded, a service worker keeps the guide on this device, and a note says when all of
// it is kept. Nothing of it runs before the load event, so a first visit costs no more than before.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }
  window.addEventListener('load', function () {
    var note = document.querySelector('[data-offline-note]');
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'kept' && note) {
        note.hidden = false;
      }
    });
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      registration.active.postMessage({ type: 'status', url: location.pathname + location.search });
    }).catch(function () { /* no worker (private mode, blocked): the guide works online as before */ });
  });
})();
}
