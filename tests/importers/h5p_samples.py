"""H5P files built the way H5P writes them (h5p.json, content/content.json, content/ media,
library folders with their own scripts), one per content type Studio reads.

Parameters follow each content type's published ``semantics.json`` (H5P.MultiChoice,
H5P.TrueFalse, H5P.Blanks, H5P.DragText, H5P.MarkTheWords, H5P.SingleChoiceSet, H5P.Essay,
H5P.QuestionSet, H5P.CoursePresentation, H5P.InteractiveVideo, H5P.Column, H5P.Accordion,
H5P.AdvancedText).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.importers.builders import write_zip

VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\nWater moves.\n\n00:02.000 --> 00:04.000\nIt falls as rain.\n"


def lib(name: str, params: dict[str, Any], title: str = "") -> dict[str, Any]:
    return {"library": name, "params": params, "subContentId": f"sub-{abs(hash(json.dumps(params))) % 10**8}",
            "metadata": {"contentType": name.split(" ")[0], "license": "U", "title": title}}


def image(path: str, alt: str) -> dict[str, Any]:
    return lib("H5P.Image 1.1", {"file": {"path": path, "mime": "image/png", "width": 320, "height": 200},
                                 "alt": alt, "decorative": False, "contentName": "Image"})


def multi_choice(question: str, answers: list[tuple[str, bool]], media: dict[str, Any] | None = None
                 ) -> dict[str, Any]:
    return {
        "question": question,
        "answers": [{"text": f"<div>{t}</div>\n", "correct": c,
                     "tipsAndFeedback": {"tip": "", "chosenFeedback": "<div>Yes!</div>" if c else "",
                                         "notChosenFeedback": ""}} for t, c in answers],
        "behaviour": {"enableRetry": True, "type": "auto", "singlePoint": False, "randomAnswers": True},
        "overallFeedback": [{"from": 0, "to": 100}],
        "UI": {"checkAnswerButton": "Check"},
        **({"media": {"type": media, "disableImageZooming": False}} if media else {}),
    }


def true_false(question: str, correct: bool) -> dict[str, Any]:
    return {"question": question, "correct": "true" if correct else "false",
            "behaviour": {"enableRetry": True, "feedbackOnCorrect": "Well done.", "feedbackOnWrong": "Look again."},
            "l10n": {"trueText": "True", "falseText": "False"}}


BLANKS = {"text": "<p>Fill in the missing words.</p>",
          "questions": ["<p>Water boils at *100* degrees and freezes at *0/zero:Think of ice* degrees.</p>"],
          "behaviour": {"caseSensitive": False, "autoCheck": False}, "overallFeedback": [{"from": 0, "to": 100}]}
DRAG_TEXT = {"taskDescription": "<p>Drag the words into the right boxes.</p>",
             "textField": "Rain falls from *clouds*. Rivers run to the *sea*. The sun warms the *land*.",
             "distractors": "*moon* *stone*", "behaviour": {"enableRetry": True}}
MARK_WORDS = {"taskDescription": "<p>Click the verbs.</p>",
              "textField": "<p>Water *flows* downhill and *evaporates* in the sun.</p>",
              "behaviour": {"enableRetry": True}}
SINGLE_CHOICE_SET = {"choices": [
    {"question": "<p>Which is a liquid?</p>", "answers": ["<p>Water</p>", "<p>Ice</p>", "<p>Steam</p>"]},
    {"question": "<p>Which is frozen?</p>", "answers": ["<p>Ice</p>", "<p>Rain</p>"]},
], "behaviour": {"autoContinue": True, "timeoutCorrect": 2000}}
ESSAY = {"taskDescription": "<p>Explain why the water cycle matters for farming.</p>",
         "placeholderText": "Start writing...",
         "solution": {"introduction": "<p>A good answer mentions:</p>", "sample": "Rain waters the crops."},
         "keywords": [{"keyword": "rain", "alternatives": ["rainfall"], "options": {"points": 1}},
                      {"keyword": "irrigation", "options": {"points": 1}}],
         "behaviour": {"minimumLength": 10}}


def question_set() -> dict[str, Any]:
    return {
        "introPage": {"showIntroPage": True, "title": "Check yourself", "introduction": "<p>Three questions.</p>"},
        "progressType": "dots", "passPercentage": 60,
        "questions": [lib("H5P.MultiChoice 1.16", multi_choice("<p>What makes water evaporate?</p>",
                                                               [("The sun", True), ("The moon", False)])),
                      lib("H5P.TrueFalse 1.8", true_false("<p>Clouds are made of water.</p>", True)),
                      lib("H5P.Blanks 1.14", BLANKS),
                      lib("H5P.ImageHotspotQuestion 1.8", {"imageHotspotQuestion": {}})],
        "texts": {"prevButton": "Previous"}, "randomQuestions": True, "poolSize": 2,
    }


def course_presentation() -> dict[str, Any]:
    def element(action: dict[str, Any], x: float, y: float) -> dict[str, Any]:
        return {"x": x, "y": y, "width": 40, "height": 20, "action": action, "alwaysDisplayComments": False}

    return {"presentation": {"slides": [
        {"elements": [element(image("images/slide1.png", "A cloud"), 50, 30),
                      element(lib("H5P.AdvancedText 1.1", {"text": "<h2>The water cycle</h2><p>Water moves.</p>"}), 5, 5)],
         "keywords": [{"main": "Introduction"}], "slideBackgroundSelector": {}},
        {"elements": [element(lib("H5P.MultiChoice 1.16", multi_choice("<p>Where does rain come from?</p>",
                                                                       [("Clouds", True), ("Rocks", False)])), 5, 5),
                      element(lib("H5P.TrueFalse 1.8", true_false("<p>Rain is salty.</p>", False)), 5, 60),
                      {"x": 90, "y": 90, "width": 5, "height": 5, "goToSlide": 1}],
         "keywords": [{"main": "Check"}]},
        {"elements": [element(lib("H5P.Chart 1.2", {"graphMode": "pieChart"}), 5, 5)]},
    ], "keywordListEnabled": True}, "l10n": {"slide": "Slide"}}


def interactive_video() -> dict[str, Any]:
    def interaction(action: dict[str, Any], start: float, **extra: Any) -> dict[str, Any]:
        return {"x": 10, "y": 10, "width": 10, "height": 10, "duration": {"from": start, "to": start + 10},
                "libraryTitle": action["library"], "action": action, "pause": True, "displayType": "poster",
                **extra}

    return {"interactiveVideo": {
        "video": {"startScreenOptions": {"title": "Rain and rivers", "hideStartTitle": False,
                                         "poster": {"path": "images/poster.png", "mime": "image/png"}},
                  "textTracks": {"videoTrack": [{"label": "English", "kind": "captions", "srcLang": "en",
                                                 "track": {"path": "videos/captions.vtt", "mime": "text/vtt"}}]},
                  "files": [{"path": "videos/talk.mp4", "mime": "video/mp4", "copyright": {"license": "U"}}]},
        "assets": {
            "interactions": [
                interaction(lib("H5P.MultiChoice 1.16", multi_choice(
                    "<p>What falls from clouds?</p>", [("Rain", True), ("Sand", False)])), 1.0,
                    adaptivity={"correct": {"allowOptOut": False}, "wrong": {"seekTo": 0.5, "allowOptOut": False},
                                "requireCompletion": True}),
                interaction(lib("H5P.TrueFalse 1.8", true_false("<p>Rivers flow uphill.</p>", False)), 2.0),
                interaction(lib("H5P.Text 1.1", {"text": "<p>Remember: water moves.</p>"}), 2.5),
                interaction(lib("H5P.Link 1.3", {"title": "More", "linkWidget": {"protocol": "https://",
                                                                                 "url": "example.org"}}), 3.0),
            ],
            "bookmarks": [{"time": 0, "label": "Start"}, {"time": 2, "label": "Rivers"}],
        },
        "summary": {"task": lib("H5P.Summary 1.10", {"summaries": []}), "displayAt": 3},
    }, "override": {"preventSkipping": False}, "l10n": {"interaction": "Interaction"}}


COLUMN = {"content": [
    {"content": lib("H5P.AdvancedText 1.1", {"text": "<p>Read this first.</p>"}), "useSeparator": "auto"},
    {"content": image("images/diagram.png", "Diagram"), "useSeparator": "auto"},
    {"content": lib("H5P.TrueFalse 1.8", true_false("<p>Snow is water.</p>", True)), "useSeparator": "auto"},
    {"content": lib("H5P.MultiChoice 1.16", multi_choice("<p>Pick the gas.</p>", [("Vapour", True), ("Ice", False)])),
     "useSeparator": "auto"},
    {"content": lib("H5P.Timeline 1.1", {"timeline": {}}), "useSeparator": "auto"},
]}
ACCORDION = {"panels": [
    {"title": "What is rain?", "content": lib("H5P.AdvancedText 1.1", {"text": "<p>Water falling from clouds.</p>"})},
    {"title": "What is snow?", "content": lib("H5P.AdvancedText 1.1", {"text": "<p>Frozen rain.</p>"})},
], "hTag": "h2"}
TEXT = {"text": "<h2>About water</h2><p>Water covers most of the Earth.</p>"}


def build_h5p(path: Path, main: str, params: dict[str, Any], files: dict[str, bytes] | None = None,
              *, title: str = "Water", extra: dict[str, bytes | str] | None = None) -> Path:
    """An .h5p file: ``main`` is e.g. ``"H5P.MultiChoice 1.16"``."""
    name, version = main.split(" ")
    major, minor = version.split(".")
    meta = {"title": title, "language": "en", "mainLibrary": name, "embedTypes": ["div"], "license": "U",
            "defaultLanguage": "en", "authors": [{"name": "Ada Teacher", "role": "Author"}],
            "preloadedDependencies": [{"machineName": name, "majorVersion": major, "minorVersion": minor}]}
    library = f"{name}-{major}.{minor}"
    entries: dict[str, bytes | str] = {
        "h5p.json": json.dumps(meta),
        "content/content.json": json.dumps(params),
        f"{library}/library.json": json.dumps({"machineName": name, "majorVersion": int(major),
                                               "minorVersion": int(minor), "preloadedJs": [{"path": "main.js"}]}),
        f"{library}/main.js": "window.__h5pRan = 1; alert('library code ran');",
        f"{library}/semantics.json": "[]",
    }
    entries.update({f"content/{k}": v for k, v in (files or {}).items()})
    entries.update(extra or {})
    return write_zip(path, entries)
