// The rules of "Before you start" (static/js/check.js), on hand-made data shaped like the page's check-data block.
// The real rules of V11 run through this same code in CheckBrowserTests.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const check = require('../../main/resources/static/js/check.js');

const data = {
  flags: { chest: 'EMERGENCY', fever: 'URGENT', night: 'APPOINTMENT' },
  rules: [
    { id: 2, any: [['how:caesarean', 'when:0-2w'], ['how:caesarean', 'when:2-6w']], items: ['roll'], verdict: 'LATER' },
    { id: 3, any: [['how:caesarean', 'when:0-2w'], ['how:caesarean', 'when:2-6w']], items: ['bands', 'floor'], verdict: 'ASK' },
    { id: 4, any: [['how:caesarean', 'when:2-6w']], items: ['moves'], verdict: 'NOW' },
    { id: 6, any: [['when:0-2w'], ['when:2-6w'], ['when:unknown']], items: ['floor', 'roll'], verdict: 'ASK' },
    { id: 12, any: [['sign:wrist']], items: ['floor'], verdict: 'ASK' },
    { id: 16, any: [['checked:no', 'when:3-12m']], items: ['-'], verdict: 'ASK' },
    { id: 99, any: [['*']], items: ['*'], verdict: 'NOW' }
  ],
  items: [
    { slug: 'moves', param: 'r', value: 'movimiento' },
    { slug: 'bands', param: 'e', value: 'bandas' },
    { slug: 'floor', param: 'e', value: 'piso' },
    { slug: 'roll', param: 'e', value: 'rodillo' }
  ],
  paths: { routine: '/es/rutina', print: '/es/rutina/imprimir', session: '/es/rutina/sesion',
    pdf: '/es/rutina/imprimir.pdf', paper: 'a4' }
};

function verdicts(result) {
  const out = {};
  Object.keys(result.judged).forEach((slug) => { out[slug] = result.judged[slug].verdict; });
  return out;
}

test('each red flag leads to its own level, and no plan', () => {
  assert.deepEqual(check.evaluate({ flags: ['chest'] }, data), { level: 'EMERGENCY' });
  assert.deepEqual(check.evaluate({ flags: ['fever'] }, data), { level: 'URGENT' });
  assert.deepEqual(check.evaluate({ flags: ['night'] }, data), { level: 'APPOINTMENT' });
});

test('the most urgent of several flags wins, whatever the order', () => {
  assert.equal(check.evaluate({ flags: ['night', 'fever'] }, data).level, 'URGENT');
  assert.equal(check.evaluate({ flags: ['night', 'chest', 'fever'] }, data).level, 'EMERGENCY');
  assert.equal(check.evaluate({ flags: ['made-up'] }, data).level, null);
});

test('a caesarean at 3 weeks: no floor work or roller without ask first, and gentle moves fit now', () => {
  const result = check.evaluate({ when: '2-6w', how: 'caesarean', checked: 'no' }, data);
  assert.deepEqual(verdicts(result), { moves: 'NOW', bands: 'ASK', floor: 'ASK', roll: 'LATER' });
  assert.deepEqual(result.fitNow.map((item) => item.slug), ['moves']);
});

test('the most cautious verdict wins, and among equals the first rule', () => {
  const result = check.evaluate({ when: '0-2w', how: 'caesarean' }, data);
  assert.equal(result.judged.roll.id, 2);
  assert.equal(result.judged.floor.id, 3);
});

test('4 months after a vaginal birth with no flags: every item fits now, the full routine', () => {
  const result = check.evaluate({ when: '3-12m', how: 'vaginal', checked: 'yes', signs: [], flags: [] }, data);
  assert.deepEqual(verdicts(result), { moves: 'NOW', bands: 'NOW', floor: 'NOW', roll: 'NOW' });
  assert.deepEqual(result.advice, []);
  assert.equal(check.links(result.fitNow, data.paths).routine,
    '/es/rutina?r=movimiento&e=bandas&e=piso&e=rodillo');
});

test('the six-week boundary: 2-6 weeks asks about the floor, 6-12 weeks does not in this data', () => {
  assert.equal(check.evaluate({ when: '2-6w', how: 'vaginal' }, data).judged.floor.verdict, 'ASK');
  assert.equal(check.evaluate({ when: '6-12w', how: 'vaginal' }, data).judged.floor.verdict, 'NOW');
});

test('"I\'d rather not say" and unknown answers count as unknown, never as a fit', () => {
  assert.deepEqual(check.facts({ when: 'yesterday', how: undefined, checked: 'maybe' }),
    ['*', 'when:unknown', 'how:unknown', 'checked:unknown']);
  assert.equal(check.evaluate({ when: 'unknown' }, data).judged.floor.verdict, 'ASK');
  assert.deepEqual(check.facts({ when: '12m+', signs: ['wrist', 'nonsense'] }),
    ['*', 'when:12m+', 'how:unknown', 'checked:unknown', 'sign:wrist']);
});

test('a sign brings its own rule; advice holds only when its whole condition holds', () => {
  assert.equal(check.evaluate({ when: '12m+', signs: ['wrist'] }, data).judged.floor.id, 12);
  assert.deepEqual(check.evaluate({ when: '3-12m', checked: 'no' }, data).advice, [16]);
  assert.deepEqual(check.evaluate({ when: '12m+', checked: 'no' }, data).advice, []);
});

test('the ready routine links carry only the items that fit now, with the paper last on the PDF', () => {
  const links = check.links([data.items[0]], data.paths);
  assert.deepEqual(links, {
    routine: '/es/rutina?r=movimiento',
    print: '/es/rutina/imprimir?r=movimiento',
    session: '/es/rutina/sesion?r=movimiento',
    pdf: '/es/rutina/imprimir.pdf?r=movimiento&paper=a4'
  });
  assert.equal(check.links([], data.paths).pdf, '/es/rutina/imprimir.pdf?paper=a4');
});

test('remember keeps when, how, checked and the date, never the red flags', () => {
  const stored = check.toStored({ when: '2-6w', how: 'caesarean', checked: 'no', signs: ['pgp'], flags: ['fever'] },
    '2026-12-04');
  assert.deepEqual(stored, { when: '2-6w', how: 'caesarean', checked: false, signs: ['pgp'], savedOn: '2026-12-04' });
  assert.equal(JSON.stringify(stored).includes('fever'), false);
  assert.deepEqual(check.toStored({ when: 'unknown', how: 'unknown', checked: 'unknown' }, '2026-12-04'),
    { when: null, how: null, checked: null, signs: [], savedOn: '2026-12-04' });
  assert.equal(check.toStored({ checked: 'yes' }, '2026-12-04').checked, true);
});

test('what was remembered comes back as answers, and nonsense as nothing', () => {
  assert.deepEqual(check.fromStored({ when: '3-12m', how: null, checked: true, savedOn: '2026-12-04' }),
    { when: '3-12m', how: 'unknown', checked: 'yes', signs: [], flags: [] });
  assert.equal(check.fromStored(null), null);
  assert.equal(check.fromStored('text'), null);
});
