// The pain diary (/diary): kept only in this browser's localStorage, never sent. Loaded on the diary page only.
// The pure logic (the summary, the guide's "time to get it checked" rule, the chart's points, the CSV file) touches
// no DOM, so src/test/js/diary.test.js can test it under Node.
var diary = (function () {
  'use strict';

  var KEY = 'ppb-diary';
  var CHECK = 'ppb-check';
  var ROUTINE = 'ppb-routine';
  var WINDOW_DAYS = 56;           // the chart and the summary look at the last 8 weeks
  var RULE_SPAN_DAYS = 21;        // "a few weeks" (NHS), read as three weeks of entries
  var PAIN_POINTS = 2;            // about 2 points or 30% on the 0-10 pain scale (Farrar 2001; Childs 2005)
  var PAIN_SHARE = 0.3;
  var ACTIVITY_POINTS = 2;        // 2 points for the activities' average (Stratford 1995)
  var HIGH_PAIN = 8;
  var RISE_POINTS = 2;
  var RISE_DAYS = 7;
  var MAX_ACTIVITIES = 3;
  var MAX_NOTE = 280;

  // --- Days as 'YYYY-MM-DD', counted in whole days (UTC arithmetic on the date alone: no clock change moves it). ---
  function dayNumber(iso) {
    var p = iso.split('-');
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000);
  }

  function fromDayNumber(n) {
    return new Date(n * 86400000).toISOString().slice(0, 10);
  }

  function addDays(iso, days) {
    return fromDayNumber(dayNumber(iso) + days);
  }

  function isDay(text) {
    return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && fromDayNumber(dayNumber(text)) === text;
  }

  function isScore(n) {
    return typeof n === 'number' && Math.floor(n) === n && n >= 0 && n <= 10;
  }

  function empty() {
    return { activities: [], entries: [] };
  }

  /** A stored diary made safe to use: anything malformed is dropped rather than trusted. */
  function clean(raw) {
    var result = empty();
    if (!raw || typeof raw !== 'object') {
      return result;
    }
    if (Array.isArray(raw.activities)) {
      result.activities = raw.activities.filter(function (a) { return typeof a === 'string' && a.trim(); })
        .map(function (a) { return a.trim().slice(0, 80); }).slice(0, MAX_ACTIVITIES);
    }
    var byDay = {};
    (Array.isArray(raw.entries) ? raw.entries : []).forEach(function (e) {
      if (e && isDay(e.day) && isScore(e.pain)) {
        var scores = [];
        for (var i = 0; i < result.activities.length; i++) {
          var s = Array.isArray(e.scores) ? e.scores[i] : null;
          scores.push(isScore(s) ? s : null);
        }
        byDay[e.day] = { day: e.day, pain: e.pain, scores: scores,
          note: typeof e.note === 'string' ? e.note.slice(0, MAX_NOTE) : '' };
      }
    });
    result.entries = Object.keys(byDay).sort().map(function (d) { return byDay[d]; });
    return result;
  }

  /** Today's answers replace any earlier ones of the same day. */
  function record(data, entry) {
    var entries = data.entries.filter(function (e) { return e.day !== entry.day; }).concat([entry]);
    return clean({ activities: data.activities, entries: entries });
  }

  function average(scores) {
    var given = (scores || []).filter(isScore);
    if (!given.length) {
      return null;
    }
    return given.reduce(function (a, b) { return a + b; }, 0) / given.length;
  }

  /** The entries of the 8 weeks that end today, oldest first. */
  function recent(entries, today) {
    var first = addDays(today, -(WINDOW_DAYS - 1));
    return entries.filter(function (e) { return e.day >= first && e.day <= today; });
  }

  /**
   * The summary in words as a message key and its values: from the first entry of the last 8 weeks to the latest.
   * Keys: none (no entries), one (a single entry), down, up, same; the span as [kind, number] (days or weeks).
   */
  function summary(entries, today) {
    var shown = recent(entries, today);
    if (!shown.length) {
      return { key: 'none', values: [] };
    }
    var first = shown[0], last = shown[shown.length - 1];
    if (shown.length === 1) {
      return { key: 'one', values: [last.pain] };
    }
    var days = dayNumber(last.day) - dayNumber(first.day);
    var span = days >= 14 ? ['weeks', Math.round(days / 7)] : (days === 1 ? ['day', 1] : ['days', days]);
    var key = last.pain < first.pain ? 'down' : (last.pain > first.pain ? 'up' : 'same');
    return { key: key, values: [first.pain, last.pain], span: span };
  }

  /**
   * The guide's own "time to get it checked" rule, built on the NHS "has not started to improve within a few weeks"
   * and the smallest change that matters on each scale. Reasons, any of them:
   * high: the latest pain is 8 or more; rise: the latest pain is 2 or more above the lowest of the 7 days before it;
   * flat: three weeks or more of entries (first to latest in the last 8 weeks) and pain better by less than 2 points
   * and less than 30%, or the activities' average better by less than 2 points.
   */
  function rule(entries, today) {
    var shown = recent(entries, today);
    var reasons = [];
    if (!shown.length) {
      return { fires: false, reasons: reasons };
    }
    var last = shown[shown.length - 1];
    if (last.pain >= HIGH_PAIN) {
      reasons.push('high');
    }
    var weekBefore = shown.filter(function (e) {
      var gap = dayNumber(last.day) - dayNumber(e.day);
      return gap > 0 && gap <= RISE_DAYS;
    });
    if (weekBefore.length) {
      var lowest = Math.min.apply(null, weekBefore.map(function (e) { return e.pain; }));
      if (last.pain - lowest >= RISE_POINTS) {
        reasons.push('rise');
      }
    }
    var first = shown[0];
    if (dayNumber(last.day) - dayNumber(first.day) >= RULE_SPAN_DAYS) {
      var better = first.pain - last.pain;
      // Pain that was not there at the start and is now counts too: it is no better (the more cautious reading).
      var painFlat = last.pain > 0 && better < PAIN_POINTS && better < PAIN_SHARE * first.pain;
      var before = average(first.scores), now = average(last.scores);
      var activitiesFlat = before !== null && now !== null && now < 10 && now - before < ACTIVITY_POINTS;
      if (painFlat || activitiesFlat) {
        reasons.push('flat');
      }
    }
    return { fires: reasons.length > 0, reasons: reasons };
  }

  /**
   * The chart's points in a box of width x height (SVG units, 0 at the top): one column per day of the last 8 weeks,
   * 0 to 10 upwards. Pain and the activities' average as points; the routine's days as marks on the bottom row.
   */
  function chart(entries, ticks, today, box) {
    var first = addDays(today, -(WINDOW_DAYS - 1));
    var step = box.width / (WINDOW_DAYS - 1);
    function x(day) { return round(box.left + (dayNumber(day) - dayNumber(first)) * step); }
    function y(value) { return round(box.top + (10 - value) * box.height / 10); }
    var shown = recent(entries, today);
    return {
      pain: shown.map(function (e) { return { day: e.day, value: e.pain, x: x(e.day), y: y(e.pain) }; }),
      activities: shown.filter(function (e) { return average(e.scores) !== null; }).map(function (e) {
        var a = average(e.scores);
        return { day: e.day, value: round(a), x: x(e.day), y: y(a) };
      }),
      ticks: (ticks || []).filter(function (d) { return isDay(d) && d >= first && d <= today; }).sort()
        .map(function (d) { return { day: d, x: x(d) }; }),
      weeks: [0, 1, 2, 3, 4, 5, 6, 7, 8].map(function (w) {
        var d = addDays(first, w * 7);
        return { day: d, x: x(d > today ? today : d) };
      }).slice(0, 8),
      y: y
    };
  }

  function round(n) {
    return Math.round(n * 10) / 10;
  }

  /** Per week of the last 8 (oldest first): average pain, activities' average, days with a tick. */
  function weeks(entries, ticks, today) {
    var first = addDays(today, -(WINDOW_DAYS - 1));
    var result = [];
    for (var w = 0; w < WINDOW_DAYS / 7; w++) {
      var from = addDays(first, w * 7), to = addDays(first, w * 7 + 6);
      var these = entries.filter(function (e) { return e.day >= from && e.day <= to; });
      var acts = these.map(function (e) { return average(e.scores); }).filter(function (a) { return a !== null; });
      result.push({
        from: from, to: to, entries: these.length,
        pain: these.length ? round(average(these.map(function (e) { return e.pain; }))) : null,
        activities: acts.length ? round(average(acts.map(round))) : null,
        scores: [0, 1, 2].map(function (i) {
          var s = these.map(function (e) { return e.scores[i]; }).filter(isScore);
          return s.length ? round(average(s)) : null;
        }),
        done: (ticks || []).filter(function (d) { return d >= from && d <= to; }).length
      });
    }
    return result;
  }

  // --- The file: CSV (RFC 4180) that a spreadsheet opens; the columns are read back by position. ---
  function cell(text) {
    var value = String(text);
    if (/^[=+\-@]/.test(value)) {
      value = "'" + value; // a spreadsheet would read it as a formula
    }
    return /[",\r\n']/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  /** The diary as CSV: date, pain, one column per activity (its name as the heading), note. */
  function toCsv(data, labels) {
    var head = [labels.date, labels.pain].concat(data.activities, [labels.note]);
    var rows = [head.map(cell).join(',')];
    data.entries.forEach(function (e) {
      rows.push([e.day, e.pain].concat(e.scores.map(function (s) { return s === null ? '' : s; }), [e.note])
        .map(cell).join(','));
    });
    return rows.join('\r\n') + '\r\n';
  }

  function parseRows(text) {
    var rows = [], row = [], field = '', quoted = false, i = 0;
    text = text.replace(/^\uFEFF/, '');
    while (i < text.length) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (c === '"') { quoted = false; i++; continue; }
        field += c; i++; continue;
      }
      if (c === '"') { quoted = true; i++; continue; }
      if (c === ',') { row.push(field); field = ''; i++; continue; }
      if (c === '\r' || c === '\n') {
        row.push(field); rows.push(row); row = []; field = '';
        i += (c === '\r' && text[i + 1] === '\n') ? 2 : 1;
        continue;
      }
      field += c; i++;
    }
    if (field !== '' || row.length) {
      row.push(field); rows.push(row);
    }
    return rows.filter(function (r) { return r.length > 1 || r[0] !== ''; });
  }

  function uncell(value) {
    return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
  }

  /** Reads a file made by toCsv; throws an Error naming the first row it cannot read. */
  function fromCsv(text) {
    var rows = parseRows(text);
    if (!rows.length || rows[0].length < 3) {
      throw new Error('header');
    }
    var head = rows[0];
    var activities = head.slice(2, head.length - 1).map(uncell);
    if (activities.length > MAX_ACTIVITIES) {
      throw new Error('header');
    }
    var entries = rows.slice(1).map(function (r, n) {
      if (r.length !== head.length || !isDay(r[0]) || !/^\d{1,2}$/.test(r[1]) || !isScore(+r[1])) {
        throw new Error('row ' + (n + 2));
      }
      var scores = r.slice(2, r.length - 1).map(function (s) {
        if (s === '') { return null; }
        if (!/^\d{1,2}$/.test(s) || !isScore(+s)) { throw new Error('row ' + (n + 2)); }
        return +s;
      });
      return { day: r[0], pain: +r[1], scores: scores, note: uncell(r[r.length - 1]) };
    });
    return clean({ activities: activities, entries: entries });
  }

  return {
    KEY: KEY, CHECK: CHECK, ROUTINE: ROUTINE, WINDOW_DAYS: WINDOW_DAYS, MAX_ACTIVITIES: MAX_ACTIVITIES,
    addDays: addDays, dayNumber: dayNumber, clean: clean, empty: empty, record: record, average: average,
    summary: summary, rule: rule, chart: chart, weeks: weeks, toCsv: toCsv, fromCsv: fromCsv
  };
}());

if (typeof module === 'object' && module.exports) {
  module.exports = diary;
} else {
  (function () {
    'use strict';
    var root = document.querySelector('[data-diary]');
    if (!root || !window.ppb) {
      return;
    }
    var ppb = window.ppb, store = ppb.store, say = ppb.say, L = root.dataset;
    var SVG = 'http://www.w3.org/2000/svg';
    var today = ppb.isoDay(new Date());
    var data = diary.clean(store.get(diary.KEY));

    function $(name) { return root.querySelector('[data-diary-' + name + ']'); }
    function el(tag, attrs, text) {
      var node = tag.indexOf('svg:') === 0 ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) { node.textContent = text; }
      return node;
    }
    function dateLabel(iso, long) {
      var p = iso.split('-');
      return new Date(+p[0], +p[1] - 1, +p[2]).toLocaleDateString(document.documentElement.lang || undefined,
        long ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'short' });
    }
    function number(n) {
      return n === null ? '–' : n.toLocaleString(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
    }
    function save() {
      store.set(diary.KEY, data);
    }

    // --- The check-in: pain now, the chosen activities, a note, and any warning sign. ---
    var form = $('form');
    var activityList = $('activities');
    var setup = $('setup');

    function drawActivities() {
      activityList.textContent = '';
      var entry = data.entries.filter(function (e) { return e.day === today; })[0];
      data.activities.forEach(function (name, i) {
        var set = el('fieldset', { class: 'diary-scale diary-activity' });
        set.append(el('legend', {}, say(L.lActivityRate, [name])));
        set.append(scale('activity-' + i, entry ? entry.scores[i] : null, L.lActivityLow, L.lActivityHigh));
        activityList.append(set);
      });
      $('no-activities').hidden = data.activities.length > 0;
      var fields = setup.querySelectorAll('input[type=text]');
      for (var i = 0; i < fields.length; i++) {
        fields[i].value = data.activities[i] || '';
      }
      if (entry) {
        var pain = form.querySelector('input[name=pain][value="' + entry.pain + '"]');
        if (pain) { pain.checked = true; }
        form.querySelector('[name=note]').value = entry.note;
      }
    }

    function scale(name, value, low, high) {
      var wrap = el('div', { class: 'scale-row' });
      for (var n = 0; n <= 10; n++) {
        var label = el('label', { class: 'scale-option' });
        var input = el('input', { type: 'radio', name: name, value: String(n) });
        if (value === n) { input.checked = true; }
        label.append(input, el('span', {}, String(n)));
        wrap.append(label);
      }
      var ends = el('p', { class: 'scale-ends', 'aria-hidden': 'true' });
      ends.append(el('span', {}, '0 ' + low), el('span', {}, '10 ' + high));
      var box = el('div');
      box.append(wrap, ends);
      return box;
    }

    function showSigns() {
      var levels = [];
      form.querySelectorAll('[data-sign]:checked').forEach(function (box) {
        if (levels.indexOf(box.dataset.sign) < 0) { levels.push(box.dataset.sign); }
      });
      var help = $('help');
      help.querySelectorAll('[data-level]').forEach(function (p) {
        p.hidden = levels.indexOf(p.dataset.level) < 0 || (levels.length > 1 && p.dataset.level !== levels[0]);
      });
      help.hidden = levels.length === 0;
    }
    form.addEventListener('change', function (event) {
      if (event.target.matches('[data-sign]')) { showSigns(); }
    });

    form.addEventListener('submit', function (event) {
      event.preventDefault(); // nothing is sent: the answers stay in this browser
      var pain = form.querySelector('input[name=pain]:checked');
      var status = $('saved');
      if (!pain) {
        status.textContent = L.lPainMissing;
        form.querySelector('input[name=pain]').focus();
        return;
      }
      var scores = data.activities.map(function (name, i) {
        var s = form.querySelector('input[name="activity-' + i + '"]:checked');
        return s ? +s.value : null;
      });
      data = diary.record(data, { day: today, pain: +pain.value, scores: scores,
        note: form.querySelector('[name=note]').value.trim() });
      save();
      status.textContent = L.lSaved;
      showSigns();
      drawTrend();
    });

    setup.addEventListener('submit', function (event) {
      event.preventDefault();
      var names = Array.prototype.map.call(setup.querySelectorAll('input[type=text]'), function (f) {
        return f.value.trim();
      });
      // Scores follow their activity's place; a renamed place starts again from its new name.
      var keep = names.map(function (n) { return data.activities.indexOf(n); });
      var chosen = names.filter(Boolean);
      data = diary.clean({
        activities: chosen,
        entries: data.entries.map(function (e) {
          return { day: e.day, pain: e.pain, note: e.note, scores: names.map(function (n, i) {
            return n && keep[i] >= 0 ? e.scores[keep[i]] : (n ? null : undefined);
          }).filter(function (s) { return s !== undefined; }) };
        })
      });
      save();
      drawActivities();
      drawTrend();
      $('setup-status').textContent = L.lActivitiesSaved;
    });
    setup.querySelectorAll('[data-example]').forEach(function (button) {
      button.addEventListener('click', function () {
        var fields = Array.prototype.slice.call(setup.querySelectorAll('input[type=text]'));
        var free = fields.filter(function (f) { return !f.value.trim(); })[0];
        if (free) {
          free.value = button.dataset.example;
          free.focus();
        }
      });
    });

    // --- The trend: chart, table, summary and the rule. ---
    var BOX = { left: 30, top: 10, width: 356, height: 150 };
    function drawTrend() {
      var ticks = store.get(ppb.TICKS) || [];
      var points = diary.chart(data.entries, ticks, today, BOX);
      var svg = $('chart');
      svg.textContent = '';
      svg.append(el('svg:title', { id: 'diary-chart-title' }, L.lChartTitle));
      svg.append(el('svg:desc', { id: 'diary-chart-desc' }, L.lChartDesc));
      [0, 5, 10].forEach(function (v) {
        svg.append(el('svg:line', { class: 'grid', x1: BOX.left, x2: BOX.left + BOX.width, y1: points.y(v), y2: points.y(v) }));
        svg.append(el('svg:text', { class: 'axis', x: BOX.left - 6, y: points.y(v) + 5, 'text-anchor': 'end' }, String(v)));
      });
      // A date under every other week, so the labels stay readable on a phone.
      points.weeks.forEach(function (w, i) {
        if (i % 2 === 0) {
          svg.append(el('svg:line', { class: 'grid', x1: w.x, x2: w.x, y1: BOX.top + BOX.height, y2: BOX.top + BOX.height + 6 }));
          svg.append(el('svg:text', { class: 'axis', x: w.x, y: 214, 'text-anchor': i === 0 ? 'start' : 'middle' }, dateLabel(w.day)));
        }
      });
      points.ticks.forEach(function (t) {
        svg.append(el('svg:rect', { class: 'tick', x: t.x - 3, y: 176, width: 6, height: 16, 'data-day': t.day }));
      });
      [['activities', 'line-activities'], ['pain', 'line-pain']].forEach(function (kind) {
        var list = points[kind[0]];
        if (list.length > 1) {
          svg.append(el('svg:polyline', { class: kind[1], points: list.map(function (p) { return p.x + ',' + p.y; }).join(' ') }));
        }
        list.forEach(function (p) {
          var mark = kind[0] === 'pain'
            ? el('svg:circle', { class: 'dot-pain', cx: p.x, cy: p.y, r: 4.5 })
            : el('svg:rect', { class: 'dot-activities', x: p.x - 4, y: p.y - 4, width: 8, height: 8 });
          mark.setAttribute('data-day', p.day);
          mark.setAttribute('data-value', p.value);
          mark.setAttribute('data-kind', kind[0]);
          svg.append(mark);
        });
      });

      // The table: one row per entry (screen), and per week (paper and screen, a summary).
      var body = $('rows');
      body.textContent = '';
      data.entries.slice().reverse().forEach(function (e) {
        if (e.day < diary.addDays(today, -(diary.WINDOW_DAYS - 1))) { return; }
        var tr = el('tr');
        tr.append(el('th', { scope: 'row' }, dateLabel(e.day)), el('td', {}, String(e.pain)),
          el('td', {}, number(diary.average(e.scores) === null ? null : Math.round(diary.average(e.scores) * 10) / 10)),
          el('td', {}, ticks.indexOf(e.day) >= 0 ? L.lYes : ''), el('td', {}, e.note));
        body.append(tr);
      });
      $('table').hidden = body.children.length === 0;
      var weekBody = $('weeks');
      weekBody.textContent = '';
      diary.weeks(data.entries, ticks, today).forEach(function (w) {
        var tr = el('tr');
        tr.append(el('th', { scope: 'row' }, dateLabel(w.from) + ' – ' + dateLabel(w.to)),
          el('td', {}, number(w.pain)));
        for (var i = 0; i < 3; i++) {
          var td = el('td', {}, number(w.scores[i]));
          td.hidden = i >= data.activities.length;
          tr.append(td);
        }
        tr.append(el('td', {}, say(L.lDoneOf, [w.done, 7])));
        weekBody.append(tr);
      });
      root.querySelectorAll('[data-activity-head]').forEach(function (th, i) {
        th.textContent = data.activities[i] || '';
        th.hidden = i >= data.activities.length;
      });

      var s = diary.summary(data.entries, today);
      var span = s.span ? say(L['lSpan' + s.span[0].charAt(0).toUpperCase() + s.span[0].slice(1)], [s.span[1]]) : '';
      $('summary').textContent = say(L['lSummary' + s.key.charAt(0).toUpperCase() + s.key.slice(1)],
        s.values.concat([span]));
      $('summary').dataset.key = s.key;

      var r = diary.rule(data.entries, today);
      var ruleBox = $('rule');
      ruleBox.hidden = !r.fires;
      ruleBox.querySelectorAll('[data-reason]').forEach(function (li) {
        li.hidden = r.reasons.indexOf(li.dataset.reason) < 0;
      });

      // The clinician's page: how often the routine was done, birth details if given, the notes.
      var inWindow = ticks.filter(function (d) { return d >= diary.addDays(today, -(diary.WINDOW_DAYS - 1)) && d <= today; });
      $('done').textContent = say(L.lDoneTotal, [inWindow.length, diary.WINDOW_DAYS]);
      var routine = store.get(diary.ROUTINE);
      var routineLine = $('routine');
      routineLine.hidden = typeof routine !== 'string' || routine.charAt(0) !== '/';
      if (!routineLine.hidden) {
        var link = routineLine.querySelector('a');
        link.href = routine;
        link.textContent = location.origin + routine;
      }
      var check = store.get(diary.CHECK) || {};
      var birth = [L['lHow' + (HOW[check.how] || 'None')], L['lWhen' + (WHEN[check.when] || 'None')]]
        .filter(Boolean);
      $('birth').hidden = birth.length === 0;
      $('birth-text').textContent = birth.join('; ');
      var notes = $('notes');
      notes.textContent = '';
      data.entries.filter(function (e) { return e.note && e.day >= diary.addDays(today, -(diary.WINDOW_DAYS - 1)); })
        .slice(-8).reverse().forEach(function (e) {
          var li = el('li');
          li.append(el('strong', {}, dateLabel(e.day) + ': '), document.createTextNode(e.note));
          notes.append(li);
        });
      $('notes-block').hidden = notes.children.length === 0;
      $('printed').textContent = say(L.lPrinted, [dateLabel(today, true)]);
    }

    // The "before you start" check's answers (ppb-check), each to the name of its label's data attribute.
    var HOW = { vaginal: 'Vaginal', assisted: 'Assisted', caesarean: 'Caesarean' };
    var WHEN = { pregnant: 'Pregnant', '0-2w': 'W0to2', '2-6w': 'W2to6', '6-12w': 'W6to12', '3-12m': 'M3to12',
      '12m+': 'M12plus' };

    // --- The file, deleting, printing. ---
    $('export').addEventListener('click', function () {
      var csv = diary.toCsv(data, { date: L.lCsvDate, pain: L.lCsvPain, note: L.lCsvNote });
      var link = el('a', { href: URL.createObjectURL(new Blob(['\uFEFF' + csv], { type: 'text/csv' })),
        download: 'back-diary-' + today + '.csv' });
      document.body.append(link);
      link.click();
      link.remove();
      $('data-status').textContent = L.lExported;
    });
    $('import').addEventListener('change', function (event) {
      var file = event.target.files[0];
      if (!file) { return; }
      file.text().then(function (text) {
        data = diary.fromCsv(text);
        save();
        drawActivities();
        drawTrend();
        $('data-status').textContent = say(L.lImported, [data.entries.length]);
      }).catch(function () {
        $('data-status').textContent = L.lImportFailed;
      }).then(function () { event.target.value = ''; });
    });
    $('delete').addEventListener('click', function () {
      if (!window.confirm(L.lDeleteConfirm)) { return; }
      // Everything this guide keeps in this browser: the diary, the ticks, the session's place, the answers.
      Object.keys(window.localStorage).filter(function (k) { return k.indexOf('ppb-') === 0; }).forEach(store.remove);
      data = diary.empty();
      form.reset();
      drawActivities();
      drawTrend();
      $('data-status').textContent = L.lDeleted;
    });
    $('print').addEventListener('click', function () { window.print(); });

    drawActivities();
    drawTrend();
    root.querySelectorAll('[data-needs-js]').forEach(function (n) { n.hidden = false; });
    root.querySelectorAll('[data-no-js]').forEach(function (n) { n.hidden = true; });
  }());
}
