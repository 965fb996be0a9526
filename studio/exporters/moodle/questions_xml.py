"""``questions.xml`` of a Moodle 4.1 backup: categories, bank entries, versions, questions.

The per-type parts (``plugin_qtype_<type>_question``) follow what Moodle 4.1's own
backup writes for each type (answers with fractions, options records).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from studio.exporters.moodle.backup_xml import doc, fields
from studio.exporters.moodle.question_data import FORMAT_HTML, MoodleQuestion
from studio.exporters.xml import element, sub

# ddwtos keeps each choice's group in the answer's feedback field, PHP-serialized.
DDWTOS_CHOICE = 'O:8:"stdClass":2:{s:9:"draggroup";s:1:"1";s:8:"infinite";b:0;}'


@dataclass
class BankQuestion:
    id: int  # question id = bank entry id = version id
    question: MoodleQuestion


@dataclass
class Category:
    id: int
    name: str
    info: str
    parent: int  # 0 for the top category
    questions: list[BankQuestion] = field(default_factory=list)


class _Ids:
    def __init__(self) -> None:
        self.answer = 0
        self.record = 0

    def next_answer(self) -> int:
        self.answer += 1
        return self.answer

    def next_record(self) -> int:
        self.record += 1
        return self.record


def _answers(parent: etree._Element, q: MoodleQuestion, ids: _Ids,
             feedback: list[str] | None = None) -> list[int]:
    holder = sub(parent, "answers")
    made = []
    for n, a in enumerate(q.answers):
        aid = ids.next_answer()
        made.append(aid)
        ans = sub(holder, "answer", id=str(aid))
        fields(ans, answertext=a.text, answerformat=a.text_format, fraction=a.fraction,
               feedback=feedback[n] if feedback is not None else a.feedback,
               feedbackformat=0 if feedback is not None else FORMAT_HTML)
    return made


def _combined(parent: etree._Element, q: MoodleQuestion) -> None:
    fields(parent, correctfeedback=q.correct_feedback, correctfeedbackformat=FORMAT_HTML,
           partiallycorrectfeedback=q.partial_feedback,
           partiallycorrectfeedbackformat=FORMAT_HTML,
           incorrectfeedback=q.incorrect_feedback, incorrectfeedbackformat=FORMAT_HTML)


def _plugin(parent: etree._Element, q: MoodleQuestion, ids: _Ids) -> None:
    plug = sub(parent, f"plugin_qtype_{q.qtype}_question")
    if q.qtype == "multichoice":
        _answers(plug, q, ids)
        mc = sub(plug, "multichoice", id=str(ids.next_record()))
        fields(mc, layout=0, single=q.single, shuffleanswers=q.shuffle)
        _combined(mc, q)
        fields(mc, answernumbering="abc", shownumcorrect=1, showstandardinstruction=1)
    elif q.qtype == "truefalse":
        true_id, false_id = _answers(plug, q, ids)
        tf = sub(plug, "truefalse", id=str(ids.next_record()))
        fields(tf, trueanswer=true_id, falseanswer=false_id, showstandardinstruction=0)
    elif q.qtype == "shortanswer":
        _answers(plug, q, ids)
        fields(sub(plug, "shortanswer", id=str(ids.next_record())), usecase=q.case_sensitive)
    elif q.qtype == "numerical":
        answer_ids = _answers(plug, q, ids)
        sub(plug, "numerical_units", "")
        opts = sub(sub(plug, "numerical_options"), "numerical_option", id=str(ids.next_record()))
        fields(opts, showunits=3, unitsleft=0, unitgradingtype=0, unitpenalty=0.1)
        records = sub(plug, "numerical_records")
        for aid, a in zip(answer_ids, q.answers, strict=True):
            rec = sub(records, "numerical_record", id=str(ids.next_record()))
            fields(rec, answer=aid, tolerance=f"{a.tolerance or 0:g}")
    elif q.qtype == "match":
        opts = sub(plug, "matchoptions", id=str(ids.next_record()))
        fields(opts, shuffleanswers=1)
        _combined(opts, q)
        fields(opts, shownumcorrect=1)
        matches = sub(plug, "matches")
        for prompt, answer in q.subquestions:
            m = sub(matches, "match", id=str(ids.next_record()))
            fields(m, questiontext=prompt, questiontextformat=FORMAT_HTML, answertext=answer)
    elif q.qtype == "ddwtos":
        holder = sub(plug, "answers")
        for item in q.drag_items:
            ans = sub(holder, "answer", id=str(ids.next_answer()))
            fields(ans, answertext=item, answerformat=0, fraction=0.0, feedback=DDWTOS_CHOICE,
                   feedbackformat=0)
        dd = sub(plug, "ddwtos", id=str(ids.next_record()))
        fields(dd, shuffleanswers=1)
        _combined(dd, q)
        fields(dd, shownumcorrect=1)
    elif q.qtype == "essay":
        es = sub(plug, "essay", id=str(ids.next_record()))
        fields(es, responseformat="editor", responserequired=1, responsefieldlines=10,
               minwordlimit=None, maxwordlimit=None, attachments=0, attachmentsrequired=0,
               graderinfo=q.grader_info, graderinfoformat=FORMAT_HTML, responsetemplate="",
               responsetemplateformat=FORMAT_HTML, filetypeslist="", maxbytes=0)


def questions_xml(categories: list[Category], course_contextid: int, stamp: str,
                  timestamp: int) -> bytes:
    """The course's question bank; ``stamp`` makes the categories' and questions' stamps
    unique per course (Moodle matches existing questions by stamp on restore)."""
    root = element("question_categories")
    ids = _Ids()
    for cat in categories:
        c = sub(root, "question_category", id=str(cat.id))
        fields(c, name=cat.name, contextid=course_contextid, contextlevel=50,
               contextinstanceid=1, info=cat.info, infoformat=0,
               stamp=f"studio+{stamp}+cat{cat.id}", parent=cat.parent,
               sortorder=0 if cat.parent == 0 else 999, idnumber=None)
        entries = sub(c, "question_bank_entries")
        for bq in cat.questions:
            entry = sub(entries, "question_bank_entry", id=str(bq.id))
            fields(entry, questioncategoryid=cat.id, idnumber=None, ownerid=None)
            version = sub(sub(entry, "question_version"), "question_versions", id=str(bq.id))
            fields(version, version=1, status="ready")
            qel = sub(sub(version, "questions"), "question", id=str(bq.id))
            q = bq.question
            fields(qel, parent=0, name=q.name, questiontext=q.text,
                   questiontextformat=FORMAT_HTML, generalfeedback=q.general_feedback,
                   generalfeedbackformat=FORMAT_HTML, defaultmark=q.mark,
                   penalty=0.0, qtype=q.qtype, length=1,
                   stamp=f"studio+{stamp}+q{bq.id}", timecreated=timestamp,
                   timemodified=timestamp, createdby=None, modifiedby=None)
            _plugin(qel, q, ids)
            sub(sub(qel, "plugin_qbank_comment_question"), "comments", "")
            sub(sub(qel, "plugin_qbank_customfields_question"), "customfields", "")
            sub(qel, "question_hints", "")
            sub(qel, "tags", "")
    return doc(root)
