"""Right-to-left captions keep their direction in WebVTT and in the player (Chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.captions.io import parse_vtt, write_srt, write_vtt
from studio.exporters.render import RenderOptions, render_site
from studio.media.media_blocks import add_media
from studio.model import Lesson, Module, VideoBlock
from studio.model.captions import CaptionTrack, Cue
from studio.project import Project
from tests.exporters.site_files import write_site_files

CHROMIUM = "/usr/bin/chromium"
RLM = "\u200f"
# Lines that open with a Latin word or a number: without a mark they would be laid out
# left to right.
ARABIC = [
    Cue(0.0, 1.4, "HTML هي لغة\nلكتابة صفحات الويب"),
    Cue(1.5, 2.9, "2024 عام جديد للتعلم"),
]


def test_vtt_and_srt_mark_each_rtl_line_and_read_back_clean() -> None:
    track = CaptionTrack(language="ar", label="العربية", cues=ARABIC)
    vtt = write_vtt(track)
    assert f"{RLM}HTML هي لغة\n{RLM}لكتابة صفحات الويب" in vtt
    assert f"{RLM}2024 عام جديد للتعلم" in write_srt(track)
    assert [c.text for c in parse_vtt(vtt)] == [c.text for c in ARABIC]  # marks not kept
    english = write_vtt(CaptionTrack(language="en", cues=[Cue(0, 1, "HTML is a language")]))
    assert RLM not in english


@pytest.mark.browser
@pytest.mark.slow
def test_player_shows_rtl_captions_and_transcript_right_to_left(
    tmp_path: Path, media_files: dict[str, Path]
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)")
    with Project.create(tmp_path / "ar.studio", title="دورة", language="ar") as project:
        asset = add_media(project, media_files["video"])
        rtl = CaptionTrack(language="ar", label="العربية", cues=ARABIC)
        block = VideoBlock(asset=asset.id, title="محاضرة", tracks=[rtl])
        english = CaptionTrack(language="en", label="English", cues=[Cue(0, 2.9, "HTML is.")])
        second = VideoBlock(asset=asset.id, title="English", tracks=[english])
        lesson = Lesson(title="الدرس", blocks=[block, second])
        project.course.modules = [Module(title="وحدة", lessons=[lesson])]
        site = render_site(project.course, project.media_dir, RenderOptions(target="preview"))
    site_dir = tmp_path / "site"
    write_site_files(site.files, site_dir)
    page_path = site_dir / site.lesson_pages[lesson.id]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(page_path.as_uri())
        media = f"#media-{block.id}"
        page.wait_for_function(
            f"document.querySelector('{media}').textTracks.length > 0 && "
            f"document.querySelector('{media}').textTracks[0].cues && "
            f"document.querySelector('{media}').textTracks[0].cues.length == 2"
        )
        assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
        cue_text = page.eval_on_selector(media, "v => v.textTracks[0].cues[0].text")
        assert cue_text.split("\n") == [RLM + "HTML هي لغة", RLM + "لكتابة صفحات الويب"]
        # The first strong character of every rendered cue line is right-to-left.
        html_text = page.eval_on_selector(
            media, "v => v.textTracks[0].cues[1].getCueAsHTML().textContent"
        )
        assert html_text.startswith(RLM)
        directions = page.eval_on_selector_all(
            ".transcript-lines", "els => els.map(e => getComputedStyle(e).direction)"
        )
        assert directions == ["rtl", "ltr"]  # the English transcript keeps its own direction
        browser.close()
