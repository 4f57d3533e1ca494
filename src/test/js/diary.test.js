// The pain diary's pure logic (static/js/diary.js): summary, the guide's rule at its boundaries, chart points, CSV.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const diary = require('../../main/resources/static/js/diary.js');

const TODAY = '2026-12-04';

/** Entries by days before today: [[daysAgo, pain, scores?], ...]. */
function entries(list) {
  return diary.clean({
    activities: ['a', 'b', 'c'],
    entries: list.map(([ago, pain, scores = [], note = '']) => ({ day: diary.addDays(TODAY, -ago), pain, scores, note }))
  }).entries;
}

test('summary says from the first to the latest pain of the last 8 weeks, in weeks from 14 days', () => {
  assert.deepEqual(diary.summary(entries([[21, 6], [10, 5], [0, 3]]), TODAY),
    { key: 'down', values: [6, 3], span: ['weeks', 3] });
  assert.deepEqual(diary.summary(entries([[14, 4], [0, 6]]), TODAY), { key: 'up', values: [4, 6], span: ['weeks', 2] });
  assert.deepEqual(diary.summary(entries([[13, 4], [0, 4]]), TODAY), { key: 'same', values: [4, 4], span: ['days', 13] });
  assert.deepEqual(diary.summary(entries([[1, 4], [0, 2]]), TODAY), { key: 'down', values: [4, 2], span: ['day', 1] });
  assert.deepEqual(diary.summary(entries([[0, 5]]), TODAY), { key: 'one', values: [5] });
  assert.deepEqual(diary.summary([], TODAY), { key: 'none', values: [] });
});

test('summary leaves out entries older than 8 weeks', () => {
  assert.deepEqual(diary.summary(entries([[56, 9], [55, 7], [0, 3]]), TODAY),
    { key: 'down', values: [7, 3], span: ['weeks', 8] });
});

test('the rule fires for flat pain over three weeks and not for pain that improved', () => {
  assert.deepEqual(diary.rule(entries([[21, 5], [14, 5], [7, 5], [0, 5]]), TODAY), { fires: true, reasons: ['flat'] });
  assert.deepEqual(diary.rule(entries([[21, 6], [14, 5], [7, 4], [0, 3]]), TODAY), { fires: false, reasons: [] });
});

test('the rule needs three weeks of entries: 20 days of flat pain is not enough', () => {
  assert.equal(diary.rule(entries([[20, 5], [0, 5]]), TODAY).fires, false);
  assert.equal(diary.rule(entries([[21, 5], [0, 5]]), TODAY).fires, true);
});

test('pain better by exactly 2 points is enough, by less than 2 and less than 30% is not', () => {
  assert.equal(diary.rule(entries([[21, 7], [0, 5]]), TODAY).fires, false); // 2 points
  assert.equal(diary.rule(entries([[21, 7], [0, 6]]), TODAY).fires, true);  // 1 point, 14%
});

test('pain better by 30% is enough even when it is less than 2 points', () => {
  assert.equal(diary.rule(entries([[21, 3], [0, 2]]), TODAY).fires, false); // 1 point, 33%
  assert.equal(diary.rule(entries([[21, 4], [0, 3]]), TODAY).fires, true);  // 1 point, 25%
});

test('activities better by 2 points on average is enough, by 1.9 is not', () => {
  const better = entries([[21, 6, [4, 4, 4]], [0, 3, [6, 6, 6]]]);
  assert.equal(diary.rule(better, TODAY).fires, false);
  const little = entries([[21, 6, [4, 4, 4]], [0, 3, [6, 6, 5]]]);
  assert.deepEqual(diary.rule(little, TODAY), { fires: true, reasons: ['flat'] });
});

test('activities already at 10 are not flat, however little they changed; at 9.7 they are', () => {
  // pain better by 3 points, so only the activities can make the rule fire
  assert.equal(diary.rule(entries([[21, 6, [9, 9, 9]], [0, 3, [10, 10, 10]]]), TODAY).fires, false);
  assert.deepEqual(diary.rule(entries([[21, 6, [9, 9, 9]], [0, 3, [10, 10, 9]]]), TODAY),
    { fires: true, reasons: ['flat'] });
});

test('activities need a score on the first and the latest day to count as flat', () => {
  assert.equal(diary.rule(entries([[21, 6], [0, 3, [5, 5, 5]]]), TODAY).fires, false);
  assert.equal(diary.rule(entries([[21, 6, [5, 5, 5]], [0, 3]]), TODAY).fires, false);
});

test('no pain at the latest entry is never flat pain', () => {
  assert.equal(diary.rule(entries([[21, 1], [0, 0]]), TODAY).fires, false);
  assert.equal(diary.rule(entries([[21, 0], [0, 0]]), TODAY).fires, false);
});

test('pain that began at 0 and is there three weeks later is no better, without an entry in the week before', () => {
  assert.deepEqual(diary.rule(entries([[21, 0], [0, 5]]), TODAY), { fires: true, reasons: ['flat'] });
  assert.deepEqual(diary.rule(entries([[21, 0], [0, 1]]), TODAY), { fires: true, reasons: ['flat'] });
});

test('the rule looks at the last 8 weeks only: a flat start 56 days ago is out of it', () => {
  assert.equal(diary.rule(entries([[56, 5], [0, 5]]), TODAY).fires, false);
  assert.equal(diary.rule(entries([[55, 5], [0, 5]]), TODAY).fires, true);
  assert.deepEqual(diary.rule([], TODAY), { fires: false, reasons: [] });
});

test('every reason that holds is given, in order: high, rise, flat', () => {
  assert.deepEqual(diary.rule(entries([[21, 9], [3, 6], [0, 9]]), TODAY),
    { fires: true, reasons: ['high', 'rise', 'flat'] });
});

test('pain of 8 or more fires at once; 7 does not', () => {
  assert.deepEqual(diary.rule(entries([[0, 8]]), TODAY), { fires: true, reasons: ['high'] });
  assert.equal(diary.rule(entries([[0, 7]]), TODAY).fires, false);
});

test('a rise of 2 within a week fires; a rise of 1, or of 2 over 8 days, does not', () => {
  assert.deepEqual(diary.rule(entries([[7, 3], [0, 5]]), TODAY), { fires: true, reasons: ['rise'] });
  assert.equal(diary.rule(entries([[7, 3], [0, 4]]), TODAY).fires, false);
  assert.equal(diary.rule(entries([[8, 3], [0, 5]]), TODAY).fires, false);
  assert.equal(diary.rule(entries([[9, 3], [5, 4], [0, 5]]), TODAY).fires, false);
  assert.deepEqual(diary.rule(entries([[8, 2], [6, 6], [1, 3], [0, 5]]), TODAY), { fires: true, reasons: ['rise'] },
    'against the lowest of the week before, not the first or the highest');
});

test('the chart puts each day of the last 8 weeks in its column and each score at its height', () => {
  const box = { left: 0, top: 0, width: 550, height: 100 };
  const points = diary.chart(entries([[55, 10, [0]], [0, 0, [10, 5]], [60, 4]]),
    [diary.addDays(TODAY, -3), diary.addDays(TODAY, -70)], TODAY, box);
  assert.deepEqual(points.pain.map(p => [p.x, p.y, p.value]), [[0, 0, 10], [550, 100, 0]]);
  assert.deepEqual(points.activities.map(p => [p.x, p.y, p.value]), [[0, 100, 0], [550, 25, 7.5]]);
  assert.deepEqual(points.ticks.map(t => t.x), [520]);
});

test('weeks sums up the 8 weeks: average pain, each activity, days done', () => {
  const w = diary.weeks(entries([[6, 4, [2]], [5, 6, [4]]]), [diary.addDays(TODAY, -1), diary.addDays(TODAY, -6)], TODAY);
  assert.equal(w.length, 8);
  assert.deepEqual([w[7].pain, w[7].scores[0], w[7].activities, w[7].done, w[7].entries], [5, 3, 3, 2, 2]);
  assert.equal(w[0].pain, null);
});

test('CSV export then import gives the same diary, commas, quotes, new lines and formulas included', () => {
  const data = diary.clean({
    activities: ['Lifting the baby, from the cot', 'Feeding "20 minutes"', '=sleep'],
    entries: [
      { day: '2026-11-01', pain: 6, scores: [2, null, 10], note: 'Tired,\nsore "all" day' },
      { day: '2026-11-02', pain: 0, scores: [null, null, null], note: '-better' },
      { day: '2026-11-03', pain: 10, scores: [0, 5, 3], note: '' }
    ]
  });
  const csv = diary.toCsv(data, { date: 'date', pain: 'pain', note: 'note' });
  assert.match(csv, /^date,pain,"Lifting the baby, from the cot","Feeding ""20 minutes""","'=sleep",note\r\n/);
  assert.match(csv, /"'-better"/);
  assert.deepEqual(diary.fromCsv(csv), data);
  assert.deepEqual(diary.fromCsv('\uFEFF' + csv.replace(/\r\n/g, '\n')), data);
});

test('CSV import refuses a file that is not a diary', () => {
  assert.throws(() => diary.fromCsv('hello'), /header/);
  assert.throws(() => diary.fromCsv('date,pain,note\n2026-11-01,11,x\n'), /row 2/);
  assert.throws(() => diary.fromCsv('date,pain,note\n2026-02-30,1,x\n'), /row 2/);
  assert.deepEqual(diary.fromCsv('date,pain,note\n'), { activities: [], entries: [] });
});

test('record keeps one entry a day, the latest answers winning', () => {
  let data = diary.clean({ activities: ['a'], entries: [] });
  data = diary.record(data, { day: TODAY, pain: 5, scores: [3], note: '' });
  data = diary.record(data, { day: TODAY, pain: 4, scores: [4], note: 'x' });
  assert.deepEqual(data.entries, [{ day: TODAY, pain: 4, scores: [4], note: 'x' }]);
});
