/* Studio timed questions: a video pauses at each question's time and asks; it goes on when the
 * learner continues (after a right answer where the author requires one), or goes back to
 * an earlier time to watch again. Answers are scored by the quiz engine (quiz.js) and count
 * in the score as the video's question set (its first answer to each question). Keys come
 * from <script type="application/json" class="timed-key">; author text is never parsed as
 * HTML here. Plain ES5. */
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

  var engine = window.StudioQuizEngine;
  if (!engine) { return; }
  var tracking = window.StudioTracking || null;
  var EPS = 0.05;

  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function on(root, sel, fn) {
    var el = root.querySelector(sel);
    if (el) { el.addEventListener("click", fn); }
    return el;
  }
  function show(el, visible) { if (el) { el.hidden = !visible; } }

  function VideoQuestions(box, key) {
    var self = this;
    this.key = key;
    this.media = document.getElementById(key.media);
    this.active = null;
    this.last = 0;          // playback position already checked for questions
    this.snapping = false;  // our own seek (to a question's time) is under way
    this.earned = 0;
    this.possible = 0;
    this.answered = 0;     // questions with a first answer in this session
    this.submitted = 0;    // how many of them the set's score last counted
    this.items = [];
    key.questions.forEach(function (k) {
      var form = box.querySelector("form.timed-question[data-timed='" + k.tq + "']");
      var el = form ? form.querySelector("li.question") : null;
      if (!el) { return; }
      var it = { key: k, q: k.question, form: form, el: el, pending: true, scored: null, started: 0 };
      if (it.q.kind !== "essay") { self.possible += it.q.points; }
      form.addEventListener("submit", function (ev) { ev.preventDefault(); self.check(it); });
      it.submit = form.querySelector(".timed-submit");
      it.next = on(form, ".timed-continue", function () { self.resume(it, null); });
      it.back = on(form, ".timed-rewind", function () { self.resume(it, it.key.rewindTo); });
      if (self.media) { form.hidden = true; }
      self.items.push(it);
    });
    $all("button.timed-open", box).forEach(function (b) {
      b.addEventListener("click", function () {
        var id = b.getAttribute("data-timed");
        self.items.forEach(function (it) { if (it.key.tq === id) { self.stopAt(it, true); } });
      });
    });
    if (!this.media) { return; }  // no video: the questions stay on the page as they are
    this.media.addEventListener("timeupdate", function () { self.tick(); });
    this.media.addEventListener("seeking", function () { self.seeking(); });
    this.media.addEventListener("play", function () { self.played(); });
    this.media.addEventListener("ended", function () { self.submit(); });
  }

  // ------------------------------------------------------------ playback
  VideoQuestions.prototype.tick = function () {
    var media = this.media;
    if (this.active) { if (!media.paused) { media.pause(); } return; }
    if (media.seeking) { return; }
    var from = this.last, t = media.currentTime, next = null;
    this.last = t;
    if (t < from) { return; }
    for (var i = 0; i < this.items.length; i += 1) {
      var it = this.items[i];
      if (!it.pending || it.key.time <= from - EPS) { continue; }
      if (it.key.time <= t + EPS) { this.stopAt(it, false); return; }
      if (next === null) { next = it.key.time; }
    }
    // timeupdate comes about four times a second: a timer stops closer to the question's time.
    if (next !== null && next - t < 0.3 && !media.paused) {
      var self = this;
      clearTimeout(this.timer);
      this.timer = setTimeout(function () { self.tick(); }, 1000 * (next - t) / (media.playbackRate || 1));
    }
  };

  // Skipping ahead past a question that needs the right answer stops there and asks it.
  VideoQuestions.prototype.seeking = function () {
    var to = this.media.currentTime, from = this.last;
    if (this.snapping) { this.snapping = false; this.last = to; return; }
    if (to > from) {
      for (var i = 0; i < this.items.length; i += 1) {
        var it = this.items[i];
        if (it.pending && it.key.requireCorrect && it.key.time > from - EPS && it.key.time < to) {
          this.stopAt(it, true);
          return;
        }
      }
    }
    this.last = to;
  };

  // Play while a question is open: skips it, unless it needs the right answer.
  VideoQuestions.prototype.played = function () {
    var it = this.active;
    if (!it) { return; }
    if (it.key.requireCorrect && it.pending) {
      this.media.pause();
      this.focus(it);
    } else {
      this.close(it);
    }
  };

  VideoQuestions.prototype.seekTo = function (t) {
    if (Math.abs(this.media.currentTime - t) < 0.01) { return; }
    this.snapping = true;
    try { this.media.currentTime = t; } catch (e) { this.snapping = false; }
  };

  // Pause and ask; ``seek``: go to the question's time first (reached by playback, the video
  // is there already).
  VideoQuestions.prototype.stopAt = function (it, seek) {
    if (this.media) {
      this.media.pause();
      if (seek) { this.seekTo(it.key.time); }
      this.last = Math.max(it.key.time, seek ? 0 : this.media.currentTime);
    }
    this.ask(it);
  };

  // ------------------------------------------------------------ one question
  VideoQuestions.prototype.ask = function (it) {
    if (this.active && this.active !== it) { this.active.form.hidden = true; }
    this.active = it;
    if (it.pending && it.scored !== null && !it.retrying) { this.reset(it); }
    it.form.hidden = false;
    if (!it.started) { it.started = new Date().getTime(); }
    this.focus(it);
  };

  VideoQuestions.prototype.focus = function (it) {
    var h = it.form.querySelector(".timed-title");
    if (h) { h.setAttribute("tabindex", "-1"); h.focus(); }
  };

  VideoQuestions.prototype.reset = function (it) {
    $all("input[type=radio], input[type=checkbox]", it.el).forEach(function (i) { i.checked = false; });
    $all("input[type=text], textarea, select", it.el).forEach(function (i) { i.value = ""; });
    $all(".choice-feedback, .q-feedback", it.el).forEach(function (s) { s.textContent = ""; });
    this.lock(it, false);
    it.retrying = true;
  };

  VideoQuestions.prototype.lock = function (it, locked) {
    $all("input, select, textarea, .order-buttons button", it.el).forEach(function (el) { el.disabled = locked; });
    show(it.submit, !locked);
  };

  VideoQuestions.prototype.check = function (it) {
    var ev = engine.evaluate(it.q, it.el);
    var fb = it.el.querySelector(".q-feedback");
    if (!ev.response.length && it.q.kind !== "ordering") {
      fb.className = "q-feedback";
      fb.textContent = t("timed_answer_first");
      return;
    }
    // Right: full marks, or an essay (saved for a person to mark); partly right is not.
    var right = ev.result === "correct" || ev.result === "neutral";
    var settled = right || !it.key.requireCorrect;
    engine.feedback(it.q, it.el, ev, settled);
    if (it.scored === null) {  // the first answer counts, with its partial credit
      it.scored = ev.result;
      if (ev.fraction !== null && ev.fraction !== undefined) { this.earned += ev.fraction * it.q.points; }
      this.report(it, ev);
    }
    it.retrying = false;
    if (settled) {
      it.pending = false;
      this.lock(it, true);
    }
    show(it.next, settled);
    show(it.back, !right);
  };

  // Each first answer reaches the platform at once (as an interaction of the section, which
  // is no quiz of the tracking data); the set's score counts when every question has an
  // answer or the video has played to its end (skipped questions count nothing).
  VideoQuestions.prototype.report = function (it, ev) {
    this.answered += 1;
    if (!tracking) { return; }
    var now = new Date();
    tracking.quizSubmitted(this.key.answers, 0, [{
      id: it.q.id, kind: it.q.kind, description: it.q.text, weighting: it.q.points,
      response: ev.response, correct: ev.correct, result: ev.result,
      earned: ev.fraction === null || ev.fraction === undefined ? null : ev.fraction * it.q.points,
      exact: ev.exact, caseSensitive: !!ev.caseSensitive,
      latency: Math.max(0, now.getTime() - it.started), when: now
    }]);
    if (this.answered === this.items.length) { this.submit(); }
  };

  VideoQuestions.prototype.submit = function () {
    if (!tracking || !this.answered || this.answered === this.submitted) { return; }
    this.submitted = this.answered;
    tracking.quizSubmitted(this.key.id, this.possible ? 100 * Math.max(0, this.earned) / this.possible : 100, []);
  };

  VideoQuestions.prototype.close = function (it) {
    it.form.hidden = true;
    if (it.pending && !it.key.requireCorrect) { it.pending = false; }  // skipped: not asked again
    this.active = null;
  };

  // Continue (to === null) from the question's time, or go back to ``to`` and ask again there.
  VideoQuestions.prototype.resume = function (it, to) {
    this.close(it);
    if (!this.media) { return; }
    if (to !== null && to !== undefined) {
      it.pending = true;
      it.retrying = false;
      this.seekTo(to);
      this.last = to;
    } else {
      this.last = Math.max(this.last, it.key.time);
    }
    this.media.focus();
    var p = this.media.play();
    if (p && p.catch) { p.catch(function () { /* autoplay refused: the learner presses play */ }); }
  };

  $all("script.timed-key").forEach(function (script) {
    var key;
    try { key = JSON.parse(script.textContent); } catch (e) { return; }
    var box = script.parentNode;
    if (box && key && key.questions) { box.studioTimed = new VideoQuestions(box, key); }
  });
})();
