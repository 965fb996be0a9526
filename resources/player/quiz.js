/* Studio quiz engine: scoring for every question kind, feedback, attempts, shuffling,
 * draw-N-of-M pools, review, keyboard-operable ordering. Answer keys come from
 * <script type="application/json" class="quiz-key"> blocks; all author text is set
 * with textContent (never parsed as HTML). Plain ES5. */
(function () {
  "use strict";

  // Learner strings in the course language (player/strings.js, written by Studio).
  function t(key, values) {
    var s = (window.StudioStrings || {})[key];
    if (s === undefined) { s = key; }
    return s.replace(/\{(\w+)\}/g, function (m, name) {
      return values && values[name] !== undefined ? String(values[name]) : m;
    });
  }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  var tracking = window.StudioTracking || null;

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i -= 1) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = list[i]; list[i] = list[j]; list[j] = t;
    }
    return list;
  }
  function norm(text) { return String(text).replace(/\s+/g, " ").replace(/^ | $/g, ""); }
  function parseNumber(text) {
    var t = norm(text).replace(/\s/g, "").replace(",", ".");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) { return null; }
    return parseFloat(t);
  }
  function numberText(x) {
    var s = String(Math.round(x * 1e6) / 1e6);
    return /e/i.test(s) ? x.toFixed(6) : s;
  }

  // ------------------------------------------------------------ ordering widgets
  function moveItem(li, dir) {
    var list = li.parentNode;
    if (dir < 0 && li.previousElementSibling) { list.insertBefore(li, li.previousElementSibling); }
    else if (dir > 0 && li.nextElementSibling) { list.insertBefore(li.nextElementSibling, li); }
    else { return; }
    var btn = li.querySelector(dir < 0 ? ".move-up" : ".move-down");
    if (btn) { btn.focus(); }
    var status = list.parentNode.querySelector(".q-feedback");
    var pos = Array.prototype.indexOf.call(list.children, li) + 1;
    if (status && !status.textContent) {
      status.setAttribute("data-live", "1");
    }
    announce(list, t("position", { item: li.querySelector(".order-text").textContent, n: pos, total: list.children.length }));
  }
  function announce(near, text) {
    var live = near.parentNode.querySelector(".order-live");
    if (!live) {
      live = document.createElement("p");
      live.className = "order-live visually-hidden";
      live.setAttribute("aria-live", "polite");
      near.parentNode.insertBefore(live, near.nextSibling);
    }
    live.textContent = text;
  }
  document.addEventListener("click", function (ev) {
    var b = ev.target && ev.target.closest ? ev.target.closest(".move-up, .move-down") : null;
    if (!b || b.disabled) { return; }
    moveItem(b.closest(".order-item"), b.classList.contains("move-up") ? -1 : 1);
  });

  // ------------------------------------------------------------ one quiz
  function Quiz(section, key) {
    this.section = section;
    this.key = key;
    this.form = section.querySelector("form.quiz-form");
    this.list = section.querySelector("ol.questions");
    this.result = section.querySelector(".quiz-result");
    this.retry = section.querySelector(".quiz-retry");
    this.submitButton = section.querySelector(".quiz-submit");
    this.attemptsLine = section.querySelector(".quiz-attempts");
    this.items = {};
    var self = this;
    $all("li.question", this.list).forEach(function (li) { self.items[li.getAttribute("data-question")] = li; });
    var saved = tracking ? tracking.quizAttempt(key.id) : null;
    this.used = saved ? saved.attempts : 0;
    this.best = saved ? saved.best : 0;
    this.form.addEventListener("submit", function (ev) { ev.preventDefault(); self.submit(); });
    this.retry.addEventListener("click", function () { self.prepare(); });
    this.form.addEventListener("input", function (ev) { self.touch(ev.target); });
    this.form.addEventListener("change", function (ev) { self.touch(ev.target); });
    this.prepare();
    if (tracking && tracking.ready) { // a runtime that loads the learner's record later (cmi5)
      tracking.ready(function () {
        var later = tracking.quizAttempt(key.id);
        if (later && later.attempts !== self.used) { self.used = later.attempts; self.best = later.best; self.prepare(); }
      });
    }
  }

  Quiz.prototype.touch = function (el) {
    var li = el && el.closest ? el.closest("li.question") : null;
    if (li && !li.getAttribute("data-started")) { li.setAttribute("data-started", String(new Date().getTime())); }
  };

  Quiz.prototype.left = function () {
    return this.key.attempts ? Math.max(0, this.key.attempts - this.used) : Infinity;
  };

  Quiz.prototype.prepare = function () {
    var self = this, key = this.key;
    var order = key.questions.map(function (q) { return q.id; });
    if (key.shuffleQuestions) { shuffle(order); }
    var asked = key.draw && key.draw < order.length ? (key.shuffleQuestions ? order : shuffle(order.slice())).slice(0, key.draw) : order;
    if (key.draw && key.draw < order.length && !key.shuffleQuestions) {
      asked = order.filter(function (id) { return asked.indexOf(id) >= 0; });
    }
    this.asked = asked;
    $all("li.question", this.list).forEach(function (li) { li.hidden = true; });
    asked.forEach(function (id, n) {
      var li = self.items[id];
      self.list.appendChild(li);
      li.hidden = false;
      li.removeAttribute("data-started");
      var legend = li.querySelector(".q-legend");
      if (legend && legend.firstChild) { legend.firstChild.nodeValue = t("question_of", { n: n + 1, total: asked.length }) + " "; }
      self.reset(li);
    });
    if (key.shuffleChoices) {
      $all("ul.choices", this.list).forEach(function (ul) {
        if (ul.closest("li.question").getAttribute("data-kind") === "true_false") { return; }
        shuffle($all("li.choice", ul)).forEach(function (c) { ul.appendChild(c); });
      });
    }
    this.result.textContent = "";
    this.result.className = "quiz-result";
    this.retry.hidden = true;
    this.startedAt = new Date().getTime();
    var blocked = this.left() === 0;
    this.submitButton.hidden = false;
    this.submitButton.disabled = blocked;
    this.lock(blocked);
    this.showAttempts();
    if (blocked) { this.result.textContent = t("all_attempts_used", { best: this.best }); }
  };

  Quiz.prototype.showAttempts = function () {
    var k = this.key;
    var text = k.attempts ? t("attempt_of", { n: Math.min(this.used + 1, k.attempts), total: k.attempts }) : "";
    if (this.used) { text += (text ? " " : "") + t("best_so_far", { best: this.best }); }
    this.attemptsLine.textContent = text;
  };

  Quiz.prototype.reset = function (li) {
    $all("input[type=radio], input[type=checkbox]", li).forEach(function (i) { i.checked = false; });
    $all("input[type=text], textarea", li).forEach(function (i) { i.value = ""; });
    $all("select", li).forEach(function (s) { s.value = ""; });
    $all(".choice-feedback", li).forEach(function (s) { s.textContent = ""; });
    var fb = li.querySelector(".q-feedback");
    fb.textContent = "";
    fb.className = "q-feedback";
    var ol = li.querySelector("ol.order-list");
    if (ol) {
      var items = $all("li.order-item", ol);
      shuffle(items);
      var q = this.question(li.getAttribute("data-question"));
      var keys = items.map(function (x) { return x.getAttribute("data-key"); });
      if (items.length > 1 && q && keys.join() === q.order.join()) { items.push(items.shift()); }
      items.forEach(function (x) { ol.appendChild(x); });
    }
  };

  Quiz.prototype.lock = function (locked) {
    $all("input, select, textarea, .order-buttons button", this.list).forEach(function (el) { el.disabled = locked; });
  };

  Quiz.prototype.question = function (id) {
    for (var i = 0; i < this.key.questions.length; i += 1) {
      if (this.key.questions[i].id === id) { return this.key.questions[i]; }
    }
    return null;
  };

  // Returns {result: correct|partial|incorrect|neutral, fraction: share of the points earned
  // (studio/model/scoring.py: the same rules as Moodle), response: [...], correct: [...], chosen: [keys]}
  Quiz.prototype.evaluate = function (q, li) {
    var out = { result: "incorrect", fraction: 0, response: [], correct: [], chosen: [] };
    if (q.kind === "single_choice" || q.kind === "multiple_response" || q.kind === "true_false") {
      $all("input", li).forEach(function (i) { if (i.checked) { out.chosen.push(i.value); } });
      out.response = out.chosen.slice().sort();
      out.correct = q.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.key; });
      if (q.kind === "true_false") {
        out.fraction = out.response.join() === out.correct.join() && out.response.length ? 1 : 0;
      } else {
        var sum = 0;
        q.choices.forEach(function (c) { if (out.chosen.indexOf(c.key) >= 0) { sum += c.weight / 100; } });
        out.fraction = q.kind === "multiple_response" ? Math.min(1, Math.max(0, sum)) : sum;
      }
    } else if (q.kind === "fill_blank") {
      var text = norm(li.querySelector("input").value);
      out.response = text ? [text] : [];
      out.correct = q.accepted.slice();
      out.caseSensitive = q.caseSensitive;
      var ok = q.accepted.some(function (a) {
        return q.caseSensitive ? norm(a) === text : norm(a).toLowerCase() === text.toLowerCase();
      });
      out.fraction = text && ok ? 1 : 0;
    } else if (q.kind === "numeric") {
      var x = parseNumber(li.querySelector("input").value);
      out.response = x === null ? [] : [numberText(x)];
      var lo = q.mode === "range" ? q.low : q.value - q.tolerance;
      var hi = q.mode === "range" ? q.high : q.value + q.tolerance;
      out.correct = [numberText(lo), numberText(hi)];
      out.exact = q.mode === "exact" ? numberText(q.value) : null;
      out.fraction = x !== null && x >= lo - 1e-9 && x <= hi + 1e-9 ? 1 : 0;
    } else if (q.kind === "matching") {
      var right = 0;
      q.pairs.forEach(function (p) {
        var row = li.querySelector(".match-row[data-key='" + p.key + "'] select");
        var v = row ? row.value : "";
        if (v) { out.response.push([p.key, v]); }
        out.correct.push([p.key, p.answer]);
        if (v === p.answer) { right += 1; }
      });
      out.fraction = q.pairs.length ? right / q.pairs.length : 0;
    } else if (q.kind === "ordering") {
      out.response = $all("li.order-item", li).map(function (x) { return x.getAttribute("data-key"); });
      out.correct = q.order.slice();
      var placed = 0;
      out.response.forEach(function (k, pos) { if (k === out.correct[pos]) { placed += 1; } });
      out.fraction = out.correct.length ? placed / out.correct.length : 0;
    } else if (q.kind === "essay") {
      var t = li.querySelector("textarea").value;
      out.response = norm(t) ? [t] : [];
      out.result = "neutral";
      out.fraction = null;
      return out;
    }
    out.result = out.fraction >= 1 - 1e-9 ? "correct" : (out.fraction > 1e-9 ? "partial" : "incorrect");
    return out;
  };

  Quiz.prototype.feedback = function (q, li, ev, review) {
    var fb = li.querySelector(".q-feedback");
    fb.textContent = "";
    fb.className = "q-feedback " + ev.result;
    var head = document.createElement("p");
    head.className = ev.result === "correct" ? "result-correct" : (ev.result === "neutral" ? "" : "result-incorrect");
    head.textContent = ev.result === "correct" ? t("correct") : (ev.result === "neutral" ? t("neutral") :
      (ev.result === "partial" ? t("partly") : t("not_correct")));
    fb.appendChild(head);
    var extra = ev.result === "correct" ? q.feedback.correct : (ev.result === "incorrect" ? q.feedback.incorrect : "");
    if (extra) { var p1 = document.createElement("p"); p1.textContent = extra; fb.appendChild(p1); }
    if (q.choices) {
      q.choices.forEach(function (c) {
        if (ev.chosen.indexOf(c.key) < 0 || !c.feedback) { return; }
        var span = li.querySelector(".choice[data-key='" + c.key + "'] .choice-feedback");
        if (span) { span.textContent = c.feedback; }
      });
    }
    if (review && ev.result !== "correct") {
      var ans = document.createElement("p");
      ans.textContent = t("correct_answer", { answer: this.describe(q, li) });
      fb.appendChild(ans);
    }
    if (review && q.feedback.general) {
      var g = document.createElement("p");
      g.textContent = q.feedback.general;
      fb.appendChild(g);
    }
  };

  Quiz.prototype.describe = function (q, li) {
    function label(key) {
      var input = li.querySelector(".choice[data-key='" + key + "'] label");
      return input ? input.textContent : key;
    }
    if (q.choices) { return q.choices.filter(function (c) { return c.correct; }).map(function (c) { return label(c.key); }).join("; "); }
    if (q.kind === "fill_blank") { return q.accepted.join(t("or")); }
    if (q.kind === "numeric") { return q.mode === "range" ? t("range", { low: q.low, high: q.high }) : (q.tolerance ? t("plus_minus", { value: q.value, tolerance: q.tolerance }) : String(q.value)); }
    if (q.kind === "matching") {
      return q.pairs.map(function (p) {
        var row = li.querySelector(".match-row[data-key='" + p.key + "']");
        var opt = row ? row.querySelector("option[value='" + p.answer + "']") : null;
        return (row ? row.querySelector("label").textContent : p.key) + ": " + (opt ? opt.textContent : p.answer);
      }).join("; ");
    }
    if (q.kind === "ordering") {
      return q.order.map(function (k) {
        var item = li.querySelector(".order-item[data-key='" + k + "'] .order-text");
        return item ? item.textContent : k;
      }).join(t("then"));
    }
    return "";
  };

  Quiz.prototype.submit = function () {
    if (this.left() === 0) { return; }
    var self = this, now = new Date();
    var earned = 0, possible = 0, interactions = [];
    this.used += 1;
    var review = false;
    var evals = [];
    this.asked.forEach(function (id) {
      var q = self.question(id), li = self.items[id];
      var ev = self.evaluate(q, li);
      evals.push([q, li, ev]);
      if (q.kind !== "essay") {
        possible += q.points;
        earned += ev.fraction * q.points;
      }
      var started = parseInt(li.getAttribute("data-started") || String(self.startedAt), 10);
      interactions.push({
        id: q.id, kind: q.kind, description: q.text, weighting: q.points,
        response: ev.response, correct: ev.correct, result: ev.result,
        earned: ev.fraction === null ? null : ev.fraction * q.points,
        exact: ev.exact, caseSensitive: !!ev.caseSensitive,
        latency: Math.max(0, now.getTime() - started), when: now
      });
    });
    earned = Math.max(0, earned);  // a penalty never takes the total below 0 (as in Moodle)
    var pct = possible ? 100 * earned / possible : 100;
    var passed = pct + 1e-9 >= this.key.passing;
    this.best = Math.max(this.best, Math.round(pct));
    review = passed || this.left() === 0;
    evals.forEach(function (e) { self.feedback(e[0], e[1], e[2], review); });
    this.lock(true);
    this.submitButton.hidden = true;
    this.result.className = "quiz-result " + (passed ? "passed" : "failed");
    this.result.textContent = t("score", { pct: Math.round(pct), earned: numberText(earned), possible: numberText(possible) }) +
      " " + (passed ? t("passed") : t("need_to_pass", { passing: this.key.passing })) +
      (this.left() === 0 || passed ? "" : " " + t("try_again"));
    this.retry.hidden = passed || this.left() === 0;
    this.showAttempts();
    if (tracking) { tracking.quizSubmitted(this.key.id, pct, interactions); }
    this.result.setAttribute("tabindex", "-1");
    this.result.focus();
  };

  // The same scoring and feedback for questions asked outside a quiz form (video-questions.js).
  window.StudioQuizEngine = {
    evaluate: function (q, el) { return Quiz.prototype.evaluate(q, el); },
    feedback: function (q, el, ev, review) { Quiz.prototype.feedback.call(Quiz.prototype, q, el, ev, review); }
  };

  $all("script.quiz-key").forEach(function (script) {
    var key;
    try { key = JSON.parse(script.textContent); } catch (e) { return; }
    var section = $all("section.quiz").filter(function (s) { return s.getAttribute("data-quiz") === key.id; })[0];
    if (section && section.querySelector("form.quiz-form")) { section.studioQuiz = new Quiz(section, key); }
  });
})();
