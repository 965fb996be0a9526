<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../studio/captions/quality.py" line="67"/>
        <source>the cue has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="84"/>
        <source>a line has {count} characters (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="93"/>
        <source>{count} lines (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="103"/>
        <source>on screen {duration:.2f} s (at most {most:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="119"/>
        <source>on screen {duration:.2f} s (at least {least:.2f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="138"/>
        <source>{cps:.1f} characters a second (at most {most:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="149"/>
        <source>overlaps the next cue by {overlap:.3f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="159"/>
        <source>gap to the next cue {gap:.3f} s (at least {frames} frames = {least:.3f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="131"/>
        <source>the course has no description: LMS catalogues and the package's metadata show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>about {size:.0f} MB, over the {limit} MB upload limit {lms} usually has: export the EPUB with low video quality, or split the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="118"/>
        <source>the link {href!r} leads nowhere in a package: link to a web address (https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="96"/>
        <source>{count} caption(s) outside the {profile} profile (first: caption {first}, {detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="65"/>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="283"/>
        <source>module {n} '{title}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="287"/>
        <source>lesson {n} '{title}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="291"/>
        <source>block {n} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="295"/>
        <source>track {n} ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="81"/>
        <source>the course has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="83"/>
        <source>language {language!r} is not a BCP 47 tag (e.g. en, fr-CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="86"/>
        <source>licence {licence!r} is not an SPDX id or {reserved!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="90"/>
        <source>the course has no modules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="92"/>
        <source>holds control characters that packages cannot carry; they are left out of exports (retype the text to remove them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="122"/>
        <source>no {what} file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="126"/>
        <source>the {what} file is not registered in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="130"/>
        <source>'{name}' is {mime}, not a {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="151"/>
        <source>the text block is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="200"/>
        <source>caption language {language!r} is not a BCP 47 tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="203"/>
        <source>the caption track has no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="206"/>
        <source>cue {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="213"/>
        <source>the captions are auto-generated and not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="218"/>
        <source>the quiz has no questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="220"/>
        <source>the passing score must be between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="222"/>
        <source>attempts cannot be negative (0 means unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="224"/>
        <source>the pool draws {draw} of {count} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="233"/>
        <source>a choice's partial credit must be between -100 % and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="238"/>
        <source>the right choice must be worth 100 % of the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="247"/>
        <source>the question has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="249"/>
        <source>points cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="98"/>
        <source>refused: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="103"/>
        <source>the module has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="105"/>
        <source>the module has no lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="137"/>
        <source>media file '{name}' is missing (media/{stored}); copy the original file back into media/ under that name, or add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="142"/>
        <source>media file '{name}' cannot be exported: {problem}; add the original file again, or remove the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="146"/>
        <source>media file '{name}' cannot be exported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="195"/>
        <source>timed question {n} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="208"/>
        <source>the cue ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="227"/>
        <source>question {n} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="242"/>
        <source>the right choices' credit adds up to {total:g} %, not 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="253"/>
        <source>give at least two choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="255"/>
        <source>exactly one choice must be correct ({correct} are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="258"/>
        <source>mark at least one choice correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="260"/>
        <source>a choice is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="97"/>
        <source>media '{name}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="110"/>
        <source>the lesson has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="112"/>
        <source>the lesson is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="165"/>
        <source>poster image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="169"/>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="210"/>
        <source>the cue overlaps the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="264"/>
        <source>give at least one accepted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="157"/>
        <source>the video has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="159"/>
        <source>the audio has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="171"/>
        <source>the image has no alt text; describe it, or mark it decorative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="174"/>
        <source>narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="176"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="267"/>
        <source>the range's low end is above its high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="269"/>
        <source>the tolerance cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="272"/>
        <source>give at least two pairs to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="275"/>
        <source>two answers are the same; learners could not tell them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="179"/>
        <source>the link has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="279"/>
        <source>give at least two items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="181"/>
        <source>the link URL {url!r} must start with http://, https:// or mailto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="186"/>
        <source>the discussion has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="76"/>
        <source>the timed question at {at:g} s is not at a time in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="82"/>
        <source>the timed question at {at:g} s rewinds to {rewind:g} s, which is not before its own time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="79"/>
        <source>the timed question at {at:g} s is after the end of the video ({duration:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../studio/ui/app.py" line="54"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/app.py" line="188"/>
        <source>My first course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="31"/>
        <source>Add a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="32"/>
        <source>Delete the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="33"/>
        <source>Re-flow the captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="44"/>
        <source>Publish checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="46"/>
        <source>Publish for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="54"/>
        <source>Checklist summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="60"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="61"/>
        <source>Fix the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="63"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="64"/>
        <source>Go to the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="67"/>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="110"/>
        <source>Ready to publish: nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="111"/>
        <source>{e} to fix, {w} to check before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="161"/>
        <source>Lesson 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="31"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="32"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="33"/>
        <source>&amp;Don't save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="34"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="52"/>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="58"/>
        <source>Recover them to continue where you left off (then save), or discard them and open the last saved version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="61"/>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="62"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="80"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="83"/>
        <source>Replacing it overwrites its contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="84"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="130"/>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="131"/>
        <source>How to start with Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="154"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="30"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="54"/>
        <source>Studio found unsaved changes to “{name}” from {when}, left when Studio stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="81"/>
        <source>“{name}” exists already in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="133"/>
        <source>Welcome to Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="134"/>
        <source>This is a sample course. Look around, change it, or start your own with File &gt; New course (Ctrl+Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="136"/>
        <source>&lt;b&gt;Outline&lt;/b&gt; (left): modules, lessons and blocks. Drag them to reorder, or use Alt+Up/Down. F2 renames, Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="138"/>
        <source>&lt;b&gt;Add&lt;/b&gt;: Ctrl+Alt+M adds a module, Ctrl+N a lesson; Insert &gt; Add block adds a page, a video, an image, a quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="140"/>
        <source>&lt;b&gt;Edit&lt;/b&gt; the selected item in the middle; course details (title, licence, language) are in the Properties panel on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="142"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (F5) opens the course as a learner sees it, in your browser, from this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="144"/>
        <source>&lt;b&gt;Export&lt;/b&gt; (Ctrl+E) makes a SCORM, Common Cartridge or EPUB package for your LMS, checked before you upload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="146"/>
        <source>Every change can be undone (Ctrl+Z). Studio saves a recovery copy while you work; save with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="104"/>
        <source>What to do: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="159"/>
        <source>Cannot add the dropped files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="161"/>
        <source>Adding {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="162"/>
        <source>Adding {n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="178"/>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="179"/>
        <source>Add {n} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="212"/>
        <source>Added {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="114"/>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="70"/>
        <source>This lesson is empty: use Insert &gt; Add block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="101"/>
        <source>Summary of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="115"/>
        <source>An empty course: what to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="117"/>
        <source>This course is empty. Start with one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="131"/>
        <source>Or drop videos, images, decks and packages onto the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="144"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="149"/>
        <source>Open or create a course to start (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="122"/>
        <source>&amp;Add a module (then lessons in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="123"/>
        <source>Add a &amp;video lecture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="124"/>
        <source>&amp;Import a PowerPoint deck, a package or a quiz file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="81"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="50"/>
        <source>{m} modules, {l} lessons, {b} blocks, {a} media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="57"/>
        <source>{n} lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="55"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="69"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="73"/>
        <source>Project files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="76"/>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="103"/>
        <source>Import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="58"/>
        <source>missing file ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="71"/>
        <source>Files in this project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="110"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="92"/>
        <source>Caption status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="96"/>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Import captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Captions (*.vtt *.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="221"/>
        <source>No captions yet: caption with Whisper, import a file or add a track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="225"/>
        <source>{n} captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="229"/>
        <source>no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="232"/>
        <source>auto-generated: check the text, then mark it reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="296"/>
        <source>No problems left in this track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="378"/>
        <source>Delete caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>Add caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="433"/>
        <source>Choose the media file of this block first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>Caption “{t}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="451"/>
        <source>Timing the script to the recording… (see the jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="453"/>
        <source>Captioning with Whisper… (see the jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="460"/>
        <source>Captioning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="477"/>
        <source>Captioning failed: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="227"/>
        <source>{n} warnings for the {p} profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="437"/>
        <source>The media file is missing from the project: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>auto-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="138"/>
        <source>from script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="405"/>
        <source>{n} replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="65"/>
        <source>Word confidence: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="60"/>
        <source>Listen here first — low confidence: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="291"/>
        <source>low confidence: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>Netflix-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>BBC-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>DCMP-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="47"/>
        <source>Next caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="48"/>
        <source>Previous caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="49"/>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="50"/>
        <source>Split caption at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="51"/>
        <source>Merge with the next caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="52"/>
        <source>New caption after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="54"/>
        <source>Start 0.1 s earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="55"/>
        <source>Start 0.1 s later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="56"/>
        <source>End 0.1 s earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="57"/>
        <source>End 0.1 s later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="58"/>
        <source>Start at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="59"/>
        <source>End at the playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="60"/>
        <source>Mark the track reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="61"/>
        <source>Back 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="62"/>
        <source>Forward 1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="63"/>
        <source>Back 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="64"/>
        <source>Forward 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="65"/>
        <source>Next problem (warning or spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="66"/>
        <source>Previous problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="161"/>
        <source>Caption with Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="200"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="201"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="202"/>
        <source>New caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="203"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="204"/>
        <source>Re-flow to profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="211"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="227"/>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="97"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="102"/>
        <source>Automatic — tiny.en for English, base for other languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="119"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="151"/>
        <source>Caption track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="159"/>
        <source>Add track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="160"/>
        <source>Import .vtt/.srt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="165"/>
        <source>Transcribe the media on this computer (nothing is uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="170"/>
        <source>Whisper options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="171"/>
        <source>Whisper model and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="179"/>
        <source>&amp;Reviewed by the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="180"/>
        <source>Reviewed by the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="184"/>
        <source>Caption profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="195"/>
        <source>Follow playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="206"/>
        <source>Shift by seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="215"/>
        <source>Shift the selected captions (all if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="222"/>
        <source>Find in all tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="223"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="225"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="232"/>
        <source>Replace in every caption track of this block (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="234"/>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="235"/>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="236"/>
        <source>Re&amp;gular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="237"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="238"/>
        <source>Python regular expression; \1 in the replacement is the first group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="124"/>
        <source>Detect the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="157"/>
        <source>Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="193"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="264"/>
        <source>Caption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="269"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="271"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="272"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="277"/>
        <source>T&amp;iming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="282"/>
        <source>Warnings for this caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="283"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="127"/>
        <source>Translate to English subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="116"/>
        <source>No model installed: run 'studio models install tiny.en'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="123"/>
        <source>The course language ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Ad lib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Said differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="46"/>
        <source>Departures from the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="92"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="93"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Captions show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="83"/>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="70"/>
        <source>The speaker departed from the script in {n} place(s). Listen, then choose what the captions show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="91"/>
        <source>Captions show, at {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="34"/>
        <source>Rename lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="35"/>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="36"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="38"/>
        <source>Contents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="46"/>
        <source>&amp;Record a lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="53"/>
        <source>&amp;Narrated slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="43"/>
        <source>Record the screen, a camera and a microphone into this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="44"/>
        <source>Set up the &amp;recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="50"/>
        <source>Record a narration for each slide, then compose the lecture video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="51"/>
        <source>Show the &amp;slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="114"/>
        <source>no blocks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="112"/>
        <source>{kind}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="188"/>
        <source>Discussion prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="45"/>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="46"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="47"/>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="72"/>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="73"/>
        <source>Edit alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="74"/>
        <source>Alternative text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="75"/>
        <source>What the image shows, for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="76"/>
        <source>&amp;Alt text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="82"/>
        <source>Alt text check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="85"/>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="86"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="87"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="89"/>
        <source>Narration script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="90"/>
        <source>Speaker notes / narration script of this slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="91"/>
        <source>&amp;Narration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="93"/>
        <source>Recorded narration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="136"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="137"/>
        <source>Rename attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="138"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="141"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="142"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="154"/>
        <source>Edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="155"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="157"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="160"/>
        <source>Rename link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="185"/>
        <source>Rename discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="189"/>
        <source>Edit discussion prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="190"/>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="56"/>
        <source>Change file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="78"/>
        <source>&amp;Decorative (no alt text needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="113"/>
        <source>(no image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="121"/>
        <source>Decorative image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="105"/>
        <source>Alt text is required: describe the image, or mark it decorative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="171"/>
        <source>Use an http, https or mailto address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="98"/>
        <source>Grabbing the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="75"/>
        <source>Finding a poster frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="57"/>
        <source>Waveform of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="83"/>
        <source>Poster of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="24"/>
        <source>Describe the image for people who cannot see it
(leave empty if decorative):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="38"/>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="106"/>
        <source>Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="76"/>
        <source>Alternative text for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="232"/>
        <source>Question prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="156"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="158"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="163"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="170"/>
        <source>A right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="195"/>
        <source>Set the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="233"/>
        <source>Edit question prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="236"/>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="239"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="253"/>
        <source>When &amp;right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="254"/>
        <source>When &amp;wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="255"/>
        <source>E&amp;xplanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="332"/>
        <source>Edit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="336"/>
        <source>Edit distractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback when chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="235"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Shown when the answer is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Feedback when right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Shown when the answer is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Feedback when wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>The explanation, shown in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="268"/>
        <source>Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="98"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="117"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="169"/>
        <source>Choice {n} is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="273"/>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="274"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="275"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="276"/>
        <source>Right &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="278"/>
        <source>If True is chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="282"/>
        <source>If False is chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="107"/>
        <source>Add {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="111"/>
        <source>Remove {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback for choice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Pair {n} prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Pair {n} answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="287"/>
        <source>Accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="288"/>
        <source>answers separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="295"/>
        <source>A&amp;ccepted answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="279"/>
        <source>Feedback for True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="283"/>
        <source>Feedback for False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="299"/>
        <source>Answer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="300"/>
        <source>Exact value (± tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="301"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="302"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="296"/>
        <source>Case-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="310"/>
        <source>Pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="312"/>
        <source>Distractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="313"/>
        <source>extra wrong answers separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="320"/>
        <source>&amp;Distractors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="323"/>
        <source>Items in the right order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="328"/>
        <source>Marking guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="329"/>
        <source>&amp;Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="111"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="83"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="86"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="105"/>
        <source>Quiz settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="108"/>
        <source>Rename quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="109"/>
        <source>Quiz title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="114"/>
        <source>Edit instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="115"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="121"/>
        <source>Passing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="122"/>
        <source>Change passing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="125"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="127"/>
        <source>Attempts allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="128"/>
        <source>Change attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="131"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="133"/>
        <source>Questions drawn for each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="134"/>
        <source>Change pool draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="155"/>
        <source>Quiz summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="164"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="171"/>
        <source>Question kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="174"/>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="136"/>
        <source>Pass at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="138"/>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="140"/>
        <source>Draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="147"/>
        <source>Shuffle &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="149"/>
        <source>Shuffle &amp;choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="182"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="183"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="204"/>
        <source>Add {kind} question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="230"/>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="212"/>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="220"/>
        <source>Reorder questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="241"/>
        <source>of {m} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="260"/>
        <source>Add a question to see its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="29"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="30"/>
        <source>Multiple response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="31"/>
        <source>True / false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="32"/>
        <source>Fill in the blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="33"/>
        <source>Numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="34"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="35"/>
        <source>Ordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="36"/>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="114"/>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted (case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="98"/>
        <source>Answers offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="102"/>
        <source>Put in order (shown shuffled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="133"/>
        <source>unlimited attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="136"/>
        <source>questions shuffled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="138"/>
        <source>choices shuffled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="75"/>
        <source>If False is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="115"/>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="120"/>
        <source>When right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="121"/>
        <source>When wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="132"/>
        <source>pass at {score}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="74"/>
        <source>If True is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="84"/>
        <source>from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="103"/>
        <source>Right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="118"/>
        <source>(no prompt yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="131"/>
        <source>{n} drawn at random for each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="134"/>
        <source>{n} attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="79"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="105"/>
        <source>the learner writes an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="116"/>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="93"/>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="59"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="60"/>
        <source>Recorder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="66"/>
        <source>&amp;Finish and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="71"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="72"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="73"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="74"/>
        <source>&amp;Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="75"/>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="76"/>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="81"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="82"/>
        <source>Co&amp;untdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="86"/>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="87"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="90"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="91"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="92"/>
        <source>Add &amp;marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="93"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="101"/>
        <source>Recorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="104"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="249"/>
        <source>Encoding the recording… (see the jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="254"/>
        <source>Encode recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="271"/>
        <source>The recording was added to the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="165"/>
        <source>(off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="237"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="250"/>
        <source>Recording {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="266"/>
        <source>Add recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="123"/>
        <source>A recording from {when} was interrupted before it was added ({n} part(s) on disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="177"/>
        <source>No {what} found: you can still record the screen; connect one and reopen this panel to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="156"/>
        <source>Recording is not available here: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="178"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="203"/>
        <source>Recording starts in {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="110"/>
        <source>Page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="174"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="175"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="180"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="181"/>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="118"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="164"/>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="392"/>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="424"/>
        <source>Rows (with the header row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="428"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="449"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="133"/>
        <source>More formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="139"/>
        <source>Cannot paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="401"/>
        <source>Only http, https and mailto links are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="57"/>
        <source>Narration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="61"/>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="74"/>
        <source>&amp;Record narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="76"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="79"/>
        <source>Use an audio &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="86"/>
        <source>&amp;Compose lecture video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="150"/>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="175"/>
        <source>Recording the narration… read the script, then Stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="189"/>
        <source>Encode narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="206"/>
        <source>Composing the lecture video… (see the jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="220"/>
        <source>Compose lecture video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="221"/>
        <source>The lecture video was added at the end of the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="112"/>
        <source>This lesson has no slides: import a PowerPoint deck first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="201"/>
        <source>This lesson has no slides to compose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="209"/>
        <source>Compose “{t}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="115"/>
        <source>{done} of {n} slides narrated (slides without narration show for 4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="106"/>
        <source>Slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="96"/>
        <source>Spell check ({lang})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="84"/>
        <source>Loading the {lang} dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="122"/>
        <source>Add “{w}” to the course dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="40"/>
        <source>Questions that pause the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="48"/>
        <source>&amp;Add question at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="60"/>
        <source>Time of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="62"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="64"/>
        <source>Require the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="67"/>
        <source>After a wrong answer, watch again from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="68"/>
        <source>empty: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="70"/>
        <source>After a wrong answer, &amp;watch again from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="63"/>
        <source>The video goes on only after the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="121"/>
        <source>Set where to watch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="66"/>
        <source>Caption timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="67"/>
        <source>Waveform and captions. Drag a caption's edges or body to retime it; click to move the playhead; Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="370"/>
        <source>Zoom in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="371"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="375"/>
        <source>Zoom out the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="376"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="62"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="63"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="66"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="121"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="128"/>
        <source>Add chapter at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="130"/>
        <source>Remove chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="132"/>
        <source>Chapters from pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="133"/>
        <source>A chapter after each long silence in the first caption track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="213"/>
        <source>&amp;Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="221"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="268"/>
        <source>Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="278"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="280"/>
        <source>Leave empty to build the transcript from the first caption track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="282"/>
        <source>T&amp;ranscript:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="283"/>
        <source>Write the transcript from the captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="284"/>
        <source>Paragraphs at the pauses of the first caption track; edit freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="297"/>
        <source>Transcript from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="93"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="164"/>
        <source>Add chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="180"/>
        <source>Rename chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="186"/>
        <source>Move chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="218"/>
        <source>C&amp;hapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="220"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="245"/>
        <source>Use this frame as &amp;poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="246"/>
        <source>Use this frame as poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="247"/>
        <source>The picture learners see before they press play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="261"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="271"/>
        <source>Choose poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="276"/>
        <source>Poster image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="314"/>
        <source>Change media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="319"/>
        <source>Change poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="416"/>
        <source>Poster from {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="163"/>
        <source>Chapter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_view.py" line="35"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="51"/>
        <source>{n:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="178"/>
        <source>Export the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="181"/>
        <source>LMS or format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="195"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="201"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="203"/>
        <source>Choose where to save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="209"/>
        <source>Estimated package size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="211"/>
        <source>Warnings before export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="216"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="223"/>
        <source>Validation verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="232"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="235"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="238"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="245"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="344"/>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="375"/>
        <source>Exporting… (see the Jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="389"/>
        <source>The package was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="398"/>
        <source>Exported; checking the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>Valid {kind} package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>INVALID {kind} package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="50"/>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="66"/>
        <source>Over the {n} MB upload limit some LMSs use: choose a lower video quality or split the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="250"/>
        <source>Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="253"/>
        <source>Check before exporting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="336"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="408"/>
        <source>Validating the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="428"/>
        <source>Exported (not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="381"/>
        <source>Export {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="384"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="394"/>
        <source>Exported {path} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="396"/>
        <source>Warning: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="397"/>
        <source>Changed by the target: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="416"/>
        <source>Validate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="436"/>
        <source>Errors: {e}. Warnings: {w}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="185"/>
        <source>{lms} — {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="323"/>
        <source>Estimated size: about {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="449"/>
        <source>No file manager could open the folder. The package is in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="358"/>
        <source>Check the options: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="295"/>
        <source>What this LMS changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="298"/>
        <source>cmi5 packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="429"/>
        <source>Studio's validator does not check {fmt} packages; import it into a test course of your LMS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="53"/>
        <source>Import into the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="56"/>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="57"/>
        <source>PowerPoint slides (.pptx) as narrated slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="58"/>
        <source>Questions or a package (format detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="67"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="69"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="74"/>
        <source>Add the questions to the selected quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="81"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="82"/>
        <source>What was imported, kept as is, or skipped shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="83"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="93"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="94"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="123"/>
        <source>PowerPoint (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="129"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="134"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="101"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="126"/>
        <source>Questions and packages ({p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="149"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="155"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="181"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="144"/>
        <source>Choose a file to import first (no file at {p}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="174"/>
        <source>Imported {n} slides from {name} as a new module ({notes} with speaker notes; slide images: {how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="34"/>
        <source>Learner views every lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="35"/>
        <source>Learner watches a share of every video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="36"/>
        <source>Learner passes the quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="51"/>
        <source>Course properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="67"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="72"/>
        <source>Keywords, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>Course title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>Course description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>Course language (BCP 47 tag, e.g. en or pt-BR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="88"/>
        <source>Language warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>&amp;Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Li&amp;cence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Licence (SPDX identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>&amp;Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Com&amp;pletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Completion rule for tracked packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Video &amp;share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Share of each video to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Pa&amp;ssing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Passing score of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="178"/>
        <source>'{tag}' is not a language tag such as en, fr or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="77"/>
        <source>estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="83"/>
        <source>{h} h {m} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="79"/>
        <source>{n} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="82"/>
        <source>{m} min {s} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="27"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="28"/>
        <source>Show the Jobs panel (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="36"/>
        <source>Progress of the running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="63"/>
        <source>{n} job(s) running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="65"/>
        <source>{n} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="58"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="88"/>
        <source>No jobs running. Exports, imports and captioning show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="90"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="91"/>
        <source>Clear finished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="27"/>
        <source>Job: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="37"/>
        <source>Progress of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="40"/>
        <source>Cancel {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="69"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="70"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="71"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="47"/>
        <source>Video (*.mp4 *.webm *.mov *.mkv *.m4v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="48"/>
        <source>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="50"/>
        <source>Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="63"/>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="81"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="98"/>
        <source>Course statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="123"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="429"/>
        <source>Choose a file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="504"/>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218"/>
        <source>Modules: {m} · Lessons: {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="290"/>
        <source>Recovered unsaved work; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="348"/>
        <source>Recovery copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="469"/>
        <source>Cannot add the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="502"/>
        <source>Cannot preview the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="202"/>
        <source>{title} ({name})[*] — Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="272"/>
        <source>Cannot open the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="278"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="301"/>
        <source>Cannot create the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305"/>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="324"/>
        <source>Cannot save the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="327"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="336"/>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="340"/>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="220"/>
        <source>Errors: {e} · Warnings: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="288"/>
        <source>Cannot recover the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="444"/>
        <source>Copying {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="466"/>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>No browser could be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="499"/>
        <source>Preview at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="461"/>
        <source>Add {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>The preview is ready at {url}: open that address in a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="33"/>
        <source>Packages and questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="52"/>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="56"/>
        <source>e.g. Water in our world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="61"/>
        <source>Course language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="73"/>
        <source>File to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="74"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="75"/>
        <source>Choose the file to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="82"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="114"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="142"/>
        <source>Give the course a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="66"/>
        <source>An &amp;empty course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="67"/>
        <source>From a &amp;PowerPoint deck (narrated slides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="68"/>
        <source>From a p&amp;ackage or a quiz file (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="88"/>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="137"/>
        <source>Choose the file to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="139"/>
        <source>{path} is not a file: choose the deck, package or quiz file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="38"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="40"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="42"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="43"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="45"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="78"/>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="80"/>
        <source>Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="189"/>
        <source>Untitled course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="39"/>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="40"/>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="41"/>
        <source>&amp;Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="42"/>
        <source>&amp;Discussion prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="43"/>
        <source>&amp;Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="44"/>
        <source>&amp;Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="45"/>
        <source>&amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="46"/>
        <source>A&amp;ttachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="71"/>
        <source>Add &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="72"/>
        <source>Add &amp;lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="73"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="74"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="75"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="76"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="178"/>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="114"/>
        <source>Add &amp;block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="123"/>
        <source>Move &amp;to module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="163"/>
        <source>Module 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="194"/>
        <source>Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="207"/>
        <source>Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="242"/>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="187"/>
        <source>Module {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="236"/>
        <source>module '{t}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="245"/>
        <source>Deleted {what}. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="198"/>
        <source>Lesson {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="239"/>
        <source>lesson '{t}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="31"/>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="57"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="48"/>
        <source>Quiz and question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="137"/>
        <source>Module title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="138"/>
        <source>Module description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="143"/>
        <source>Lesson description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="144"/>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Learning objectives, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Change objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="148"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="149"/>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="151"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="153"/>
        <source>Expected duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>C&amp;redits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>Credits of the media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="165"/>
        <source>Change credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="172"/>
        <source>the course's licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="173"/>
        <source>Licence of the media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="179"/>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="223"/>
        <source>&amp;Pass at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="230"/>
        <source>A&amp;ttempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="152"/>
        <source>Change duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="162"/>
        <source>No media file yet: choose one in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="44"/>
        <source>Module: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="46"/>
        <source>Lesson: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="175"/>
        <source>Change licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="192"/>
        <source>Set the poster in the editor: “Use this frame as poster” or Details &gt; Choose poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="197"/>
        <source>Change alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="199"/>
        <source>Change caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Change link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="210"/>
        <source>Edit the page's text in the editor; its images keep their alt text there (Image… on an image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="213"/>
        <source>Learners answer the prompt in the LMS's forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="33"/>
        <source>Caption editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="31"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="21"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="24"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>&amp;New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>Create a new course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>&amp;Open course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>Open a course (a .studio folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="38"/>
        <source>Save the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save a copy of the course under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="41"/>
        <source>&amp;Close course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>Import PowerPoint, quizzes or packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>Export SCORM, Common Cartridge or EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>&amp;Preview in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>Open the course as a learner sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="49"/>
        <source>Go to &amp;outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="50"/>
        <source>Go to &amp;editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="51"/>
        <source>Go to &amp;properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="52"/>
        <source>Go to &amp;jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="53"/>
        <source>Go to the publish &amp;checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="55"/>
        <source>&amp;How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="56"/>
        <source>&amp;About Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>Every keyboard shortcut, the caption editor's too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="71"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="92"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="96"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="109"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="116"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="118"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="166"/>
        <source>The new language applies the next time Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="195"/>
        <source>Where to keep the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="197"/>
        <source>Studio course (*.studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="205"/>
        <source>Open a course (choose its .studio folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="212"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="251"/>
        <source>About Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="178"/>
        <source>No recent courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="252"/>
        <source>Studio {version}
Record, caption, build quizzes and export SCORM, Common Cartridge and EPUB. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="105"/>
        <source>Show {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Let Studio re-open the package later (the course is embedded, not the media twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Keep the camera, author and location data stored in photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Track each lesson on its own in the LMS (one SCO per lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Ed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Numeric questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as fill-in-the-blank with every accepted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Matching questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question per prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Ordering questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question “Which order is right?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Also write every quiz in Canvas' own format (read by Canvas only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>The package is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Moodle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Moodle (Common Cartridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Blackboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Brightspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Open edX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Another LMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 (quizzes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 2.1 (quizzes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Video quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>as recorded (converted only if e-readers cannot play it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>small 360p copies for slow or metered connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Leave the videos out: posters, transcripts and captions as text (the smallest book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Cover image (empty: drawn from the course title):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 (xAPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and newer: restore it (Restore on the course or category page) to get one section per module, a Page per lesson with its video, captions and images, File, URL and Forum activities, and each quiz with its marks, pass mark, review options, deferred feedback and native question types. Where only Common Cartridge import is allowed, use the moodle-cc preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>ordering questions become 'drag and drop into text' questions (Moodle 4.1 has no ordering question type); the report of the export says which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quizzes have no time limit (Studio sets none): set one in the quiz settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>not in Moodle itself: install the cmi5 Launch Link plugin (mod_cmi5launch), connect it to an LRS, then upload the cmi5 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Moodle 4.x imports CC 1.0/1.1 only): an 'About this course' section, then one section per module; each lesson page becomes a Page, attachments Files, links URL activities, discussion topics forums, quizzes Quiz activities. For graded quizzes export the Moodle backup instead (--format moodle, .mbz): it keeps marks, pass mark, review options and every question type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz marks: Moodle's CC converter sets every question to 1 mark and the quiz total to a fixed value, so grades are wrong; use the Moodle backup (--format moodle) or SCORM 1.2 for graded quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark becomes 0, choice shuffling and 'draw N at random' are lost: set them in the quiz settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>review options are off (learners do not see their marks or feedback) and the quiz runs in adaptive mode without penalty: change both in the quiz settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>partial credit: 'choose all that apply' questions give full marks when every box is ticked (wrong choices weigh 0) and per-choice weights are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric questions arrive as short-answer questions listing every accepted answer (or as essays when a range is too wide to list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>matching questions arrive as one multiple-choice question per prompt, ordering questions as one multiple-choice 'which order is right?'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 with Canvas' own QTI beside the CC quiz (non_cc_assessments/), as Canvas exports it: pages and files, web links, discussions and graded quizzes. For numeric, matching and ordering questions in their own Canvas types, also import the 'qti12' export (QTI .zip file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Canvas' Common Cartridge importer reads the CC quiz file, so numeric, matching and ordering questions arrive converted as for Moodle; Canvas reads the extension file only in cartridges Canvas itself exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>in the 'qti12' export ordering questions become matching questions (items to positions): classic quizzes have no ordering type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported (Canvas has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Canvas has no cmi5 launcher of its own (it needs an external cmi5/xAPI tool); use this preset or SCORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Blackboard Learn imports CC 1.0-1.2): content items, web links, discussion forums, tests with CC-profile questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>question kinds outside the CC QTI profile would be dropped by Blackboard, so they are converted first (as for Moodle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark and attempts may need setting again in the test options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Blackboard Learn itself; use this preset or SCORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 (Brightspace imports CC 1.x through Import/Export/Copy Components): content topics, links, discussions and quizzes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted (as for Moodle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Brightspace itself; use this preset or SCORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 for Open edX's cc2olx converter (Open edX has no CC import of its own): sections, subsections, units with HTML, links, discussions and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>cc2olx converts multiple-choice, multiple-response, true/false, fill-in-the-blank and essay questions; pattern-match questions are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted before cc2olx sees them (as for Moodle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz settings (attempts, pass mark) and images in pages need checking in Studio after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Open edX does not launch cmi5 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1, CC QTI profile only: the widest reach (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted into profile questions (see the export report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>see --format cmi5 for the LMSs that take cmi5 packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2 package (Moodle, Chamilo, Canvas SCORM app, Blackboard, Brightspace, Open edX SCORM XBlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Edition package (SCORM Cloud, Canvas SCORM app, Moodle (partial), Blackboard, Brightspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.1 with QTI quizzes (widest reach: Moodle, Canvas, Blackboard, Sakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.2 with QTI quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.3 with QTI quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 zip of the course's quizzes (Canvas 'QTI .zip' import, other QTI 1.2 readers); every question kind kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>IMS QTI 2.1 content package of the course's quizzes (question banks and pools, e.g. Blackboard Learn's QTI 2.1 pool import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3 book: the offline learner edition for phones and e-readers, with video, captions, transcripts and quizzes that work without scripting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and later: sections, pages, files, links, forums and quizzes with native questions, marks and grade to pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions (every quiz as a category, native question types, images embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 course package: xAPI statements to the LMS's Learning Record Store (every answer, pages and video chapters watched). Taken by: SCORM Cloud and the LMSs built on Rustici Engine; Moodle with the cmi5 Launch Link plugin (mod_cmi5launch) and an LRS; other LMSs that list cmi5 among their standards (ask your administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Moodle GIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Aiken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Studio quiz text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>CSV questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>QTI 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>QTI 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Studio package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>SCORM package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Common Cartridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>H5P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>GIFT with media (zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
