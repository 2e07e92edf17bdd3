// Warns two minutes before the idle session ends and lets the user stay signed in
// (WCAG 2.2.1 Timing Adjustable). Loaded from a file: the CSP allows no inline script.
(function () {
  'use strict';
  var dialog = document.getElementById('session-timeout');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var timeout = parseInt(dialog.getAttribute('data-timeout') || '0', 10);
  if (!timeout) {
    return;
  }
  var warnBeforeSeconds = Math.min(120, Math.floor(timeout / 2));
  var loginUrl = dialog.getAttribute('data-login-url');
  var warnTimer;
  var expireTimer;

  function expired() {
    window.location.assign(loginUrl + '?expired');
  }

  function schedule() {
    window.clearTimeout(warnTimer);
    window.clearTimeout(expireTimer);
    warnTimer = window.setTimeout(function () {
      if (!dialog.open) {
        dialog.showModal();
        document.getElementById('session-extend').focus();
      }
    }, (timeout - warnBeforeSeconds) * 1000);
    expireTimer = window.setTimeout(expired, timeout * 1000);
  }

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  document.getElementById('session-extend').addEventListener('click', function () {
    fetch(dialog.getAttribute('data-extend-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrfHeaders(),
      redirect: 'manual'
    }).then(function (response) {
      if (response.status === 204) {
        dialog.close();
        schedule();
      } else {
        expired();
      }
    }, expired);
  });

  schedule();
}());
