// This week's ticks on the routine page: the days of guided sessions done on this device (window.ppb.TICKS), drawn
// from local storage and never sent. Loaded by the routine page only; without it the section stays hidden.
var ticks = (function () {
  'use strict';
  // The last seven days, oldest first, each with whether a session was done on it; `isoDay` gives a local date.
  function lastSevenDays(today, done, isoDay) {
    var days = [];
    for (var back = 6; back >= 0; back--) {
      var day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
      days.push({ date: day, iso: isoDay(day), done: done.indexOf(isoDay(day)) >= 0 });
    }
    return days;
  }
  return { lastSevenDays: lastSevenDays };
}());

if (typeof module === 'object' && module.exports) {
  module.exports = ticks;
} else {
(function () {
  'use strict';
  var week = document.querySelector('[data-ticks]');
  if (!week) {
    return;
  }
  var store = window.ppb.store;
  var days = week.querySelector('[data-ticks-days]');
  function draw() {
    days.textContent = '';
    ticks.lastSevenDays(new Date(), store.get(window.ppb.TICKS) || [], window.ppb.isoDay).forEach(function (day) {
      var item = document.createElement('li');
      item.className = day.done ? 'tick-day is-done' : 'tick-day';
      item.dataset.day = day.iso;
      var name = document.createElement('span');
      name.textContent = day.date.toLocaleDateString(document.documentElement.lang || undefined, { weekday: 'short' });
      var date = document.createElement('span');
      date.textContent = String(day.date.getDate());
      var mark = document.createElement('span');
      mark.className = 'tick-mark';
      mark.textContent = day.done ? '\u2713' : '';
      var label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = ' ' + (day.done ? week.dataset.lDone : week.dataset.lNotDone);
      item.append(name, date, mark, label);
      days.append(item);
    });
  }
  draw();
  week.hidden = false;
  week.querySelector('[data-ticks-clear]').addEventListener('click', function () {
    store.remove(window.ppb.TICKS);
    draw();
    week.querySelector('[data-ticks-status]').textContent = week.dataset.lCleared;
  });
}());
}
