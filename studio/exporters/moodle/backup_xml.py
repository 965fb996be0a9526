"""The small XML documents of a Moodle 2 backup, shaped as Moodle 4.1 writes them.

Every file the restore reads is written, even when empty: Moodle's restore steps
expect them (a backup made by Moodle itself has the same set).
"""

from __future__ import annotations

from lxml import etree

from studio.exporters.xml import element, sub, to_bytes

NULL = "$@NULL@$"  # how a Moodle backup writes SQL NULL
STUDENT_ROLE = 5


def fields(el: etree._Element, /, **values: object) -> etree._Element:
    """Children in the order given; None is Moodle's NULL marker, bools are 0/1."""
    for name, value in values.items():
        if value is None:
            text = NULL
        elif isinstance(value, bool):
            text = "1" if value else "0"
        elif isinstance(value, float):
            text = f"{value:.7f}"
        else:
            text = str(value)
        sub(el, name, text)
    return el


def doc(root: etree._Element) -> bytes:
    """The shared serializer's bytes with the declaration Moodle looks for, spelled its way:
    the restore recognises a backup by ``<?xml version="1.0" encoding="UTF-8"?>`` (double
    quotes) in the first 200 bytes of ``moodle_backup.xml``."""
    data = to_bytes(root)
    head, _, rest = data.partition(b"?>")
    return b'<?xml version="1.0" encoding="UTF-8"?>' + rest if head.startswith(b"<?xml") else data


def empty(tag: str, *children: str) -> bytes:
    root = element(tag)
    for child in children:
        sub(root, child, "")
    return doc(root)


def inforef(file_ids: list[int], roles: bool = False, grade_items: list[int] | None = None,
            question_categories: list[int] | None = None) -> bytes:
    root = element("inforef")
    if roles:
        sub(sub(sub(root, "roleref"), "role"), "id", str(STUDENT_ROLE))
    if file_ids:
        ref = sub(root, "fileref")
        for fid in file_ids:
            sub(sub(ref, "file"), "id", str(fid))
    if grade_items:
        ref = sub(root, "grade_itemref")
        for gid in grade_items:
            sub(sub(ref, "grade_item"), "id", str(gid))
    if question_categories:
        ref = sub(root, "question_categoryref")
        for cid in question_categories:
            sub(sub(ref, "question_category"), "id", str(cid))
    return doc(root)


def module_xml(cmid: int, modname: str, section_id: int, section_number: int,
               timestamp: int) -> bytes:
    root = element("module", id=str(cmid), version="2022112800")
    fields(root, modulename=modname, sectionid=section_id, sectionnumber=section_number,
           idnumber="", added=timestamp, score=0, indent=0, visible=1, visibleoncoursepage=1,
           visibleold=1, groupmode=0, groupingid=0, completion=0,
           completiongradeitemnumber=None, completionpassgrade=0, completionview=0,
           completionexpected=0, availability=None, showdescription=0, downloadcontent=1,
           lang=None)
    sub(root, "tags", "")
    return doc(root)


def activity_root(instance_id: int, cmid: int, modname: str, contextid: int) -> etree._Element:
    return element("activity", id=str(instance_id), moduleid=str(cmid), modulename=modname,
                   contextid=str(contextid))


def grade_item(parent: etree._Element, item_id: int, *, category: int | None, name: str | None,
               itemtype: str, module: str | None, instance: int, grademax: float,
               gradepass: float, sortorder: int, timestamp: int) -> etree._Element:
    item = sub(parent, "grade_item", id=str(item_id))
    fields(item, categoryid=category, itemname=name, itemtype=itemtype, itemmodule=module,
           iteminstance=instance, itemnumber=0 if module else None, iteminfo=None,
           idnumber="" if module else None, calculation=None, gradetype=1,
           grademax=f"{grademax:.5f}", grademin="0.00000", scaleid=None, outcomeid=None,
           gradepass=f"{gradepass:.5f}", multfactor="1.00000", plusfactor="0.00000",
           aggregationcoef="0.00000", aggregationcoef2="0.00000", weightoverride=0,
           sortorder=sortorder, display=0, decimals=None, hidden=0, locked=0, locktime=0,
           needsupdate=0, timecreated=timestamp, timemodified=timestamp)
    sub(item, "grade_grades", "")
    return item


def activity_grades(item: tuple[int, str, str, int, float, float, int] | None,
                    timestamp: int) -> bytes:
    """``item``: (id, name, module, instance, grademax, gradepass, sortorder) or None."""
    root = element("activity_gradebook")
    holder = sub(root, "grade_items")
    if item is not None:
        item_id, name, module, instance, grademax, gradepass, sortorder = item
        grade_item(holder, item_id, category=1, name=name, itemtype="mod", module=module,
                   instance=instance, grademax=grademax, gradepass=gradepass,
                   sortorder=sortorder, timestamp=timestamp)
    sub(root, "grade_letters", "")
    return doc(root)


def gradebook(timestamp: int) -> bytes:
    root = element("gradebook")
    sub(root, "attributes", "")
    cats = sub(root, "grade_categories")
    cat = sub(cats, "grade_category", id="1")
    fields(cat, parent=None, depth=1, path="/1/", fullname="?", aggregation=13, keephigh=0,
           droplow=0, aggregateonlygraded=1, aggregateoutcomes=0, timecreated=timestamp,
           timemodified=timestamp, hidden=0)
    items = sub(root, "grade_items")
    grade_item(items, 1, category=None, name=None, itemtype="course", module=None, instance=1,
               grademax=100.0, gradepass=0.0, sortorder=1, timestamp=timestamp)
    sub(root, "grade_letters", "")
    settings = sub(sub(root, "grade_settings"), "grade_setting", id="")
    fields(settings, name="minmaxtouse", value=1)
    return doc(root)


def roles_definition() -> bytes:
    root = element("roles_definition")
    role = sub(root, "role", id=str(STUDENT_ROLE))
    fields(role, name="", shortname="student", nameincourse=None, description="",
           sortorder=5, archetype="student")
    return doc(root)


def role_assignments() -> bytes:
    return empty("roles", "role_overrides", "role_assignments")


def enrolments() -> bytes:
    root = element("enrolments")
    enrol = sub(sub(root, "enrols"), "enrol", id="1")
    fields(enrol, enrol="manual", status=0, name=None, enrolperiod=0, enrolstartdate=0,
           enrolenddate=0, expirynotify=0, expirythreshold=86400, notifyall=0, password=None,
           cost=None, currency=None, roleid=STUDENT_ROLE, customint1=None, customint2=None,
           customint3=None, customint4=None, customint5=None, customint6=None,
           customint7=None, customint8=None, customchar1=None, customchar2=None,
           customchar3=None, customdec1=None, customdec2=None, customtext1=None,
           customtext2=None, customtext3=None, customtext4=None, timecreated=0,
           timemodified=0)
    sub(enrol, "user_enrolments", "")
    return doc(root)


# The empty documents a course, a section and an activity carry.
COMMON_ROOT = {
    "scales.xml": empty("scales_definition"),
    "outcomes.xml": empty("outcomes_definition"),
    "groups.xml": empty("groups", "groupings"),
    "grade_history.xml": empty("grade_history", "grade_grades"),
    "completion.xml": empty("course_completion"),
    "badges.xml": empty("badges"),
    "users.xml": empty("users"),
}
COMMON_COURSE = {
    "roles.xml": role_assignments(),
    "filters.xml": empty("filters", "filter_actives", "filter_configs"),
    "comments.xml": empty("comments"),
    "calendar.xml": empty("events"),
    "competencies.xml": empty("course_competencies", "competencies", "user_competencies"),
    "completiondefaults.xml": empty("course_completion_defaults"),
    "contentbank.xml": empty("contents"),
}
COMMON_ACTIVITY = {
    "roles.xml": role_assignments(),
    "filters.xml": empty("filters", "filter_actives", "filter_configs"),
    "comments.xml": empty("comments"),
    "calendar.xml": empty("events"),
    "competencies.xml": empty("course_module_competencies", "competencies"),
    "completion.xml": empty("completions", "completionviews"),
    "grade_history.xml": empty("grade_history", "grade_grades"),
    "grading.xml": empty("areas"),
}
