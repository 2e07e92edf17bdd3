// Draws each chart of the analytics page from the specification the server put in its
// canvas; the table beside it holds the same figures for everyone who does not see charts.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
  });
})();
