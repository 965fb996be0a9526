<?php
// Studio tests: import a Moodle XML question file into a new course's question bank with
// Moodle's own importer ("Import questions > Moodle XML format") and print JSON: per
// question its type, name, mark and answers with fractions, and the files of its text.
// Run through kit_php.sh; exit 0 imported, 1 rejected.
define('CLI_SCRIPT', true);
require(getenv('MOODLE_DIR') . '/config.php');
require_once($CFG->dirroot . '/question/editlib.php');
require_once($CFG->dirroot . '/question/format/xml/format.php');
require_once($CFG->dirroot . '/course/lib.php');
\core\session\manager::set_user(get_admin());
$file = $argv[1];
$course = create_course((object)['fullname' => 'Studio XML import ' . time(), 'category' => 1,
    'shortname' => 'xml' . random_string(6)]);
$context = context_course::instance($course->id);
$cat = question_make_default_categories([$context]);
$format = new qformat_xml();
$format->setCategory($cat);
$format->setContexts([$context]);
$format->setCourse($course);
$format->setFilename($file);
$format->setRealfilename(basename($file));
$format->setMatchgrades('error');
$format->setCatfromfile(true);
$format->setContextfromfile(false);
$format->setStoponerror(true);
ob_start();
$ok = $format->importpreprocess() && $format->importprocess() && $format->importpostprocess();
$noise = ob_get_clean();
$out = ['ok' => (bool)$ok, 'courseid' => (int)$course->id, 'messages' => trim(strip_tags($noise)), 'questions' => []];
$rows = $DB->get_records_sql('SELECT q.id, q.qtype, q.name, q.defaultmark, q.questiontext, qc.name AS category, qc.contextid
    FROM {question} q JOIN {question_versions} qv ON qv.questionid = q.id
    JOIN {question_bank_entries} qbe ON qbe.id = qv.questionbankentryid
    JOIN {question_categories} qc ON qc.id = qbe.questioncategoryid
    WHERE qc.contextid = ? AND q.parent = 0 ORDER BY q.id', [$context->id]);
$fs = get_file_storage();
foreach ($rows as $r) {
    $q = ['qtype' => $r->qtype, 'name' => $r->name, 'category' => $r->category,
        'mark' => (float)$r->defaultmark, 'answers' => [], 'files' => []];
    foreach ($DB->get_records('question_answers', ['question' => $r->id], 'id') as $a) {
        $q['answers'][] = [trim(html_to_text($a->answer, 0, false)), (float)$a->fraction];
    }
    if ($r->qtype === 'match') {
        foreach ($DB->get_records('qtype_match_subquestions', ['questionid' => $r->id], 'id') as $s) {
            $q['answers'][] = [trim(html_to_text($s->questiontext, 0, false)), $s->answertext];
        }
    }
    foreach ($fs->get_area_files($r->contextid, 'question', 'questiontext', $r->id, 'filename', false) as $f) {
        $q['files'][] = $f->get_filename();
    }
    $out['questions'][] = $q;
}
echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
exit($ok ? 0 : 1);
