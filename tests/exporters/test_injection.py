"""Every author text field holds script/HTML injection payloads: none of them may run.

Static checks over every page of every target, then the SCORM package in Chromium
(the shared harness): every lesson opened, the quiz submitted (feedback and review
shown), and the page asked whether any payload ran.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import html

from studio.exporters.render import RenderOptions, render_site
from studio.media.media_blocks import add_media
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    CaptionTrack,
    Chapter,
    Choice,
    Course,
    Cue,
    DiscussionBlock,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    ImageBlock,
    Lesson,
    LinkBlock,
    MatchingQuestion,
    MatchPair,
    Module,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    Quiz,
    QuizBlock,
    SingleChoiceQuestion,
    TextBlock,
    TimedQuestion,
    TrueFalseQuestion,
    VideoBlock,
)
from studio.project import Project
from tests.conftest import SHARED
from tests.exporters.scorm_actions import course_run, open_lesson, play
from tests.exporters.scorm_helpers import export, shared_validator

os.environ.setdefault(
    "HARNESS_CACHE", str(Path(__file__).resolve().parents[2] / ".cache" / "harness")
)

MARK = "window.__pwned=1"
PAYLOADS = [
    f'"><script>{MARK}</script>',
    f"</script><script>{MARK}</script><!--",
    f'<img src="data:," onerror="{MARK}">',
    f"<svg onload={MARK}></svg>",
    f"javascript:{MARK}",
    f"' onmouseover='{MARK}' x='",
    "{{ 7*7 }} ]]> &amp; -->",
]


def evil(label: str) -> str:
    return label + " " + " ".join(PAYLOADS)


def injected_course(project: Project, media: dict[str, Path]) -> Course:
    course = project.course
    video = add_media(project, media["video"])
    audio = add_media(project, media["audio"])
    image = add_media(project, media["image"])
    attachment = add_media(project, media["attachment"])
    course.media[attachment.id].filename = evil("file") + ".txt"
    course.title = evil("Course")
    course.description = evil("Description")
    course.authors = [evil("Author")]
    course.keywords = [evil("kw")]
    course.license = evil("licence")
    rich = "<p>" + evil("rich") + "</p>" + "".join(PAYLOADS)
    track = CaptionTrack(language="en", label=evil("label"), cues=[Cue(0.0, 1.0, evil("cue"))])
    questions = [
        SingleChoiceQuestion(
            prompt=rich,
            choices=[
                Choice(evil("right"), True, evil("fb1")),
                Choice(evil("wrong"), False, evil("fb2")),
            ],
            feedback=Feedback(evil("c"), evil("i"), evil("g")),
        ),
        MultipleResponseQuestion(
            prompt=rich, choices=[Choice(evil("m1"), True, evil("f")), Choice(evil("m2"))]
        ),
        TrueFalseQuestion(
            prompt=rich, answer=True, true_feedback=evil("t"), false_feedback=evil("f")
        ),
        FillBlankQuestion(
            prompt=rich, accepted=[evil("acc")], feedback=Feedback(general=evil("g"))
        ),
        NumericQuestion(prompt=rich, value=1, feedback=Feedback(incorrect=evil("n"))),
        MatchingQuestion(
            prompt=rich, pairs=[MatchPair(evil("p"), evil("a"))], distractors=[evil("d")]
        ),
        OrderingQuestion(prompt=rich, items=[OrderItem(evil("o1")), OrderItem(evil("o2"))]),
        EssayQuestion(prompt=rich, guidance=evil("guide")),
    ]
    quiz = Quiz(title=evil("Quiz"), instructions=rich, attempts=1, questions=questions)
    course.modules = [
        Module(
            title=evil("Module"),
            lessons=[
                Lesson(
                    title=evil("Lesson"),
                    blocks=[
                        TextBlock(html=rich),
                        VideoBlock(
                            asset=video.id,
                            title=evil("Video"),
                            tracks=[track],
                            chapters=[Chapter(0.0, evil("chapter"))],
                            timed_questions=[
                                TimedQuestion(time=0.5, rewind_to=0.0, question=SingleChoiceQuestion(
                                    prompt=rich,
                                    choices=[Choice(evil("tq1"), True, evil("tf1")), Choice(evil("tq2"))],
                                    feedback=Feedback(evil("tc"), evil("ti"), evil("tg")))),
                                TimedQuestion(time=1.0, question=FillBlankQuestion(
                                    prompt=rich, accepted=[evil("tacc")])),
                            ],
                        ),
                        AudioBlock(
                            asset=audio.id, title=evil("Audio"), transcript=evil("transcript")
                        ),
                        ImageBlock(
                            asset=image.id,
                            alt=evil("alt"),
                            caption=evil("caption"),
                            narration=evil("narr"),
                        ),
                        AttachmentBlock(
                            asset=attachment.id, title=evil("att"), description=evil("desc")
                        ),
                        LinkBlock(
                            url=f"javascript:{MARK}", title=evil("link"), description=evil("ld")
                        ),
                        DiscussionBlock(title=evil("disc"), prompt=rich),
                    ],
                ),
                Lesson(title=evil("Quiz lesson"), blocks=[QuizBlock(quiz=quiz)]),
            ],
        )
    ]
    return course


@pytest.fixture
def evil_project(tmp_path: Path, media_files: dict[str, Path]) -> Project:
    project = Project.create(tmp_path / "evil.studio", title="x")
    injected_course(project, media_files)
    project.save()
    return project


def _assert_inert(page: bytes, name: str) -> None:
    doc = html.fromstring(page)
    for script in doc.iter("script"):
        src, kind = script.get("src"), script.get("type")
        assert (src or "").startswith("player/") or kind == "application/json", (
            name,
            html.tostring(script),
        )
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ("svg", "iframe", "object", "embed"), name
        for attr, value in el.attrib.items():
            assert not attr.lower().startswith("on"), (name, el.tag, attr)
            assert not value.strip().lower().startswith("javascript:"), (name, el.tag, attr)


def test_payloads_render_inert_in_every_target(evil_project: Project) -> None:
    course = evil_project.course
    for opts in (
        RenderOptions(target="scorm12", runtime=True, single_page=True),
        RenderOptions(target="cc"),
        RenderOptions(
            target="epub", xhtml=True, static_quiz=True, scripts=False, page_ext=".xhtml"
        ),
    ):
        site = render_site(course, evil_project.media_dir, opts)
        for name, content in site.files.items():
            if name.endswith((".html", ".xhtml")):
                assert isinstance(content, bytes)
                _assert_inert(content, name)
                assert b"window.__pwned=1</script>" not in content
    evil_project.close()


@pytest.mark.browser
@pytest.mark.slow
def test_no_payload_runs_in_the_browser(evil_project: Project, tmp_path: Path) -> None:
    package = export(evil_project, "scorm2004", tmp_path / "evil.zip")
    assert shared_validator(package, "scorm2004").returncode == 0
    actions = course_run(evil_project.course, quiz_right=False)
    # A video's timed question asked, answered wrong, its feedback shown.
    video_lesson = next(les for _, les, b in evil_project.course.blocks() if isinstance(b, VideoBlock))
    actions += open_lesson(video_lesson.id)
    actions += [
        {"click": "button.timed-open >> nth=0"},
        {"check": "form.timed-question:not([hidden]) input[value='b']"},
        {"click": "form.timed-question:not([hidden]) .timed-submit"},
        {"wait_for": "form.timed-question:not([hidden]) .q-feedback:not(:empty)"},
    ]
    # Also hover and focus things, then ask both windows whether anything ran.
    actions.append(
        {
            "eval": "document.querySelectorAll('main *').forEach(function(e){e.dispatchEvent(new MouseEvent('mouseover'))}); 1"
        }
    )
    actions.append({"wait": 300})
    actions.append({"eval": "String(window.__pwned) + '/' + String(window.parent.__pwned)"})
    actions.append({"eval": "document.querySelectorAll('.q-feedback p').length"})
    result = play(SHARED / "harness", package, actions, tmp_path)
    evil_project.close()
    assert result["exit_code"] == 0, (result["problems"], result.get("_stderr"))
    assert result["dialogs"] == []
    evals = [a["value"] for a in result["actions"] if "eval" in a["action"]]  # type: ignore[union-attr]
    assert evals[-2] == "undefined/undefined"
    assert evals[-1] > 8  # feedback and review (one attempt) were shown, payloads as text
