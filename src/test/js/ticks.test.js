// The week of ticks on the routine page (static/js/ticks.js), run by Node's own test runner (ScriptLogicTests).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const ticks = require('../../main/resources/static/js/ticks.js');
const { isoDay } = require('../../main/resources/static/js/site.js');

test('the week is the last seven days, oldest first, ending today', () => {
  const days = ticks.lastSevenDays(new Date(2026, 11, 4, 23, 59), [], isoDay);
  assert.deepEqual(days.map((day) => day.iso),
    ['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
});

test('a day is ticked when a session was done on it, and a day just outside the week is not shown', () => {
  const done = ['2026-11-27', '2026-11-28', '2026-12-04'];
  const days = ticks.lastSevenDays(new Date(2026, 11, 4, 0, 1), done, isoDay);
  assert.deepEqual(days.filter((day) => day.done).map((day) => day.iso), ['2026-11-28', '2026-12-04']);
  assert.equal(days.length, 7);
});

test('the week crosses a year end', () => {
  const days = ticks.lastSevenDays(new Date(2027, 0, 2), ['2026-12-31'], isoDay);
  assert.equal(days[0].iso, '2026-12-27');
  assert.equal(days.find((day) => day.done).iso, '2026-12-31');
});
