<?php
// Studio tests: make questions of every kind Studio maps in the shared Moodle (with Moodle's
// own question generator and test forms, as a teacher's edit form would save them), put
// them in a quiz of a new course, and print Moodle's own "Export questions > Moodle XML"
// of their category. The course id goes to stderr as "courseid=N" (for backup.sh).
// Run through kit_php.sh; exit 0 done, 1 failed.
namespace PHPUnit\Framework {
    // Moodle's question generator lives beside its PHPUnit helpers; PHPUnit itself is not in
    // the kit, and the generator needs none of it: empty stand-ins let the files load.
    abstract class TestCase {}
}
namespace PHPUnit\Framework\Constraint {
    class Constraint {}
    class IsEqual extends Constraint { public function __construct(...$a) {} }
}
namespace {
define('CLI_SCRIPT', true);
require(getenv('MOODLE_DIR') . '/config.php');
require_once($CFG->dirroot . '/lib/phpunit/classes/util.php');
require_once($CFG->dirroot . '/question/editlib.php');
require_once($CFG->dirroot . '/question/format/xml/format.php');
require_once($CFG->dirroot . '/mod/quiz/locallib.php');
\core\session\manager::set_user(get_admin());
$gen = phpunit_util::get_data_generator();
$qgen = $gen->get_plugin_generator('core_question');
$course = $gen->create_course(['fullname' => 'Studio question bank ' . time(), 'shortname' => 'qb' . random_string(6)]);
$quiz = $gen->create_module('quiz', ['course' => $course->id, 'name' => 'Every kind', 'sumgrades' => 0]);
$cat = $qgen->create_question_category(['contextid' => context_course::instance($course->id)->id,
    'name' => 'Every kind']);
$made = [
    // single choice with partial credit and a penalty
    $qgen->create_question('multichoice', 'one_of_four', ['category' => $cat->id, 'name' => 'Single with partial credit',
        'fraction' => ['1.0', '0.5', '-0.25', '0.0']]),
    $qgen->create_question('multichoice', 'two_of_four', ['category' => $cat->id, 'name' => 'Multiple response']),
    $qgen->create_question('truefalse', 'true', ['category' => $cat->id, 'name' => 'True or false']),
    $qgen->create_question('shortanswer', 'frogtoad', ['category' => $cat->id, 'name' => 'Short answer',
        'fraction' => ['1.0', '1.0', '0.0'], 'answer' => ['frog', 'toad', '*']]),
    $qgen->create_question('numerical', 'pi', ['category' => $cat->id, 'name' => 'Numerical']),
    $qgen->create_question('match', 'foursubq', ['category' => $cat->id, 'name' => 'Matching']),
    // Ordering as Studio writes it for Moodle 4.1 (no ordering type): drag items into a list.
    $qgen->create_question('ddwtos', 'fox', ['category' => $cat->id, 'name' => 'Put in order',
        'questiontext' => ['text' => '<p>Put the stages in order.</p><ol><li>[[1]]</li><li>[[2]]</li><li>[[3]]</li></ol>',
            'format' => FORMAT_HTML],
        'choices' => [['answer' => 'Evaporation', 'choicegroup' => '1'], ['answer' => 'Condensation', 'choicegroup' => '1'],
            ['answer' => 'Precipitation', 'choicegroup' => '1']]]),
    $qgen->create_question('essay', 'editor', ['category' => $cat->id, 'name' => 'Essay']),
];
foreach ($made as $q) {
    quiz_add_quiz_question($q->id, $quiz);
}
quiz_update_sumgrades($quiz);
$format = new qformat_xml();
$format->setCategory($cat);
$format->setCourse($course);
$format->setContexts([context_course::instance($course->id)]);
$format->setCattofile(false);
$format->setContexttofile(false);
$format->setQuestions(array_map(fn($q) => question_bank::load_question_data($q->id), $made));
if (!$format->exportpreprocess()) {
    fwrite(STDERR, "export preprocess failed\n");
    exit(1);
}
$xml = $format->exportprocess(false);
fwrite(STDERR, "courseid=" . $course->id . "\n");
echo $xml;
}
