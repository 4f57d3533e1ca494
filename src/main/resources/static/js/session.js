// The guided session's player (session page only); its pure part is tested in src/test/js/session.test.js.
var session = (function () {
  'use strict';

  // site.js's {0} templating (loaded first; required under Node).
  var say = (typeof module === 'object' && module.exports ? require('./site.js') : window.ppb).say;

  // Seconds per count: the sources give no pace, so it is the guide's own, made slower or faster by the reader.
  var BEATS = [2, 3, 4, 5, 6, 8];
  var BEAT = 3;

  function beatOrDefault(saved) {
    return BEATS.indexOf(saved) >= 0 ? saved : BEAT;
  }
  function slower(beat) {
    var i = BEATS.indexOf(beatOrDefault(beat));
    return BEATS[Math.min(BEATS.length - 1, i + 1)];
  }
  function faster(beat) {
    var i = BEATS.indexOf(beatOrDefault(beat));
    return BEATS[Math.max(0, i - 1)];
  }

  function clock(ms) {
    var total = Math.floor(ms / 1000);
    var seconds = total % 60;
    return Math.floor(total / 60) + ':' + (seconds < 10 ? '0' : '') + seconds;
  }

  /** True for a number of holds, run as hold/release cycles; false for one hold. */
  function cycles(t) {
    return t.kind === 'hold' && t.reps > 1;
  }

  /**
   * A timer after ms of running: key, text, rep, clock, bar (0..1 or null), speak (null: silent), announce,
   * done (go on), stop (wait). ctx: L (words), beat (s per count), names (movements), idle (not started).
   */
  function phaseOf(t, ms, ctx) {
    var L = ctx.L;
    var sec = ms / 1000;
    if (t.kind === 'tempo') {
      var period = t.out + t.back;
      var turns = Math.floor(sec / period);
      var within = sec - turns * period;
      var out = within < t.out;
      var word = out ? L.lOut : L.lBack;
      return { key: (out ? 'out' : 'back') + turns, text: word, rep: '',
        clock: String(Math.ceil(out ? t.out - within : period - within)),
        bar: out ? within / t.out : 1 - (within - t.out) / t.back, speak: word };
    }
    if (t.kind === 'hold' && cycles(t)) {
      // Hold, then release as long (the guide's pacing), the content's number of times.
      var hold = t.holdMax;
      var cycle = Math.floor(sec / (2 * hold));
      var inCycle = sec - cycle * 2 * hold;
      if (cycle >= t.reps || (cycle === t.reps - 1 && inCycle >= hold)) {
        return { key: 'done', text: L.lHoldDone, rep: say(L.lRep, [t.reps, t.reps]), clock: '0', bar: 1,
          speak: L.lRelease, done: true };
      }
      var holding = inCycle < hold;
      var rep = say(L.lRep, [cycle + 1, t.reps]);
      return { key: (holding ? 'hold' : 'release') + (cycle + 1), text: holding ? L.lHold : L.lRelease, rep: rep,
        clock: String(Math.ceil(holding ? hold - inCycle : 2 * hold - inCycle)),
        bar: holding ? inCycle / hold : 1 - (inCycle - hold) / hold, speak: holding ? rep : L.lRelease };
    }
    if (t.kind === 'hold') {
      var left = Math.max(0, t.holdMax - sec);
      if (sec >= t.holdMax) {
        return { key: 'done', text: L.lHoldDone, rep: '', clock: '0', bar: 1, speak: L.lRelease, done: true };
      }
      if (sec >= t.holdMin) {
        var min = say(L.lHoldMin, [t.holdMin]);
        return { key: 'min', text: min, rep: '', clock: String(Math.ceil(left)), bar: sec / t.holdMax, speak: min };
      }
      return { key: 'hold', text: L.lHold, rep: '', clock: String(Math.ceil(left)), bar: sec / t.holdMax,
        speak: L.lHold };
    }
    if (t.kind === 'minutes') {
      var minutes = sec / 60;
      var last = t.stop || t.end;
      var p = { key: 'run', text: L.lMinutes, rep: '', clock: clock(Math.min(ms, last * 60000)),
        bar: Math.min(1, minutes / last), speak: null };
      if (minutes >= last) {
        p.key = 'stop';
        p.text = say(L.lStop, [last]);
        p.stop = true;
      } else if (minutes >= t.end) {
        p.key = 'end';
        p.text = say(L.lEnd, [t.end]);
      } else if (minutes >= t.alert) {
        p.key = 'alert';
        p.text = say(L.lAlert, [t.alert]);
      }
      p.speak = p.key === 'run' ? null : p.text;
      return p;
    }
    if (t.kind === 'count') {
      // One count per beat, t.each of each movement, one movement after the other.
      var names = ctx.names;
      var index = Math.floor(sec / ctx.beat);
      if (index >= names.length * t.each) {
        return { key: 'done', text: say(L.lMovement, [names[names.length - 1], t.each, t.each]), rep: '',
          clock: t.each + '/' + t.each, bar: 1, speak: null, done: true };
      }
      var movement = Math.floor(index / t.each);
      var count = ctx.idle ? 0 : index % t.each + 1;
      return { key: 'move' + movement + ':' + count, text: say(L.lMovement, [names[movement], count, t.each]),
        rep: '', clock: count + '/' + t.each, bar: count / t.each,
        speak: count === 1 ? names[movement] + '. 1' : String(count), announce: count === 1 };
    }
    return { key: 'open', text: L.lOpen, rep: '', clock: clock(ms), bar: null, speak: null, announce: true };
  }

  /** The words said when a step begins: its name, then its stop line. */
  function stepWords(name, stopLine) {
    return stopLine ? [name, stopLine] : [name];
  }

  /** The voice for the page's language ("es" matches "es-MX" and "es_US"), or null: then nothing is said. */
  function voiceFor(voices, lang) {
    var want = String(lang || '').toLowerCase().split(/[-_]/)[0];
    var matching = (voices || []).filter(function (voice) {
      return String(voice.lang).toLowerCase().split(/[-_]/)[0] === want && want !== '';
    });
    var local = matching.filter(function (voice) { return voice.localService; });
    return local[0] || matching[0] || null;
  }

  return { clock: clock, cycles: cycles, phaseOf: phaseOf, stepWords: stepWords, voiceFor: voiceFor,
    slower: slower, faster: faster, beatOrDefault: beatOrDefault, BEATS: BEATS, BEAT: BEAT };
}());

if (typeof module === 'object' && module.exports) {
  module.exports = session;
} else {
(function () {
  'use strict';
  var root = document.querySelector('[data-session]');
  if (!root || !window.ppb) {
    return;
  }
  var store = window.ppb.store, isoDay = window.ppb.isoDay, TICKS = window.ppb.TICKS;
  var say = window.ppb.say, phaseOf = session.phaseOf;
  var SPEECH = 'ppb-speech';
  var BEAT_KEY = 'ppb-beat';

  var L = root.dataset;
  var KEY = 'ppb-session:' + L.key;
  var lang = document.documentElement.lang || 'en';
  var steps = Array.prototype.map.call(document.querySelectorAll('.session-step'), function (el) {
    var stop = el.querySelector('.when-stop-line');
    return {
      el: el,
      name: el.querySelector('.session-step-name').textContent,
      stop: stop ? stop.textContent.replace(/\s+/g, ' ').trim() : '',
      sides: Number(el.dataset.sides) || 1,
      timers: Array.prototype.map.call(el.querySelectorAll('[data-timer]'), function (t) {
        var n = function (name) { return t.dataset[name] ? Number(t.dataset[name]) : null; };
        return {
          kind: t.dataset.timer, out: n('out'), back: n('back'), reps: n('reps'), holdMin: n('holdMin'),
          holdMax: n('holdMax'), alert: n('alert'), end: n('end'), stop: n('stop'), each: n('each'),
          label: t.querySelector('.timer-label').textContent.trim(),
          movements: Array.prototype.map.call(t.querySelectorAll('[data-movement]'), function (m) {
            return m.textContent;
          })
        };
      })
    };
  });
  var options = document.querySelector('[data-session-options]');
  var q = function (name) { return document.querySelector('[data-session-' + name + ']'); };
  var ui = {
    position: q('position'), rep: q('rep'), phase: q('phase'), clock: q('clock'), bar: q('bar'), toggle: q('toggle'),
    next: q('next'), prev: q('prev'), done: q('done'), sound: q('sound'), speech: q('speech'),
    speechNone: q('speech-none'), live: q('live'), resumed: q('resumed'), pacing: q('pacing'), beat: q('beat'),
    beatText: q('beat-text'), slower: q('slower'), faster: q('faster'),
    choice: document.createElement('fieldset'), end: q('end')
  };
  ui.choice.className = 'player-choice';
  options.prepend(ui.choice);

  var s = fresh(0);
  var running = false;
  var startedAt = 0;
  var interval = null;
  var lastPhase = null;
  var lock = null;
  var audio = null;
  var beat = session.beatOrDefault(store.get(BEAT_KEY));
  var speaking = store.get(SPEECH) === true && 'speechSynthesis' in window;

  function fresh(step) {
    return { step: step, side: 1, choice: 0, elapsed: 0, stopped: false, finished: false };
  }

  function current() { return steps[s.step]; }
  function timer() { return current().timers[s.choice] || { kind: 'open', movements: [] }; }
  function elapsed() { return s.elapsed + (running ? Date.now() - startedAt : 0); }
  function names() {
    var t = timer();
    return t.movements && t.movements.length ? t.movements : [current().name];
  }
  function idle() { return !running && s.elapsed === 0; }
  function phase() { return phaseOf(timer(), elapsed(), { L: L, beat: beat, names: names(), idle: idle() }); }

  function save() {
    store.set(KEY, Object.assign({}, s, { elapsed: elapsed() }));
  }

  // Feedback at each change: live region (polite), buzz, tone and voice if turned on.
  function announce(text) {
    ui.live.textContent = ui.live.textContent === text ? text + '\u00a0' : text;
  }
  function signal() {
    if (typeof navigator.vibrate === 'function') {
      try { navigator.vibrate(120); } catch (e) { /* not allowed here */ }
    }
    if (audio) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.frequency.value = 660;
      gain.gain.setValueAtTime(0.0001, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.15, audio.currentTime + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
      osc.connect(gain).connect(audio.destination);
      osc.start();
      osc.stop(audio.currentTime + 0.3);
    }
  }
  function speak(words) {
    if (!speaking || !words) {
      return;
    }
    // The device's own voice for the page's language; where it has none, nothing is said.
    var voice = session.voiceFor(window.speechSynthesis.getVoices(), lang);
    if (!voice) {
      return;
    }
    [].concat(words).forEach(function (text) {
      var utterance = new window.SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang;
      try { utterance.voice = voice; } catch (e) { /* not a voice object of this browser */ }
      window.speechSynthesis.speak(utterance);
    });
  }
  function hush() {
    if ('speechSynthesis' in window) {
      window.speechSynthesis.cancel();
    }
  }
  function change(text, words) {
    announce(text);
    signal();
    speak(words === undefined ? text : words);
  }
  var introduced = null;
  function introduce() {
    introduced = s.step + ':' + s.side;
    speak(session.stepWords(current().name, current().stop));
  }

  // The screen stays on only while a timer runs.
  function lockScreen() {
    if (!navigator.wakeLock || lock) {
      return;
    }
    lock = 'pending';
    navigator.wakeLock.request('screen').then(function (sentinel) {
      if (!running || lock !== 'pending') {
        sentinel.release();
        return;
      }
      lock = sentinel;
      // The browser lets go by itself when the page is hidden; take it again when it shows.
      sentinel.addEventListener('release', function () {
        if (lock === sentinel) {
          lock = null;
        }
      });
    }, function () { lock = null; });
  }
  function unlockScreen() {
    var held = lock;
    lock = null;
    if (held && held !== 'pending') {
      held.release().catch(function () { /* already released */ });
    }
  }

  function start() {
    if (running || s.stopped || s.finished) {
      return;
    }
    var first = s.elapsed === 0;
    running = true;
    startedAt = Date.now();
    lockScreen();
    interval = window.setInterval(tick, 200);
    var p = phase();
    lastPhase = p.key;
    draw(p);
    announce(p.text);
    speak(first ? p.speak : null);
    save();
  }
  function pause(quiet) {
    if (!running) {
      return;
    }
    s.elapsed = elapsed();
    running = false;
    window.clearInterval(interval);
    unlockScreen();
    if (!quiet) {
      announce(L.lPaused);
      hush();
    }
    render();
    save();
  }

  function tick() {
    var p = phase();
    if (p.key !== lastPhase && lastPhase !== null && running) {
      if (p.announce === false) {
        signal();
        speak(p.speak);
      } else {
        change(p.text, p.speak);
      }
    }
    lastPhase = p.key;
    if (p.done) {
      pause(true);
      next();
      return;
    }
    if (p.stop) {
      s.elapsed = (timer().stop || timer().end) * 60000;
      s.stopped = true;
      running = false;
      window.clearInterval(interval);
      unlockScreen();
      save();
    }
    draw(p);
  }

  function draw(p) {
    var t = timer();
    var showLabel = idle() && t.label;
    ui.phase.textContent = showLabel ? t.label : p.text;
    ui.rep.textContent = p.rep;
    ui.rep.hidden = p.rep === '';
    ui.clock.textContent = p.clock;
    ui.bar.hidden = p.bar === null;
    ui.bar.value = p.bar === null ? 0 : Math.max(0, Math.min(1, p.bar));
    ui.toggle.textContent = running ? L.lPause : s.elapsed > 0 ? L.lResume : L.lStart;
    ui.toggle.disabled = s.stopped;
    root.classList.toggle('is-running', running);
  }

  function render() {
    var step = current();
    steps.forEach(function (other, i) {
      other.el.classList.toggle('is-current', i === s.step && !s.finished);
    });
    root.classList.toggle('is-finished', s.finished);
    document.body.classList.toggle('session-finished', s.finished);
    ui.end.hidden = !s.finished;
    ui.done.hidden = !s.finished;
    options.hidden = s.finished;
    ui.position.textContent = s.finished ? L.lFinished : step.sides < 2 ? ''
      : (s.side > 1 ? L.lSwitch + ': ' : '') + say(L.lSide, [s.side]);
    ui.position.hidden = ui.position.textContent === '';
    drawChoice(step);
    drawPacing();
    ui.next.disabled = s.finished;
    ui.prev.disabled = s.step === 0 && s.side === 1 && !s.finished;
    var p = phase();
    lastPhase = p.key;
    draw(p);
  }

  // The guide's own pacing, said as such: the rest between holds, and the beat.
  function drawPacing() {
    var t = timer();
    ui.pacing.hidden = s.finished || !session.cycles(t);
    ui.beat.hidden = s.finished || t.kind !== 'count';
    ui.beatText.textContent = say(L.lBeat, [beat]);
    ui.slower.disabled = beat === session.slower(beat);
    ui.faster.disabled = beat === session.faster(beat);
  }

  function setBeat(value) {
    // Keep the count reached: the time gone by is scaled to the new beat.
    var was = beat;
    var ms = elapsed();
    beat = value;
    store.set(BEAT_KEY, beat);
    if (running) {
      startedAt = Date.now();
      s.elapsed = ms * beat / was;
    } else {
      s.elapsed = s.elapsed * beat / was;
    }
    render();
    save();
  }

  function drawChoice(step) {
    ui.choice.hidden = step.timers.length < 2 || s.finished;
    if (ui.choice.hidden || ui.choice.dataset.step === String(s.step)) {
      return;
    }
    ui.choice.dataset.step = String(s.step);
    ui.choice.textContent = '';
    var legend = document.createElement('legend');
    legend.textContent = L.lChoose;
    ui.choice.append(legend);
    step.timers.forEach(function (t, i) {
      var label = document.createElement('label');
      label.className = 'choice';
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'session-timer';
      input.value = String(i);
      input.checked = i === s.choice;
      input.addEventListener('change', function () {
        pause(true);
        s.choice = i;
        s.elapsed = 0;
        render();
        save();
      });
      var text = document.createElement('span');
      text.textContent = t.label;
      label.append(input, text);
      ui.choice.append(label);
    });
  }

  function go(step, side) {
    pause(true);
    hush();
    var choice = step === s.step ? s.choice : 0;
    s = fresh(step);
    s.side = side;
    s.choice = choice;
    ui.choice.dataset.step = '';
    render();
    window.scrollTo(0, 0);
    if (side > 1) {
      introduced = step + ':' + side;
      change(ui.position.textContent, L.lSwitch);
    } else {
      announce(say(L.lStep, [step + 1, steps.length, current().name]));
      signal();
      introduce();
    }
    save();
  }

  function next() {
    if (s.finished) {
      return;
    }
    if (current().sides > 1 && s.side === 1) {
      go(s.step, 2);
    } else if (s.step < steps.length - 1) {
      go(s.step + 1, 1);
    } else {
      pause(true);
      s.finished = true;
      render();
      window.scrollTo(0, 0);
      change(L.lFinished);
      save();
      // The one thing left to do, in the dock under the thumb.
      ui.done.focus();
    }
  }

  function prev() {
    if (s.finished) {
      s.finished = false;
      go(s.step, current().sides);
    } else if (s.side > 1) {
      go(s.step, 1);
    } else if (s.step > 0) {
      go(s.step - 1, 1);
    }
  }

  function toggle() {
    if (running) {
      pause();
    } else {
      if (s.elapsed === 0 && introduced !== s.step + ':' + s.side) {
        // Speech needs a tap: a step shown without one is introduced when it starts.
        introduce();
      }
      start();
      render();
    }
  }

  function pressed(button, on) {
    button.setAttribute('aria-pressed', String(on));
  }

  ui.toggle.addEventListener('click', toggle);
  ui.next.addEventListener('click', next);
  ui.prev.addEventListener('click', prev);
  ui.slower.addEventListener('click', function () { setBeat(session.slower(beat)); });
  ui.faster.addEventListener('click', function () { setBeat(session.faster(beat)); });
  ui.resumed.querySelector('[data-session-restart]').addEventListener('click', function () {
    ui.resumed.hidden = true;
    store.remove(KEY);
    go(0, 1);
  });
  ui.sound.addEventListener('click', function () {
    var on = ui.sound.getAttribute('aria-pressed') !== 'true';
    pressed(ui.sound, on);
    if (on && !audio && (window.AudioContext || window.webkitAudioContext)) {
      audio = new (window.AudioContext || window.webkitAudioContext)();
    }
    if (!on && audio) {
      audio.close();
      audio = null;
    }
  });
  if ('speechSynthesis' in window) {
    ui.speech.hidden = false;
    pressed(ui.speech, speaking);
    ui.speech.addEventListener('click', function () {
      speaking = !speaking;
      store.set(SPEECH, speaking);
      pressed(ui.speech, speaking);
      ui.speechNone.hidden = !speaking || session.voiceFor(window.speechSynthesis.getVoices(), lang) !== null;
      if (!speaking) {
        hush();
      }
    });
  }
  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (event.altKey || event.ctrlKey || event.metaKey || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
      return;
    }
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      next();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      prev();
    } else if (event.key === ' ' && tag !== 'BUTTON' && tag !== 'A') {
      event.preventDefault();
      if (!s.finished) {
        toggle();
      }
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && running) {
      lockScreen();
    } else {
      save();
    }
  });
  window.addEventListener('pagehide', save);

  ui.done.addEventListener('click', function () {
    var done = store.get(TICKS) || [];
    var today = isoDay(new Date());
    if (done.indexOf(today) < 0) {
      done.push(today);
    }
    store.set(TICKS, done.slice(-60));
    store.set('ppb-routine', ui.end.dataset.routine); // named on the diary's page for the clinician
    store.remove(KEY);
    ui.end.querySelector('[data-session-done-status]').textContent = ui.end.dataset.lSaved;
  });

  var saved = store.get(KEY);
  if (saved && typeof saved.step === 'number' && saved.step < steps.length
      && (saved.step > 0 || saved.side > 1 || saved.elapsed > 0 || saved.finished)) {
    s = Object.assign(fresh(0), saved);
    ui.resumed.hidden = false;
  }
  document.body.classList.add('has-session');
  root.hidden = false;
  render();
})();
}
