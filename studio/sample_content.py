"""The content of Studio's sample course (our own material), as model objects.

``resources/sample/build_sample.py`` combines it with generated media into the
project that ``make run`` opens and ``studio demo`` exports; the tests use
``full_quiz()`` as a quiz with every question kind.
"""

from __future__ import annotations

from studio.model import (
    Choice,
    DiscussionBlock,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    LinkBlock,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    Quiz,
    SingleChoiceQuestion,
    TextBlock,
    TrueFalseQuestion,
)

SAMPLE_TITLE = "Water in Our World"
SAMPLE_DESCRIPTION = (
    "A short sample course about the water cycle: a narrated video lecture with captions, "
    "reading pages, an image, and a quiz that uses every question kind Studio offers."
)

NARRATION = [
    (
        "The water cycle",
        "Welcome to this short lecture about the water cycle. "
        "Water is always moving between the oceans, the air and the land.",
    ),
    (
        "Evaporation",
        "First, the sun warms the oceans and lakes, and water evaporates into the air as vapour.",
    ),
    (
        "Condensation",
        "As the vapour rises, it cools and condenses into tiny droplets that form clouds.",
    ),
    (
        "Precipitation",
        "When the droplets grow heavy, they fall back to the ground as rain or snow, "
        "and the cycle begins again.",
    ),
]

INTRO_HTML = (
    "<p>Every glass of water you drink has travelled around the planet many times. "
    "In this course you will follow that journey.</p>"
    "<h2>What you will learn</h2>"
    "<ul><li>The four stages of the water cycle</li>"
    "<li>Why the cycle matters for weather and for life</li>"
    "<li>How to read a simple water-cycle diagram</li></ul>"
)

READING_HTML = (
    "<p>About <strong>97 %</strong> of the Earth's water is salt water in the oceans. "
    "Only a small share is fresh water, and most of that is frozen in ice caps.</p>"
    "<table><caption>Where the Earth's water is</caption>"
    "<thead><tr><th scope=\"col\">Place</th><th scope=\"col\">Share</th></tr></thead>"
    "<tbody><tr><td>Oceans</td><td>97 %</td></tr>"
    "<tr><td>Ice caps and glaciers</td><td>2 %</td></tr>"
    "<tr><td>Ground water, lakes and rivers</td><td>1 %</td></tr></tbody></table>"
    "<p>The diagram below shows the main stages of the cycle.</p>"
)


def full_quiz() -> Quiz:
    """A quiz that uses every question kind, with feedback and points."""
    return Quiz(
        title="Check your understanding",
        instructions="<p>Answer every question, then choose <em>Submit</em>. "
        "You need 70 % to pass; you have three attempts.</p>",
        passing_score=70.0,
        attempts=3,
        shuffle_choices=True,
        questions=[
            SingleChoiceQuestion(
                prompt="<p>What makes water evaporate from the oceans?</p>",
                choices=[
                    Choice("The heat of the sun", True, "Yes: the sun provides the energy."),
                    Choice("The wind alone", False, "Wind helps, but the energy comes from the sun."),
                    Choice("The moon's gravity", False, "Gravity drives tides, not evaporation."),
                ],
                points=1,
                feedback=Feedback(
                    correct="Well done.",
                    incorrect="Look again at the evaporation slide.",
                    general="Solar energy turns liquid water into vapour.",
                ),
            ),
            MultipleResponseQuestion(
                prompt="<p>Which of these are forms of precipitation? Choose all that apply.</p>",
                choices=[
                    Choice("Rain", True),
                    Choice("Snow", True),
                    Choice("Clouds", False, "Clouds are condensed droplets, not precipitation."),
                    Choice("Vapour", False),
                ],
                points=2,
                feedback=Feedback(general="Rain, snow, sleet and hail are precipitation."),
            ),
            TrueFalseQuestion(
                prompt="<p>Most of the Earth's water is fresh water.</p>",
                answer=False,
                true_feedback="No: about 97 % is salt water.",
                false_feedback="Right: only about 3 % is fresh water.",
                points=1,
            ),
            FillBlankQuestion(
                prompt="<p>Water vapour cools and turns into droplets. This stage is called ___.</p>",
                accepted=["condensation", "condensing"],
                case_sensitive=False,
                points=1,
                feedback=Feedback(general="Condensation forms clouds."),
            ),
            NumericQuestion(
                prompt="<p>About what percentage of the Earth's water is in the oceans?</p>",
                mode="exact",
                value=97,
                tolerance=1,
                points=1,
                feedback=Feedback(general="About 97 %."),
            ),
            NumericQuestion(
                prompt="<p>At sea level, water boils at a temperature between what values "
                "(in degrees Celsius)? Give any value in the range.</p>",
                mode="range",
                low=99,
                high=101,
                points=1,
            ),
            MatchingQuestion(
                prompt="<p>Match each stage with what happens in it.</p>",
                pairs=[
                    MatchPair("Evaporation", "Liquid water becomes vapour"),
                    MatchPair("Condensation", "Vapour becomes droplets"),
                    MatchPair("Precipitation", "Water falls to the ground"),
                ],
                distractors=["Water turns to salt"],
                points=3,
            ),
            OrderingQuestion(
                prompt="<p>Put the stages in the order they happen, starting from the ocean.</p>",
                items=[
                    OrderItem("Evaporation"),
                    OrderItem("Condensation"),
                    OrderItem("Precipitation"),
                    OrderItem("Collection"),
                ],
                points=2,
            ),
            EssayQuestion(
                prompt="<p>In two or three sentences, explain why the water cycle matters "
                "for farming in your region.</p>",
                guidance="Mentions rainfall, ground water or irrigation; links them to crops.",
                points=2,
            ),
        ],
    )


def intro_block() -> TextBlock:
    return TextBlock(html=INTRO_HTML)


def reading_block() -> TextBlock:
    return TextBlock(html=READING_HTML)


def link_block() -> LinkBlock:
    return LinkBlock(
        url="https://en.wikipedia.org/wiki/Water_cycle",
        title="The water cycle on Wikipedia",
        description="An open encyclopedia article with more diagrams.",
    )


def discussion_block() -> DiscussionBlock:
    return DiscussionBlock(
        title="Water where you live",
        prompt="<p>Where does the tap water in your town come from? "
        "Share what you know and one question you still have.</p>",
    )
