// The guided session's timing and words (static/js/session.js), run by Node's own test runner (ScriptLogicTests).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const session = require('../../main/resources/static/js/session.js');

const L = {
  lOut: 'Out', lBack: 'Return', lHold: 'Hold', lRelease: 'Release', lRep: 'Hold {0} of {1}', lHoldDone: 'Hold done',
  lHoldMin: '{0} seconds reached', lMinutes: 'Timer running', lAlert: '{0} minutes: any time', lEnd: '{0} minutes: finish',
  lStop: '{0} minutes: stop now', lMovement: '{0}: {1} of {2}', lOpen: 'Take your time'
};
const at = (t, seconds, more) => session.phaseOf(t, seconds * 1000, Object.assign({ L, beat: 3, names: ['Twist'], idle: false }, more));

const tenHolds = { kind: 'hold', reps: 10, holdMin: 1, holdMax: 2 };
const oneHold = { kind: 'hold', reps: 1, holdMin: 20, holdMax: 30 };

test('ten holds alternate hold and release, each as long as the longest hold', () => {
  assert.equal(at(tenHolds, 0).text, 'Hold');
  assert.equal(at(tenHolds, 0).rep, 'Hold 1 of 10');
  assert.equal(at(tenHolds, 1.99).text, 'Hold');
  assert.equal(at(tenHolds, 2).text, 'Release');
  assert.equal(at(tenHolds, 2).rep, 'Hold 1 of 10', 'the release keeps the number of the hold it follows');
  assert.equal(at(tenHolds, 3.99).text, 'Release');
  assert.equal(at(tenHolds, 4).rep, 'Hold 2 of 10');
  assert.equal(at(tenHolds, 4).text, 'Hold');
});

test('the tenth hold ends the timer without a release after it', () => {
  assert.equal(at(tenHolds, 36).rep, 'Hold 10 of 10');
  assert.equal(at(tenHolds, 37.99).done, undefined);
  assert.equal(at(tenHolds, 38).done, true);
  assert.equal(at(tenHolds, 120).done, true);
});

test('a hold says its number when it starts and "release" when it ends', () => {
  assert.equal(at(tenHolds, 4).speak, 'Hold 2 of 10');
  assert.equal(at(tenHolds, 6).speak, 'Release');
  assert.notEqual(at(tenHolds, 4).key, at(tenHolds, 6).key);
  assert.equal(at(tenHolds, 4).key, at(tenHolds, 5.9).key, 'one phase for the whole hold');
});

test('one long hold says when the short end is reached and ends at the long end', () => {
  assert.equal(session.cycles(oneHold), false);
  assert.equal(at(oneHold, 19.9).text, 'Hold');
  assert.equal(at(oneHold, 20).text, '20 seconds reached');
  assert.equal(at(oneHold, 29.9).done, undefined);
  assert.equal(at(oneHold, 30).done, true);
  assert.equal(at(oneHold, 30).speak, 'Release');
});

test('two holds already cycle; one hold, or a hold with no number, does not', () => {
  assert.equal(session.cycles({ kind: 'hold', reps: 2, holdMin: 1, holdMax: 2 }), true);
  assert.equal(session.cycles({ kind: 'hold', reps: 1, holdMin: 1, holdMax: 2 }), false);
  assert.equal(session.cycles({ kind: 'hold', reps: null, holdMin: 20, holdMax: 30 }), false);
  assert.equal(session.cycles({ kind: 'count', reps: 10 }), false);
  const twoHolds = { kind: 'hold', reps: 2, holdMin: 1, holdMax: 2 };
  assert.equal(at(twoHolds, 4).rep, 'Hold 2 of 2');
  assert.equal(at(twoHolds, 5.99).done, undefined);
  assert.equal(at(twoHolds, 6).done, true);
});

test('a hold of one length says nothing early and ends at that length', () => {
  const fixed = { kind: 'hold', reps: 1, holdMin: 30, holdMax: 30 };
  assert.equal(at(fixed, 29.99).text, 'Hold');
  assert.equal(at(fixed, 29.99).clock, '1');
  assert.equal(at(fixed, 30).done, true);
});

test('the counted beat counts one per beat, ten of each movement, then ends', () => {
  const count = { kind: 'count', each: 10 };
  const names = ['Twist', 'Round'];
  assert.equal(at(count, 0, { names }).text, 'Twist: 1 of 10');
  assert.equal(at(count, 2.99, { names }).clock, '1/10');
  assert.equal(at(count, 3, { names }).clock, '2/10');
  assert.equal(at(count, 27, { names }).text, 'Twist: 10 of 10');
  assert.equal(at(count, 30, { names }).text, 'Round: 1 of 10');
  assert.equal(at(count, 59.99, { names }).text, 'Round: 10 of 10');
  assert.equal(at(count, 60, { names }).done, true);
});

test('the beat sets the pace of the count', () => {
  const count = { kind: 'count', each: 10 };
  assert.equal(at(count, 9, { beat: 2 }).clock, '5/10');
  assert.equal(at(count, 9, { beat: 6 }).clock, '2/10');
});

test('the count says the movement with its first number, then the numbers, and the live region hears only the first', () => {
  const count = { kind: 'count', each: 10 };
  assert.equal(at(count, 0).speak, 'Twist. 1');
  assert.equal(at(count, 3).speak, '2');
  assert.equal(at(count, 0).announce, true);
  assert.equal(at(count, 3).announce, false);
});

test('before the start the count shows none done', () => {
  assert.equal(at({ kind: 'count', each: 10 }, 0, { idle: true }).text, 'Twist: 0 of 10');
});

test('the beat gets slower and faster within its range and falls back to the default', () => {
  assert.equal(session.beatOrDefault(null), session.BEAT);
  assert.equal(session.beatOrDefault(7), session.BEAT);
  assert.equal(session.beatOrDefault(2), 2);
  assert.equal(session.slower(3), 4);
  assert.equal(session.faster(3), 2);
  const slowest = session.BEATS[session.BEATS.length - 1];
  assert.equal(session.slower(slowest), slowest);
  assert.equal(session.faster(session.BEATS[0]), session.BEATS[0]);
});

test('a tempo turns out and back at the dose', () => {
  const tempo = { kind: 'tempo', out: 5, back: 5 };
  assert.equal(at(tempo, 0).text, 'Out');
  assert.equal(at(tempo, 4.99).text, 'Out');
  assert.equal(at(tempo, 5).text, 'Return');
  assert.equal(at(tempo, 10).text, 'Out');
  assert.equal(at(tempo, 10).clock, '5');
});

test('minutes alert at the low end, say finish at the high end and stop at the stop', () => {
  const heat = { kind: 'minutes', alert: 10, end: 15, stop: 20 };
  assert.equal(at(heat, 599).text, 'Timer running');
  assert.equal(at(heat, 599).speak, null, 'the running clock is not spoken');
  assert.equal(at(heat, 600).text, '10 minutes: any time');
  assert.equal(at(heat, 600).speak, '10 minutes: any time');
  assert.equal(at(heat, 899.99).text, '10 minutes: any time');
  assert.equal(at(heat, 900).text, '15 minutes: finish');
  assert.equal(at(heat, 900).stop, undefined);
  assert.equal(at(heat, 1199).stop, undefined);
  assert.equal(at(heat, 1200).stop, true);
  assert.equal(at(heat, 1500).clock, '20:00');
});

test('minutes with no stop of their own stop at the high end', () => {
  const noStop = { kind: 'minutes', alert: 10, end: 15, stop: null };
  assert.equal(at(noStop, 899.99).stop, undefined);
  assert.equal(at(noStop, 900).text, '15 minutes: stop now');
  assert.equal(at(noStop, 900).stop, true);
  assert.equal(at(noStop, 450).bar, 0.5);
  assert.equal(at(noStop, 2000).bar, 1);
});

test('the clock shows minutes and two-digit seconds', () => {
  assert.equal(session.clock(69999), '1:09');
  assert.equal(session.clock(70000), '1:10');
  assert.equal(session.clock(9999), '0:09');
  assert.equal(session.clock(600000), '10:00');
});

test('the open stopwatch runs and says nothing', () => {
  assert.equal(at({ kind: 'open' }, 63).clock, '1:03');
  assert.equal(at({ kind: 'open' }, 63).speak, null);
});

test('a step begins with its name, then its stop line when it has one', () => {
  assert.deepEqual(session.stepWords('Heat', 'When to stop: too hot.'), ['Heat', 'When to stop: too hot.']);
  assert.deepEqual(session.stepWords('Heat', ''), ['Heat']);
});

test('the voice is one of the page language, a local one first, and none when the device has none', () => {
  const voices = [{ lang: 'en-US', localService: false }, { lang: 'es_MX', localService: false },
    { lang: 'es-ES', localService: true }];
  assert.equal(session.voiceFor(voices, 'es').lang, 'es-ES');
  assert.equal(session.voiceFor(voices, 'en').lang, 'en-US');
  assert.equal(session.voiceFor([{ lang: 'es_MX', localService: false }], 'es').lang, 'es_MX');
  assert.equal(session.voiceFor(voices, 'fr'), null);
  assert.equal(session.voiceFor([], 'en'), null);
  assert.equal(session.voiceFor(voices, ''), null);
});
