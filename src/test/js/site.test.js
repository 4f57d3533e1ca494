// The helpers every feature script shares (static/js/site.js), run by Node's own test runner (ScriptLogicTests).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const ppb = require('../../main/resources/static/js/site.js');

test('isoDay writes the local date with two-digit month and day', () => {
  assert.equal(ppb.isoDay(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  assert.equal(ppb.isoDay(new Date(2026, 11, 31, 0, 0)), '2026-12-31');
});

test('say fills numbered places and leaves other text alone', () => {
  assert.equal(ppb.say('Hold {0} of {1}', [4, 10]), 'Hold 4 of 10');
  assert.equal(ppb.say('{1}, then {0}', ['b', 'a']), 'a, then b');
  assert.equal(ppb.say('no places', [1]), 'no places');
});
