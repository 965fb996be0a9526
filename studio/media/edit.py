"""Editing takes as jobs: trim, cut a segment, join clips, loudness, delivery presets.

Every function re-encodes with the bundled ffmpeg (frame-accurate cuts, not the
keyframe-bound cuts of stream copy), reports progress, can be cancelled, and writes
its output atomically (see ``studio.media.ffmpeg.run_ffmpeg``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from studio.errors import MediaError
from studio.jobs import Progress, null_progress
from studio.media.ffmpeg import MP4_FLAGS, aac_args, h264_args, run_ffmpeg
from studio.media.presets import Preset, get_preset
from studio.media.probe import MediaInfo, probe_media

# Loudness target for lectures (EBU R128 broadcast is -23 LUFS; speech for
# laptops and phones is commonly delivered at -16 LUFS, true peak -1.5 dBTP).
DEFAULT_LOUDNESS = -16.0
DEFAULT_TRUE_PEAK = -1.5
DEFAULT_LRA = 11.0


def _probe_av(path: Path) -> MediaInfo:
    if not path.is_file():
        raise MediaError("file not found", path=path, hint="check the path.")
    info = probe_media(path)
    if not (info.has_audio or info.has_video) or not info.duration:
        raise MediaError(
            "this file has no audio or video to edit",
            path=path,
            hint="choose a video or audio file.",
        )
    return info


def _codec_args(info: MediaInfo, output: Path) -> list[str]:
    audio_only = output.suffix.lower() in (".m4a", ".aac") or not info.has_video
    args: list[str] = []
    if audio_only:
        args += ["-vn"]
    else:
        args += h264_args(crf=20)
    if info.has_audio:
        args += aac_args("160k")
    if output.suffix.lower() in (".mp4", ".m4a", ".mov"):
        args += MP4_FLAGS
    return args


def _check_range(info: MediaInfo, start: float, end: float, path: Path) -> None:
    duration = info.duration or 0.0
    if not (0 <= start < end <= duration + 0.05):
        raise MediaError(
            f"the range {start:.2f}-{end:.2f} s is outside the clip (0-{duration:.2f} s)",
            path=path,
            hint="choose a start before the end, both inside the clip.",
        )


def trim(
    src: Path, dst: Path, start: float, end: float | None, progress: Progress | None = None
) -> Path:
    """Keep ``start..end`` seconds of ``src`` (``end=None``: to the end)."""
    info = _probe_av(src)
    end = info.duration if end is None else end
    assert end is not None
    _check_range(info, start, end, src)
    args = ["-ss", f"{start:.3f}", "-t", f"{end - start:.3f}", "-i", str(src)]
    args += _codec_args(info, dst)
    run_ffmpeg(args, dst, duration=end - start, progress=progress, message="Trimming")
    return dst


def cut_segment(
    src: Path, dst: Path, cut_start: float, cut_end: float, progress: Progress | None = None
) -> Path:
    """Remove ``cut_start..cut_end`` seconds and join what is left on either side."""
    info = _probe_av(src)
    _check_range(info, cut_start, cut_end, src)
    duration = info.duration or 0.0
    keep = f"between(t,0,{cut_start:.3f})+gte(t,{cut_end:.3f})"
    args = ["-i", str(src)]
    audio_only = not info.has_video or dst.suffix.lower() in (".m4a", ".aac")
    if not audio_only:
        args += ["-vf", f"select='{keep}',setpts=N/FRAME_RATE/TB"]
    if info.has_audio:
        args += ["-af", f"aselect='{keep}',asetpts=N/SR/TB"]
    args += _codec_args(info, dst)
    remaining = duration - (min(cut_end, duration) - cut_start)
    run_ffmpeg(args, dst, duration=remaining, progress=progress, message="Cutting")
    return dst


def join_clips(sources: Sequence[Path], dst: Path, progress: Progress | None = None) -> Path:
    """Join clips end to end; video frames are scaled/padded to the first clip's size."""
    if not sources:
        raise MediaError("no clips to join", path=dst, hint="choose at least one clip.")
    infos = [_probe_av(Path(s)) for s in sources]
    with_video = any(i.has_video for i in infos) and dst.suffix.lower() not in (".m4a", ".aac")
    first_video = next((i for i in infos if i.has_video), None)
    width = (first_video.width or 1280) if first_video else 1280
    height = (first_video.height or 720) if first_video else 720
    width, height = width - width % 2, height - height % 2
    args: list[str] = []
    for src in sources:
        args += ["-i", str(src)]
    parts: list[str] = []
    labels = ""
    for n, info in enumerate(infos):
        dur = f"{info.duration or 0:.3f}"
        if with_video:
            if info.has_video:
                parts.append(
                    f"[{n}:v:0]scale={width}:{height}:force_original_aspect_ratio=decrease,"
                    f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=30,"
                    f"format=yuv420p[v{n}]"
                )
            else:
                parts.append(f"color=c=black:s={width}x{height}:r=30:d={dur},format=yuv420p[v{n}]")
            labels += f"[v{n}]"
        if info.has_audio:
            parts.append(
                f"[{n}:a:0]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[a{n}]"
            )
        else:
            parts.append(
                f"anullsrc=r=48000:cl=stereo,atrim=duration={dur},aformat=sample_fmts=fltp[a{n}]"
            )
        labels += f"[a{n}]"
    v = 1 if with_video else 0
    outs = ("[v]" if with_video else "") + "[a]"
    parts.append(f"{labels}concat=n={len(sources)}:v={v}:a=1{outs}")
    args += ["-filter_complex", ";".join(parts)]
    if with_video:
        args += ["-map", "[v]"]
    args += ["-map", "[a]"]
    args += (h264_args(crf=20) if with_video else ["-vn"]) + aac_args("160k") + MP4_FLAGS
    total = sum(i.duration or 0.0 for i in infos)
    run_ffmpeg(args, dst, duration=total, progress=progress, message="Joining clips")
    return dst


def measure_loudness(src: Path, progress: Progress | None = None) -> dict[str, float]:
    """First loudnorm pass: integrated loudness, range, true peak, threshold, offset."""
    info = _probe_av(src)
    if not info.has_audio:
        raise MediaError("this file has no sound to normalize", path=src)
    filt = (
        f"loudnorm=I={DEFAULT_LOUDNESS}:TP={DEFAULT_TRUE_PEAK}:LRA={DEFAULT_LRA}:print_format=json"
    )
    stderr = run_ffmpeg(
        ["-i", str(src), "-vn", "-af", filt],
        None,
        duration=info.duration,
        progress=progress,
        message="Measuring loudness",
    )
    match = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", stderr, re.S)
    if match is None:
        raise MediaError("could not measure the loudness", path=src)
    data = json.loads(match.group(0))
    return {key: float(value) for key, value in data.items() if _is_number(value)}


def _is_number(value: object) -> bool:
    try:
        float(str(value))
    except ValueError:
        return False
    return True


def normalize_loudness(
    src: Path,
    dst: Path,
    progress: Progress | None = None,
    *,
    target: float = DEFAULT_LOUDNESS,
    true_peak: float = DEFAULT_TRUE_PEAK,
    lra: float = DEFAULT_LRA,
) -> Path:
    """Two-pass EBU R128 loudness normalisation (ffmpeg loudnorm, linear mode).

    The video stream is copied untouched; only the sound is re-encoded.
    """
    progress = progress or null_progress()
    info = _probe_av(src)
    m = measure_loudness(src, progress.sub(0.0, 0.5))
    # Silence measures -inf/-70: nothing to normalise, fall back to dynamic mode values.
    measured_i = max(m.get("input_i", -70.0), -70.0)
    measured_tp = max(m.get("input_tp", -70.0), -70.0)
    measured_thresh = max(m.get("input_thresh", -70.0), -70.0)
    filt = (
        f"loudnorm=I={target}:TP={true_peak}:LRA={lra}"
        f":measured_I={measured_i}:measured_TP={measured_tp}"
        f":measured_LRA={m.get('input_lra', 0.0)}:measured_thresh={measured_thresh}"
        f":offset={m.get('target_offset', 0.0)}:linear=true,aresample=48000"
    )
    args = ["-i", str(src), "-af", filt]
    keep_video = info.has_video and dst.suffix.lower() not in (".m4a", ".aac")
    args += ["-map", "0:v:0", "-c:v", "copy"] if keep_video else ["-vn"]
    args += ["-map", "0:a:0"] + aac_args("160k") + MP4_FLAGS
    run_ffmpeg(
        args,
        dst,
        duration=info.duration,
        progress=progress.sub(0.5, 1.0),
        message="Normalizing loudness",
    )
    return dst


def transcode(src: Path, dst: Path, preset: Preset | str, progress: Progress | None = None) -> Path:
    """Encode ``src`` with a delivery preset (see ``studio.media.presets``)."""
    if isinstance(preset, str):
        preset = get_preset(preset)
    info = _probe_av(src)
    args = ["-i", str(src)]
    if preset.audio_only or not info.has_video:
        if not info.has_audio:
            raise MediaError("this file has no sound for an audio-only version", path=src)
        args += ["-map", "0:a:0", "-vn"]
    else:
        height = preset.height
        args += ["-map", "0:v:0"]
        if info.has_audio:
            args += ["-map", "0:a:0"]
        # Never upscale; keep the aspect ratio with an even width.
        args += ["-vf", f"scale=-2:'min({height},ih)':flags=bicubic,format=yuv420p"]
        kbps = preset.video_kbps
        args += h264_args(crf=preset.crf, preset="veryfast")
        args += ["-maxrate", f"{kbps}k", "-bufsize", f"{kbps * 2}k"]
        args += ["-profile:v", "high", "-level", "4.0"]
    if info.has_audio:
        args += aac_args(f"{preset.audio_kbps}k") + ["-ac", str(preset.audio_channels)]
    args += MP4_FLAGS
    run_ffmpeg(args, dst, duration=info.duration, progress=progress, message=preset.label)
    return dst
