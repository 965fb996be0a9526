"""Caption profiles: how long a line, how many lines, how fast, how short a cue may be.

"netflix" (the default) follows Netflix's English timed-text guide: 42 characters a line,
2 lines, 5/6 s to 7 s on screen, at most 17 characters a second (adult), two-frame gaps.
"bbc" follows the BBC subtitle guidelines (about 37 characters, 160-180 words a minute),
"dcmp" the DCMP captioning key (32 characters, at least 2 s on screen, educational pace).
A custom profile starts from one of them: ``get_profile("dcmp:max_cps=13,max_lines=3")``.

The CJK rule (Netflix's timed-text guides for Chinese, Japanese and Korean): lines are
measured in characters, 16 a line for Chinese and Korean and 13 for Japanese, read at 9,
12 and 4 characters a second. ``profile_for(spec, language)`` applies it; the values are
settings like the others (``zh_chars_per_line``, ``ja_cps``, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from studio.errors import StudioError


@dataclass(frozen=True)
class CaptionProfile:
    name: str
    max_chars_per_line: int = 42
    max_lines: int = 2
    min_duration: float = 5 / 6  # seconds on screen
    max_duration: float = 7.0
    max_cps: float = 17.0  # reading speed, characters a second (spaces count, line breaks not)
    gap_frames: int = 2  # minimum gap between two cues, in frames
    frame_rate: float = 24.0
    pause_break: float = 1.2  # a silence this long always ends a cue (seconds)
    linger: float = 1.0  # how long a cue may stay after its last word to close a short gap
    # The CJK rule: characters a line and characters a second per language.
    zh_chars_per_line: int = 16
    zh_cps: float = 9.0
    ja_chars_per_line: int = 13
    ja_cps: float = 4.0
    ko_chars_per_line: int = 16
    ko_cps: float = 12.0

    @property
    def min_gap(self) -> float:
        return self.gap_frames / self.frame_rate

    @property
    def max_chars(self) -> int:
        return self.max_chars_per_line * self.max_lines

    def for_language(self, language: str | None) -> CaptionProfile:
        """This profile with the CJK rule applied for Chinese, Japanese or Korean."""
        code = (language or "").split("-")[0].lower()
        if code not in ("zh", "ja", "ko", "yue"):
            return self
        key = "zh" if code == "yue" else code
        return replace(
            self,
            name=f"{self.name} ({code})",
            max_chars_per_line=int(getattr(self, f"{key}_chars_per_line")),
            max_cps=float(getattr(self, f"{key}_cps")),
        )

    def describe(self) -> str:
        return (
            f"{self.name}: {self.max_chars_per_line} chars x {self.max_lines} lines, "
            f"{self.min_duration:.2f}-{self.max_duration:g} s, <= {self.max_cps:g} chars/s, "
            f"gap {self.gap_frames} frames at {self.frame_rate:g} fps"
        )


PROFILES: dict[str, CaptionProfile] = {
    "netflix": CaptionProfile("netflix"),
    "bbc": CaptionProfile(
        "bbc",
        max_chars_per_line=37,
        max_lines=2,
        min_duration=1.0,
        max_duration=7.0,
        max_cps=16.0,  # about 180 words a minute
        gap_frames=2,
        frame_rate=25.0,
    ),
    "dcmp": CaptionProfile(
        "dcmp",
        max_chars_per_line=32,
        max_lines=2,
        min_duration=2.0,
        max_duration=6.0,
        max_cps=15.0,  # adult special-interest pace (150-160 words a minute)
        gap_frames=2,
        frame_rate=30.0,
    ),
}

DEFAULT_PROFILE = "netflix"

_NUMERIC = {f.name: f.type for f in fields(CaptionProfile) if f.name != "name"}


def get_profile(spec: str | CaptionProfile | None = None) -> CaptionProfile:
    """A profile by name, or ``base:key=value,...`` for custom values (``custom:`` = netflix)."""
    if isinstance(spec, CaptionProfile):
        return spec
    spec = (spec or DEFAULT_PROFILE).strip()
    base_name, _, overrides = spec.partition(":")
    base_name = base_name.strip().lower()
    if base_name == "custom":
        base_name = DEFAULT_PROFILE
    if base_name not in PROFILES:
        raise StudioError(
            f"unknown caption profile {base_name!r}",
            hint=f"Use one of {', '.join(PROFILES)}, or e.g. 'custom:max_chars_per_line=32'.",
        )
    profile = PROFILES[base_name]
    if not overrides.strip():
        return profile
    changes: dict[str, float | int] = {}
    for item in overrides.split(","):
        key, _, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if key not in _NUMERIC:
            raise StudioError(
                f"unknown caption profile setting {key!r}",
                hint=f"Settings: {', '.join(_NUMERIC)}.",
            )
        try:
            number = float(value)
        except ValueError:
            raise StudioError(
                f"caption profile setting {key} needs a number, not {value.strip()!r}"
            ) from None
        if number <= 0 and key not in ("pause_break", "linger", "gap_frames"):
            raise StudioError(f"caption profile setting {key} must be positive")
        changes[key] = int(number) if _NUMERIC[key] in (int, "int") else number
    return replace(profile, name=f"{base_name} (custom)", **changes)  # type: ignore[arg-type]


def profile_for(spec: str | CaptionProfile | None, language: str | None) -> CaptionProfile:
    """The profile ``spec`` as it applies to captions in ``language`` (the CJK rule)."""
    return get_profile(spec).for_language(language)
