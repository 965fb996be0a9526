"""QTI written the way Canvas (classic quizzes, QTI 1.2) and QTI 2.1 tools write it."""

from __future__ import annotations

from html import escape


def _meta(qtype: str, points: str = "1.0") -> str:
    return f"""<itemmetadata><qtimetadata>
      <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>{qtype}</fieldentry></qtimetadatafield>
      <qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>{points}</fieldentry></qtimetadatafield>
      <qtimetadatafield><fieldlabel>original_answer_ids</fieldlabel><fieldentry>1,2</fieldentry></qtimetadatafield>
    </qtimetadata></itemmetadata>"""


def _html(text: str) -> str:
    return f'<material><mattext texttype="text/html">{escape(text)}</mattext></material>'


def _label(ident: str, text: str) -> str:
    return f'<response_label ident="{ident}"><material><mattext texttype="text/plain">{text}</mattext></material></response_label>'


def _fb(ident: str, text: str) -> str:
    return f'<itemfeedback ident="{ident}"><flow_mat>{_html(f"<p>{text}</p>")}</flow_mat></itemfeedback>'


CANVAS_ITEMS = f"""
<item ident="i1" title="Evaporation">
  {_meta("multiple_choice_question")}
  <presentation>{_html("<div><p>What makes water evaporate?</p></div>")}
    <response_lid ident="response1" rcardinality="Single"><render_choice>
      {_label("1001", "The heat of the sun")}{_label("1002", "The wind")}{_label("1003", "The moon")}
    </render_choice></response_lid>
  </presentation>
  <resprocessing>
    <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>
    <respcondition continue="Yes"><conditionvar><varequal respident="response1">1002</varequal></conditionvar><displayfeedback feedbacktype="Response" linkrefid="1002_fb"/></respcondition>
    <respcondition continue="No"><conditionvar><varequal respident="response1">1001</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar><displayfeedback feedbacktype="Response" linkrefid="correct_fb"/></respcondition>
    <respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_incorrect_fb"/></respcondition>
  </resprocessing>
  {_fb("general_fb", "Solar energy.")}{_fb("correct_fb", "Well done.")}{_fb("general_incorrect_fb", "Look again.")}{_fb("1002_fb", "Wind helps, but no.")}
</item>
<item ident="i2" title="Fresh water">
  {_meta("true_false_question")}
  <presentation>{_html("<p>Most water is fresh.</p>")}
    <response_lid ident="response1" rcardinality="Single"><render_choice>
      {_label("2001", "True")}{_label("2002", "False")}
    </render_choice></response_lid>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="No"><conditionvar><varequal respident="response1">2002</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
  </resprocessing>
</item>
<item ident="i3" title="Precipitation">
  {_meta("multiple_answers_question", "2.0")}
  <presentation>{_html("<p>Forms of precipitation?</p>")}
    <response_lid ident="response1" rcardinality="Multiple"><render_choice>
      {_label("3001", "Rain")}{_label("3002", "Snow")}{_label("3003", "Clouds")}
    </render_choice></response_lid>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="No"><conditionvar><and>
      <varequal respident="response1">3001</varequal><varequal respident="response1">3002</varequal>
      <not><varequal respident="response1">3003</varequal></not>
    </and></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
  </resprocessing>
</item>
<item ident="i4" title="Condensation">
  {_meta("short_answer_question")}
  <presentation>{_html("<p>This stage is called?</p>")}
    <response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="No"><conditionvar>
      <varequal respident="response1">condensation</varequal><varequal respident="response1">condensing</varequal>
    </conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
  </resprocessing>
</item>
<item ident="i5" title="Oceans">
  {_meta("numerical_question")}
  <presentation>{_html("<p>Percent in the oceans?</p>")}
    <response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="No"><conditionvar><or>
      <varequal respident="response1">97.0</varequal>
      <and><vargte respident="response1">96.0</vargte><varlte respident="response1">98.0</varlte></and>
    </or></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
  </resprocessing>
</item>
<item ident="i6" title="Boiling">
  {_meta("numerical_question")}
  <presentation>{_html("<p>Boiling range?</p>")}
    <response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="No"><conditionvar><vargte respident="response1">99.0</vargte><varlte respident="response1">101.0</varlte></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>
  </resprocessing>
</item>
<item ident="i7" title="Stages">
  {_meta("matching_question", "3.0")}
  <presentation>{_html("<p>Match each stage.</p>")}
    <response_lid ident="response_7001"><material><mattext texttype="text/plain">Evaporation</mattext></material>
      <render_choice>{_label("8001", "vapour")}{_label("8002", "droplets")}{_label("8003", "salt")}</render_choice></response_lid>
    <response_lid ident="response_7002"><material><mattext texttype="text/plain">Condensation</mattext></material>
      <render_choice>{_label("8001", "vapour")}{_label("8002", "droplets")}{_label("8003", "salt")}</render_choice></response_lid>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition><conditionvar><varequal respident="response_7001">8001</varequal></conditionvar><setvar varname="SCORE" action="Add">50.00</setvar></respcondition>
    <respcondition><conditionvar><varequal respident="response_7002">8002</varequal></conditionvar><setvar varname="SCORE" action="Add">50.00</setvar></respcondition>
  </resprocessing>
</item>
<item ident="i8" title="Farming">
  {_meta("essay_question", "2.0")}
  <presentation>{_html("<p>Why does it matter?</p>")}
    <response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>
  </presentation>
  <resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>
    <respcondition continue="No"><conditionvar><other/></conditionvar></respcondition>
  </resprocessing>
</item>
<item ident="i9" title="Blanks">
  {_meta("fill_in_multiple_blanks_question")}
  <presentation>{_html("<p>Water [a] and [b].</p>")}</presentation>
</item>
"""

CANVAS_QTI = f"""<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <assessment ident="g0a1" title="Water quiz">
    <qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>2</fieldentry></qtimetadatafield></qtimetadata>
    <section ident="root_section">{CANVAS_ITEMS}</section>
  </assessment>
</questestinterop>
"""

CANVAS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="g0a1_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
  xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2">
  <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>
  <organizations/>
  <resources>
    <resource identifier="g0a1" type="imsqti_xmlv1p2"><file href="g0a1/g0a1.xml"/><dependency identifierref="g0a2"/></resource>
    <resource identifier="g0a2" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="g0a1/assessment_meta.xml">
      <file href="g0a1/assessment_meta.xml"/></resource>
  </resources>
</manifest>
"""

ASSESSMENT_META = """<?xml version="1.0" encoding="UTF-8"?>
<quiz identifier="g0a1" xmlns="http://canvas.instructure.com/xsd/cccv1p0"><title>Water quiz</title></quiz>
"""

QTI21_NS = 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"'


def qti21_item(ident: str, decl: str, body: str, extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem {QTI21_NS} identifier="{ident}" title="{ident}" adaptive="false" timeDependent="false">
  {decl}
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody>{body}</itemBody>
  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
  {extra}
</assessmentItem>
"""


QTI21_ITEMS = {
    "choice.xml": qti21_item(
        "choice",
        '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">'
        "<correctResponse><value>A</value></correctResponse></responseDeclaration>",
        '<p>What makes water evaporate?</p><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">'
        '<simpleChoice identifier="A">The sun<feedbackInline outcomeIdentifier="FEEDBACK" identifier="A" showHide="show">Yes.</feedbackInline></simpleChoice>'
        '<simpleChoice identifier="B">The wind</simpleChoice></choiceInteraction>',
        '<modalFeedback outcomeIdentifier="FEEDBACK" identifier="correct" showHide="show">Well done.</modalFeedback>',
    ),
    "multi.xml": qti21_item(
        "multi",
        '<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">'
        "<correctResponse><value>A</value><value>B</value></correctResponse></responseDeclaration>",
        '<choiceInteraction responseIdentifier="RESPONSE" maxChoices="0"><prompt>Forms of precipitation?</prompt>'
        '<simpleChoice identifier="A">Rain</simpleChoice><simpleChoice identifier="B">Snow</simpleChoice>'
        '<simpleChoice identifier="C">Clouds</simpleChoice></choiceInteraction>',
    ),
    "tf.xml": qti21_item(
        "tf",
        '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">'
        "<correctResponse><value>F</value></correctResponse></responseDeclaration>",
        '<p>Most water is fresh.</p><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">'
        '<simpleChoice identifier="T">True</simpleChoice><simpleChoice identifier="F">False</simpleChoice></choiceInteraction>',
    ),
    "text.xml": qti21_item(
        "text",
        '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">'
        "<correctResponse><value>condensation</value></correctResponse></responseDeclaration>",
        '<p>Vapour turns to droplets by <textEntryInteraction responseIdentifier="RESPONSE"/>.</p>',
    ),
    "num.xml": qti21_item(
        "num",
        '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">'
        "<correctResponse><value>97</value></correctResponse></responseDeclaration>",
        '<p>Percent in the oceans? <textEntryInteraction responseIdentifier="RESPONSE"/></p>',
    ).replace(
        '<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>',
        '<responseProcessing><responseCondition><responseIf><equal toleranceMode="absolute" tolerance="1 1">'
        '<variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>'
        '<setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>'
        "</responseIf></responseCondition></responseProcessing>",
    ),
    "essay.xml": qti21_item(
        "essay",
        '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
        '<extendedTextInteraction responseIdentifier="RESPONSE"><prompt>Why does it matter?</prompt></extendedTextInteraction>',
    ),
    "match.xml": qti21_item(
        "match",
        '<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">'
        "<correctResponse><value>E V</value><value>C D</value></correctResponse></responseDeclaration>",
        '<matchInteraction responseIdentifier="RESPONSE" maxAssociations="2"><prompt>Match.</prompt>'
        '<simpleMatchSet><simpleAssociableChoice identifier="E" matchMax="1">Evaporation</simpleAssociableChoice>'
        '<simpleAssociableChoice identifier="C" matchMax="1">Condensation</simpleAssociableChoice></simpleMatchSet>'
        '<simpleMatchSet><simpleAssociableChoice identifier="V" matchMax="1">vapour</simpleAssociableChoice>'
        '<simpleAssociableChoice identifier="D" matchMax="1">droplets</simpleAssociableChoice>'
        '<simpleAssociableChoice identifier="S" matchMax="1">salt</simpleAssociableChoice></simpleMatchSet>'
        "</matchInteraction>",
    ),
    "order.xml": qti21_item(
        "order",
        '<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">'
        "<correctResponse><value>B</value><value>A</value></correctResponse></responseDeclaration>",
        '<orderInteraction responseIdentifier="RESPONSE"><prompt>Order them.</prompt>'
        '<simpleChoice identifier="A">Condensation</simpleChoice><simpleChoice identifier="B">Evaporation</simpleChoice>'
        "</orderInteraction>",
    ),
    "hotspot.xml": qti21_item(
        "hotspot",
        '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"/>',
        '<hotspotInteraction responseIdentifier="RESPONSE" maxChoices="1"><object type="image/png" data="x.png"/></hotspotInteraction>',
    ),
}

QTI21_TEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest {QTI21_NS} identifier="test1" title="Water test">
  <testPart identifier="part1" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="s1" title="Section" visible="true">
      {"".join(f'<assessmentItemRef identifier="{n[:-4]}" href="../items/{n}"/>' for n in QTI21_ITEMS)}
    </assessmentSection>
  </testPart>
</assessmentTest>
"""

QTI21_MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m1">
  <organizations/>
  <resources>
    <resource identifier="test1" type="imsqti_test_xmlv2p1" href="tests/test.xml"><file href="tests/test.xml"/></resource>
    {"".join(f'<resource identifier="{n[:-4]}" type="imsqti_item_xmlv2p1" href="items/{n}"><file href="items/{n}"/></resource>' for n in QTI21_ITEMS)}
  </resources>
</manifest>
"""
