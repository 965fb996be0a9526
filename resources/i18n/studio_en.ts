<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Studio</name>
    <message>
        <location filename="../../studio/ui/app.py" line="146"/>
        <source>My first course</source>
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
        <location filename="../../studio/ui/editor_host.py" line="60"/>
        <source>This lesson is empty: use Insert &gt; Add block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="91"/>
        <source>Summary of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="104"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="109"/>
        <source>Open or create a course to start (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="71"/>
        <source>{n} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="40"/>
        <source>{m} modules, {l} lessons, {b} blocks, {a} media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="47"/>
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
        <location filename="../../studio/ui/editors/caption_editor.py" line="83"/>
        <source>Caption status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="87"/>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="394"/>
        <source>Captioning with Whisper… (see the jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="161"/>
        <source>Import captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="161"/>
        <source>Captions (*.vtt *.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="201"/>
        <source>No captions yet: caption with Whisper, import a file or add a track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="205"/>
        <source>{n} captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="209"/>
        <source>no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="212"/>
        <source>auto-generated: check the text, then mark it reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="332"/>
        <source>Delete caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="346"/>
        <source>Add caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="379"/>
        <source>Choose the media file of this block first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>Caption “{t}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="400"/>
        <source>Captioning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="413"/>
        <source>Captioning failed: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="121"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="121"/>
        <source>auto-generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="207"/>
        <source>{n} warnings for the {p} profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="383"/>
        <source>The media file is missing from the project: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="357"/>
        <source>{n} replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="84"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="100"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="124"/>
        <source>Caption track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="134"/>
        <source>Transcribe the media on this computer (nothing is uploaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="139"/>
        <source>Whisper options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="140"/>
        <source>Whisper model and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="149"/>
        <source>&amp;Reviewed by the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="150"/>
        <source>Reviewed by the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="154"/>
        <source>Caption profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="165"/>
        <source>Follow playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="178"/>
        <source>Shift by seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="187"/>
        <source>Shift the selected captions (all if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="198"/>
        <source>Find in all tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="199"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="201"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="206"/>
        <source>Replace in every caption track of this block (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="105"/>
        <source>Detect the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="126"/>
        <source>Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="163"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="229"/>
        <source>Caption text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="234"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="236"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="237"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="242"/>
        <source>T&amp;iming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="245"/>
        <source>Warnings for this caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="246"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="108"/>
        <source>Translate to English subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="97"/>
        <source>No model installed: run 'studio models install tiny.en'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="104"/>
        <source>The course language ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="280"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="280"/>
        <source>fix</source>
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
        <location filename="../../studio/ui/editors/lesson_editor.py" line="111"/>
        <source>no blocks yet</source>
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
        <location filename="../../studio/ui/editors/question_forms.py" line="154"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="156"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="161"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="168"/>
        <source>A right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="193"/>
        <source>Set the right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="231"/>
        <source>Edit question prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="234"/>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="237"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>When &amp;right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="252"/>
        <source>When &amp;wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="253"/>
        <source>E&amp;xplanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="329"/>
        <source>Edit answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="333"/>
        <source>Edit distractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="175"/>
        <source>Choice text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="178"/>
        <source>Feedback when chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="202"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="207"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="216"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="233"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="241"/>
        <source>Shown when the answer is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="241"/>
        <source>Feedback when right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="245"/>
        <source>Shown when the answer is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="245"/>
        <source>Feedback when wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="249"/>
        <source>The explanation, shown in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="249"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="266"/>
        <source>Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="96"/>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="115"/>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="167"/>
        <source>Choice {n} is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="271"/>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="272"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="273"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="274"/>
        <source>Right &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="276"/>
        <source>If True is chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="280"/>
        <source>If False is chosen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="105"/>
        <source>Add {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="109"/>
        <source>Remove {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="175"/>
        <source>Choice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="178"/>
        <source>Feedback for choice {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="202"/>
        <source>Pair {n} prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="207"/>
        <source>Pair {n} answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="216"/>
        <source>Item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="285"/>
        <source>Accepted answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="286"/>
        <source>answers separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="293"/>
        <source>A&amp;ccepted answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="277"/>
        <source>Feedback for True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="281"/>
        <source>Feedback for False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="297"/>
        <source>Answer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="298"/>
        <source>Exact value (± tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="299"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="300"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="294"/>
        <source>Case-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="307"/>
        <source>Pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="309"/>
        <source>Distractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="310"/>
        <source>extra wrong answers separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="317"/>
        <source>&amp;Distractors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="320"/>
        <source>Items in the right order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="325"/>
        <source>Marking guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="326"/>
        <source>&amp;Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="80"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="83"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="99"/>
        <source>Quiz settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="102"/>
        <source>Rename quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="103"/>
        <source>Quiz title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="108"/>
        <source>Edit instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="109"/>
        <source>&amp;Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="115"/>
        <source>Passing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="116"/>
        <source>Change passing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="119"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="121"/>
        <source>Attempts allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="122"/>
        <source>Change attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="125"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="127"/>
        <source>Questions drawn for each attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="128"/>
        <source>Change pool draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="149"/>
        <source>Quiz summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="158"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="163"/>
        <source>Question kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="166"/>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="130"/>
        <source>Pass at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="132"/>
        <source>Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="134"/>
        <source>Draw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="141"/>
        <source>Shuffle &amp;questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="143"/>
        <source>Shuffle &amp;choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="174"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="175"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="196"/>
        <source>Add {kind} question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="222"/>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="204"/>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="212"/>
        <source>Reorder questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="232"/>
        <source>of {m} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="250"/>
        <source>Add a question to see its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="59"/>
        <source>Recorder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="65"/>
        <source>&amp;Finish and add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="70"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="71"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="72"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="73"/>
        <source>&amp;Screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="74"/>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="75"/>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="80"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="81"/>
        <source>Co&amp;untdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="85"/>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="86"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="89"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="90"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="91"/>
        <source>Add &amp;marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="92"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="100"/>
        <source>Recorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="103"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="248"/>
        <source>Encoding the recording… (see the jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="253"/>
        <source>Encode recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="270"/>
        <source>The recording was added to the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="164"/>
        <source>(off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="236"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="249"/>
        <source>Recording {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="265"/>
        <source>Add recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="242"/>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="242"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="122"/>
        <source>A recording from {when} was interrupted before it was added ({n} part(s) on disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="176"/>
        <source>No {what} found: you can still record the screen; connect one and reopen this panel to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="155"/>
        <source>Recording is not available here: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="177"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="202"/>
        <source>Recording starts in {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="84"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="122"/>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="329"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="330"/>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="362"/>
        <source>Describe the image for people who cannot see it
(leave empty if decorative):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="369"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="369"/>
        <source>Rows (with the header row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="373"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="394"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="339"/>
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
        <location filename="../../studio/ui/editors/video_editor.py" line="60"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="61"/>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="64"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="112"/>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="119"/>
        <source>Add chapter at playhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="121"/>
        <source>Remove chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="123"/>
        <source>Chapters from pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="124"/>
        <source>A chapter after each long silence in the first caption track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="200"/>
        <source>&amp;Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="205"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="226"/>
        <source>Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="236"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="238"/>
        <source>Leave empty to build the transcript from the first caption track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="240"/>
        <source>T&amp;ranscript:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="241"/>
        <source>Write the transcript from the captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="242"/>
        <source>Paragraphs at the pauses of the first caption track; edit freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="255"/>
        <source>Transcript from captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="56"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="86"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="113"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="155"/>
        <source>Add chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="171"/>
        <source>Rename chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="177"/>
        <source>Move chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="204"/>
        <source>C&amp;hapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="219"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="229"/>
        <source>Choose poster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="234"/>
        <source>Poster image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="272"/>
        <source>Change media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="277"/>
        <source>Change poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="154"/>
        <source>Chapter {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="49"/>
        <source>{n:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="164"/>
        <source>Export the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="167"/>
        <source>LMS or format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="180"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="184"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="185"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="186"/>
        <source>Choose where to save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="192"/>
        <source>Estimated package size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="194"/>
        <source>Warnings before export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="199"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="200"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="203"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="206"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="213"/>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="307"/>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="340"/>
        <source>Exporting… (see the Jobs panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="395"/>
        <source>Valid {kind} package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="395"/>
        <source>INVALID {kind} package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="48"/>
        <source>{n} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="74"/>
        <source>Over the {n} MB upload limit some LMSs use: choose a lower video quality or split the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="218"/>
        <source>Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="221"/>
        <source>Check before exporting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="299"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="362"/>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="371"/>
        <source>Validating the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="346"/>
        <source>Export {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="349"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="358"/>
        <source>Exported {path} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="360"/>
        <source>Warning: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="361"/>
        <source>Changed by the target: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="379"/>
        <source>Validate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="171"/>
        <source>{lms} — {fmt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="289"/>
        <source>Estimated size: about {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="396"/>
        <source>{e} errors, {w} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="321"/>
        <source>Check the options: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="261"/>
        <source>What this LMS changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="264"/>
        <source>cmi5 packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="389"/>
        <source>Studio's validator does not check {fmt} packages; import it into a test course of your LMS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="50"/>
        <source>Import into the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="53"/>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="54"/>
        <source>PowerPoint slides (.pptx) as narrated slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="55"/>
        <source>Questions or a package (format detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="64"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="66"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="71"/>
        <source>Add the questions to the selected quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="78"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="79"/>
        <source>What was imported, kept as is, or skipped shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="80"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="90"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="108"/>
        <source>PowerPoint (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="108"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="109"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="97"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="124"/>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="129"/>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="155"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="119"/>
        <source>Choose a file to import first (no file at {p}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="148"/>
        <source>Imported {n} slides from {name} as a new module ({notes} with speaker notes; slide images: {how}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="49"/>
        <source>Course properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="65"/>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="70"/>
        <source>Keywords, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="177"/>
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
        <location filename="../../studio/ui/jobs_panel.py" line="58"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="86"/>
        <source>Jobs</source>
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
        <location filename="../../studio/ui/main_window.py" line="57"/>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="73"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="82"/>
        <source>Course statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="100"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="315"/>
        <source>Choose a file to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="387"/>
        <source>Preparing the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="139"/>
        <source>Modules: {m} · Lessons: {l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="201"/>
        <source>Recovered unsaved work; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="249"/>
        <source>Recovery copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="355"/>
        <source>Cannot add the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="385"/>
        <source>Cannot preview the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="183"/>
        <source>Cannot open the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="189"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="212"/>
        <source>Cannot create the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="216"/>
        <source>Created {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="225"/>
        <source>Cannot save the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="228"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="237"/>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="241"/>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="358"/>
        <source>Adding {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="141"/>
        <source>Errors: {e} · Warnings: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="199"/>
        <source>Cannot recover the unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="330"/>
        <source>Copying {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="352"/>
        <source>Added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="382"/>
        <source>Preview at {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="347"/>
        <source>Add {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="75"/>
        <source>Course outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="77"/>
        <source>Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="186"/>
        <source>Untitled course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="176"/>
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
        <location filename="../../studio/ui/outline_actions.py" line="162"/>
        <source>Module 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="192"/>
        <source>Add lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="205"/>
        <source>Add block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="240"/>
        <source>block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="185"/>
        <source>Module {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="234"/>
        <source>module '{t}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="243"/>
        <source>Deleted {what}. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="196"/>
        <source>Lesson {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="237"/>
        <source>lesson '{t}'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="19"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="22"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="53"/>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="54"/>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="67"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="79"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="88"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="92"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="102"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="108"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="110"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="159"/>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="159"/>
        <source>Course title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="163"/>
        <source>Where to keep the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="165"/>
        <source>Studio course (*.studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="172"/>
        <source>Open a course (choose its .studio folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="179"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="204"/>
        <source>About Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="148"/>
        <source>No recent courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="205"/>
        <source>Studio {version}
Record, caption, build quizzes and export SCORM, Common Cartridge and EPUB. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="100"/>
        <source>Show {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
