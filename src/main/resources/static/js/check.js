// "Before you start": the check's rules run here, in the browser, from the data the page carries
// (<script type="application/json" id="check-data">). The answers never leave this phone: the form is not sent, and
// they are kept (localStorage "ppb-check") only when she ticks "remember", until she taps "Forget".
var check = (function () {
  'use strict';
  var KEY = 'ppb-check';
  var WHEN = ['pregnant', '0-2w', '2-6w', '6-12w', '3-12m', '12m+'];
  var HOW = ['vaginal', 'assisted', 'caesarean'];
  var CHECKED = ['yes', 'no'];
  var SIGNS = ['doming', 'pgp', 'wrist', 'leaking'];
  var LEVELS = ['EMERGENCY', 'URGENT', 'APPOINTMENT'];
  var VERDICTS = ['NOW', 'ASK', 'LATER'];

  function known(value, accepted) {
    return accepted.indexOf(value) >= 0 ? value : 'unknown';
  }

  // What a rule's condition is matched against: '*' and each answer as question:answer.
  function facts(answers) {
    var list = ['*', 'when:' + known(answers.when, WHEN), 'how:' + known(answers.how, HOW),
      'checked:' + known(answers.checked, CHECKED)];
    (answers.signs || []).forEach(function (sign) {
      if (SIGNS.indexOf(sign) >= 0) { list.push('sign:' + sign); }
    });
    return list;
  }

  function holds(rule, have) {
    return rule.any.some(function (all) {
      return all.every(function (fact) { return have.indexOf(fact) >= 0; });
    });
  }

  function judges(rule, slug) {
    return rule.items.indexOf('*') >= 0 || rule.items.indexOf(slug) >= 0;
  }

  // The most urgent level of the flags ticked, a plan otherwise: per item the most cautious verdict of the rules
  // that hold (among equals the first), the lines of advice that hold, and the items that fit now in the guide's order.
  function evaluate(answers, data) {
    var level = null;
    (answers.flags || []).forEach(function (flag) {
      var its = data.flags[flag];
      if (its && (level === null || LEVELS.indexOf(its) < LEVELS.indexOf(level))) { level = its; }
    });
    if (level) {
      return { level: level };
    }
    var have = facts(answers);
    var holding = data.rules.filter(function (rule) { return holds(rule, have); });
    var judged = {};
    var fitNow = [];
    data.items.forEach(function (item) {
      var winner = null;
      holding.forEach(function (rule) {
        if (judges(rule, item.slug)
            && (winner === null || VERDICTS.indexOf(rule.verdict) > VERDICTS.indexOf(winner.verdict))) {
          winner = rule;
        }
      });
      if (winner) {
        judged[item.slug] = winner;
        if (winner.verdict === 'NOW') { fitNow.push(item); }
      }
    });
    var advice = holding.filter(function (rule) { return rule.items.indexOf('-') >= 0; })
      .map(function (rule) { return rule.id; });
    return { level: null, judged: judged, advice: advice, fitNow: fitNow };
  }

  // The ready routine of the items that fit now, at the addresses of the page's language.
  function links(fitNow, paths) {
    var query = fitNow.map(function (item) {
      return item.param + '=' + encodeURIComponent(item.value);
    }).join('&');
    var q = query ? '?' + query : '';
    return {
      routine: paths.routine + q,
      print: paths.print + q,
      session: paths.session + q,
      pdf: paths.pdf + (q ? q + '&' : '?') + 'paper=' + encodeURIComponent(paths.paper)
    };
  }

  // What "remember on this phone" keeps: never the red flags, only what the plan and the pain diary need.
  function toStored(answers, today) {
    var when = known(answers.when, WHEN);
    var how = known(answers.how, HOW);
    var checked = known(answers.checked, CHECKED);
    return {
      when: when === 'unknown' ? null : when,
      how: how === 'unknown' ? null : how,
      checked: checked === 'unknown' ? null : checked === 'yes',
      signs: (answers.signs || []).filter(function (sign) { return SIGNS.indexOf(sign) >= 0; }),
      savedOn: today
    };
  }

  function fromStored(stored) {
    if (!stored || typeof stored !== 'object') { return null; }
    return {
      when: stored.when || 'unknown',
      how: stored.how || 'unknown',
      checked: stored.checked === true ? 'yes' : stored.checked === false ? 'no' : 'unknown',
      signs: Array.isArray(stored.signs) ? stored.signs : [],
      flags: []
    };
  }

  return { KEY: KEY, facts: facts, evaluate: evaluate, links: links, toStored: toStored, fromStored: fromStored };
}());

if (typeof module === 'object' && module.exports) {
  module.exports = check;
} else {
(function () {
  'use strict';
  var store = window.ppb.store;
  var saved = store.get(check.KEY);

  var form = document.querySelector('[data-check-form]');
  var source = document.getElementById('check-data');
  if (!form || !source) { return; }
  var data = JSON.parse(source.textContent);
  var plan = document.querySelector('[data-check-plan]');
  var remember = form.querySelector('[data-check-remember]');
  var forget = form.querySelector('[data-check-forget]');
  remember.hidden = false;

  function read() {
    function one(name) {
      var chosen = form.querySelector('input[name="' + name + '"]:checked');
      return chosen ? chosen.value : 'unknown';
    }
    function all(name) {
      return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'),
        function (input) { return input.value; });
    }
    return { when: one('when'), how: one('how'), checked: one('checked'), signs: all('sign'), flags: all('flag') };
  }

  function fill(answers) {
    ['when', 'how', 'checked'].forEach(function (name) {
      var input = form.querySelector('input[name="' + name + '"][value="' + answers[name] + '"]');
      if (input) { input.checked = true; }
    });
    answers.signs.forEach(function (sign) {
      var input = form.querySelector('input[name="sign"][value="' + sign + '"]');
      if (input) { input.checked = true; }
    });
  }

  function show(result) {
    document.querySelectorAll('[data-check-level]').forEach(function (section) {
      section.hidden = section.dataset.checkLevel !== result.level;
    });
    plan.hidden = result.level !== null;
    var heading;
    if (result.level) {
      heading = document.querySelector('[data-check-level="' + result.level + '"] h2');
    } else {
      plan.querySelectorAll('[data-check-verdict]').forEach(function (section) {
        var any = false;
        section.querySelectorAll('li[data-rule]').forEach(function (row) {
          var rule = result.judged[row.dataset.item];
          row.hidden = !(rule && String(rule.id) === row.dataset.rule);
          any = any || !row.hidden;
        });
        section.hidden = !any;
      });
      var advice = plan.querySelector('[data-check-advice]');
      var anyAdvice = false;
      advice.querySelectorAll('li[data-rule]').forEach(function (row) {
        row.hidden = result.advice.indexOf(Number(row.dataset.rule)) < 0;
        anyAdvice = anyAdvice || !row.hidden;
      });
      advice.hidden = !anyAdvice;
      var routine = plan.querySelector('[data-check-routine]');
      routine.hidden = result.fitNow.length === 0;
      var hrefs = check.links(result.fitNow, data.paths);
      routine.querySelectorAll('[data-check-link]').forEach(function (link) {
        link.href = hrefs[link.dataset.checkLink];
      });
      heading = plan.querySelector('h2');
    }
    heading.focus();
    heading.scrollIntoView();
  }

  function showSaved(stored) {
    var line = plan.querySelector('[data-check-saved]');
    line.hidden = !stored;
    if (stored) { line.textContent = window.ppb.say(form.dataset.lSaved, [stored.savedOn]); }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var answers = read();
    if (remember.querySelector('input').checked) {
      var stored = check.toStored(answers, window.ppb.isoDay(new Date()));
      store.set(check.KEY, stored);
      forget.hidden = false;
      showSaved(stored);
    } else {
      showSaved(null);
    }
    show(check.evaluate(answers, data));
  });

  forget.querySelector('button').addEventListener('click', function () {
    store.remove(check.KEY);
    form.reset();
    showSaved(null);
    forget.querySelector('[data-check-forgotten]').textContent = form.dataset.lForgotten;
  });

  // Answered before and remembered: the answers are filled in and the plan shown (never the red flags, asked anew).
  var answers = check.fromStored(saved);
  if (answers) {
    fill(answers);
    remember.querySelector('input').checked = true;
    forget.hidden = false;
  }
}());
}
