/* Studio EPUB quiz checking: progressive enhancement of the static questions.
 * Without scripting every question stays readable and links to the answer key.
 * With scripting each question gets inputs, a "Check" button and a polite live
 * region for the feedback. Nothing is stored and nothing leaves the book. */
(function () {
  "use strict";

  function el(name, attrs, text) {
    var node = document.createElement(name);
    var key;
    for (key in attrs || {}) {
      if (Object.prototype.hasOwnProperty.call(attrs, key)) { node.setAttribute(key, attrs[key]); }
    }
    if (text) { node.textContent = text; }
    return node;
  }

  function norm(text) { return String(text || "").replace(/\s+/g, " ").trim(); }

  function letterKey(i) { return "abcdefghijklmnopqrstuvwxyz0123456789".charAt(i) || String(i); }

  function choiceInputs(section, q, multiple) {
    var items = section.querySelectorAll("ol.choices > li");
    var i;
    for (i = 0; i < items.length; i++) {
      var key = q.kind === "true_false" ? (i === 0 ? "true" : "false") : letterKey(i);
      var id = section.id + "-in-" + key;
      var input = el("input", { type: multiple ? "checkbox" : "radio", name: section.id, id: id, value: key });
      var label = el("label", { "for": id, "class": "choice-label" });
      while (items[i].firstChild) { label.appendChild(items[i].firstChild); }
      items[i].appendChild(input);
      items[i].appendChild(label);
    }
    return function () {
      var chosen = [];
      var boxes = section.querySelectorAll("input[name='" + section.id + "']");
      for (var j = 0; j < boxes.length; j++) { if (boxes[j].checked) { chosen.push(boxes[j].value); } }
      var right = [];
      var notes = [];
      (q.choices || []).forEach(function (c) {
        if (c.correct) { right.push(c.key); }
        if (chosen.indexOf(c.key) >= 0 && c.feedback) { notes.push(c.feedback); }
      });
      if (!chosen.length) { return null; }
      return { ok: chosen.sort().join(" ") === right.sort().join(" "), notes: notes };
    };
  }

  function selectFor(id, labelText, count, useLetters) {
    var wrap = el("p", { "class": "pick" });
    var label = el("label", { "for": id }, labelText + " ");
    var select = el("select", { id: id });
    select.appendChild(el("option", { value: "" }, "-"));
    for (var i = 0; i < count; i++) {
      select.appendChild(el("option", { value: letterKey(i) }, useLetters ? letterKey(i).toUpperCase() : String(i + 1)));
    }
    wrap.appendChild(label);
    wrap.appendChild(select);
    return { wrap: wrap, select: select };
  }

  function textInput(section, q) {
    var id = section.id + "-answer";
    var space = section.querySelector(".answer-space");
    var wrap = el("p", { "class": "pick" });
    wrap.appendChild(el("label", { "for": id }, "Your answer: "));
    var input = el("input", { type: "text", id: id, inputmode: q.kind === "numeric" ? "decimal" : "text" });
    wrap.appendChild(input);
    if (space) { space.parentNode.replaceChild(wrap, space); } else { section.appendChild(wrap); }
    return function () {
      var value = norm(input.value);
      if (!value) { return null; }
      if (q.kind === "numeric") {
        var x = parseFloat(value.replace(",", "."));
        if (isNaN(x)) { return { ok: false, notes: ["Please give a number."] }; }
        var ok = q.mode === "range" ? (x >= q.low && x <= q.high) : Math.abs(x - q.value) <= q.tolerance + 1e-12;
        return { ok: ok, notes: [] };
      }
      var match = (q.accepted || []).some(function (a) {
        return q.caseSensitive ? norm(a) === value : norm(a).toLowerCase() === value.toLowerCase();
      });
      return { ok: match, notes: [] };
    };
  }

  function listSelects(section, listSelector, labelPrefix, count, useLetters, isRight) {
    var rows = section.querySelectorAll(listSelector + " > li");
    var selects = [];
    for (var i = 0; i < rows.length; i++) {
      var pick = selectFor(section.id + "-pick-" + i, labelPrefix + " " + (useLetters ? letterKey(i).toUpperCase() : i + 1) + ":", count, !useLetters);
      rows[i].appendChild(pick.wrap);
      selects.push(pick.select);
    }
    return function () {
      var given = selects.map(function (s) { return s.value; });
      if (given.some(function (v) { return !v; })) { return null; }
      return { ok: isRight(given), notes: [] };
    };
  }

  function enhance(section, q) {
    var check = null;
    if (q.kind === "single_choice" || q.kind === "true_false") { check = choiceInputs(section, q, false); }
    else if (q.kind === "multiple_response") { check = choiceInputs(section, q, true); }
    else if (q.kind === "fill_blank" || q.kind === "numeric") { check = textInput(section, q); }
    else if (q.kind === "matching") {
      check = listSelects(section, "ol.match-items", "Answer for item", q.options || 0, false, function (given) {
        return given.join(" ") === (q.pairs || []).map(function (p) { return p.answer; }).join(" ");
      });
    } else if (q.kind === "ordering") {
      var n = section.querySelectorAll("ol.choices > li").length;
      /* Each shown item gets a position (a, b, c... = 1st, 2nd, 3rd); the key lists,
         for each position, the letter of the shown item that belongs there. */
      check = listSelects(section, "ol.choices", "Position of item", n, true, function (given) {
        var order = [];
        for (var j = 0; j < given.length; j++) { order[letterIndex(given[j])] = letterKey(j); }
        return order.join(" ") === (q.order || []).join(" ");
      });
    }
    if (!check) { return; }
    var bar = el("p", { "class": "check-bar" });
    var button = el("button", { type: "button" }, "Check my answer");
    var status = el("p", { "class": "check-result", role: "status", "aria-live": "polite" });
    bar.appendChild(button);
    var link = section.querySelector(".answer-link");
    section.insertBefore(bar, link);
    section.insertBefore(status, link);
    button.addEventListener("click", function () {
      var result = check();
      if (!result) { status.textContent = "Answer the question first."; return; }
      var fb = q.feedback || {};
      var parts = [result.ok ? "Correct." : "Not quite."];
      if (result.ok && fb.correct) { parts.push(fb.correct); }
      if (!result.ok && fb.incorrect) { parts.push(fb.incorrect); }
      parts = parts.concat(result.notes);
      if (fb.general) { parts.push(fb.general); }
      status.textContent = parts.join(" ");
    });
  }

  function letterIndex(key) { return "abcdefghijklmnopqrstuvwxyz0123456789".indexOf(key); }

  function start() {
    var quizzes = document.querySelectorAll("section.quiz");
    for (var i = 0; i < quizzes.length; i++) {
      var data = quizzes[i].querySelector("script.quiz-key");
      var key;
      try { key = JSON.parse(data ? data.textContent : "{}"); } catch (e) { continue; }
      var questions = quizzes[i].querySelectorAll("section.question");
      for (var j = 0; j < questions.length; j++) {
        var q = (key.questions || {})[questions[j].getAttribute("data-key")];
        if (q) { enhance(questions[j], q); }
      }
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
