"""Property: shaping keeps every cue inside the profile, or names the cue and a cause the
speech itself imposes (a word longer than a line; speech too fast with no time left)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.captions.profiles import PROFILES, get_profile
from studio.captions.quality import FIXABLE, NO_ROOM, SPEECH_TOO_FAST, check_cues
from studio.captions.shaping import Word, shape_track

LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-", min_size=1,
                max_size=14)  # fmt: skip
LONG = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=30, max_size=60)
CJK = st.text(alphabet="今天我们讲水的循环大家好。，", min_size=1, max_size=6)
PUNCT = st.sampled_from(["", "", "", ",", ".", "?", ";"])


@st.composite
def timelines(draw: st.DrawFn) -> tuple[list[Word], str, str]:
    """Words with random lengths, paces, pauses and overlaps, in one language."""
    language = draw(st.sampled_from(["en", "en", "fr", "zh", "ja"]))
    count = draw(st.integers(min_value=1, max_value=60))
    words: list[Word] = []
    t = draw(st.floats(min_value=0, max_value=5))
    for _ in range(count):
        if language in ("zh", "ja"):
            text = draw(CJK)
        else:
            text = " " + draw(st.one_of(LATIN, LATIN, LATIN, LONG)) + draw(PUNCT)
        duration = draw(st.floats(min_value=0.0, max_value=2.5))
        words.append(Word(round(t, 3), round(t + duration, 3), text, draw(st.floats(0, 1))))
        step = draw(
            st.one_of(
                st.floats(min_value=-0.2, max_value=0.2),  # overlapping or touching words
                st.floats(min_value=0.0, max_value=1.0),
                st.floats(min_value=1.0, max_value=12.0),  # long silences
            )
        )
        t = max(0.0, t + duration + step)
    profile = draw(st.sampled_from([*PROFILES, "dcmp:max_cps=12,max_lines=3", "bbc:min_duration=2"]))
    return words, profile, language


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_no_cue_outside_the_profile_except_the_named_ones(
    case: tuple[list[Word], str, str],
) -> None:
    words, spec, language = case
    profile = get_profile(spec).for_language(language)
    shaped = shape_track(words, profile)
    cues = shaped.cues
    # Every word is kept, in order.
    assert "".join("".join(c.text.split()) for c in cues) == "".join(
        "".join(w.text.split()) for w in sorted(words, key=lambda w: w.start)
    )
    named = {(e.index, e.kind): e for e in shaped.exceptions}
    for issue in check_cues(cues, profile):
        exception = named.get((issue.index, issue.kind))
        assert exception is not None, f"unnamed: {issue}"
        assert exception.cause != FIXABLE, f"shaping could have met the profile: {issue}"
        assert exception.reason
        cue = cues[issue.index]
        if issue.kind in ("line-too-long", "too-many-lines"):
            longest = max(len(part) for part in cue.text.replace("\n", " ").split(" "))
            assert longest > profile.max_chars_per_line or language in ("zh", "ja")
        else:
            # Reading speed and minimum duration: only where the speech leaves no time.
            assert exception.cause in (SPEECH_TOO_FAST, NO_ROOM), exception
            assert issue.kind in ("too-fast", "too-short"), issue
    for a, b in zip(cues, cues[1:], strict=False):
        assert b.start - a.end >= profile.min_gap - 1e-3  # never overlapping, always a gap
    for cue in cues:
        assert cue.end - cue.start <= profile.max_duration + 1e-3
        assert len(cue.text.split("\n")) <= profile.max_lines


def test_the_report_names_a_word_longer_than_a_line() -> None:
    words = [Word(0.0, 1.0, " see"), Word(1.0, 3.0, " " + "x" * 50 + "."), Word(3.0, 3.5, " ok")]
    shaped = shape_track(words, "netflix")
    (exception,) = [e for e in shaped.exceptions if e.kind == "line-too-long"]
    assert exception.cause == "word-longer-than-line"
    assert "51 characters" in exception.reason and "42" in exception.reason
