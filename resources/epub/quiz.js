/* Studio EPUB quiz checking: progressive enhancement of the static questions.
 * Without scripting every question stays readable and links to the answer key.
 * With scripting each question gets inputs, a "Check" button and a polite live
 * region for the feedback. Nothing is stored and nothing leaves the book.
 * The markup is the shared renderer's static quiz (epub target); the key and the
 * words shown, in the course language, come from each quiz's "quiz-key" block. */
(function () {
  "use strict";

  var KEYS = "abcdefghijklmnopqrstuvwxyz0123456789";

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

  function letterKey(i) { return KEYS.charAt(i) || String(i); }

  function choiceInputs(item, q, multiple) {
    var rows = item.querySelectorAll("ol.choices > li");
    var i;
    for (i = 0; i < rows.length; i++) {
      var key = q.kind === "true_false" ? (i === 0 ? "true" : "false") : letterKey(i);
      var id = item.id + "-in-" + key;
      var input = el("input", { type: multiple ? "checkbox" : "radio", name: item.id, id: id, value: key });
      var label = el("label", { "for": id, "class": "choice-label" });
      while (rows[i].firstChild) { label.appendChild(rows[i].firstChild); }
      rows[i].appendChild(input);
      rows[i].appendChild(label);
    }
    return function () {
      var chosen = [];
      var boxes = item.querySelectorAll("input[name='" + item.id + "']");
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

  function selectFor(id, labelText, count) {
    var wrap = el("p", { "class": "pick" });
    var label = el("label", { "for": id }, labelText + " ");
    var select = el("select", { id: id });
    select.appendChild(el("option", { value: "" }, "-"));
    for (var i = 0; i < count; i++) { select.appendChild(el("option", { value: letterKey(i) }, letterKey(i))); }
    wrap.appendChild(label);
    wrap.appendChild(select);
    return { wrap: wrap, select: select };
  }

  function textInput(item, q, t) {
    var id = item.id + "-answer";
    var space = item.querySelector(".answer-space");
    var wrap = el("p", { "class": "pick" });
    wrap.appendChild(el("label", { "for": id }, t.your_answer + ": "));
    var input = el("input", { type: "text", id: id, inputmode: q.kind === "numeric" ? "decimal" : "text" });
    wrap.appendChild(input);
    if (space) { space.parentNode.replaceChild(wrap, space); } else { item.appendChild(wrap); }
    return function () {
      var value = norm(input.value);
      if (!value) { return null; }
      if (q.kind === "numeric") {
        var x = parseFloat(value.replace(",", "."));
        if (isNaN(x)) { return { ok: false, notes: [t.give_number] }; }
        var ok = q.mode === "range" ? (x >= q.low && x <= q.high) : Math.abs(x - q.value) <= q.tolerance + 1e-12;
        return { ok: ok, notes: [] };
      }
      var match = (q.accepted || []).some(function (a) {
        return q.caseSensitive ? norm(a) === value : norm(a).toLowerCase() === value.toLowerCase();
      });
      return { ok: match, notes: [] };
    };
  }

  /* One select per listed row; right when the letters chosen, row by row, are ``right``. */
  function listSelects(item, rowSelector, labelText, count, right) {
    var rows = item.querySelectorAll(rowSelector);
    var selects = [];
    for (var i = 0; i < rows.length; i++) {
      var pick = selectFor(item.id + "-pick-" + i, labelText + " " + (i + 1) + ":", count);
      rows[i].appendChild(pick.wrap);
      selects.push(pick.select);
    }
    return function () {
      var given = selects.map(function (s) { return s.value; });
      if (given.some(function (v) { return !v; })) { return null; }
      return { ok: given.join(" ") === right.join(" "), notes: [] };
    };
  }

  function enhance(item, q, t) {
    var check = null;
    if (q.kind === "single_choice" || q.kind === "true_false") { check = choiceInputs(item, q, false); }
    else if (q.kind === "multiple_response") { check = choiceInputs(item, q, true); }
    else if (q.kind === "fill_blank" || q.kind === "numeric") { check = textInput(item, q, t); }
    else if (q.kind === "matching") {
      var options = item.querySelectorAll("ol.match-options > li").length;
      check = listSelects(item, "ol.match-rows > li", t.answer_for_item, options,
        (q.pairs || []).map(function (p) { return p.answer; }));
    } else if (q.kind === "ordering") {
      /* Each shown item gets its position (a, b, c... = 1st, 2nd, 3rd); the key lists
         the right position of each shown item. */
      var shown = item.querySelectorAll("ul.static-order > li").length;
      check = listSelects(item, "ul.static-order > li", t.position_of_item, shown, q.order || []);
    }
    if (!check) { return; }
    var bar = el("p", { "class": "check-bar" });
    var button = el("button", { type: "button" }, t.check_answer);
    var status = el("p", { "class": "check-result", role: "status", "aria-live": "polite" });
    bar.appendChild(button);
    var link = item.querySelector(".answer-link");
    var holder = link ? link.parentNode : item;
    holder.insertBefore(bar, link);
    holder.insertBefore(status, link);
    button.addEventListener("click", function () {
      var result = check();
      if (!result) { status.textContent = t.answer_first; return; }
      var fb = q.feedback || {};
      var parts = [result.ok ? t.correct : t.not_quite];
      if (result.ok && fb.correct) { parts.push(fb.correct); }
      if (!result.ok && fb.incorrect) { parts.push(fb.incorrect); }
      parts = parts.concat(result.notes);
      if (fb.general) { parts.push(fb.general); }
      status.textContent = parts.join(" ");
    });
  }

  function start() {
    var quizzes = document.querySelectorAll("section.quiz");
    for (var i = 0; i < quizzes.length; i++) {
      var data = quizzes[i].querySelector("script.quiz-key");
      var key;
      try { key = JSON.parse(data ? data.textContent : "{}"); } catch (e) { continue; }
      var items = quizzes[i].querySelectorAll(".question[data-key]");
      for (var j = 0; j < items.length; j++) {
        var q = (key.questions || {})[items[j].getAttribute("data-key")];
        if (q) { enhance(items[j], q, key.t || {}); }
      }
    }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
