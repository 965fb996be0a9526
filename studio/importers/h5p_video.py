"""H5P Interactive Video -> a video block with its captions, chapters and timed questions.

Question interactions become timed questions at their start time (a required full score
becomes "needs the right answer"; the seek on a wrong answer, the time to watch again).
Text and table interactions follow the video as notes with their times; the other
interactions (links, hotspots, "go to" buttons, the summary task) are named in the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.importers.jsonish import as_dict, as_list, as_num, as_str
from studio.importers.textutil import tidy_html
from studio.model.blocks import Block, TextBlock, TimedQuestion, VideoBlock

if TYPE_CHECKING:
    from studio.importers.h5p import H5PContent


def _clock(seconds: float) -> str:
    total = int(seconds)
    return f"{total // 60}:{total % 60:02d}"


def video_block(reader: H5PContent, params: dict[str, Any], title: str, where: str) -> list[Block]:
    from studio.importers.h5p import TEXT_TYPES, library_name

    video = as_dict(params.get("video"))
    files = as_list(video.get("files"))
    asset = next((a for a in (reader.asset(f, f"{where} > video") for f in files[:1]) if a), None)
    if asset is None:
        reader.report.skipped(where, "the interactive video has no video file in the H5P file "
                              "(online videos such as YouTube are not imported)")
        return []
    start = as_dict(video.get("startScreenOptions"))
    poster = reader.asset(start.get("poster"), f"{where} > poster")
    assets = as_dict(params.get("assets"))
    timed: list[TimedQuestion] = []
    notes: list[str] = []
    for number, raw in enumerate(as_list(assets.get("interactions")), 1):
        item = as_dict(raw)
        action = as_dict(item.get("action"))
        library = library_name(action.get("library"))
        time = as_num(as_dict(item.get("duration")).get("from"))
        at = f"{where} > interaction {number}" + (f" at {_clock(time)}" if time is not None else "")
        if time is None or time < 0:
            reader.report.skipped(at, "an interaction without a start time")
            continue
        questions = reader.questions(library, as_dict(action.get("params")), at)
        if questions is not None:
            timed.extend(reader.timed(questions, time, as_dict(item.get("adaptivity"))))
            continue
        if library in TEXT_TYPES:
            html = tidy_html(as_str(as_dict(action.get("params")).get("text")))
            if html:
                notes.append(f"<h3>At {_clock(time)}</h3>{html}")
            continue
        reader.report.skipped(at, f"a {library or 'blank'} interaction is not imported")
    if as_dict(params.get("summary")).get("task"):
        reader.report.skipped(f"{where} > summary", "the summary task at the end is not imported")
    block = VideoBlock(asset=asset, title=as_str(start.get("title")) or title, poster=poster,
                       tracks=reader.tracks(video, where), chapters=reader.chapters(assets),
                       timed_questions=timed)
    reader.report.kept(where, f"interactive video with {len(timed)} timed question(s) and "
                       f"{len(block.chapters)} chapter(s)")
    out: list[Block] = [block]
    if notes:
        out.append(TextBlock(html="<h2>Notes shown during the video</h2>" + "".join(notes)))
    return out
