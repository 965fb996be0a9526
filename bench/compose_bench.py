"""Benchmark: compose a 10-slide narrated lecture (~5 min) vs one direct ffmpeg command,
and the real-time factor of each delivery preset.

    .venv/bin/python bench/compose_bench.py [--slides 10] [--words 75]

Prints ``compose/ffmpeg`` (aim: at most 1.5x) and, per preset, encode seconds per
second of video (lower is faster; below 1.0 is faster than real time).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.media.compose import STILL_FPS, TAIL_SECONDS, ComposeSlide, compose_slides  # noqa: E402
from studio.media.edit import transcode  # noqa: E402
from studio.media.ffmpeg import ffmpeg_exe  # noqa: E402
from studio.media.pptx_read import SlideContent  # noqa: E402
from studio.media.presets import PRESETS, estimate_size  # noqa: E402
from studio.media.probe import probe_media  # noqa: E402
from studio.media.slide_render import draw_slide  # noqa: E402
from studio.units import human_size as format_size  # noqa: E402

SENTENCES = [
    "Water covers most of the surface of our planet and moves without rest.",
    "The sun warms the oceans and lakes, and some of that water rises as vapour.",
    "High in the sky the vapour cools and forms the tiny droplets we see as clouds.",
    "When droplets grow heavy enough they fall back to the ground as rain or snow.",
    "Rivers carry the water back to the sea, and the cycle begins once more.",
    "Plants also release water through their leaves, a process called transpiration.",
]


def script(n: int, words: int) -> str:
    text: list[str] = []
    i = n
    while len(" ".join(text).split()) < words:
        text.append(SENTENCES[i % len(SENTENCES)])
        i += 1
    return " ".join(text)


def make_inputs(folder: Path, count: int, words: int) -> list[ComposeSlide]:
    slides = []
    for n in range(1, count + 1):
        content = SlideContent(number=n, slide_id=n, title=f"Part {n}: the water cycle")
        content.paragraphs = [(0, s, True) for s in SENTENCES[:4]]
        image = folder / f"slide{n:02d}.png"
        draw_slide(content, (1280, 720)).save(image)
        raw, wav = folder / f"raw{n}.wav", folder / f"slide{n:02d}.wav"
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(raw), script(n, words)], check=True)
        subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-i", str(raw), "-ar", "44100",
                        str(wav)], check=True)  # fmt: skip
        slides.append(ComposeSlide(image=image, title=content.title, audio=wav))
    return slides


def direct_ffmpeg(slides: list[ComposeSlide], out: Path, fps: int) -> None:
    """The baseline: still images with -loop 1, concatenated, in one ffmpeg command."""
    args = [ffmpeg_exe(), "-v", "error", "-y"]
    parts, labels = [], ""
    for n, slide in enumerate(slides):
        assert slide.audio is not None
        length = round(((probe_media(slide.audio).duration or 0) + TAIL_SECONDS) * fps) / fps
        args += ["-loop", "1", "-framerate", str(fps), "-t", f"{length}", "-i", str(slide.image)]
        args += ["-i", str(slide.audio)]
        parts.append(f"[{2 * n + 1}:a]apad=whole_dur={length}[a{n}]")
        labels += f"[{2 * n}:v][a{n}]"
    parts.append(f"{labels}concat=n={len(slides)}:v=1:a=1[v][a]")
    args += ["-filter_complex", ";".join(parts), "-map", "[v]", "-map", "[a]"]
    args += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "24", "-tune", "stillimage",
             "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k", "-threads", "0",
             "-movflags", "+faststart", str(out)]  # fmt: skip
    subprocess.run(args, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slides", type=int, default=10)
    parser.add_argument("--words", type=int, default=75, help="narration words per slide")
    parser.add_argument("--preset-seconds", type=float, default=60.0)
    args = parser.parse_args()
    if not shutil.which("espeak-ng"):
        print("espeak-ng is needed for the narration", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="compose-bench-") as tmp:
        folder = Path(tmp)
        slides = make_inputs(folder, args.slides, args.words)

        t0 = time.perf_counter()
        direct_ffmpeg(slides, folder / "direct.mp4", STILL_FPS)
        t_direct = time.perf_counter() - t0

        t0 = time.perf_counter()
        result = compose_slides(slides, folder / "composed.mp4")
        t_compose = time.perf_counter() - t0

        direct_len = probe_media(folder / "direct.mp4").duration or 0.0
        print(f"lecture: {args.slides} slides, {result.duration:.1f} s "
              f"(direct ffmpeg output {direct_len:.1f} s), {STILL_FPS} fps, 1280x720")  # fmt: skip
        print(f"direct ffmpeg (-loop 1, concat): {t_direct:6.1f} s")
        print(f"studio compose (moviepy):        {t_compose:6.1f} s")
        print(f"ratio compose/ffmpeg: {t_compose / t_direct:.2f}x (aim <= 1.5x)")
        print(
            f"composed size {format_size((folder / 'composed.mp4').stat().st_size)}, "
            f"direct size {format_size((folder / 'direct.mp4').stat().st_size)}"
        )

        source = folder / "camera.mp4"
        seconds = args.preset_seconds
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-y",
             "-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=30:duration={seconds}",
             "-f", "lavfi", "-i", f"sine=frequency=220:duration={seconds}",
             "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", "-c:a", "aac",
             "-shortest", str(source)],
            check=True,
        )  # fmt: skip
        print(f"\ndelivery presets on a {seconds:.0f} s 1080p30 recording "
              "(encode seconds per second of video; lower is faster):")  # fmt: skip
        for name, preset in PRESETS.items():
            out = folder / f"out-{name}{preset.ext}"
            t0 = time.perf_counter()
            transcode(source, out, preset)
            spent = time.perf_counter() - t0
            size, estimate = out.stat().st_size, estimate_size(seconds, preset)
            print(f"  {name:7s} RTF {spent / seconds:5.3f}  ({seconds / spent:5.1f}x real time)"
                  f"  size {format_size(size)} (estimate up to {format_size(estimate)})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
