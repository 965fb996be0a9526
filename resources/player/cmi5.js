/* Studio cmi5 runtime. When an LMS launches the course with cmi5 launch parameters
 * (endpoint, fetch, actor, registration, activityId), this takes over from the SCORM
 * runtime: it fetches the auth token once, reads LMS.LaunchData and the learner's saved
 * place from the State API, and sends xAPI statements: initialized, completed,
 * passed/failed and terminated (cmi5 defined), answered, experienced and the video
 * profile's played/paused/seeked/completed (cmi5 allowed). Statements wait in a queue
 * kept on the device until the LRS has them, so an outage loses nothing.
 * Without cmi5 parameters it does nothing and the SCORM runtime works as before.
 * Plain ES5 + XMLHttpRequest; the progress and score rules are the SCORM runtime's. */
(function () {
  "use strict";

  var scorm = window.StudioTracking;
  var PARAMS = ["endpoint", "fetch", "actor", "registration", "activityId"];
  var query = {};
  (window.location.search || "").replace(/^\?/, "").split("&").forEach(function (pair) {
    if (!pair) { return; }
    var at = pair.indexOf("=");
    var name = decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, " "));
    query[name] = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
  });
  if (!scorm || !scorm.rules || !PARAMS.some(function (p) { return p in query; })) { return; }
  var rules = scorm.rules;

  // What the learner reads comes from the course language's table (player/strings.js,
  // loaded first): "cmi5_" + key; a missing key shows itself, as in the other scripts.
  function say(key, values) {
    var s = (window.StudioStrings || {})["cmi5_" + key];
    if (s === undefined) { s = key; }
    return s.replace(/\{(\w+)\}/g, function (m, k) { return values && k in values ? values[k] : m; });
  }

  var V = "http://adlnet.gov/expapi/verbs/";
  var VIDEO = "https://w3id.org/xapi/video";
  var VERBS = {
    initialized: V + "initialized", completed: V + "completed", passed: V + "passed",
    failed: V + "failed", terminated: V + "terminated", answered: V + "answered",
    experienced: V + "experienced", played: VIDEO + "/verbs/played",
    paused: VIDEO + "/verbs/paused", seeked: VIDEO + "/verbs/seeked"
  };
  var CMI5 = "https://w3id.org/xapi/cmi5/context/";
  var CATEGORY = CMI5 + "categories/cmi5";
  var MOVEON = CMI5 + "categories/moveon";
  var MASTERY = CMI5 + "extensions/masteryscore";
  var CHAPTERS = "tag:studio.invalid,2026:xapi/extensions/chapters-watched";
  var STATE_ID = "studio.progress";
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  var data = null, state = null, actor = null, token = "", base = "";
  var launch = null;          // LMS.LaunchData once read
  var mode = "Normal";
  var ready = false, terminated = false, failedLaunch = false;
  var waiting = [];           // ready() callbacks
  var startedAt = new Date(), initializedAt = null;
  var flags = { completed: false, passed: false };  // per registration (kept in the state document)
  var judged = false;         // passed or failed already sent in this session
  var seenLessons = {};
  var queue = [];             // statements not yet stored by the LRS, oldest first
  var sending = 0, retryMs = 1000, retryTimer = null, stateDirty = false, unloading = false;
  var storeKey = "studio.cmi5.queue." + (query.registration || "") + "|" + (query.activityId || "");
  var lastLine = "";

  // ------------------------------------------------------------ messages
  function statusEl() { return document.getElementById("course-status"); }
  function alertBox() {
    var box = document.getElementById("cmi5-message");
    if (!box) {
      box = document.createElement("div");
      box.id = "cmi5-message";
      box.className = "cmi5-message";
      box.setAttribute("role", "alert");
      var main = document.getElementById("main") || document.body;
      main.parentNode.insertBefore(box, main);
    }
    return box;
  }
  function showAlert(text) {
    var box = alertBox();
    box.hidden = !text;
    if (box.textContent !== text) { box.textContent = text; }
  }
  function showStatus() {
    var el = statusEl();
    if (!el || !ready) { return; }
    var line = mode === "Browse" ? say("browse") : mode === "Review" ? say("review") : say("progress", { p: Math.round(rules.progress() * 100) });
    var o = rules.outcome();
    if (mode === "Normal" && o.known) { line += say("score", { s: Math.round(o.pct) }); }
    if (line !== lastLine) { el.textContent = line; lastLine = line; }
  }
  function fail(key, values) {
    failedLaunch = true;
    showAlert(say(key, values));
    var el = statusEl();
    if (el) { el.textContent = ""; }
  }

  // ------------------------------------------------------------ HTTP
  function request(method, url, body, headers, done) {
    var xhr = new XMLHttpRequest();
    try {
      xhr.open(method, url, true);
      xhr.timeout = 20000;
      Object.keys(headers).forEach(function (h) { xhr.setRequestHeader(h, headers[h]); });
    } catch (e) { done(0, ""); return; }
    xhr.onload = function () { done(xhr.status, xhr.responseText); };
    xhr.onerror = xhr.ontimeout = function () { done(0, ""); };
    xhr.send(body === null ? null : body);
  }
  function xapiHeaders(json) {
    var h = { "X-Experience-API-Version": "1.0.3", "Authorization": "Basic " + token };
    if (json) { h["Content-Type"] = "application/json"; }
    return h;
  }
  function stateUrl(stateId) {
    return base + "activities/state?stateId=" + encodeURIComponent(stateId) +
      "&activityId=" + encodeURIComponent(query.activityId) +
      "&agent=" + encodeURIComponent(JSON.stringify(actor)) +
      "&registration=" + encodeURIComponent(query.registration);
  }
  function parse(text) { try { return JSON.parse(text); } catch (e) { return null; } }

  // ------------------------------------------------------------ statements
  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function lang() { return document.documentElement.lang || "en"; }
  function named(text) { var m = {}; m[lang()] = String(text || "").slice(0, 500); return m; }
  function activity(kind, id, type, name) {
    var a = { objectType: "Activity", id: query.activityId + "#" + kind + "-" + encodeURIComponent(id), definition: { type: type } };
    if (name) { a.definition.name = named(name); }
    return a;
  }
  function au() { return { objectType: "Activity", id: query.activityId }; }
  function push(list, item) {
    for (var i = 0; i < list.length; i += 1) { if (list[i].id === item.id) { return; } }
    list.push(item);
  }
  // The LMS's context template, never overwritten: additions are merged into it.
  function context(extra) {
    var ctx = JSON.parse(JSON.stringify(launch.contextTemplate || {}));
    ctx.registration = query.registration;
    var ca = ctx.contextActivities = ctx.contextActivities || {};
    (extra.categories || []).forEach(function (c) {
      ca.category = ca.category || [];
      push(ca.category, typeof c === "string" ? { id: c } : c);
    });
    if (extra.parent) { ca.parent = ca.parent || []; push(ca.parent, extra.parent); }
    if (extra.extensions) {
      ctx.extensions = ctx.extensions || {};
      Object.keys(extra.extensions).forEach(function (k) { if (!(k in ctx.extensions)) { ctx.extensions[k] = extra.extensions[k]; } });
    }
    return ctx;
  }
  function send(verb, object, result, extra) {
    if (terminated) { return; } // nothing after "terminated"
    var s = {
      id: uuid(), actor: actor, verb: { id: VERBS[verb], display: { "en-US": verb } },
      object: object, timestamp: new Date().toISOString(), _extra: extra || {}
    };
    if (result) { s.result = result; }
    queue.push(s);
    if (verb === "terminated") { terminated = true; }
    persist();
    if (!unloading) { flush(); }
  }
  function defined(verb, result, extra) {
    extra = extra || {};
    extra.categories = [CATEGORY].concat(result && ("success" in result || "completion" in result) ? [MOVEON] : []);
    send(verb, au(), result, extra);
  }
  function sessionMs() { return new Date().getTime() - (initializedAt || startedAt).getTime(); }

  // ------------------------------------------------------------ queue
  function persist() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(queue)); } catch (e) { /* private mode: memory only */ }
  }
  function restoreQueue() {
    var saved = null;
    try { saved = parse(window.localStorage.getItem(storeKey) || "null"); } catch (e) { saved = null; }
    if (saved && saved.length) { queue = saved.concat(queue); }
  }
  // Context is added when the launch data is known; nothing is sent before "initialized".
  function finish(s) {
    if (!s.context) {
      s.context = context(s._extra);
      if (initializedAt && s.timestamp < initializedAt.toISOString()) { s.timestamp = initializedAt.toISOString(); }
    }
    var out = {};
    Object.keys(s).forEach(function (k) { if (k !== "_extra") { out[k] = s[k]; } });
    return out;
  }
  function scheduleRetry() {
    if (retryTimer) { return; }
    retryTimer = window.setTimeout(function () { retryTimer = null; flush(); saveState(); }, retryMs);
    retryMs = Math.min(retryMs * 2, 15000);
  }
  function flush() {
    if (sending || !ready || !queue.length || unloading) { return; }
    var batch = queue.slice(0, 25).map(finish);
    sending = batch.length;
    request("POST", base + "statements", JSON.stringify(batch), xapiHeaders(true), function (status) {
      sending = 0;
      if (status >= 200 && status < 300) {
        queue.splice(0, batch.length);
        persist();
        retryMs = 1000;
        if (!failedLaunch) { showAlert(""); }
        if (queue.length) { flush(); } else { drained(); }
      } else if ((status === 400 || status === 409) && batch.length > 1) {
        // One bad or already stored statement refuses the batch: send them one by one.
        queue.slice(0, batch.length).forEach(function (s) { s._single = true; });
        sendSingle();
      } else if (status === 409) { // stored already (its answer was lost on the way back)
        queue.splice(0, 1);
        persist();
        flush();
      } else if (status === 400) {
        if (window.console) { window.console.warn("The LRS refused a statement; it is dropped.", batch[0]); }
        queue.splice(0, 1);
        persist();
        flush();
      } else if (status === 401 || status === 403) {
        showAlert(say("expired"));
      } else {
        showAlert(say("offline"));
        scheduleRetry();
      }
    });
  }
  function sendSingle() {
    var s = finish(queue[0]);
    sending = 1;
    request("POST", base + "statements", JSON.stringify([s]), xapiHeaders(true), function (status) {
      sending = 0;
      if ((status >= 200 && status < 300) || status === 409 || status === 400) {
        if (status === 400 && window.console) { window.console.warn("The LRS refused a statement; it is dropped.", s); }
        queue.splice(0, 1);
        persist();
        if (queue.length && queue[0]._single) { sendSingle(); } else { flush(); }
      } else {
        showAlert(say("offline"));
        scheduleRetry();
      }
    });
  }
  var onDrained = [];
  function drained() {
    var fns = onDrained; onDrained = [];
    fns.forEach(function (fn) { fn(); });
  }

  // ------------------------------------------------------------ learner state
  function saveState() {
    if (!ready || mode !== "Normal" || !stateDirty) { return; }
    stateDirty = false;
    var doc = JSON.stringify({ v: 1, suspend: rules.encode(), completed: flags.completed, passed: flags.passed });
    request("PUT", stateUrl(STATE_ID), doc, xapiHeaders(true), function (status) {
      if (!(status >= 200 && status < 300)) { stateDirty = true; scheduleRetry(); }
    });
  }
  var saveTimer = null;
  function changed() {
    stateDirty = true;
    if (saveTimer) { return; }
    saveTimer = window.setTimeout(function () { saveTimer = null; saveState(); }, 250);
  }

  // ------------------------------------------------------------ judgement (Normal mode)
  function judge(final) {
    if (!ready || terminated || mode !== "Normal") { return; }
    if (!flags.completed && rules.progress() >= 0.9999) {
      flags.completed = true;
      defined("completed", { completion: true, duration: rules.duration(sessionMs()) });
      changed();
    }
    var o = rules.outcome();
    if (!o.known || flags.passed || judged || (!o.passed && !final && !rules.finished())) { return; }
    var scaled = Math.round(o.pct * 100) / 10000;  // as the SCORM 2004 runtime reports it
    var mastery = typeof launch.masteryScore === "number" ? launch.masteryScore : null;
    if (!o.passed && mastery !== null && scaled >= mastery) { scaled = Math.max(0, mastery - 0.0001); }
    var result = {
      success: o.passed, duration: rules.duration(sessionMs()),
      score: { scaled: scaled, raw: Math.round(o.pct), min: 0, max: 100 }
    };
    var extra = mastery !== null ? { extensions: {} } : {};
    if (mastery !== null) { extra.extensions[MASTERY] = mastery; }
    judged = true;
    if (o.passed) { flags.passed = true; }
    defined(o.passed ? "passed" : "failed", result, extra);
    changed();
  }

  function end(reason) {
    if (reason === "unload") { unloading = true; }
    if (terminated) { if (unloading) { sendNow(); } return; }
    if (!ready) { persist(); return; } // launch never finished: the queue waits on the device
    judge(true);
    defined("terminated", { duration: rules.duration(sessionMs()) });
    stateDirty = stateDirty || mode === "Normal";
    if (reason === "unload") { sendNow(); } else { saveState(); }
  }
  // The page is going away: hand what is left to the browser, which sends it after unload.
  function sendNow() {
    if (!window.fetch) { return; }
    var rest = queue.slice(sending); // the batch in flight may still arrive; the rest goes now
    if (rest.length) {
      var batch = rest.map(finish);
      try {
        window.fetch(base + "statements", { method: "POST", keepalive: true, headers: xapiHeaders(true), body: JSON.stringify(batch) });
      } catch (e) { /* kept in localStorage for the next launch */ }
    }
    if (mode === "Normal" && stateDirty) {
      var doc = JSON.stringify({ v: 1, suspend: rules.encode(), completed: flags.completed, passed: flags.passed });
      try {
        window.fetch(stateUrl(STATE_ID), { method: "PUT", keepalive: true, headers: xapiHeaders(true), body: doc });
      } catch (e) { /* best effort */ }
    }
  }

  // ------------------------------------------------------------ launch
  function begin() {
    var missing = PARAMS.filter(function (p) { return !query[p]; });
    if (missing.length) { fail("missing", { names: missing.join(", ") }); return; }
    actor = parse(query.actor);
    var bad = [];
    if (!actor || typeof actor !== "object" || !actor.account) { bad.push("actor"); }
    if (!UUID.test(query.registration)) { bad.push("registration"); }
    if (!/^[a-z][a-z0-9+.-]*:/i.test(query.endpoint)) { bad.push("endpoint"); }
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(query.activityId)) { bad.push("activityId"); }
    if (bad.length) { fail("bad_param", { names: bad.join(", ") }); return; }
    base = query.endpoint.replace(/\/?$/, "/");
    restoreQueue();
    var el = statusEl();
    if (el) { el.textContent = say("connecting"); }
    request("POST", query.fetch, null, {}, function (status, text) {
      var body = parse(text) || {};
      if (status === 200 && body["auth-token"]) { token = body["auth-token"]; readLaunchData(); return; }
      var detail = body["error-text"] || (status ? "HTTP " + status : "no answer");
      fail(body["error-code"] === "1" || body["error-code"] === 1 ? "fetch_used" : "fetch_failed", { detail: detail });
    });
  }
  function again(fn) { showAlert(say("offline")); window.setTimeout(fn, retryMs); retryMs = Math.min(retryMs * 2, 15000); }
  function readLaunchData() {
    request("GET", stateUrl("LMS.LaunchData"), null, xapiHeaders(false), function (status, text) {
      var doc = parse(text);
      if (status === 401 || status === 403) { fail("fetch_failed", { detail: "HTTP " + status }); return; }
      if (status !== 200 || !doc || !doc.contextTemplate) { again(readLaunchData); return; }
      launch = doc;
      mode = doc.launchMode === "Browse" || doc.launchMode === "Review" ? doc.launchMode : "Normal";
      if (typeof doc.masteryScore === "number") { data.passing = doc.masteryScore * 100; }
      readPreferences();
    });
  }
  function readPreferences() {
    var url = base + "agents/profile?profileId=cmi5LearnerPreferences&agent=" + encodeURIComponent(JSON.stringify(actor));
    request("GET", url, null, xapiHeaders(false), function (status, text) {
      var prefs = status === 200 ? parse(text) : null;
      if (prefs && prefs.audioPreference === "off") {
        Array.prototype.forEach.call(document.querySelectorAll("video, audio"), function (m) { m.muted = true; });
      }
      readSaved();
    });
  }
  function readSaved() {
    request("GET", stateUrl(STATE_ID), null, xapiHeaders(false), function (status, text) {
      if (status === 0 || status >= 500) { again(readSaved); return; }
      var saved = status === 200 ? parse(text) : null;
      if (saved && saved.v === 1) {
        flags.completed = !!saved.completed;
        flags.passed = !!saved.passed;
        rules.decode(saved.suspend);
      }
      start();
    });
  }
  function start() {
    initializedAt = new Date();
    ready = true;
    if (!failedLaunch) { showAlert(""); }
    // "initialized" goes before anything the learner did while the launch data loaded.
    var first = { id: uuid(), actor: actor, verb: { id: VERBS.initialized, display: { "en-US": "initialized" } },
      object: au(), timestamp: initializedAt.toISOString(), _extra: { categories: [CATEGORY] } };
    var old = 0;
    while (old < queue.length && queue[old].context) { old += 1; } // earlier sessions' leftovers
    queue.splice(old, 0, first);
    persist();
    var fns = waiting; waiting = [];
    fns.forEach(function (fn) { fn(); });
    judge(false);
    showStatus();
    flush();
    saveState();
  }

  // ------------------------------------------------------------ video (xAPI video profile)
  var videos = {};
  function videoInfo(media) {
    var v = videos[media.id];
    if (!v) {
      var label = document.getElementById(media.getAttribute("aria-labelledby") || "");
      v = videos[media.id] = { session: uuid(), segments: [], from: null, lastTime: 0, completed: false,
        name: label ? label.textContent : media.id };
    }
    return v;
  }
  function round(t) { return Math.round((t || 0) * 1000) / 1000; }
  function closeSegment(v, t) {
    if (v.from !== null && t > v.from) { v.segments.push([v.from, t]); }
    v.from = null;
  }
  function covered(v, a, b) { // seconds of [a, b] inside the played segments
    var marks = [];
    v.segments.forEach(function (s) { var x = Math.max(a, s[0]), y = Math.min(b, s[1]); if (y > x) { marks.push([x, y]); } });
    marks.sort(function (p, q) { return p[0] - q[0]; });
    var total = 0, end = a;
    marks.forEach(function (m) { if (m[1] > end) { total += m[1] - Math.max(m[0], end); end = m[1]; } });
    return total;
  }
  function chaptersWatched(media, v) {
    var d = media.duration || 0;
    var buttons = Array.prototype.slice.call(document.querySelectorAll("button.seek.chapter")).filter(function (b) {
      return b.getAttribute("data-media") === media.id;
    });
    var share = data.videoShare || 0.8;
    var out = [];
    buttons.forEach(function (b, i) {
      var a = parseFloat(b.getAttribute("data-start")) || 0;
      var z = i + 1 < buttons.length ? parseFloat(buttons[i + 1].getAttribute("data-start")) : d;
      var time = b.querySelector(".time");
      var title = b.textContent.replace(time ? time.textContent : "", "").replace(/^\s+|\s+$/g, "");
      if (z > a && covered(v, a, z) >= share * (z - a) - 0.25) { out.push({ title: title, start: a, end: round(z) }); }
    });
    return out;
  }
  function videoStatement(verb, media, result) {
    var v = videoInfo(media);
    var ext = {};
    ext[VIDEO + "/extensions/session-id"] = v.session;
    if (media.duration && isFinite(media.duration)) { ext[VIDEO + "/extensions/length"] = round(media.duration); }
    send(verb, activity("video", media.id, VIDEO + "/activity-type/video", v.name), result,
      { categories: [{ id: VIDEO, definition: { type: "http://adlnet.gov/expapi/activities/profile" } }], parent: au(), extensions: ext });
  }
  function segmentsText(v) { return v.segments.map(function (s) { return round(s[0]) + "[.]" + round(s[1]); }).join("[,]"); }
  function progressOf(media, v) { return media.duration ? Math.min(1, covered(v, 0, media.duration) / media.duration) : 0; }
  function videoResult(media, v, extra) {
    var r = { extensions: {} };
    r.extensions[VIDEO + "/extensions/time"] = round(media.currentTime);
    r.extensions[VIDEO + "/extensions/played-segments"] = segmentsText(v);
    r.extensions[VIDEO + "/extensions/progress"] = Math.round(progressOf(media, v) * 1000) / 1000;
    r.extensions[CHAPTERS] = chaptersWatched(media, v);
    Object.keys(extra || {}).forEach(function (k) { r[k] = extra[k]; });
    return r;
  }
  function tracked(el) { return el && el.classList && el.classList.contains("player-media") && data.videos.indexOf(el.id) >= 0; }
  function onMedia(ev) {
    var media = ev.target;
    if (!tracked(media) || terminated) { return; }
    var v = videoInfo(media);
    if (ev.type === "play") {
      v.from = v.lastTime = media.currentTime;
      var r = { extensions: {} };
      r.extensions[VIDEO + "/extensions/time"] = round(media.currentTime);
      videoStatement("played", media, r);
    } else if (ev.type === "timeupdate") {
      if (!media.paused && !media.seeking) { v.lastTime = media.currentTime; }
    } else if (ev.type === "seeking") {
      closeSegment(v, v.lastTime);
      v.seekFrom = v.lastTime;
    } else if (ev.type === "seeked") {
      var s = { extensions: {} };
      s.extensions[VIDEO + "/extensions/time-from"] = round(v.seekFrom || 0);
      s.extensions[VIDEO + "/extensions/time-to"] = round(media.currentTime);
      videoStatement("seeked", media, s);
      v.lastTime = media.currentTime;
      if (!media.paused) { v.from = media.currentTime; }
    } else if (ev.type === "pause" && !media.ended) {
      closeSegment(v, media.currentTime);
      videoStatement("paused", media, videoResult(media, v));
    } else if (ev.type === "ended") {
      v.lastTime = media.duration || media.currentTime;
      closeSegment(v, v.lastTime);
      if (!v.completed && progressOf(media, v) >= (data.videoShare || 0.8)) {
        v.completed = true;
        videoStatement("completed", media, videoResult(media, v, { completion: true, duration: rules.duration(sessionMs()) }));
      } else {
        videoStatement("paused", media, videoResult(media, v));
      }
    }
  }
  ["play", "pause", "seeking", "seeked", "ended", "timeupdate"].forEach(function (t) {
    document.addEventListener(t, onMedia, true); // media events do not bubble: capture them
  });

  // ------------------------------------------------------------ answers
  var TYPES = {
    single_choice: "choice", multiple_response: "choice", true_false: "true-false",
    fill_blank: "fill-in", numeric: "numeric", matching: "matching", ordering: "sequencing", essay: "long-fill-in"
  };
  function labels(quizId, questionId, selector) {
    var li = document.querySelector("section.quiz[data-quiz='" + quizId + "'] li.question[data-question='" + questionId + "']");
    return li ? Array.prototype.map.call(li.querySelectorAll(selector), function (el) {
      var key = el.getAttribute("data-key");
      var text = el.querySelector("label, .order-text");
      return { id: key, description: named((text || el).textContent) };
    }) : [];
  }
  function answered(quizId, it) {
    var type = TYPES[it.kind] || "other";
    var def = { type: "http://adlnet.gov/expapi/activities/cmi.interaction", interactionType: type, name: named(it.description) };
    var response = "", patterns = [];
    if (type === "choice" || type === "true-false" || type === "sequencing") {
      response = it.response.join("[,]");
      patterns = it.correct.length ? [it.correct.join("[,]")] : [];
      if (type === "choice") { def.choices = labels(quizId, it.id, ".choice[data-key]"); }
      if (type === "sequencing") { def.choices = labels(quizId, it.id, ".order-item[data-key]"); }
    } else if (type === "matching") {
      response = it.response.map(function (p) { return p.join("[.]"); }).join("[,]");
      patterns = [it.correct.map(function (p) { return p.join("[.]"); }).join("[,]")];
    } else if (type === "numeric") {
      response = it.response.length ? String(it.response[0]) : "";
      if (it.exact !== null && it.exact !== undefined) { patterns = [String(it.exact)]; } else if (it.correct.length === 2) { patterns = [it.correct[0] + "[:]" + it.correct[1]]; }
    } else {
      response = it.response.length ? String(it.response[0]) : "";
      patterns = type === "fill-in" ? it.correct.map(function (c) { return (it.caseSensitive ? "{case_matters=true}" : "") + c; }) : [];
    }
    if (patterns.length) { def.correctResponsesPattern = patterns; }
    var result = { response: response, duration: rules.duration(it.latency || 0) };
    if (it.result === "correct" || it.result === "incorrect" || it.result === "partial") { result.success = it.result === "correct"; }
    if (typeof it.earned === "number" && it.weighting > 0) { // partial credit (per-choice weights)
      result.score = { raw: Math.round(it.earned * 100) / 100, min: 0, max: it.weighting, scaled: Math.round(10000 * it.earned / it.weighting) / 10000 };
    }
    var obj = activity("question", it.id, def.type, null);
    obj.definition = def;
    send("answered", obj, result, { parent: au(), extensions: {} });
  }

  // ------------------------------------------------------------ the tracking interface
  window.StudioTracking = {
    start: function (courseData) {
      data = courseData;
      state = rules.bind(courseData);
      begin();
      window.addEventListener("pagehide", function () { end("unload"); });
      window.addEventListener("online", function () { flush(); saveState(); });
      return state;
    },
    state: function () { return state; },
    connected: function () { return ready && !terminated; },
    ready: function (fn) { if (ready) { fn(); } else { waiting.push(fn); } },
    lessonShown: function (lessonId) {
      scorm.lessonShown(lessonId);
      if (!seenLessons[lessonId] && !terminated) {
        seenLessons[lessonId] = true;
        var title = document.getElementById("title-" + lessonId);
        send("experienced", activity("lesson", lessonId, "http://adlnet.gov/expapi/activities/lesson", title ? title.textContent : lessonId), null, { parent: au() });
      }
      changed(); judge(false); showStatus();
    },
    videoProgress: function (mediaId, fraction) {
      scorm.videoProgress(mediaId, fraction);
      changed(); judge(false); showStatus();
    },
    quizAttempt: function (quizId) { return scorm.quizAttempt(quizId); },
    quizSubmitted: function (quizId, pct, interactions) {
      interactions.forEach(function (it) { answered(quizId, it); });
      scorm.quizSubmitted(quizId, pct, []);
      changed(); judge(false); showStatus();
    },
    exit: function () {
      end("exit");
      var back = launch && launch.returnURL;
      var leave = function () {
        var el = statusEl();
        if (el && !failedLaunch) { el.textContent = say("saved"); }
        if (back) { window.location.href = back; }
      };
      if (queue.length) { onDrained.push(leave); flush(); } else { leave(); }
    },
    encodeState: function () { return rules.encode(); }
  };
})();
