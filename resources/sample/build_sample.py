"""Build Studio's sample course project from our own material.

Run from the repository root: ``.venv/bin/python resources/sample/build_sample.py``.
It needs espeak-ng (narration) and writes ``resources/sample/sample.studio``:
three short lessons, a ~30 s narrated video (espeak-ng over generated slides,
H.264/AAC), an image with alt text, and a quiz with every question kind.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from studio.media.media_blocks import add_media  # noqa: E402
from studio.model import Chapter, ImageBlock, Lesson, Module, QuizBlock, VideoBlock  # noqa: E402
from studio.project import Project  # noqa: E402
from studio.sample_content import (  # noqa: E402
    NARRATION,
    SAMPLE_DESCRIPTION,
    SAMPLE_TITLE,
    discussion_block,
    full_quiz,
    intro_block,
    link_block,
    reading_block,
)

OUT = REPO / "resources" / "sample" / "sample.studio"
SIZE = (854, 480)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def ffmpeg() -> str:
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def font(size: int, bold: bool = False):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    path = FONT_BOLD if bold else FONT
    return ImageFont.truetype(str(path), size) if path.exists() else ImageFont.load_default()


def draw_slide(path: Path, number: int, title: str, text: str) -> None:
    import textwrap

    from PIL import Image, ImageDraw

    img = Image.new("RGB", SIZE, (250, 252, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, SIZE[0], 90), fill=(0, 70, 130))
    draw.text((40, 24), title, font=font(38, True), fill=(255, 255, 255))
    y = 130
    for line in textwrap.wrap(text, 42):
        draw.text((50, y), line, font=font(28), fill=(20, 20, 20))
        y += 42
    draw.text((SIZE[0] - 120, SIZE[1] - 45), f"{number} / {len(NARRATION)}", font=font(20), fill=(80, 80, 80))
    img.save(path)


def draw_diagram(path: Path) -> None:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (640, 360), (235, 245, 255))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 280, 640, 360), fill=(40, 110, 180))  # ocean
    d.text((20, 300), "Ocean", font=font(24, True), fill=(255, 255, 255))
    d.ellipse((450, 30, 620, 110), fill=(255, 255, 255), outline=(120, 120, 120), width=3)  # cloud
    d.text((495, 55), "Cloud", font=font(22, True), fill=(40, 40, 40))
    d.ellipse((40, 30, 110, 100), fill=(255, 200, 0))  # sun
    d.line((200, 270, 420, 110), fill=(200, 60, 0), width=5)
    d.text((210, 150), "Evaporation", font=font(22), fill=(150, 40, 0))
    d.line((560, 120, 560, 270), fill=(0, 90, 200), width=5)
    d.text((430, 190), "Precipitation", font=font(22), fill=(0, 60, 150))
    img.save(path)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def build_video(work: Path) -> tuple[Path, list[Chapter]]:
    """Each slide for as long as its narration; one chapter per slide."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise SystemExit("espeak-ng is needed: apt-get install espeak-ng")
    chapters: list[Chapter] = []
    parts: list[Path] = []
    start = 0.0
    for index, (title, text) in enumerate(NARRATION, 1):
        slide = work / f"slide{index}.png"
        draw_slide(slide, index, title, text)
        speech = work / f"speech{index}.wav"
        subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(speech), text], check=True)
        seconds = wav_seconds(speech) + 0.6  # a short breath between slides
        part = work / f"part{index}.mp4"
        subprocess.run(
            [ffmpeg(), "-y", "-loglevel", "error", "-loop", "1", "-framerate", "5", "-i", str(slide),
             "-i", str(speech), "-af", "apad", "-t", f"{seconds:.3f}",
             "-c:v", "libx264", "-tune", "stillimage", "-preset", "veryfast", "-crf", "30",
             "-r", "5", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "22050",
             str(part)],
            check=True,
        )  # fmt: skip
        parts.append(part)
        chapters.append(Chapter(round(start, 3), title))
        start += seconds
    listing = work / "parts.txt"
    listing.write_text("".join(f"file '{p.name}'\n" for p in parts))
    video = work / "water-cycle-lecture.mp4"
    subprocess.run(
        [ffmpeg(), "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", str(listing),
         "-c", "copy", "-movflags", "+faststart", str(video)],
        check=True, cwd=work,
    )  # fmt: skip
    return video, chapters


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        video_file, chapters = build_video(work)
        poster_file = work / "lecture-poster.png"
        draw_slide(poster_file, 1, NARRATION[0][0], NARRATION[0][1])
        diagram_file = work / "water-cycle-diagram.png"
        draw_diagram(diagram_file)
        project = Project.create(OUT, title=SAMPLE_TITLE, language="en", lock=False)
        course = project.course
        course.description = SAMPLE_DESCRIPTION
        course.authors = ["Studio sample authors"]
        course.keywords = ["water cycle", "earth science", "sample"]
        course.license = "CC-BY-4.0"
        course.tracking.passing_score = 70.0  # the same pass mark as the quiz
        course.created = course.modified = "2026-11-29T00:00:00Z"
        video = add_media(project, video_file)
        poster = add_media(project, poster_file)
        diagram = add_media(project, diagram_file)
        course.modules = [
            Module(
                title="The water cycle",
                lessons=[
                    Lesson(
                        title="Welcome and lecture",
                        blocks=[
                            intro_block(),
                            VideoBlock(
                                asset=video.id,
                                title="The water cycle in four stages",
                                chapters=chapters,
                                poster=poster.id,
                            ),
                        ],
                    ),
                    Lesson(
                        title="Where the water is",
                        blocks=[
                            reading_block(),
                            ImageBlock(
                                asset=diagram.id,
                                alt="Diagram: the sun warms the ocean, water evaporates, "
                                "forms a cloud, and falls back as precipitation.",
                                caption="The water cycle",
                            ),
                            link_block(),
                            discussion_block(),
                        ],
                    ),
                    Lesson(title="Check your understanding", blocks=[QuizBlock(quiz=full_quiz())]),
                ],
            )
        ]
        project.save()
        project.close()
    (OUT / "project.json.bak").unlink(missing_ok=True)
    print(f"Wrote {OUT} ({sum(f.stat().st_size for f in OUT.rglob('*') if f.is_file()) / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
