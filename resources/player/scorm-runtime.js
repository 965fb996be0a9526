/* Studio SCORM runtime: finds the LMS API, tracks progress, bookmarks, reports results.
 * SCORM 1.2 (window.API) and SCORM 2004 4th Edition (window.API_1484_11).
 * Plain ES5, no network, no globals except window.StudioTracking. */
(function () {
  "use strict";

  var std = "";          // "1.2" or "2004"
  var api = null;
  var initialized = false;
  var terminated = false;
  var startTime = new Date();
  var data = null;       // course data (lessons, videos, quizzes, rules)
  var state = { current: 0, viewed: [], videos: [], quizzes: [] };
  var interactionCount = 0;
  var lastVideoCommit = [];

  // ------------------------------------------------------------ API discovery
  // Learner strings in the course language (player/strings.js, written by Studio).
  function t(key, values) {
    var s = (window.StudioStrings || {})[key];
    if (s === undefined) { s = key; }
    return s.replace(/\{(\w+)\}/g, function (m, name) {
      return values && values[name] !== undefined ? String(values[name]) : m;
    });
  }
  function findIn(win, name) {
    var hops = 0;
    while (win && hops < 12) {
      try {
        if (win[name]) { return win[name]; }
      } catch (e) {
        return null; // a cross-origin frame: stop walking
      }
      if (!win.parent || win.parent === win) { break; }
      win = win.parent;
      hops += 1;
    }
    return null;
  }

  function discover() {
    var name = std === "2004" ? "API_1484_11" : "API";
    var found = findIn(window, name);
    if (!found) {
      try {
        if (window.opener && !window.opener.closed) { found = findIn(window.opener, name); }
      } catch (e) { found = null; }
    }
    return found;
  }

  // ------------------------------------------------------------ API calls
  function call(fn12, fn2004, args) {
    if (!api) { return ""; }
    var fn = std === "2004" ? fn2004 : fn12;
    try {
      return String(api[fn].apply(api, args));
    } catch (e) {
      return "";
    }
  }
  function getValue(el) { return call("LMSGetValue", "GetValue", [el]); }
  function setValue(el, value) {
    if (!initialized || terminated) { return false; }
    return call("LMSSetValue", "SetValue", [el, String(value)]) === "true";
  }
  function commit() {
    if (!initialized || terminated) { return; }
    call("LMSCommit", "Commit", [""]);
  }

  // ------------------------------------------------------------ formats
  function pad(n, width) {
    var s = String(n);
    while (s.length < width) { s = "0" + s; }
    return s;
  }
  function timespan12(ms) { // CMITimespan HHHH:MM:SS.SS
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000); cs -= h * 360000;
    var m = Math.floor(cs / 6000); cs -= m * 6000;
    var s = Math.floor(cs / 100); cs -= s * 100;
    return pad(Math.min(h, 9999), 4) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(cs, 2);
  }
  function duration2004(ms) { // ISO 8601 duration PT#H#M#S
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000); cs -= h * 360000;
    var m = Math.floor(cs / 6000); cs -= m * 6000;
    var s = (cs / 100).toFixed(2).replace(/\.?0+$/, "");
    return "PT" + (h ? h + "H" : "") + (m ? m + "M" : "") + (s || "0") + "S";
  }
  function time12(d) { return pad(d.getHours(), 2) + ":" + pad(d.getMinutes(), 2) + ":" + pad(d.getSeconds(), 2); }
  function timestamp2004(d) {
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1, 2) + "-" + pad(d.getUTCDate(), 2) +
      "T" + pad(d.getUTCHours(), 2) + ":" + pad(d.getUTCMinutes(), 2) + ":" + pad(d.getUTCSeconds(), 2) + ".0Z";
  }
  function decimal(x) { return String(Math.round(x * 100) / 100); }

  // ------------------------------------------------------------ suspend data
  // 1~<current base36>~<viewed hex bitmask>~<video % 2 x base36 each>~<quiz "att.best.passed",...>
  function encodeViewed() {
    var hex = "";
    for (var i = 0; i < data.lessons.length; i += 4) {
      var nibble = 0;
      for (var b = 0; b < 4; b += 1) { if (state.viewed[i + b]) { nibble |= (1 << b); } }
      hex += nibble.toString(16);
    }
    return hex;
  }
  function encodeVideos() {
    var out = "";
    for (var i = 0; i < data.videos.length; i += 1) {
      out += pad(Math.min(100, Math.round((state.videos[i] || 0) * 100)).toString(36), 2);
    }
    return out;
  }
  function encodeQuizzes() {
    var parts = [];
    for (var i = 0; i < data.quizzes.length; i += 1) {
      var q = state.quizzes[i] || { attempts: 0, best: 0, passed: false };
      parts.push(Math.min(1295, q.attempts).toString(36) + "." + Math.round(q.best).toString(36) + "." + (q.passed ? 1 : 0));
    }
    return parts.join(",");
  }
  function encodeState() {
    var full = ["1", state.current.toString(36), encodeViewed(), encodeVideos(), encodeQuizzes()];
    var limit = data.suspendLimit || 4096;
    var text = full.join("~");
    if (text.length > limit) { full[3] = ""; text = full.join("~"); }      // drop video progress
    if (text.length > limit) { full[4] = ""; text = full.join("~"); }      // then quiz results
    if (text.length > limit) { full[2] = ""; text = full.join("~"); }      // keep the bookmark
    return text;
  }
  function decodeState(text) {
    var parts = String(text || "").split("~");
    if (parts[0] !== "1" || parts.length < 5) { return; }
    var cur = parseInt(parts[1], 36);
    if (!isNaN(cur) && cur < data.lessons.length) { state.current = cur; }
    for (var i = 0; i < data.lessons.length; i += 1) {
      var nibble = parseInt(parts[2].charAt(Math.floor(i / 4)) || "0", 16);
      state.viewed[i] = !!(nibble & (1 << (i % 4)));
    }
    for (var v = 0; v < data.videos.length; v += 1) {
      var pct = parseInt(parts[3].substr(v * 2, 2), 36);
      state.videos[v] = isNaN(pct) ? 0 : pct / 100;
    }
    var qs = parts[4] ? parts[4].split(",") : [];
    for (var q = 0; q < data.quizzes.length && q < qs.length; q += 1) {
      var f = qs[q].split(".");
      state.quizzes[q] = {
        attempts: parseInt(f[0], 36) || 0,
        best: parseInt(f[1], 36) || 0,
        passed: f[2] === "1"
      };
    }
  }

  // ------------------------------------------------------------ rules
  function lessonsShare() {
    if (!data.lessons.length) { return 1; }
    var n = 0;
    for (var i = 0; i < data.lessons.length; i += 1) { if (state.viewed[i]) { n += 1; } }
    return n / data.lessons.length;
  }
  function videoShare() {
    if (!data.videos.length) { return lessonsShare(); }
    var sum = 0;
    for (var i = 0; i < data.videos.length; i += 1) {
      sum += Math.min(1, (state.videos[i] || 0) / (data.videoShare || 1));
    }
    return sum / data.videos.length;
  }
  function quizOutcome() { // {known, pct, passed}
    var possible = 0, earned = 0, known = true;
    for (var i = 0; i < data.quizzes.length; i += 1) {
      var q = state.quizzes[i] || { attempts: 0, best: 0 };
      if (!data.quizzes[i].points) { continue; }
      if (!q.attempts) { known = false; }
      possible += data.quizzes[i].points;
      earned += data.quizzes[i].points * q.best / 100;
    }
    if (!possible) { return { known: false, scored: false, pct: 0, passed: false }; }
    var pct = 100 * earned / possible;
    return { known: known, scored: true, pct: pct, passed: pct + 1e-9 >= data.passing };
  }
  function progress() { // 0..1 toward completion under the author's rule
    var rule = data.completion;
    if (rule === "video_share") { return videoShare(); }
    if (rule === "quiz_passed") {
      var o = quizOutcome();
      if (!o.scored) { return lessonsShare(); }
      return o.known && o.passed ? 1 : Math.min(0.99, lessonsShare());
    }
    return lessonsShare();
  }

  // The learner is done with this attempt: complete, and no quiz left to retry.
  function finished() {
    if (progress() < 0.9999) { return false; }
    var o = quizOutcome();
    if (!o.scored || (o.known && o.passed)) { return true; }
    for (var i = 0; i < data.quizzes.length; i += 1) {
      var q = state.quizzes[i] || { attempts: 0, passed: false };
      var allowed = data.quizzes[i].attempts || 0;
      if (data.quizzes[i].points && !q.passed && (allowed === 0 || q.attempts < allowed)) { return false; }
    }
    return true;
  }

  function report() {
    if (!initialized || terminated) { return; }
    var p = progress();
    var complete = p >= 0.9999;
    var o = quizOutcome();
    if (std === "2004") {
      setValue("cmi.completion_status", complete ? "completed" : "incomplete");
      setValue("cmi.progress_measure", (complete ? 1 : Math.min(0.99, p)).toFixed(2));
      if (o.known) {
        setValue("cmi.score.min", "0");
        setValue("cmi.score.max", "100");
        setValue("cmi.score.raw", decimal(o.pct));
        setValue("cmi.score.scaled", String(Math.round(o.pct * 100) / 10000));
        setValue("cmi.success_status", o.passed ? "passed" : "failed");
      }
    } else {
      var status = complete ? "completed" : "incomplete";
      if (o.known) {
        setValue("cmi.core.score.min", "0");
        setValue("cmi.core.score.max", "100");
        setValue("cmi.core.score.raw", decimal(o.pct));
        status = o.passed ? "passed" : "failed";
      }
      setValue("cmi.core.lesson_status", status);
    }
    setValue(std === "2004" ? "cmi.location" : "cmi.core.lesson_location", data.lessons[state.current] || "");
    setValue("cmi.suspend_data", encodeState());
    updateStatusText(p, o);
  }

  function updateStatusText(p, o) {
    var el = document.getElementById("course-status");
    if (!el) { return; }
    var text = t("progress", { pct: Math.round(p * 100) });
    if (o.known) { text += t("progress_score", { score: Math.round(o.pct) }); }
    if (!api) { text = t("not_recorded"); }
    el.textContent = text;
  }

  // ------------------------------------------------------------ interactions
  function fmtList(items, sep) { return items.join(sep); }
  function clip(text, n) { text = String(text); return text.length > n ? text.substr(0, n) : text; }

  function recordInteraction(it) {
    if (!initialized || terminated) { return; }
    var n = interactionCount;
    var pre = "cmi.interactions." + n + ".";
    var is2004 = std === "2004";
    var type = {
      single_choice: "choice", multiple_response: "choice", true_false: "true-false",
      fill_blank: "fill-in", numeric: "numeric", matching: "matching",
      ordering: "sequencing", essay: is2004 ? "long-fill-in" : "fill-in"
    }[it.kind] || "other";
    var sep = is2004 ? "[,]" : ",";
    var pairSep = is2004 ? "[.]" : ".";
    var response = "", pattern = null;
    if (it.kind === "true_false") {
      response = it.response.length ? (is2004 ? it.response[0] : it.response[0].charAt(0)) : "";
      pattern = is2004 ? it.correct[0] : it.correct[0].charAt(0);
    } else if (it.kind === "matching") {
      var pairs = [];
      for (var i = 0; i < it.response.length; i += 1) { pairs.push(it.response[i].join(pairSep)); }
      response = fmtList(pairs, sep);
      var cps = [];
      for (var j = 0; j < it.correct.length; j += 1) { cps.push(it.correct[j].join(pairSep)); }
      pattern = fmtList(cps, sep);
    } else if (it.kind === "numeric") {
      var x = it.response.length ? it.response[0] : "";
      if (is2004) {
        response = /^-?[0-9]{1,10}(\.[0-9]{1,18})?$/.test(x) ? x : "";
        pattern = it.correct.length === 2 ? it.correct[0] + "[:]" + it.correct[1] : null;
      } else {
        response = clip(x, 255);
        pattern = it.exact !== null && it.exact !== undefined ? String(it.exact) : null;
      }
    } else if (it.kind === "fill_blank" || it.kind === "essay") {
      var text = it.response.length ? String(it.response[0]) : "";
      if (is2004 && it.kind === "fill_blank") {
        text = clip(text.replace(/\[,\]/g, ",").replace(/^\{+/, ""), 250);
      } else {
        text = clip(text, is2004 ? 4000 : 255);
      }
      response = text;
      if (it.kind === "fill_blank" && it.correct.length) {
        pattern = (is2004 && it.caseSensitive ? "{case_matters=true}" : "") + clip(it.correct[0].replace(/^\{+/, ""), 250);
        if (!is2004) { pattern = clip(it.correct[0], 255); }
      }
    } else {
      response = fmtList(it.response, sep);
      pattern = fmtList(it.correct, sep);
    }
    var result = it.result === "incorrect" ? (is2004 ? "incorrect" : "wrong") : it.result;
    // Partial credit: SCORM's result may be a number; the points earned (weighting = points).
    if (it.result === "partial") { result = String(Math.round(it.earned * 1e4) / 1e4); }
    setValue(pre + "id", clip(it.id, 255));
    setValue(pre + "type", type);
    if (is2004) {
      setValue(pre + "timestamp", timestamp2004(it.when));
      if (it.description) { setValue(pre + "description", clip(String(it.description).replace(/^\{+/, ""), 250)); }
    } else {
      setValue(pre + "time", time12(it.when));
    }
    setValue(pre + "weighting", String(it.weighting));
    if (pattern) { setValue(pre + "correct_responses.0.pattern", pattern); }
    if (response !== "") { setValue(pre + (is2004 ? "learner_response" : "student_response"), response); }
    setValue(pre + "result", result);
    setValue(pre + "latency", is2004 ? duration2004(it.latency) : timespan12(it.latency));
    interactionCount += 1;
  }

  // ------------------------------------------------------------ lifecycle
  function terminate(reason) {
    if (!initialized || terminated) { return; }
    report();
    var complete = finished();
    var elapsed = new Date().getTime() - startTime.getTime();
    if (std === "2004") {
      setValue("cmi.exit", complete ? "normal" : "suspend");
      setValue("cmi.session_time", duration2004(elapsed));
    } else {
      setValue("cmi.core.exit", complete ? "" : "suspend");
      setValue("cmi.core.session_time", timespan12(elapsed));
    }
    commit();
    terminated = true;
    call("LMSFinish", "Terminate", [""]);
    return reason;
  }

  // The course data and a fresh learner state, without any LMS (cmi5.js reports them itself).
  function bind(courseData) {
    data = courseData;
    std = data.standard === "2004" ? "2004" : "1.2";
    for (var i = 0; i < data.quizzes.length; i += 1) { state.quizzes[i] = { attempts: 0, best: 0, passed: false }; }
    return state;
  }

  function start(courseData) {
    bind(courseData);
    api = discover();
    if (api) {
      initialized = call("LMSInitialize", "Initialize", [""]) === "true";
    }
    if (!initialized) {
      api = null;
      updateStatusText(0, { known: false });
      return state;
    }
    var entry = getValue(std === "2004" ? "cmi.entry" : "cmi.core.entry");
    if (entry === "resume" || std === "1.2") {
      var saved = getValue("cmi.suspend_data");
      if (saved) { decodeState(saved); }
    }
    var count = parseInt(getValue("cmi.interactions._count"), 10);
    interactionCount = isNaN(count) ? 0 : count;
    if (std === "2004") {
      var cs = getValue("cmi.completion_status");
      if (cs !== "completed") { setValue("cmi.completion_status", "incomplete"); }
    } else {
      var ls = getValue("cmi.core.lesson_status");
      if (ls === "not attempted" || ls === "") { setValue("cmi.core.lesson_status", "incomplete"); }
    }
    setValue(std === "2004" ? "cmi.exit" : "cmi.core.exit", "suspend");
    commit();
    window.addEventListener("pagehide", function () { terminate("pagehide"); });
    window.addEventListener("unload", function () { terminate("unload"); });
    window.addEventListener("beforeunload", function () { terminate("beforeunload"); });
    return state;
  }

  function indexOf(list, id) {
    for (var i = 0; i < list.length; i += 1) { if (list[i] === id || list[i].id === id) { return i; } }
    return -1;
  }

  window.StudioTracking = {
    start: start,
    state: function () { return state; },
    connected: function () { return initialized && !terminated; },
    lessonShown: function (lessonId) {
      var i = indexOf(data.lessons, lessonId);
      if (i < 0) { return; }
      state.current = i;
      state.viewed[i] = true;
      report();
      commit();
    },
    videoProgress: function (mediaId, fraction) {
      var i = indexOf(data.videos, mediaId);
      if (i < 0 || fraction <= (state.videos[i] || 0)) { return; }
      state.videos[i] = fraction;
      var step = Math.floor(fraction * 10);
      if (step !== lastVideoCommit[i]) {
        lastVideoCommit[i] = step;
        report();
        commit();
      }
    },
    quizAttempt: function (quizId) {
      var i = indexOf(data.quizzes, quizId);
      return i < 0 ? null : state.quizzes[i];
    },
    quizSubmitted: function (quizId, pct, interactions) {
      var i = indexOf(data.quizzes, quizId);
      for (var k = 0; k < interactions.length; k += 1) { recordInteraction(interactions[k]); }
      if (i >= 0) {
        var q = state.quizzes[i];
        q.attempts += 1;
        q.best = Math.max(q.best, Math.round(pct));
        q.passed = q.passed || pct + 1e-9 >= data.quizzes[i].passing;
      }
      report();
      commit();
    },
    exit: function () { terminate("exit"); },
    // Runs ``fn`` once the learner's saved state is loaded: at once here (SCORM is synchronous).
    ready: function (fn) { fn(); },
    // The progress, score and bookmark rules, for a runtime that reports them another way.
    rules: {
      bind: bind, progress: progress, outcome: quizOutcome, finished: finished,
      encode: encodeState, decode: decodeState, duration: duration2004
    },
    // For tests and the docs: the encoder the exporter's worst-case figure mirrors.
    encodeState: function () { return encodeState(); }
  };
})();
