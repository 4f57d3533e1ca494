// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

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
