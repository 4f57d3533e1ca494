// Progressive enhancement only: every page works without this file.
// The helpers shared by the feature scripts (window.ppb); under Node (src/test/js) this file only exports them.
var ppb = (function () {
  'use strict';
  // --- Local storage helpers (ticks and the session's place): never sent, and the page works when they fail. ---
  var store = {
    get: function (key) {
      try { return JSON.parse(window.localStorage.getItem(key)); } catch (e) { return null; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off or full */ }
    },
    remove: function (key) {
      try { window.localStorage.removeItem(key); } catch (e) { /* storage off */ }
    }
  };

  function isoDay(date) {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function say(template, values) {
    return template.replace(/\{(\d)\}/g, function (match, i) { return values[i]; });
  }

  return { store: store, isoDay: isoDay, say: say, TICKS: 'ppb-ticks' };
}());

if (typeof module === 'object' && module.exports) {
  module.exports = ppb;
} else {
window.ppb = ppb;
(function () {
  'use strict';
  var store = ppb.store, isoDay = ppb.isoDay, say = ppb.say, TICKS = ppb.TICKS;

  // Share: the phone's share sheet where there is one, otherwise copy the link.
  document.querySelectorAll('[data-share-url]').forEach(function (button) {
    var url = button.dataset.shareUrl;
    var status = button.parentElement.querySelector('.share-status');
    var canShare = typeof navigator.share === 'function';
    button.textContent = canShare ? button.dataset.labelShare : button.dataset.labelCopy;
    button.parentElement.hidden = false;

    function selectLink() {
      var link = button.closest('.share').querySelector('.share-url');
      var range = document.createRange();
      range.selectNodeContents(link);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = button.dataset.labelSelect;
    }

    button.addEventListener('click', function () {
      if (canShare) {
        navigator.share({ title: button.dataset.shareTitle, url: url }).catch(function () { /* dismissed */ });
      } else if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = button.dataset.labelCopied;
        }, selectLink);
      } else {
        selectLink();
      }
    });
  });

  // Print: a real button where JavaScript can call the browser's print dialog.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.parentElement.hidden = false;
    var fallback = document.querySelector('.print-fallback');
    if (fallback) {
      fallback.hidden = true;
    }
    button.addEventListener('click', function () { window.print(); });
  });

  // --- This week's ticks on the routine page, drawn from this device's storage. ---
  var week = document.querySelector('[data-ticks]');
  if (week) {
    var days = week.querySelector('[data-ticks-days]');
    var drawWeek = function () {
      var done = store.get(TICKS) || [];
      days.textContent = '';
      for (var back = 6; back >= 0; back--) {
        var day = new Date();
        day.setDate(day.getDate() - back);
        var ticked = done.indexOf(isoDay(day)) >= 0;
        var item = document.createElement('li');
        item.className = ticked ? 'tick-day is-done' : 'tick-day';
        item.dataset.day = isoDay(day);
        var name = document.createElement('span');
        name.textContent = day.toLocaleDateString(document.documentElement.lang || undefined, { weekday: 'short' });
        var date = document.createElement('span');
        date.textContent = String(day.getDate());
        var mark = document.createElement('span');
        mark.className = 'tick-mark';
        mark.textContent = ticked ? '\u2713' : '';
        var label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = ' ' + (ticked ? week.dataset.lDone : week.dataset.lNotDone);
        item.append(name, date, mark, label);
        days.append(item);
      }
    };
    drawWeek();
    week.hidden = false;
    week.querySelector('[data-ticks-clear]').addEventListener('click', function () {
      store.remove(TICKS);
      drawWeek();
      week.querySelector('[data-ticks-status]').textContent = week.dataset.lCleared;
    });
  }

  // --- The guided session: turns the server's list of steps into a player, one step per screen. ---
  var player = document.querySelector('[data-session]');
  if (player) {
    session(player);
  }

  function session(root) {
    var L = root.dataset;
    var KEY = 'ppb-session:' + L.key;
    var steps = Array.prototype.map.call(document.querySelectorAll('.session-step'), function (el) {
      return {
        el: el,
        name: el.querySelector('.session-step-name').textContent,
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
    var q = function (name) { return root.querySelector('[data-session-' + name + ']'); };
    var ui = {
      position: q('position'), phase: q('phase'), clock: q('clock'), bar: q('bar'), toggle: q('toggle'),
      next: q('next'), prev: q('prev'), sound: q('sound'), live: q('live'), resumed: q('resumed'),
      choice: document.createElement('fieldset'), end: document.querySelector('[data-session-end]')
    };
    ui.choice.className = 'player-choice';
    root.querySelector('.player-options').before(ui.choice);

    var s = fresh(0);
    var running = false;
    var startedAt = 0;
    var interval = null;
    var lastPhase = null;
    var lock = null;
    var audio = null;

    function fresh(step) {
      return { step: step, side: 1, choice: 0, elapsed: 0, rep: 0, count: 0, movement: 0, stopped: false,
        finished: false };
    }

    function current() { return steps[s.step]; }
    function timer() { return current().timers[s.choice] || { kind: 'open', movements: [] }; }
    function elapsed() { return s.elapsed + (running ? Date.now() - startedAt : 0); }

    function save() {
      var copy = Object.assign({}, s, { elapsed: elapsed() });
      store.set(KEY, copy);
    }

    // Feedback at each change: the live region (polite, never every second), a buzz, and a tone if turned on.
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
    function change(text) {
      announce(text);
      signal();
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
      if (running || s.stopped || s.finished || timer().kind === 'count') {
        return;
      }
      running = true;
      startedAt = Date.now();
      lockScreen();
      interval = window.setInterval(tick, 200);
      tick();
      announce(phaseOf(timer(), elapsed()).text);
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
      }
      render();
      save();
    }

    // What the timer shows for the time gone by, and whether the step is done.
    function phaseOf(t, ms) {
      var sec = ms / 1000;
      if (t.kind === 'tempo') {
        var period = t.out + t.back;
        var turns = Math.floor(sec / period);
        var within = sec - turns * period;
        var out = within < t.out;
        return {
          key: (out ? 'out' : 'back') + turns,
          text: out ? L.lOut : L.lBack,
          clock: String(Math.ceil(out ? t.out - within : period - within)),
          bar: out ? within / t.out : 1 - (within - t.out) / t.back
        };
      }
      if (t.kind === 'hold') {
        var several = t.reps && t.reps > 1;
        var left = Math.max(0, t.holdMax - sec);
        var base = several ? say(L.lRep, [s.rep + 1, t.reps]) : L.lHold;
        if (sec >= t.holdMax) {
          return { key: 'done', text: L.lHoldDone, clock: '0', bar: 1, done: true };
        }
        if (!several && sec >= t.holdMin) {
          return { key: 'min', text: say(L.lHoldMin, [t.holdMin]), clock: String(Math.ceil(left)), bar: sec / t.holdMax };
        }
        if (!running && ms === 0 && several && s.rep > 0) {
          return { key: 'relax' + s.rep, text: L.lRelax, clock: String(t.holdMax), bar: 0 };
        }
        return { key: 'hold' + s.rep, text: base, clock: String(Math.ceil(left)), bar: sec / t.holdMax };
      }
      if (t.kind === 'minutes') {
        var min = sec / 60;
        var last = t.stop || t.end;
        var p = { key: 'run', text: L.lMinutes, clock: clock(Math.min(ms, last * 60000)), bar: Math.min(1, min / last) };
        if (min >= last) {
          p.key = 'stop';
          p.text = say(L.lStop, [last]);
          p.stop = true;
        } else if (min >= t.end) {
          p.key = 'end';
          p.text = say(L.lEnd, [t.end]);
        } else if (min >= t.alert) {
          p.key = 'alert';
          p.text = say(L.lAlert, [t.alert]);
        }
        return p;
      }
      if (t.kind === 'count') {
        var names = t.movements.length ? t.movements : [current().name];
        return {
          key: 'move' + s.movement,
          text: say(L.lMovement, [names[s.movement], s.count, t.each]),
          clock: s.count + '/' + t.each,
          bar: s.count / t.each
        };
      }
      return { key: 'open', text: L.lOpen, clock: clock(ms), bar: null };
    }

    function clock(ms) {
      var total = Math.floor(ms / 1000);
      var seconds = total % 60;
      return Math.floor(total / 60) + ':' + (seconds < 10 ? '0' : '') + seconds;
    }

    function tick() {
      var t = timer();
      var p = phaseOf(t, elapsed());
      if (p.key !== lastPhase && lastPhase !== null && running) {
        change(p.text);
      }
      lastPhase = p.key;
      if (p.done) {
        holdDone(t);
        return;
      }
      if (p.stop) {
        s.elapsed = t.stop ? t.stop * 60000 : t.end * 60000;
        s.stopped = true;
        running = false;
        window.clearInterval(interval);
        unlockScreen();
        save();
      }
      draw(p);
    }

    function holdDone(t) {
      pause(true);
      s.elapsed = 0;
      s.rep += 1;
      if (t.reps && s.rep < t.reps) {
        lastPhase = null;
        change(L.lRelax);
        render();
        save();
        return;
      }
      next();
    }

    function draw(p) {
      var t = timer();
      var idle = !running && s.elapsed === 0 && s.rep === 0 && t.kind !== 'count' && t.label;
      ui.phase.textContent = idle ? t.label : p.text;
      ui.clock.textContent = p.clock;
      ui.bar.hidden = p.bar === null;
      ui.bar.value = p.bar === null ? 0 : Math.max(0, Math.min(1, p.bar));
      ui.toggle.textContent = t.kind === 'count' ? L.lCount : running ? L.lPause : s.elapsed > 0 ? L.lResume : L.lStart;
      ui.toggle.disabled = s.stopped;
      root.classList.toggle('is-running', running);
    }

    function render() {
      var step = current();
      steps.forEach(function (other, i) {
        other.el.classList.toggle('is-current', i === s.step && !s.finished);
      });
      root.classList.toggle('is-finished', s.finished);
      ui.end.hidden = !s.finished;
      ui.position.textContent = s.finished ? L.lFinished : step.sides < 2 ? ''
        : (s.side > 1 ? L.lSwitch + ': ' : '') + say(L.lSide, [s.side]);
      ui.position.hidden = ui.position.textContent === '';
      drawChoice(step);
      ui.next.disabled = s.finished;
      ui.prev.disabled = s.step === 0 && s.side === 1 && !s.finished;
      var p = phaseOf(timer(), elapsed());
      lastPhase = p.key;
      draw(p);
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
          s.rep = 0;
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
      var choice = step === s.step ? s.choice : 0;
      s = fresh(step);
      s.side = side;
      s.choice = choice;
      ui.choice.dataset.step = '';
      render();
      current().el.scrollIntoView({ block: 'start' });
      var text = side > 1 ? ui.position.textContent : say(L.lStep, [step + 1, steps.length, current().name]);
      change(text);
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
        change(L.lFinished);
        save();
        ui.end.querySelector('h2').focus();
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
      var t = timer();
      if (t.kind === 'count') {
        var names = t.movements.length ? t.movements : [current().name];
        s.count += 1;
        if (s.count >= t.each) {
          if (s.movement < names.length - 1) {
            s.movement += 1;
            s.count = 0;
            render();
            change(say(L.lMovement, [names[s.movement], 0, t.each]));
            save();
          } else {
            next();
          }
          return;
        }
        render();
        save();
      } else if (running) {
        pause();
      } else {
        start();
        render();
      }
    }

    ui.toggle.addEventListener('click', toggle);
    ui.next.addEventListener('click', next);
    ui.prev.addEventListener('click', prev);
    ui.resumed.querySelector('[data-session-restart]').addEventListener('click', function () {
      ui.resumed.hidden = true;
      store.remove(KEY);
      go(0, 1);
    });
    ui.sound.addEventListener('click', function () {
      var on = ui.sound.getAttribute('aria-pressed') !== 'true';
      ui.sound.setAttribute('aria-pressed', String(on));
      if (on && !audio && (window.AudioContext || window.webkitAudioContext)) {
        audio = new (window.AudioContext || window.webkitAudioContext)();
      }
      if (!on && audio) {
        audio.close();
        audio = null;
      }
    });
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

    ui.end.querySelector('[data-session-done]').addEventListener('click', function () {
      var done = store.get(TICKS) || [];
      var today = isoDay(new Date());
      if (done.indexOf(today) < 0) {
        done.push(today);
      }
      store.set(TICKS, done.slice(-60));
      store.set('ppb-routine', ui.end.dataset.routine); // the diary's page for the clinician names it
      store.remove(KEY);
      ui.end.querySelector('[data-session-done-status]').textContent = ui.end.dataset.lSaved;
    });

    var saved = store.get(KEY);
    if (saved && typeof saved.step === 'number' && saved.step < steps.length
        && (saved.step > 0 || saved.side > 1 || saved.elapsed > 0 || saved.rep > 0 || saved.count > 0 || saved.finished)) {
      s = Object.assign(fresh(0), saved);
      ui.resumed.hidden = false;
    }
    document.body.classList.add('has-session');
    root.hidden = false;
    render();
  }
})();

// Offline: once the page has loaded, a service worker keeps the guide on this device, and a note says when all of
// it is kept. Nothing of it runs before the load event, so a first visit costs no more than before.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }
  window.addEventListener('load', function () {
    var note = document.querySelector('[data-offline-note]');
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'kept' && note) {
        note.hidden = false;
      }
    });
    navigator.serviceWorker.register('/sw.js').then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      registration.active.postMessage({ type: 'status', url: location.pathname + location.search });
    }).catch(function () { /* no worker (private mode, blocked): the guide works online as before */ });
  });
})();
}
