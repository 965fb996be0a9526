/* Studio learner player: lesson navigation, media (captions, chapters, interactive
 * transcript, watched share) and the bridge to the tracking runtime when present.
 * Plain ES5; works from file:// and inside an LMS frame; no network. */
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
  function readJson(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  var tracking = window.StudioTracking || null;
  var data = readJson("course-data") || { lessons: [], videos: [], quizzes: [] };
  var state = tracking ? tracking.start(data) : null;
  var single = document.body.className.indexOf("single-page") >= 0;
  var sections = $all("main > .lesson");
  var home = document.getElementById("home");

  window.StudioPlayer = { data: data, tracking: tracking };

  // ------------------------------------------------------------ navigation
  function markToc(lessonId) {
    $all(".course-nav a[data-lesson]").forEach(function (a) {
      var id = a.getAttribute("data-lesson");
      if (id === lessonId) { a.setAttribute("aria-current", "page"); } else { a.removeAttribute("aria-current"); }
      var i = data.lessons.indexOf(id);
      if (state && i >= 0 && state.viewed[i]) { a.classList.add("viewed"); }
    });
  }

  function pauseAll(root) {
    $all("video, audio", root).forEach(function (m) { try { m.pause(); } catch (e) { /* ignore */ } });
  }

  function show(lessonId, focus) {
    var found = false;
    sections.forEach(function (s) {
      var on = s.getAttribute("data-lesson") === lessonId;
      if (!on && !s.hidden) { pauseAll(s); }
      s.hidden = !on;
      if (on) { found = true; }
    });
    if (home) { home.hidden = found; }
    if (!found) { markToc(""); return; }
    if (tracking) { tracking.lessonShown(lessonId); }
    markToc(lessonId);
    if (focus) {
      var h = document.getElementById("title-" + lessonId);
      if (h) { h.setAttribute("tabindex", "-1"); h.focus(); }
      window.scrollTo(0, 0);
    }
  }

  function lessonFromHash() {
    var m = /^#lesson-(.+)$/.exec(window.location.hash || "");
    return m ? m[1] : "";
  }

  if (single && sections.length) {
    document.addEventListener("click", function (ev) {
      var a = ev.target && ev.target.closest ? ev.target.closest("a[href^='#lesson-'], a.start-link") : null;
      if (!a) { return; }
      var id = a.getAttribute("data-lesson") || (a.getAttribute("href") || "").replace("#lesson-", "");
      if (!id) { return; }
      ev.preventDefault();
      show(id, true);
    });
    window.addEventListener("hashchange", function () {
      var id = lessonFromHash();
      if (id) { show(id, true); }
    });
    sections.forEach(function (s) { s.hidden = true; });
    markToc("");
    var resume = function () { // once the saved state is known (later for cmi5)
      if (sections.some(function (s) { return !s.hidden; })) { return; }
      var first = lessonFromHash();
      if (!first && state && state.viewed.some(function (v) { return v; })) {
        first = data.lessons[state.current];
      }
      if (first) { show(first, false); }
    };
    if (tracking && tracking.ready) { tracking.ready(resume); } else { resume(); }
  } else if (sections.length === 1 && tracking) {
    tracking.lessonShown(sections[0].getAttribute("data-lesson"));
  }

  // ------------------------------------------------------------ media
  // Pages opened from file:// may not load <track> files (Chromium treats each file
  // as its own origin): add the same cues from the page's JSON copy instead.
  function inlineTracks() {
    if (window.location.protocol !== "file:" || typeof VTTCue === "undefined") { return; }
    $all("script.track-cues").forEach(function (script) {
      var media = document.getElementById(script.getAttribute("data-media"));
      var cues;
      try { cues = JSON.parse(script.textContent); } catch (e) { return; }
      if (!media) { return; }
      $all("track", media).forEach(function (el) {
        var list = cues[el.getAttribute("src")];
        var info = { kind: el.kind, label: el.label, lang: el.srclang, on: el.hasAttribute("default") };
        el.parentNode.removeChild(el);
        if (!list) { return; }
        var tt = media.addTextTrack(info.kind, info.label, info.lang);
        tt.mode = "hidden";
        list.forEach(function (c) { tt.addCue(new VTTCue(c[0], c[1], c[2])); });
        tt.mode = info.on ? "showing" : (info.kind === "chapters" ? "hidden" : "disabled");
      });
    });
  }
  inlineTracks();
  function mediaById(id) { return document.getElementById(id); }

  document.addEventListener("click", function (ev) {
    var b = ev.target && ev.target.closest ? ev.target.closest("button.seek") : null;
    if (!b) { return; }
    var media = mediaById(b.getAttribute("data-media"));
    if (!media) { return; }
    var t = parseFloat(b.getAttribute("data-start"));
    if (!isNaN(t)) {
      try { media.currentTime = t; } catch (e) { /* not seekable yet */ }
      var p = media.play();
      if (p && p.catch) { p.catch(function () { /* autoplay refused: the learner presses play */ }); }
    }
  });

  $all(".player-media").forEach(function (media) {
    var lines = $all("button.cue").filter(function (b) { return b.getAttribute("data-media") === media.id; });
    var box = lines.length ? lines[0].closest(".transcript") : null;
    var current = null;
    var watched = null;
    var last = -1;
    var tracked = data.videos.indexOf(media.id) >= 0;

    function follow(t) {
      var hit = null;
      for (var i = 0; i < lines.length; i += 1) {
        var s = parseFloat(lines[i].getAttribute("data-start"));
        var e = parseFloat(lines[i].getAttribute("data-end"));
        if (t >= s && t < e) { hit = lines[i]; break; }
      }
      if (hit === current) { return; }
      if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
      current = hit;
      if (hit) {
        hit.classList.add("current");
        hit.setAttribute("aria-current", "true");
        if (box && box.scrollHeight > box.clientHeight) {
          var top = hit.offsetTop - box.offsetTop;
          if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - hit.offsetHeight) {
            box.scrollTop = Math.max(0, top - box.clientHeight / 3);
          }
        }
      }
    }

    function markWatched(t) {
      var d = media.duration;
      if (!tracked || !d || !isFinite(d)) { return; }
      if (!watched) { watched = new Array(Math.ceil(d)); }
      var sec = Math.floor(t);
      if (last >= 0 && sec >= last && sec - last <= 2) {
        for (var k = last; k <= sec && k < watched.length; k += 1) { watched[k] = true; }
      }
      last = sec;
      var n = 0;
      for (var j = 0; j < watched.length; j += 1) { if (watched[j]) { n += 1; } }
      if (tracking) { tracking.videoProgress(media.id, Math.min(1, n / watched.length)); }
    }

    media.addEventListener("timeupdate", function () {
      follow(media.currentTime);
      if (!media.paused) { markWatched(media.currentTime); }
    });
    media.addEventListener("seeking", function () { last = -1; });
    media.addEventListener("ended", function () {
      if (tracked && watched) { markWatched(media.duration); }
    });
  });

  // ------------------------------------------------------------ exit
  var exitButton = document.getElementById("exit-button");
  if (exitButton) {
    var exitShown = function () { exitButton.hidden = !tracking || !tracking.connected(); };
    exitShown();
    if (tracking && tracking.ready) { tracking.ready(exitShown); }
    exitButton.addEventListener("click", function () {
      pauseAll(document);
      if (tracking) { tracking.exit(); }
      var main = document.getElementById("main");
      if (main) {
        main.innerHTML = "";
        var h = document.createElement("h1");
        h.textContent = t("progress_saved");
        var p = document.createElement("p");
        p.textContent = t("close_window");
        main.appendChild(h);
        main.appendChild(p);
        h.setAttribute("tabindex", "-1");
        h.focus();
      }
      exitButton.hidden = true;
    });
  }
})();
