"""H5P files of every content type Studio reads import with their content and media; broken
or hostile ones give a clear error and change nothing; their content stays inert."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from studio.errors import ImportFormatError
from studio.importers import detect_format, import_into, import_new
from studio.model import (
    AudioBlock,
    EssayQuestion,
    FillBlankQuestion,
    ImageBlock,
    MatchingQuestion,
    MultipleResponseQuestion,
    QuizBlock,
    SingleChoiceQuestion,
    TextBlock,
    TrueFalseQuestion,
    VideoBlock,
)
from studio.model.serialize import course_to_data
from studio.project import Project
from tests.importers import h5p_samples as h5p
from tests.importers.builders import write_zip
from tests.media_fixtures import make_image


def _import(tmp_path: Path, main: str, params: dict[str, Any], files: dict[str, bytes] | None = None
            ) -> tuple[Project, str]:
    source = h5p.build_h5p(tmp_path / "content.h5p", main, params, files)
    assert detect_format(source) == "h5p"
    report = import_new(source, tmp_path / "new.studio")
    return Project.open(tmp_path / "new.studio"), report.format_text()


def _questions(project: Project) -> list[Any]:
    return [q for _, _, b in project.course.quizzes() for q in b.quiz.questions]


def _png(tmp_path: Path, text: str) -> bytes:
    return make_image(tmp_path / f"{text}.png", text).read_bytes()


def test_multiple_choice_with_its_image(tmp_path: Path) -> None:
    params = h5p.multi_choice("<p>Which is <b>wet</b>?</p>", [("Water", True), ("Sand", False)],
                              h5p.image("images/q.png", "A glass of water"))
    project, _ = _import(tmp_path, "H5P.MultiChoice 1.16", params, {"images/q.png": _png(tmp_path, "q")})
    with project:
        (q,) = _questions(project)
        assert isinstance(q, SingleChoiceQuestion)
        assert [(c.text, c.correct, c.feedback) for c in q.choices] == [("Water", True, "Yes!"), ("Sand", False, "")]
        assert 'alt="A glass of water"' in q.prompt and 'src="asset:' in q.prompt and "<b>wet</b>" in q.prompt
        assert len(project.course.media) == 1 and not any("main.js" in a.filename for a in project.course.media.values())


def test_question_types(tmp_path: Path) -> None:
    cases: list[tuple[str, dict[str, Any], list[type]]] = [
        ("H5P.TrueFalse 1.8", h5p.true_false("<p>Ice floats.</p>", True), [TrueFalseQuestion]),
        ("H5P.Blanks 1.14", h5p.BLANKS, [FillBlankQuestion, FillBlankQuestion]),
        ("H5P.DragText 1.10", h5p.DRAG_TEXT, [MatchingQuestion]),
        ("H5P.MarkTheWords 1.11", h5p.MARK_WORDS, [MultipleResponseQuestion]),
        ("H5P.SingleChoiceSet 1.11", h5p.SINGLE_CHOICE_SET, [SingleChoiceQuestion, SingleChoiceQuestion]),
        ("H5P.Essay 1.5", h5p.ESSAY, [EssayQuestion]),
    ]
    found = {}
    for n, (main, params, kinds) in enumerate(cases):
        folder = tmp_path / str(n)
        folder.mkdir()
        project, _ = _import(folder, main, params)
        with project:
            questions = _questions(project)
            assert [type(q) for q in questions] == kinds, main
            found[main.split(" ")[0]] = questions
    tf = found["H5P.TrueFalse"][0]
    assert tf.answer is True and tf.feedback.correct == "Well done."
    first, second = found["H5P.Blanks"]
    assert first.accepted == ["100"] and second.accepted == ["0", "zero"]  # tip dropped
    assert "___" in first.prompt and "[…]" in first.prompt and "Fill in the missing words." in first.prompt
    drag = found["H5P.DragText"][0]
    assert [(p.prompt, p.answer) for p in drag.pairs] == [
        ("Rain falls from ___.", "clouds"), ("Rivers run to the ___.", "sea"), ("The sun warms the ___.", "land")]
    assert drag.distractors == ["moon", "stone"]
    marks = found["H5P.MarkTheWords"][0]
    assert {c.text for c in marks.choices if c.correct} == {"flows", "evaporates"}
    assert "Water flows downhill" in marks.prompt and "*" not in marks.prompt
    sets = found["H5P.SingleChoiceSet"]
    assert [next(c.text for c in q.choices if c.correct) for q in sets] == ["Water", "Ice"]
    essay = found["H5P.Essay"][0]
    assert "Rain waters the crops." in essay.guidance and "Keywords: rain, irrigation" in essay.guidance


def test_question_set_is_a_quiz_with_its_settings(tmp_path: Path) -> None:
    project, report = _import(tmp_path, "H5P.QuestionSet 1.20", h5p.question_set())
    with project:
        (_, _, block), = list(project.course.quizzes())
        quiz = block.quiz
        assert quiz.title == "Check yourself" and quiz.passing_score == 60 and quiz.draw == 2
        assert quiz.shuffle_questions and "Three questions." in quiz.instructions
        assert [type(q) for q in quiz.questions] == [SingleChoiceQuestion, TrueFalseQuestion,
                                                     FillBlankQuestion, FillBlankQuestion]
    assert "question 4: the H5P question type H5P.ImageHotspotQuestion is not one Studio reads" in report


def test_question_files_go_into_an_existing_quiz(tmp_path: Path, tmp_project: Project) -> None:
    from studio import course_ops

    module = course_ops.add_module(tmp_project.stack, tmp_project.course, "M")
    lesson = course_ops.add_lesson(tmp_project.stack, module, "L")
    block = course_ops.add_block(tmp_project.stack, lesson, QuizBlock())
    source = h5p.build_h5p(tmp_path / "set.h5p", "H5P.QuestionSet 1.20", h5p.question_set())
    import_into(tmp_project, source, quiz_block_id=block.id)
    assert isinstance(block, QuizBlock) and len(block.quiz.questions) == 4


def test_course_presentation_slides_become_lessons(tmp_path: Path) -> None:
    project, report = _import(tmp_path, "H5P.CoursePresentation 1.25", h5p.course_presentation(),
                              {"images/slide1.png": _png(tmp_path, "slide")})
    with project:
        lessons = [lesson for _, lesson in project.course.lessons()]
        assert [les.title for les in lessons] == ["Introduction", "Check"]
        intro = lessons[0].blocks
        assert isinstance(intro[0], TextBlock) and "Water moves." in intro[0].html  # top first
        assert isinstance(intro[1], ImageBlock) and intro[1].alt == "A cloud"
        (quiz,) = lessons[1].blocks
        assert isinstance(quiz, QuizBlock) and quiz.quiz.title == "Check: questions"
        assert [type(q) for q in quiz.quiz.questions] == [SingleChoiceQuestion, TrueFalseQuestion]
    assert "slide 3 > element 1: the H5P content type H5P.Chart is not one Studio reads" in report
    assert "slide 3: the slide holds nothing Studio reads" in report


def test_interactive_video_with_captions_chapters_and_timed_questions(
    tmp_path: Path, media_files: dict[str, Path]
) -> None:
    files = {"videos/talk.mp4": media_files["video"].read_bytes(), "videos/captions.vtt": h5p.VTT.encode(),
             "images/poster.png": _png(tmp_path, "poster")}
    project, report = _import(tmp_path, "H5P.InteractiveVideo 1.27", h5p.interactive_video(), files)
    with project:
        blocks = [b for _, _, b in project.course.blocks()]
        video, notes = blocks
        assert isinstance(video, VideoBlock) and video.title == "Rain and rivers" and video.poster
        assert [(c.start, c.title) for c in video.chapters] == [(0, "Start"), (2, "Rivers")]
        (track,) = video.tracks
        assert (track.language, track.kind, len(track.cues)) == ("en", "captions", 2)
        timed = sorted(video.timed_questions, key=lambda t: t.time)
        assert [(t.time, type(t.question), t.require_correct, t.rewind_to) for t in timed] == [
            (1.0, SingleChoiceQuestion, True, 0.5), (2.0, TrueFalseQuestion, False, None)]
        assert isinstance(notes, TextBlock) and "At 0:02" in notes.html and "Remember: water moves." in notes.html
        assert project.course.media[video.asset].mime == "video/mp4"
    assert "interaction 4 at 0:03: a H5P.Link interaction is not imported" in report
    assert "the summary task at the end is not imported" in report


def test_column_accordion_and_text(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    project, report = _import(tmp_path / "c", "H5P.Column 1.16", h5p.COLUMN,
                              {"images/diagram.png": _png(tmp_path, "d")})
    with project:
        blocks = [b for _, _, b in project.course.blocks()]
        assert [type(b) for b in blocks] == [TextBlock, ImageBlock, QuizBlock]
        quiz = blocks[2]
        assert isinstance(quiz, QuizBlock) and len(quiz.quiz.questions) == 2  # one quiz per run of questions
    assert "item 5: the H5P content type H5P.Timeline is not one Studio reads" in report
    for name, main, params, wanted in [("a", "H5P.Accordion 1.0", h5p.ACCORDION, "<h3>What is snow?</h3>"),
                                       ("t", "H5P.AdvancedText 1.1", h5p.TEXT, "Water covers most")]:
        (tmp_path / name).mkdir()
        project, _ = _import(tmp_path / name, main, params)
        with project:
            html = "".join(b.html for _, _, b in project.course.blocks() if isinstance(b, TextBlock))
            assert wanted in html
            assert project.course.title == "Water" and project.course.authors == ["Ada Teacher"]


def test_audio_and_unknown_main_types(tmp_path: Path, media_files: dict[str, Path]) -> None:
    audio = h5p.lib("H5P.Audio 1.5", {"files": [{"path": "audios/tone.m4a", "mime": "audio/mp4"}]})
    project, _ = _import(tmp_path, "H5P.Column 1.16", {"content": [{"content": audio}]},
                         {"audios/tone.m4a": media_files["audio"].read_bytes()})
    with project:
        assert [type(b) for _, _, b in project.course.blocks()] == [AudioBlock]
    source = h5p.build_h5p(tmp_path / "cards.h5p", "H5P.Flashcards 1.7", {"cards": []})
    with pytest.raises(ImportFormatError, match="H5P.Flashcards") as caught:
        import_new(source, tmp_path / "cards.studio")
    assert "Studio reads these H5P content types" in caught.value.hint
    assert not (tmp_path / "cards.studio").exists()


HOSTILE_TEXT = ('<p>Hi<script>window.__pwned=1</script><img src="x" onerror="window.__pwned=1">'
                '<a href="javascript:window.__pwned=1">x</a><iframe src="https://evil.example"></iframe></p>')


def test_broken_and_hostile_h5p_files(tmp_path: Path, tmp_project: Project) -> None:
    good = json.dumps({"title": "x", "mainLibrary": "H5P.AdvancedText"})
    cases: dict[str, tuple[dict[str, bytes | str], str]] = {
        "no-meta": ({"content/content.json": "{}"}, "has no h5p.json"),
        "bad-json": ({"h5p.json": good, "content/content.json": "{not json"}, "is not valid JSON"),
        "wrong-types": ({"h5p.json": json.dumps({"mainLibrary": ["x"]}), "content/content.json": "[]"},
                        "nothing in this H5P file"),
        "deep": ({"h5p.json": good, "content/content.json": "[" * 100_000 + "]" * 100_000},
                 "too deeply nested"),
        "escape": ({"h5p.json": json.dumps({"title": "x", "mainLibrary": "H5P.Image"}),
                    "content/content.json": json.dumps({"file": {"path": "../h5p.json"}, "alt": "x"})},
                   "nothing in this H5P file"),
        "slip": ({"h5p.json": good, "content/content.json": "{}", "../evil.txt": "x"}, "outside the package"),
    }
    before = course_to_data(tmp_project.course)
    for name, (entries, message) in cases.items():
        source = write_zip(tmp_path / f"{name}.h5p", entries)
        with pytest.raises(ImportFormatError, match=message) as caught:
            import_into(tmp_project, source, fmt="h5p")
        assert caught.value.path and caught.value.hint, name
        assert course_to_data(tmp_project.course) == before and not tmp_project.stack.can_undo
    # Hostile markup in every text field comes in as inert text and safe markup.
    params = h5p.multi_choice(HOSTILE_TEXT, [(HOSTILE_TEXT, True), ("no", False)])
    params["answers"][0]["tipsAndFeedback"]["chosenFeedback"] = HOSTILE_TEXT
    source = h5p.build_h5p(tmp_path / "evil.h5p", "H5P.Column 1.16", {"content": [
        {"content": h5p.lib("H5P.AdvancedText 1.1", {"text": HOSTILE_TEXT})},
        {"content": h5p.lib("H5P.MultiChoice 1.16", params)}]})
    import_into(tmp_project, source)
    data = json.dumps(course_to_data(tmp_project.course)).lower()
    for bad in ("<script", "onerror", "javascript:", "<iframe"):
        assert bad not in data
