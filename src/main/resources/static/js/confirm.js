// Asks before an action that is hard to take back: any form with data-confirm="question".
// A file of its own because the CSP allows no inline script.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
}());
