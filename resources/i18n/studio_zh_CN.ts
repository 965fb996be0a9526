<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../studio/captions/quality.py" line="67"/>
        <source>the cue has no text</source>
        <translation>该字幕没有文字</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="84"/>
        <source>a line has {count} characters (at most {most})</source>
        <translation>有一行 {count} 个字符（最多 {most} 个）</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="93"/>
        <source>{count} lines (at most {most})</source>
        <translation>{count} 行（最多 {most} 行）</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="103"/>
        <source>on screen {duration:.2f} s (at most {most:g} s)</source>
        <translation>显示 {duration:.2f} 秒（最多 {most:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="119"/>
        <source>on screen {duration:.2f} s (at least {least:.2f} s)</source>
        <translation>显示 {duration:.2f} 秒（至少 {least:.2f} 秒）</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="138"/>
        <source>{cps:.1f} characters a second (at most {most:g})</source>
        <translation>每秒 {cps:.1f} 个字符（最多 {most:g} 个）</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="149"/>
        <source>overlaps the next cue by {overlap:.3f} s</source>
        <translation>与下一条字幕重叠 {overlap:.3f} 秒</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="159"/>
        <source>gap to the next cue {gap:.3f} s (at least {frames} frames = {least:.3f} s)</source>
        <translation>与下一条字幕间隔 {gap:.3f} 秒（至少 {frames} 帧 = {least:.3f} 秒）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="131"/>
        <source>the course has no description: LMS catalogues and the package's metadata show it</source>
        <translation>课程没有简介：LMS 的课程目录和课程包的元数据都会显示它</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>about {size:.0f} MB, over the {limit} MB upload limit {lms} usually has: export the EPUB with low video quality, or split the course</source>
        <translation>约 {size:.0f} MB，超过 {lms} 通常的 {limit} MB 上传限制：请以低视频质量导出 EPUB，或拆分课程</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>package</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="118"/>
        <source>the link {href!r} leads nowhere in a package: link to a web address (https://...)</source>
        <translation>链接 {href!r} 在课程包中无处可达：请链接到网址（https://...）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="96"/>
        <source>{count} caption(s) outside the {profile} profile (first: caption {first}, {detail})</source>
        <translation>{count} 条字幕不符合 {profile} 规范（第一条：字幕 {first}，{detail}）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="65"/>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="283"/>
        <source>module {n} '{title}'</source>
        <translation>模块 {n}“{title}”</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="287"/>
        <source>lesson {n} '{title}'</source>
        <translation>课时 {n}“{title}”</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="291"/>
        <source>block {n} ({kind})</source>
        <translation>内容块 {n}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="295"/>
        <source>track {n} ({language})</source>
        <translation>字幕轨 {n}（{language}）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="81"/>
        <source>the course has no title</source>
        <translation>课程没有标题</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="83"/>
        <source>language {language!r} is not a BCP 47 tag (e.g. en, fr-CA)</source>
        <translation>语言 {language!r} 不是 BCP 47 标记（例如 zh-CN、en）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="86"/>
        <source>licence {licence!r} is not an SPDX id or {reserved!r}</source>
        <translation>许可 {licence!r} 既不是 SPDX 标识，也不是 {reserved!r}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="90"/>
        <source>the course has no modules yet</source>
        <translation>课程还没有模块</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="92"/>
        <source>holds control characters that packages cannot carry; they are left out of exports (retype the text to remove them)</source>
        <translation>含有课程包无法承载的控制字符；导出时会被略去（重新输入文字即可去除）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="122"/>
        <source>no {what} file chosen</source>
        <translation>未选择{what}文件</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="126"/>
        <source>the {what} file is not registered in the project</source>
        <translation>该{what}文件未在项目中登记</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="130"/>
        <source>'{name}' is {mime}, not a {what}</source>
        <translation>“{name}”是 {mime}，不是{what}文件</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="151"/>
        <source>the text block is empty</source>
        <translation>文本块为空</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="200"/>
        <source>caption language {language!r} is not a BCP 47 tag</source>
        <translation>字幕语言 {language!r} 不是 BCP 47 标记</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="203"/>
        <source>the caption track has no label</source>
        <translation>字幕轨没有名称</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="206"/>
        <source>cue {n}</source>
        <translation>字幕 {n}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="213"/>
        <source>the captions are auto-generated and not yet reviewed</source>
        <translation>字幕为自动生成，尚未审阅</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="218"/>
        <source>the quiz has no questions</source>
        <translation>测验没有题目</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="220"/>
        <source>the passing score must be between 0 and 100 %</source>
        <translation>及格分必须在 0 到 100 % 之间</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="222"/>
        <source>attempts cannot be negative (0 means unlimited)</source>
        <translation>作答次数不能为负数（0 表示不限）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="224"/>
        <source>the pool draws {draw} of {count} questions</source>
        <translation>题库从 {count} 道题中抽取 {draw} 道</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="233"/>
        <source>a choice's partial credit must be between -100 % and 100 %</source>
        <translation>选项的部分得分必须在 -100 % 到 100 % 之间</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="238"/>
        <source>the right choice must be worth 100 % of the points</source>
        <translation>正确选项必须得满分（100 %）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="247"/>
        <source>the question has no text</source>
        <translation>题目没有文字</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="249"/>
        <source>points cannot be negative</source>
        <translation>分值不能为负数</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="98"/>
        <source>refused: {problem}</source>
        <translation>已拒绝：{problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="103"/>
        <source>the module has no title</source>
        <translation>模块没有标题</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="105"/>
        <source>the module has no lessons</source>
        <translation>模块没有课时</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="137"/>
        <source>media file '{name}' is missing (media/{stored}); copy the original file back into media/ under that name, or add it again</source>
        <translation>媒体文件“{name}”缺失（media/{stored}）；请把原文件以该名称复制回 media/，或重新添加</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="142"/>
        <source>media file '{name}' cannot be exported: {problem}; add the original file again, or remove the block</source>
        <translation>媒体文件“{name}”无法导出：{problem}；请重新添加原文件，或删除该内容块</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="146"/>
        <source>media file '{name}' cannot be exported: {problem}</source>
        <translation>媒体文件“{name}”无法导出：{problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="195"/>
        <source>timed question {n} ({kind})</source>
        <translation>视频内题目 {n}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="208"/>
        <source>the cue ends before it starts</source>
        <translation>该字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="227"/>
        <source>question {n} ({kind})</source>
        <translation>题目 {n}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="242"/>
        <source>the right choices' credit adds up to {total:g} %, not 100 %</source>
        <translation>正确选项的得分合计为 {total:g} %，而不是 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="253"/>
        <source>give at least two choices</source>
        <translation>请至少给出两个选项</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="255"/>
        <source>exactly one choice must be correct ({correct} are)</source>
        <translation>必须恰好有一个正确选项（现有 {correct} 个）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="258"/>
        <source>mark at least one choice correct</source>
        <translation>请至少标出一个正确选项</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="260"/>
        <source>a choice is empty</source>
        <translation>有一个选项为空</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="97"/>
        <source>media '{name}'</source>
        <translation>媒体“{name}”</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="110"/>
        <source>the lesson has no title</source>
        <translation>课时没有标题</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="112"/>
        <source>the lesson is empty</source>
        <translation>课时为空</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="165"/>
        <source>poster image</source>
        <translation>封面图</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="169"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="210"/>
        <source>the cue overlaps the previous one</source>
        <translation>该字幕与上一条重叠</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="264"/>
        <source>give at least one accepted answer</source>
        <translation>请至少给出一个可接受的答案</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="157"/>
        <source>the video has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>视频没有字幕（听障学习者需要字幕）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="159"/>
        <source>the audio has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>音频没有字幕（听障学习者需要字幕）</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="171"/>
        <source>the image has no alt text; describe it, or mark it decorative</source>
        <translation>图片没有替代文字；请描述它，或标为装饰性图片</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="174"/>
        <source>narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="176"/>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="267"/>
        <source>the range's low end is above its high end</source>
        <translation>范围的下限高于上限</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="269"/>
        <source>the tolerance cannot be negative</source>
        <translation>容差不能为负数</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="272"/>
        <source>give at least two pairs to match</source>
        <translation>请至少给出两组配对</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="275"/>
        <source>two answers are the same; learners could not tell them apart</source>
        <translation>有两个答案相同；学习者无法区分</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="179"/>
        <source>the link has no URL</source>
        <translation>链接没有网址</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="279"/>
        <source>give at least two items to put in order</source>
        <translation>请至少给出两个待排序的项目</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="181"/>
        <source>the link URL {url!r} must start with http://, https:// or mailto:</source>
        <translation>链接网址 {url!r} 必须以 http://、https:// 或 mailto: 开头</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="186"/>
        <source>the discussion has no title</source>
        <translation>讨论没有标题</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="76"/>
        <source>the timed question at {at:g} s is not at a time in the video</source>
        <translation>位于 {at:g} 秒的题目不在视频的时间范围内</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="82"/>
        <source>the timed question at {at:g} s rewinds to {rewind:g} s, which is not before its own time</source>
        <translation>位于 {at:g} 秒的题目回退到 {rewind:g} 秒，但该时间不在题目之前</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="79"/>
        <source>the timed question at {at:g} s is after the end of the video ({duration:g} s)</source>
        <translation>位于 {at:g} 秒的题目在视频结束（{duration:g} 秒）之后</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../studio/ui/app.py" line="54"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/app.py" line="188"/>
        <source>My first course</source>
        <translation>我的第一门课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="31"/>
        <source>Add a lesson</source>
        <translation>添加一课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="32"/>
        <source>Delete the lesson</source>
        <translation>删除这一课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="33"/>
        <source>Re-flow the captions</source>
        <translation>重新排版字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="44"/>
        <source>Publish checklist</source>
        <translation>发布检查清单</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="46"/>
        <source>Publish for</source>
        <translation>发布到</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="54"/>
        <source>Checklist summary</source>
        <translation>检查清单摘要</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="60"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="61"/>
        <source>Fix the selected problem</source>
        <translation>修复所选问题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="63"/>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="64"/>
        <source>Go to the selected problem</source>
        <translation>转到所选问题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="67"/>
        <source>For:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="110"/>
        <source>Ready to publish: nothing to fix.</source>
        <translation>可以发布：没有需要修复的问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="111"/>
        <source>{e} to fix, {w} to check before publishing.</source>
        <translation>{e} 项需要修复，{w} 项需要在发布前检查。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="161"/>
        <source>Lesson 1</source>
        <translation>第 1 课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="31"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>如果不保存，自上次保存以来的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="32"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="33"/>
        <source>&amp;Don't save</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="34"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="52"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="58"/>
        <source>Recover them to continue where you left off (then save), or discard them and open the last saved version.</source>
        <translation>恢复它们以便从上次停下的地方继续（然后保存），或放弃它们并打开最后保存的版本。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="61"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="62"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="80"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="83"/>
        <source>Replacing it overwrites its contents.</source>
        <translation>替换会覆盖其内容。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="84"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="130"/>
        <source>How to start</source>
        <translation>如何开始</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="131"/>
        <source>How to start with Studio</source>
        <translation>如何开始使用 Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="154"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="30"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>关闭“{name}”之前保存更改吗？</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="54"/>
        <source>Studio found unsaved changes to “{name}” from {when}, left when Studio stopped unexpectedly.</source>
        <translation>Studio 发现“{name}”有 {when} 时未保存的更改，是 Studio 意外停止时留下的。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="81"/>
        <source>“{name}” exists already in {folder}.</source>
        <translation>“{name}”已存在于 {folder}。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="133"/>
        <source>Welcome to Studio</source>
        <translation>欢迎使用 Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="134"/>
        <source>This is a sample course. Look around, change it, or start your own with File &gt; New course (Ctrl+Alt+N).</source>
        <translation>这是一门示例课程。你可以浏览、修改它，或者通过“文件 &gt; 新建课程”(Ctrl+Alt+N) 开始自己的课程。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="136"/>
        <source>&lt;b&gt;Outline&lt;/b&gt; (left): modules, lessons and blocks. Drag them to reorder, or use Alt+Up/Down. F2 renames, Delete removes.</source>
        <translation>&lt;b&gt;大纲&lt;/b&gt;（左侧）：模块、课和内容块。拖动可以调整顺序，也可以用 Alt+上/下。F2 重命名，Delete 删除。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="138"/>
        <source>&lt;b&gt;Add&lt;/b&gt;: Ctrl+Alt+M adds a module, Ctrl+N a lesson; Insert &gt; Add block adds a page, a video, an image, a quiz…</source>
        <translation>&lt;b&gt;添加&lt;/b&gt;：Ctrl+Alt+M 添加模块，Ctrl+N 添加一课；“插入 &gt; 添加内容块”可添加页面、视频、图片、测验……</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="140"/>
        <source>&lt;b&gt;Edit&lt;/b&gt; the selected item in the middle; course details (title, licence, language) are in the Properties panel on the right.</source>
        <translation>在中间&lt;b&gt;编辑&lt;/b&gt;所选项目；课程信息（标题、许可协议、语言）在右侧的“属性”面板中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="142"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (F5) opens the course as a learner sees it, in your browser, from this computer only.</source>
        <translation>&lt;b&gt;预览&lt;/b&gt; (F5) 在你的浏览器中以学习者的视角打开课程，只在本机上。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="144"/>
        <source>&lt;b&gt;Export&lt;/b&gt; (Ctrl+E) makes a SCORM, Common Cartridge or EPUB package for your LMS, checked before you upload it.</source>
        <translation>&lt;b&gt;导出&lt;/b&gt; (Ctrl+E) 为你的学习管理系统生成 SCORM、Common Cartridge 或 EPUB 包，并在上传前检查。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="146"/>
        <source>Every change can be undone (Ctrl+Z). Studio saves a recovery copy while you work; save with Ctrl+S.</source>
        <translation>所有更改都可以撤销 (Ctrl+Z)。工作时 Studio 会保存一份恢复副本；用 Ctrl+S 保存。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="104"/>
        <source>What to do: {hint}</source>
        <translation>解决办法：{hint}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="159"/>
        <source>Cannot add the dropped files</source>
        <translation>无法添加拖入的文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="161"/>
        <source>Adding {name}</source>
        <translation>正在添加 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="162"/>
        <source>Adding {n} files</source>
        <translation>正在添加 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="178"/>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="179"/>
        <source>Add {n} files</source>
        <translation>添加 {n} 个文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="212"/>
        <source>Added {names}</source>
        <translation>已添加：{names}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="114"/>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="70"/>
        <source>This lesson is empty: use Insert &gt; Add block.</source>
        <translation>这一课是空的：请使用“插入 &gt; 添加内容块”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="101"/>
        <source>Summary of the selected item</source>
        <translation>所选项目的摘要</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="115"/>
        <source>An empty course: what to do next</source>
        <translation>空课程：下一步做什么</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="117"/>
        <source>This course is empty. Start with one of these:</source>
        <translation>这门课程是空的。从以下任一项开始：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="131"/>
        <source>Or drop videos, images, decks and packages onto the outline.</source>
        <translation>或者把视频、图片、演示文稿和课程包拖到大纲上。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="144"/>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="149"/>
        <source>Open or create a course to start (File menu).</source>
        <translation>打开或新建一门课程以开始（“文件”菜单）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="122"/>
        <source>&amp;Add a module (then lessons in it)</source>
        <translation>添加模块(&amp;A)（然后在其中添加课）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="123"/>
        <source>Add a &amp;video lecture…</source>
        <translation>添加视频讲座(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="124"/>
        <source>&amp;Import a PowerPoint deck, a package or a quiz file…</source>
        <translation>导入 PowerPoint 演示文稿、课程包或题目文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="81"/>
        <source>{n} questions</source>
        <translation>{n} 道题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="50"/>
        <source>{m} modules, {l} lessons, {b} blocks, {a} media files</source>
        <translation>{m} 个模块，{l} 课，{b} 个内容块，{a} 个媒体文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="57"/>
        <source>{n} lessons</source>
        <translation>{n} 课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="55"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="69"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="73"/>
        <source>Project files</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="76"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="103"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="58"/>
        <source>missing file ({id})</source>
        <translation>文件缺失 ({id})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="71"/>
        <source>Files in this project:</source>
        <translation>本项目中的文件：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="110"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="92"/>
        <source>Caption status</source>
        <translation>字幕状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="96"/>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Import captions</source>
        <translation>导入字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Captions (*.vtt *.srt)</source>
        <translation>字幕 (*.vtt *.srt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="221"/>
        <source>No captions yet: caption with Whisper, import a file or add a track.</source>
        <translation>还没有字幕：用 Whisper 生成字幕、导入文件或添加字幕轨。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="225"/>
        <source>{n} captions</source>
        <translation>{n} 条字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="229"/>
        <source>no warnings</source>
        <translation>没有警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="232"/>
        <source>auto-generated: check the text, then mark it reviewed</source>
        <translation>自动生成：请检查文字，然后标记为已审阅</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="296"/>
        <source>No problems left in this track.</source>
        <translation>此字幕轨已没有问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="378"/>
        <source>Delete caption</source>
        <translation>删除字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>Add caption</source>
        <translation>添加字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="433"/>
        <source>Choose the media file of this block first.</source>
        <translation>请先选择此内容块的媒体文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>Caption “{t}”</source>
        <translation>为“{t}”生成字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="451"/>
        <source>Timing the script to the recording… (see the jobs panel)</source>
        <translation>正在将讲稿与录音对齐……（见任务面板）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="453"/>
        <source>Captioning with Whisper… (see the jobs panel)</source>
        <translation>正在用 Whisper 生成字幕……（见任务面板）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="460"/>
        <source>Captioning was cancelled.</source>
        <translation>字幕生成已取消。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="477"/>
        <source>Captioning failed: {m}</source>
        <translation>字幕生成失败：{m}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="227"/>
        <source>{n} warnings for the {p} profile</source>
        <translation>按 {p} 规范有 {n} 条警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="437"/>
        <source>The media file is missing from the project: {p}</source>
        <translation>项目中缺少媒体文件：{p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>auto-generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="138"/>
        <source>from script</source>
        <translation>来自讲稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="405"/>
        <source>{n} replaced</source>
        <translation>已替换 {n} 处</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="65"/>
        <source>Word confidence: {words}</source>
        <translation>词语置信度：{words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="60"/>
        <source>Listen here first — low confidence: {words}</source>
        <translation>请先听这里 — 置信度低：{words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="291"/>
        <source>low confidence: {w}</source>
        <translation>置信度低：{w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>Netflix-like</source>
        <translation>类 Netflix</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>BBC-like</source>
        <translation>类 BBC</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>DCMP-like</source>
        <translation>类 DCMP</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="47"/>
        <source>Next caption</source>
        <translation>下一条字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="48"/>
        <source>Previous caption</source>
        <translation>上一条字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="49"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="50"/>
        <source>Split caption at the cursor</source>
        <translation>在光标处拆分字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="51"/>
        <source>Merge with the next caption</source>
        <translation>与下一条字幕合并</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="52"/>
        <source>New caption after this one</source>
        <translation>在此条之后新建字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="54"/>
        <source>Start 0.1 s earlier</source>
        <translation>开始时间提前 0.1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="55"/>
        <source>Start 0.1 s later</source>
        <translation>开始时间推后 0.1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="56"/>
        <source>End 0.1 s earlier</source>
        <translation>结束时间提前 0.1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="57"/>
        <source>End 0.1 s later</source>
        <translation>结束时间推后 0.1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="58"/>
        <source>Start at the playhead</source>
        <translation>在播放头处开始</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="59"/>
        <source>End at the playhead</source>
        <translation>在播放头处结束</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="60"/>
        <source>Mark the track reviewed</source>
        <translation>将字幕轨标记为已审阅</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="61"/>
        <source>Back 1 s</source>
        <translation>后退 1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="62"/>
        <source>Forward 1 s</source>
        <translation>前进 1 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="63"/>
        <source>Back 5 s</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="64"/>
        <source>Forward 5 s</source>
        <translation>前进 5 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="65"/>
        <source>Next problem (warning or spelling)</source>
        <translation>下一个问题（警告或拼写）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="66"/>
        <source>Previous problem</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="161"/>
        <source>Caption with Whisper</source>
        <translation>用 Whisper 生成字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="200"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="201"/>
        <source>Merge with next</source>
        <translation>与下一条合并</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="202"/>
        <source>New caption</source>
        <translation>新建字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="203"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="204"/>
        <source>Re-flow to profile</source>
        <translation>按规范重新排版</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="211"/>
        <source>Shift</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="227"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="97"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="102"/>
        <source>Automatic — tiny.en for English, base for other languages</source>
        <translation>自动 — 英语用 tiny.en，其他语言用 base</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="119"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="151"/>
        <source>Caption track</source>
        <translation>字幕轨</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="159"/>
        <source>Add track</source>
        <translation>添加字幕轨</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="160"/>
        <source>Import .vtt/.srt…</source>
        <translation>导入 .vtt/.srt…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="165"/>
        <source>Transcribe the media on this computer (nothing is uploaded)</source>
        <translation>在本机上转写媒体（不上传任何内容）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="170"/>
        <source>Whisper options</source>
        <translation>Whisper 选项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="171"/>
        <source>Whisper model and language</source>
        <translation>Whisper 模型和语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="179"/>
        <source>&amp;Reviewed by the author</source>
        <translation>已由作者审阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="180"/>
        <source>Reviewed by the author</source>
        <translation>已由作者审阅</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="184"/>
        <source>Caption profile</source>
        <translation>字幕规范</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="195"/>
        <source>Follow playback</source>
        <translation>跟随播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="206"/>
        <source>Shift by seconds</source>
        <translation>平移秒数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="215"/>
        <source>Shift the selected captions (all if none is selected)</source>
        <translation>平移所选字幕（未选择时平移全部）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="222"/>
        <source>Find in all tracks</source>
        <translation>在所有字幕轨中查找</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="223"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="225"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="232"/>
        <source>Replace in every caption track of this block (one undo step)</source>
        <translation>在此内容块的所有字幕轨中替换（一步即可撤销）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="234"/>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="235"/>
        <source>Whole words only</source>
        <translation>仅全字匹配</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="236"/>
        <source>Re&amp;gular expression</source>
        <translation>正则表达式(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="237"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="238"/>
        <source>Python regular expression; \1 in the replacement is the first group</source>
        <translation>Python 正则表达式；替换内容中的 \1 表示第一个分组</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="124"/>
        <source>Detect the language</source>
        <translation>检测语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="157"/>
        <source>Track:</source>
        <translation>字幕轨：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="193"/>
        <source>Profile:</source>
        <translation>规范：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="264"/>
        <source>Caption text</source>
        <translation>字幕文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="269"/>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="271"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="272"/>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="277"/>
        <source>T&amp;iming:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="282"/>
        <source>Warnings for this caption</source>
        <translation>此条字幕的警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="283"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="127"/>
        <source>Translate to English subtitles</source>
        <translation>翻译为英文字幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="116"/>
        <source>No model installed: run 'studio models install tiny.en'</source>
        <translation>未安装模型：请运行 'studio models install tiny.en'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="123"/>
        <source>The course language ({code})</source>
        <translation>课程语言 ({code})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Ad lib</source>
        <translation>即兴发挥</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Said differently</source>
        <translation>换了说法</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="46"/>
        <source>Departures from the script</source>
        <translation>与讲稿的差异</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="92"/>
        <source>Script</source>
        <translation>讲稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="93"/>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Captions show</source>
        <translation>字幕显示</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="83"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="70"/>
        <source>The speaker departed from the script in {n} place(s). Listen, then choose what the captions show.</source>
        <translation>讲者在 {n} 处偏离了讲稿。请先听，再选择字幕显示的内容。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="91"/>
        <source>Captions show, at {t}</source>
        <translation>字幕显示，位于 {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="34"/>
        <source>Rename lesson</source>
        <translation>重命名这一课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="35"/>
        <source>Lesson title</source>
        <translation>课的标题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="38"/>
        <source>Contents:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="46"/>
        <source>&amp;Record a lecture</source>
        <translation>录制讲座(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="53"/>
        <source>&amp;Narrated slides</source>
        <translation>带旁白的幻灯片(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="43"/>
        <source>Record the screen, a camera and a microphone into this lesson.</source>
        <translation>把屏幕、摄像头和麦克风录制到这一课中。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="44"/>
        <source>Set up the &amp;recorder</source>
        <translation>设置录制器(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="50"/>
        <source>Record a narration for each slide, then compose the lecture video.</source>
        <translation>为每张幻灯片录制旁白，然后合成讲座视频。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="51"/>
        <source>Show the &amp;slides</source>
        <translation>显示幻灯片(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="114"/>
        <source>no blocks yet</source>
        <translation>还没有内容块</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="112"/>
        <source>{kind}: {n}</source>
        <translation>{kind}：{n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="188"/>
        <source>Discussion prompt</source>
        <translation>讨论主题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="45"/>
        <source>Chosen file</source>
        <translation>已选文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="46"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="47"/>
        <source>Choose file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="72"/>
        <source>Image:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="73"/>
        <source>Edit alt text</source>
        <translation>编辑替代文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="74"/>
        <source>Alternative text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="75"/>
        <source>What the image shows, for people who cannot see it</source>
        <translation>图片所展示的内容，供看不见图片的人使用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="76"/>
        <source>&amp;Alt text:</source>
        <translation>替代文字(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="82"/>
        <source>Alt text check</source>
        <translation>替代文字检查</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="85"/>
        <source>Edit caption</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="86"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="87"/>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="89"/>
        <source>Narration script</source>
        <translation>旁白稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="90"/>
        <source>Speaker notes / narration script of this slide</source>
        <translation>此幻灯片的演讲者备注 / 旁白稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="91"/>
        <source>&amp;Narration:</source>
        <translation>旁白(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="93"/>
        <source>Recorded narration:</source>
        <translation>已录制的旁白：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="136"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="137"/>
        <source>Rename attachment</source>
        <translation>重命名附件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="138"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="141"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="142"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="154"/>
        <source>Edit link</source>
        <translation>编辑链接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="155"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="157"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="160"/>
        <source>Rename link</source>
        <translation>重命名链接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="185"/>
        <source>Rename discussion</source>
        <translation>重命名讨论</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="189"/>
        <source>Edit discussion prompt</source>
        <translation>编辑讨论主题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="190"/>
        <source>&amp;Prompt:</source>
        <translation>题干(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="56"/>
        <source>Change file</source>
        <translation>更换文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="78"/>
        <source>&amp;Decorative (no alt text needed)</source>
        <translation>装饰性图片(&amp;D)（无需替代文字）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="113"/>
        <source>(no image)</source>
        <translation>（无图片）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="121"/>
        <source>Decorative image</source>
        <translation>装饰性图片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="105"/>
        <source>Alt text is required: describe the image, or mark it decorative.</source>
        <translation>必须填写替代文字：请描述图片，或将其标记为装饰性图片。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="171"/>
        <source>Use an http, https or mailto address.</source>
        <translation>请使用 http、https 或 mailto 地址。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="98"/>
        <source>Grabbing the frame</source>
        <translation>正在截取画面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="75"/>
        <source>Finding a poster frame</source>
        <translation>正在查找封面帧</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="57"/>
        <source>Waveform of {name}</source>
        <translation>{name} 的波形</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="83"/>
        <source>Poster of {name}</source>
        <translation>{name} 的封面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="24"/>
        <source>Describe the image for people who cannot see it
(leave empty if decorative):</source>
        <translation>为看不见图片的人描述这张图片
（如果是装饰性图片请留空）：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="38"/>
        <source>pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="106"/>
        <source>Paste image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="76"/>
        <source>Alternative text for {name}</source>
        <translation>{name} 的替代文本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="232"/>
        <source>Question prompt</source>
        <translation>题干</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="156"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="158"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="163"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="170"/>
        <source>A right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="195"/>
        <source>Set the right answer</source>
        <translation>设置正确答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="233"/>
        <source>Edit question prompt</source>
        <translation>编辑题干</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="236"/>
        <source>P&amp;oints:</source>
        <translation>分值(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="239"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="253"/>
        <source>When &amp;right:</source>
        <translation>答对时(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="254"/>
        <source>When &amp;wrong:</source>
        <translation>答错时(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="255"/>
        <source>E&amp;xplanation:</source>
        <translation>解析(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="332"/>
        <source>Edit answers</source>
        <translation>编辑答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="336"/>
        <source>Edit distractors</source>
        <translation>编辑干扰项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice text</source>
        <translation>选项文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback when chosen</source>
        <translation>选中时的反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Prompt</source>
        <translation>题干</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item</source>
        <translation>项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="235"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Shown when the answer is right</source>
        <translation>答对时显示</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Feedback when right</source>
        <translation>答对时的反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Shown when the answer is wrong</source>
        <translation>答错时显示</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Feedback when wrong</source>
        <translation>答错时的反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>The explanation, shown in review</source>
        <translation>解析，复查时显示</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="268"/>
        <source>Choices:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="98"/>
        <source>Add {noun}</source>
        <translation>添加{noun}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="117"/>
        <source>Reorder</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="169"/>
        <source>Choice {n} is correct</source>
        <translation>选项 {n} 是正确的</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="273"/>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="274"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="275"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="276"/>
        <source>Right &amp;answer:</source>
        <translation>正确答案(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="278"/>
        <source>If True is chosen:</source>
        <translation>选择“对”时：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="282"/>
        <source>If False is chosen:</source>
        <translation>选择“错”时：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="107"/>
        <source>Add {n}</source>
        <translation>添加{n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="111"/>
        <source>Remove {n}</source>
        <translation>移除{n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice {n}</source>
        <translation>选项 {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback for choice {n}</source>
        <translation>选项 {n} 的反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Pair {n} prompt</source>
        <translation>配对 {n} 的题目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Pair {n} answer</source>
        <translation>配对 {n} 的答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="287"/>
        <source>Accepted answers</source>
        <translation>可接受的答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="288"/>
        <source>answers separated by ;</source>
        <translation>答案之间用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="295"/>
        <source>A&amp;ccepted answers:</source>
        <translation>可接受的答案(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="279"/>
        <source>Feedback for True</source>
        <translation>选择“对”时的反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="283"/>
        <source>Feedback for False</source>
        <translation>选择“错”时的反馈</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="299"/>
        <source>Answer mode</source>
        <translation>答案方式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="300"/>
        <source>Exact value (± tolerance)</source>
        <translation>精确值（± 容差）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="301"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="302"/>
        <source>&amp;Mode:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="296"/>
        <source>Case-sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="310"/>
        <source>Pairs:</source>
        <translation>配对：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="312"/>
        <source>Distractors</source>
        <translation>干扰项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="313"/>
        <source>extra wrong answers separated by ;</source>
        <translation>额外的错误答案，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="320"/>
        <source>&amp;Distractors:</source>
        <translation>干扰项(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="323"/>
        <source>Items in the right order:</source>
        <translation>按正确顺序排列的项：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="328"/>
        <source>Marking guidance</source>
        <translation>评分指引</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="329"/>
        <source>&amp;Guidance:</source>
        <translation>指引(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="111"/>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="83"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="86"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="105"/>
        <source>Quiz settings</source>
        <translation>测验设置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="108"/>
        <source>Rename quiz</source>
        <translation>重命名测验</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="109"/>
        <source>Quiz title</source>
        <translation>测验标题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="114"/>
        <source>Edit instructions</source>
        <translation>编辑说明</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="115"/>
        <source>&amp;Instructions:</source>
        <translation>说明(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="121"/>
        <source>Passing score</source>
        <translation>及格分数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="122"/>
        <source>Change passing score</source>
        <translation>更改及格分数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="125"/>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="127"/>
        <source>Attempts allowed</source>
        <translation>允许的作答次数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="128"/>
        <source>Change attempts</source>
        <translation>更改作答次数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="131"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="133"/>
        <source>Questions drawn for each attempt</source>
        <translation>每次作答抽取的题目数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="134"/>
        <source>Change pool draw</source>
        <translation>更改抽题数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="155"/>
        <source>Quiz summary</source>
        <translation>测验摘要</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="164"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="171"/>
        <source>Question kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="174"/>
        <source>&amp;Add question</source>
        <translation>添加题目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="136"/>
        <source>Pass at:</source>
        <translation>及格线：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="138"/>
        <source>Attempts:</source>
        <translation>作答次数：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="140"/>
        <source>Draw:</source>
        <translation>抽取：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="147"/>
        <source>Shuffle &amp;questions</source>
        <translation>打乱题目顺序(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="149"/>
        <source>Shuffle &amp;choices</source>
        <translation>打乱选项顺序(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="182"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="183"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="204"/>
        <source>Add {kind} question</source>
        <translation>添加{kind}题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="230"/>
        <source>(no prompt)</source>
        <translation>（无题干）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="212"/>
        <source>Remove question</source>
        <translation>移除题目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="220"/>
        <source>Reorder questions</source>
        <translation>调整题目顺序</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="241"/>
        <source>of {m} questions</source>
        <translation>共 {m} 道题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="260"/>
        <source>Add a question to see its preview.</source>
        <translation>添加一道题目即可看到预览。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="29"/>
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="30"/>
        <source>Multiple response</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="31"/>
        <source>True / false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="32"/>
        <source>Fill in the blank</source>
        <translation>填空题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="33"/>
        <source>Numeric</source>
        <translation>数值题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="34"/>
        <source>Matching</source>
        <translation>配对题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="35"/>
        <source>Ordering</source>
        <translation>排序题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="36"/>
        <source>Essay</source>
        <translation>问答题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="114"/>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted (case-sensitive)</source>
        <translation>可接受（区分大小写）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted</source>
        <translation>可接受</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="98"/>
        <source>Answers offered</source>
        <translation>提供的答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="102"/>
        <source>Put in order (shown shuffled).</source>
        <translation>排列顺序（显示时打乱）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="133"/>
        <source>unlimited attempts</source>
        <translation>不限作答次数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="136"/>
        <source>questions shuffled</source>
        <translation>题目顺序打乱</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="138"/>
        <source>choices shuffled</source>
        <translation>选项顺序打乱</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="75"/>
        <source>If False is chosen</source>
        <translation>选择“错”时</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="115"/>
        <source>{n} points</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="120"/>
        <source>When right</source>
        <translation>答对时</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="121"/>
        <source>When wrong</source>
        <translation>答错时</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="132"/>
        <source>pass at {score}%</source>
        <translation>{score}% 及格</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="74"/>
        <source>If True is chosen</source>
        <translation>选择“对”时</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="84"/>
        <source>from {low} to {high}</source>
        <translation>从 {low} 到 {high}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="103"/>
        <source>Right order</source>
        <translation>正确顺序</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="118"/>
        <source>(no prompt yet)</source>
        <translation>（还没有题干）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="131"/>
        <source>{n} drawn at random for each attempt</source>
        <translation>每次作答随机抽取 {n} 道</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="134"/>
        <source>{n} attempts</source>
        <translation>{n} 次作答</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="79"/>
        <source>(none yet)</source>
        <translation>（还没有）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="105"/>
        <source>the learner writes an answer</source>
        <translation>学习者写出答案</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="116"/>
        <source>Question {n}</source>
        <translation>第 {n} 题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="93"/>
        <source>choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="59"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="60"/>
        <source>Recorder status</source>
        <translation>录制器状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="66"/>
        <source>&amp;Finish and add it</source>
        <translation>完成并添加(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="71"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="72"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="73"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="74"/>
        <source>&amp;Screen:</source>
        <translation>屏幕(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="75"/>
        <source>&amp;Camera:</source>
        <translation>摄像头(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="76"/>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="81"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="82"/>
        <source>Co&amp;untdown:</source>
        <translation>倒计时(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="86"/>
        <source>Input level</source>
        <translation>输入音量</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="87"/>
        <source>Level:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="90"/>
        <source>&amp;Record</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="91"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="92"/>
        <source>Add &amp;marker</source>
        <translation>添加标记(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="93"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="101"/>
        <source>Recorded time</source>
        <translation>已录制时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="104"/>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="249"/>
        <source>Encoding the recording… (see the jobs panel)</source>
        <translation>正在编码录制内容……（见任务面板）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="254"/>
        <source>Encode recording</source>
        <translation>编码录制内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="271"/>
        <source>The recording was added to the lesson.</source>
        <translation>录制内容已添加到这一课。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="165"/>
        <source>(off)</source>
        <translation>（关闭）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="237"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="250"/>
        <source>Recording {n}</source>
        <translation>录制 {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="266"/>
        <source>Add recording</source>
        <translation>添加录制内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Recording…</source>
        <translation>正在录制…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="123"/>
        <source>A recording from {when} was interrupted before it was added ({n} part(s) on disk).</source>
        <translation>{when} 的一次录制在添加前中断了（磁盘上有 {n} 个片段）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="177"/>
        <source>No {what} found: you can still record the screen; connect one and reopen this panel to use it.</source>
        <translation>未找到{what}：仍然可以录制屏幕；连接设备后重新打开此面板即可使用。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="156"/>
        <source>Recording is not available here: {e}</source>
        <translation>此处无法录制：{e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="178"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="203"/>
        <source>Recording starts in {n}…</source>
        <translation>{n} 秒后开始录制…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Paragraph</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 2</source>
        <translation>标题 2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 3</source>
        <translation>标题 3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 4</source>
        <translation>标题 4</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="110"/>
        <source>Page text</source>
        <translation>页面文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="174"/>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="175"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="180"/>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="181"/>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link…</source>
        <translation>链接…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="118"/>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="164"/>
        <source>Paragraph style</source>
        <translation>段落样式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table…</source>
        <translation>表格…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="392"/>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation>网址 (https://…)；留空则移除链接：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="424"/>
        <source>Rows (with the header row):</source>
        <translation>行数（含标题行）：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="428"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="449"/>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="133"/>
        <source>More formatting</source>
        <translation>更多格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="139"/>
        <source>Cannot paste</source>
        <translation>无法粘贴</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="401"/>
        <source>Only http, https and mailto links are allowed.</source>
        <translation>只允许 http、https 和 mailto 链接。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="57"/>
        <source>Narration status</source>
        <translation>旁白状态</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="61"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="74"/>
        <source>&amp;Record narration</source>
        <translation>录制旁白(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="76"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="79"/>
        <source>Use an audio &amp;file…</source>
        <translation>使用音频文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="86"/>
        <source>&amp;Compose lecture video</source>
        <translation>合成讲座视频(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="150"/>
        <source>Narration</source>
        <translation>旁白</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="175"/>
        <source>Recording the narration… read the script, then Stop.</source>
        <translation>正在录制旁白……读完稿子后点“停止”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="189"/>
        <source>Encode narration</source>
        <translation>编码旁白</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="206"/>
        <source>Composing the lecture video… (see the jobs panel)</source>
        <translation>正在合成讲座视频……（见任务面板）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="220"/>
        <source>Compose lecture video</source>
        <translation>合成讲座视频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="221"/>
        <source>The lecture video was added at the end of the lesson.</source>
        <translation>讲座视频已添加到这一课的末尾。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="112"/>
        <source>This lesson has no slides: import a PowerPoint deck first.</source>
        <translation>这一课没有幻灯片：请先导入 PowerPoint 演示文稿。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="201"/>
        <source>This lesson has no slides to compose.</source>
        <translation>这一课没有可合成的幻灯片。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="209"/>
        <source>Compose “{t}”</source>
        <translation>合成“{t}”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="115"/>
        <source>{done} of {n} slides narrated (slides without narration show for 4 s).</source>
        <translation>{n} 张幻灯片中已有 {done} 张录了旁白（没有旁白的幻灯片显示 4 秒）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="106"/>
        <source>Slide</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="96"/>
        <source>Spell check ({lang})</source>
        <translation>拼写检查 ({lang})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="84"/>
        <source>Loading the {lang} dictionary</source>
        <translation>正在加载 {lang} 词典</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="122"/>
        <source>Add “{w}” to the course dictionary</source>
        <translation>将“{w}”加入课程词典</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="40"/>
        <source>Questions that pause the video</source>
        <translation>让视频暂停的题目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="48"/>
        <source>&amp;Add question at playhead</source>
        <translation>在播放头处添加题目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="60"/>
        <source>Time of the question</source>
        <translation>题目出现的时间</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="62"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="64"/>
        <source>Require the right answer</source>
        <translation>要求答对</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="67"/>
        <source>After a wrong answer, watch again from</source>
        <translation>答错后，从此处重看</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="68"/>
        <source>empty: no</source>
        <translation>留空：不重看</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="70"/>
        <source>After a wrong answer, &amp;watch again from:</source>
        <translation>答错后，从此处重看(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="63"/>
        <source>The video goes on only after the right answer</source>
        <translation>只有答对后视频才继续播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="121"/>
        <source>Set where to watch again</source>
        <translation>设置重看的起点</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="66"/>
        <source>Caption timeline</source>
        <translation>字幕时间轴</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="67"/>
        <source>Waveform and captions. Drag a caption's edges or body to retime it; click to move the playhead; Ctrl+wheel zooms.</source>
        <translation>波形和字幕。拖动字幕的边缘或主体可调整时间；单击可移动播放头；Ctrl+滚轮缩放。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="370"/>
        <source>Zoom in the timeline</source>
        <translation>放大时间轴</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="371"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大 (Ctrl+滚轮)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="375"/>
        <source>Zoom out the timeline</source>
        <translation>缩小时间轴</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="376"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小 (Ctrl+滚轮)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="62"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="63"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="66"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="121"/>
        <source>Chapters</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="128"/>
        <source>Add chapter at playhead</source>
        <translation>在播放头处添加章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="130"/>
        <source>Remove chapter</source>
        <translation>移除章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="132"/>
        <source>Chapters from pauses</source>
        <translation>根据停顿生成章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="133"/>
        <source>A chapter after each long silence in the first caption track</source>
        <translation>在第一条字幕轨中每段长时间静音之后添加一个章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="213"/>
        <source>&amp;Captions</source>
        <translation>字幕(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="221"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="268"/>
        <source>Media:</source>
        <translation>媒体：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="278"/>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="280"/>
        <source>Leave empty to build the transcript from the first caption track.</source>
        <translation>留空则根据第一条字幕轨生成文字稿。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="282"/>
        <source>T&amp;ranscript:</source>
        <translation>文字稿(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="283"/>
        <source>Write the transcript from the captions</source>
        <translation>根据字幕写出文字稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="284"/>
        <source>Paragraphs at the pauses of the first caption track; edit freely</source>
        <translation>按第一条字幕轨中的停顿分段；可随意修改</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="297"/>
        <source>Transcript from captions</source>
        <translation>根据字幕生成文字稿</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="93"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="164"/>
        <source>Add chapter</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="180"/>
        <source>Rename chapter</source>
        <translation>重命名章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="186"/>
        <source>Move chapter</source>
        <translation>移动章节</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="218"/>
        <source>C&amp;hapters</source>
        <translation>章节(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="220"/>
        <source>&amp;Questions</source>
        <translation>题目(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="245"/>
        <source>Use this frame as &amp;poster</source>
        <translation>将此帧用作封面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="246"/>
        <source>Use this frame as poster</source>
        <translation>将此帧用作封面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="247"/>
        <source>The picture learners see before they press play</source>
        <translation>学习者点击播放之前看到的画面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="261"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="271"/>
        <source>Choose poster…</source>
        <translation>选择封面…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="276"/>
        <source>Poster image:</source>
        <translation>封面图片：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="314"/>
        <source>Change media</source>
        <translation>更换媒体</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="319"/>
        <source>Change poster</source>
        <translation>更换封面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="416"/>
        <source>Poster from {t}</source>
        <translation>{t} 处的封面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="163"/>
        <source>Chapter {n}</source>
        <translation>第 {n} 章</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_view.py" line="35"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="51"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="178"/>
        <source>Export the course</source>
        <translation>导出课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="181"/>
        <source>LMS or format</source>
        <translation>学习管理系统或格式</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="195"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="201"/>
        <source>Package file</source>
        <translation>课程包文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="203"/>
        <source>Choose where to save the package</source>
        <translation>选择课程包的保存位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="209"/>
        <source>Estimated package size</source>
        <translation>课程包估计大小</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="211"/>
        <source>Warnings before export</source>
        <translation>导出前的警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="216"/>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="223"/>
        <source>Validation verdict</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="232"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="235"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="238"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="245"/>
        <source>&amp;Target</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="344"/>
        <source>Save the package as</source>
        <translation>课程包另存为</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="375"/>
        <source>Exporting… (see the Jobs panel)</source>
        <translation>正在导出……（见任务面板）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="389"/>
        <source>The package was not written.</source>
        <translation>未写出课程包。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="398"/>
        <source>Exported; checking the package…</source>
        <translation>已导出；正在检查课程包…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>Valid {kind} package.</source>
        <translation>{kind} 课程包有效。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>INVALID {kind} package.</source>
        <translation>{kind} 课程包无效。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="50"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="66"/>
        <source>Over the {n} MB upload limit some LMSs use: choose a lower video quality or split the course.</source>
        <translation>超过了部分学习管理系统 {n} MB 的上传限制：请选择较低的视频质量或拆分课程。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="250"/>
        <source>Package file:</source>
        <translation>课程包文件：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="253"/>
        <source>Check before exporting:</source>
        <translation>导出前请检查：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="336"/>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="408"/>
        <source>Validating the package</source>
        <translation>正在验证课程包</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="428"/>
        <source>Exported (not checked).</source>
        <translation>已导出（未检查）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="381"/>
        <source>Export {fmt}</source>
        <translation>导出 {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="384"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="394"/>
        <source>Exported {path} ({size}).</source>
        <translation>已导出 {path} ({size})。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="396"/>
        <source>Warning: {w}</source>
        <translation>警告：{w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="397"/>
        <source>Changed by the target: {d}</source>
        <translation>目标平台会改动：{d}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="416"/>
        <source>Validate {name}</source>
        <translation>验证 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="436"/>
        <source>Errors: {e}. Warnings: {w}.</source>
        <translation>错误：{e}。警告：{w}。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="185"/>
        <source>{lms} — {fmt}</source>
        <translation>{lms} — {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="323"/>
        <source>Estimated size: about {size}.</source>
        <translation>估计大小：约 {size}。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="449"/>
        <source>No file manager could open the folder. The package is in {folder}</source>
        <translation>没有文件管理器能打开该文件夹。课程包位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="358"/>
        <source>Check the options: {e}</source>
        <translation>请检查选项：{e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="295"/>
        <source>What this LMS changes:</source>
        <translation>此学习管理系统会改动：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="298"/>
        <source>cmi5 packages:</source>
        <translation>cmi5 课程包：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="429"/>
        <source>Studio's validator does not check {fmt} packages; import it into a test course of your LMS first.</source>
        <translation>Studio 的验证器不检查 {fmt} 课程包；请先把它导入学习管理系统中的测试课程。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="53"/>
        <source>Import into the course</source>
        <translation>导入到课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="56"/>
        <source>What to import</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="57"/>
        <source>PowerPoint slides (.pptx) as narrated slides</source>
        <translation>PowerPoint 幻灯片 (.pptx)，作为带旁白的幻灯片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="58"/>
        <source>Questions or a package (format detected)</source>
        <translation>题目或课程包（自动识别格式）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="67"/>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="69"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="74"/>
        <source>Add the questions to the selected quiz</source>
        <translation>将题目添加到所选测验</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="81"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="82"/>
        <source>What was imported, kept as is, or skipped shows here.</source>
        <translation>这里显示导入了什么、原样保留了什么、跳过了什么。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="83"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="94"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="123"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="129"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="134"/>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="101"/>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="126"/>
        <source>Questions and packages ({p})</source>
        <translation>题目和课程包 ({p})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="149"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="155"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="181"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="144"/>
        <source>Choose a file to import first (no file at {p}).</source>
        <translation>请先选择要导入的文件（{p} 处没有文件）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="174"/>
        <source>Imported {n} slides from {name} as a new module ({notes} with speaker notes; slide images: {how}).</source>
        <translation>已从 {name} 导入 {n} 张幻灯片，作为新模块（{notes} 张带演讲者备注；幻灯片图片：{how}）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="34"/>
        <source>Learner views every lesson</source>
        <translation>学习者浏览每一课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="35"/>
        <source>Learner watches a share of every video</source>
        <translation>学习者观看每个视频的一定比例</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="36"/>
        <source>Learner passes the quizzes</source>
        <translation>学习者通过测验</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="51"/>
        <source>Course properties</source>
        <translation>课程属性</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="67"/>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="72"/>
        <source>Keywords, separated by commas</source>
        <translation>关键词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>Course title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>Course description</source>
        <translation>课程描述</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>Course language (BCP 47 tag, e.g. en or pt-BR)</source>
        <translation>课程语言（BCP 47 标签，如 zh 或 pt-BR）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="88"/>
        <source>Language warning</source>
        <translation>语言警告</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>&amp;Authors</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Li&amp;cence</source>
        <translation>许可协议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Licence (SPDX identifier)</source>
        <translation>许可协议（SPDX 标识）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>&amp;Version</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Com&amp;pletion</source>
        <translation>完成规则(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Completion rule for tracked packages</source>
        <translation>带跟踪的课程包的完成规则</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Video &amp;share</source>
        <translation>视频观看比例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Share of each video to watch</source>
        <translation>每个视频需要观看的比例</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Pa&amp;ssing score</source>
        <translation>及格分数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Passing score of the course</source>
        <translation>课程的及格分数</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="178"/>
        <source>'{tag}' is not a language tag such as en, fr or pt-BR.</source>
        <translation>“{tag}”不是 en、fr 或 pt-BR 这样的语言标签。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="77"/>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="83"/>
        <source>{h} h {m} min left</source>
        <translation>还剩 {h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="79"/>
        <source>{n} s left</source>
        <translation>还剩 {n} 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="82"/>
        <source>{m} min {s} s left</source>
        <translation>还剩 {m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="27"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="28"/>
        <source>Show the Jobs panel (Ctrl+4)</source>
        <translation>显示任务面板 (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="36"/>
        <source>Progress of the running jobs</source>
        <translation>正在运行的任务的进度</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="63"/>
        <source>{n} job(s) running</source>
        <translation>{n} 个任务正在运行</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="65"/>
        <source>{n} failed</source>
        <translation>{n} 个失败</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="58"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="88"/>
        <source>No jobs running. Exports, imports and captioning show here.</source>
        <translation>没有正在运行的任务。导出、导入和字幕生成会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="90"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="91"/>
        <source>Clear finished jobs</source>
        <translation>清除已完成的任务</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="27"/>
        <source>Job: {title}</source>
        <translation>任务：{title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="37"/>
        <source>Progress of {title}</source>
        <translation>{title} 的进度</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="40"/>
        <source>Cancel {title}</source>
        <translation>取消 {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="69"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="70"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="71"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="47"/>
        <source>Video (*.mp4 *.webm *.mov *.mkv *.m4v)</source>
        <translation>视频 (*.mp4 *.webm *.mov *.mkv *.m4v)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="48"/>
        <source>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</source>
        <translation>音频 (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="50"/>
        <source>Any file (*)</source>
        <translation>任意文件 (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="63"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="81"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="98"/>
        <source>Course statistics</source>
        <translation>课程统计</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="123"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="429"/>
        <source>Choose a file to add</source>
        <translation>选择要添加的文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="504"/>
        <source>Preparing the preview</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218"/>
        <source>Modules: {m} · Lessons: {l}</source>
        <translation>模块：{m} · 课：{l}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="290"/>
        <source>Recovered unsaved work; save to keep it.</source>
        <translation>已恢复未保存的工作；请保存以保留。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="348"/>
        <source>Recovery copy saved</source>
        <translation>已保存恢复副本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="469"/>
        <source>Cannot add the file</source>
        <translation>无法添加文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="502"/>
        <source>Cannot preview the course</source>
        <translation>无法预览课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="202"/>
        <source>{title} ({name})[*] — Studio</source>
        <translation>{title} ({name})[*] — Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="272"/>
        <source>Cannot open the course</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="278"/>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="301"/>
        <source>Cannot create the course</source>
        <translation>无法创建课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305"/>
        <source>Created {path}</source>
        <translation>已创建 {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="324"/>
        <source>Cannot save the course</source>
        <translation>无法保存课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="327"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="336"/>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="340"/>
        <source>Saved as {path}</source>
        <translation>已另存为 {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="220"/>
        <source>Errors: {e} · Warnings: {w}</source>
        <translation>错误：{e} · 警告：{w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="288"/>
        <source>Cannot recover the unsaved work</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="444"/>
        <source>Copying {name}</source>
        <translation>正在复制 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="466"/>
        <source>Added {name}</source>
        <translation>已添加 {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>No browser could be opened</source>
        <translation>无法打开浏览器</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="499"/>
        <source>Preview at {url}</source>
        <translation>预览地址：{url}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="461"/>
        <source>Add {kind}</source>
        <translation>添加{kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>The preview is ready at {url}: open that address in a web browser.</source>
        <translation>预览已就绪，地址为 {url}：请在网页浏览器中打开这个地址。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="33"/>
        <source>Packages and questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</source>
        <translation>课程包和题目 (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="52"/>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="56"/>
        <source>e.g. Water in our world</source>
        <translation>例如：我们世界中的水</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="61"/>
        <source>Course language</source>
        <translation>课程语言</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="73"/>
        <source>File to start from</source>
        <translation>起始文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="74"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="75"/>
        <source>Choose the file to start from</source>
        <translation>选择起始文件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="82"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="114"/>
        <source>Start from</source>
        <translation>从以下内容开始</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="142"/>
        <source>Give the course a title.</source>
        <translation>请为课程起个标题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="66"/>
        <source>An &amp;empty course</source>
        <translation>空课程(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="67"/>
        <source>From a &amp;PowerPoint deck (narrated slides)</source>
        <translation>从 PowerPoint 演示文稿开始(&amp;P)（带旁白的幻灯片）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="68"/>
        <source>From a p&amp;ackage or a quiz file (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</source>
        <translation>从课程包或题目文件开始(&amp;A)（SCORM、Common Cartridge、EPUB、GIFT、Aiken、CSV、QTI）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="88"/>
        <source>Start from:</source>
        <translation>从以下内容开始：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="137"/>
        <source>Choose the file to start from.</source>
        <translation>请选择起始文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="139"/>
        <source>{path} is not a file: choose the deck, package or quiz file.</source>
        <translation>{path} 不是文件：请选择演示文稿、课程包或题目文件。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="38"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="40"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="42"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="43"/>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="45"/>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="78"/>
        <source>Course outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="80"/>
        <source>Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.</source>
        <translation>模块、课和内容块。F2 重命名，Delete 删除，Alt+上/下移动。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="189"/>
        <source>Untitled course</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="39"/>
        <source>&amp;Page</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="40"/>
        <source>&amp;Quiz</source>
        <translation>测验(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="41"/>
        <source>&amp;Web link</source>
        <translation>网页链接(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="42"/>
        <source>&amp;Discussion prompt</source>
        <translation>讨论主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="43"/>
        <source>&amp;Video…</source>
        <translation>视频(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="44"/>
        <source>&amp;Audio…</source>
        <translation>音频(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="45"/>
        <source>&amp;Image…</source>
        <translation>图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="46"/>
        <source>A&amp;ttachment…</source>
        <translation>附件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="71"/>
        <source>Add &amp;module</source>
        <translation>添加模块(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="72"/>
        <source>Add &amp;lesson</source>
        <translation>添加课(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="73"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="75"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="76"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="178"/>
        <source>New lesson</source>
        <translation>新的一课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="114"/>
        <source>Add &amp;block</source>
        <translation>添加内容块(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="123"/>
        <source>Move &amp;to module</source>
        <translation>移到模块(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="163"/>
        <source>Module 1</source>
        <translation>模块 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="194"/>
        <source>Add lesson</source>
        <translation>添加课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="207"/>
        <source>Add block</source>
        <translation>添加内容块</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="242"/>
        <source>block</source>
        <translation>内容块</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="187"/>
        <source>Module {n}</source>
        <translation>模块 {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="236"/>
        <source>module '{t}'</source>
        <translation>模块“{t}”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="245"/>
        <source>Deleted {what}. Undo brings it back.</source>
        <translation>已删除{what}。撤销即可恢复。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="198"/>
        <source>Lesson {n}</source>
        <translation>第 {n} 课</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="239"/>
        <source>lesson '{t}'</source>
        <translation>课“{t}”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="31"/>
        <source>Selected item</source>
        <translation>所选项目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="57"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="48"/>
        <source>Quiz and question</source>
        <translation>测验和题目</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="137"/>
        <source>Module title</source>
        <translation>模块标题</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="138"/>
        <source>Module description</source>
        <translation>模块描述</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="143"/>
        <source>Lesson description</source>
        <translation>课的描述</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="144"/>
        <source>&amp;Objectives:</source>
        <translation>学习目标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Learning objectives, one per line</source>
        <translation>学习目标，每行一条</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Change objectives</source>
        <translation>更改学习目标</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="148"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="149"/>
        <source>not said</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="151"/>
        <source>D&amp;uration:</source>
        <translation>时长(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="153"/>
        <source>Expected duration in minutes</source>
        <translation>预计时长（分钟）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>C&amp;redits:</source>
        <translation>署名(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>Credits of the media file</source>
        <translation>媒体文件的署名</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="165"/>
        <source>Change credits</source>
        <translation>更改署名</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="172"/>
        <source>the course's licence</source>
        <translation>课程的许可协议</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="173"/>
        <source>Licence of the media file</source>
        <translation>媒体文件的许可协议</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="179"/>
        <source>&amp;Licence:</source>
        <translation>许可协议(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="223"/>
        <source>&amp;Pass at:</source>
        <translation>及格线(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="230"/>
        <source>A&amp;ttempts:</source>
        <translation>作答次数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="152"/>
        <source>Change duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="162"/>
        <source>No media file yet: choose one in the editor.</source>
        <translation>还没有媒体文件：请在编辑器中选择一个。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="44"/>
        <source>Module: {t}</source>
        <translation>模块：{t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="46"/>
        <source>Lesson: {t}</source>
        <translation>课：{t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="175"/>
        <source>Change licence</source>
        <translation>更改许可协议</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster:</source>
        <translation>封面：</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster image</source>
        <translation>封面图片</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="192"/>
        <source>Set the poster in the editor: “Use this frame as poster” or Details &gt; Choose poster.</source>
        <translation>在编辑器中设置封面：“将此帧用作封面”或“详情 &gt; 选择封面”。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="197"/>
        <source>Change alt text</source>
        <translation>更改替代文字</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="199"/>
        <source>Change caption</source>
        <translation>更改说明</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Link address</source>
        <translation>链接地址</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Change link</source>
        <translation>更改链接</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="210"/>
        <source>Edit the page's text in the editor; its images keep their alt text there (Image… on an image).</source>
        <translation>在编辑器中编辑页面文字；其中图片的替代文字也在那里（在图片上使用“图片…”）。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="213"/>
        <source>Learners answer the prompt in the LMS's forum.</source>
        <translation>学习者在学习管理系统的论坛中回答这个主题。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="33"/>
        <source>Caption editor</source>
        <translation>字幕编辑器</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="31"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="24"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo {what}</source>
        <translation>撤销{what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo {what}</source>
        <translation>重做{what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>&amp;New course…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>Create a new course</source>
        <translation>新建一门课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>&amp;Open course…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>Open a course (a .studio folder)</source>
        <translation>打开课程（一个 .studio 文件夹）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="38"/>
        <source>Save the course</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save a copy of the course under another name</source>
        <translation>以另一个名字保存课程副本</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="41"/>
        <source>&amp;Close course</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>Import PowerPoint, quizzes or packages</source>
        <translation>导入 PowerPoint、题目或课程包</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>Export SCORM, Common Cartridge or EPUB</source>
        <translation>导出 SCORM、Common Cartridge 或 EPUB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>&amp;Preview in browser</source>
        <translation>在浏览器中预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>Open the course as a learner sees it</source>
        <translation>以学习者的视角打开课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="49"/>
        <source>Go to &amp;outline</source>
        <translation>转到大纲(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="50"/>
        <source>Go to &amp;editor</source>
        <translation>转到编辑器(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="51"/>
        <source>Go to &amp;properties</source>
        <translation>转到属性(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="52"/>
        <source>Go to &amp;jobs</source>
        <translation>转到任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="53"/>
        <source>Go to the publish &amp;checklist</source>
        <translation>转到发布检查清单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="55"/>
        <source>&amp;How to start</source>
        <translation>如何开始(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="56"/>
        <source>&amp;About Studio</source>
        <translation>关于 Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>Every keyboard shortcut, the caption editor's too</source>
        <translation>所有键盘快捷键，包括字幕编辑器的</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="71"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="92"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="96"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="109"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="116"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="118"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="166"/>
        <source>The new language applies the next time Studio starts.</source>
        <translation>新语言将在下次启动 Studio 时生效。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="195"/>
        <source>Where to keep the course</source>
        <translation>课程保存位置</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="197"/>
        <source>Studio course (*.studio)</source>
        <translation>Studio 课程 (*.studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="205"/>
        <source>Open a course (choose its .studio folder)</source>
        <translation>打开课程（选择其 .studio 文件夹）</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="212"/>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="251"/>
        <source>About Studio</source>
        <translation>关于 Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="178"/>
        <source>No recent courses</source>
        <translation>没有最近的课程</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="252"/>
        <source>Studio {version}
Record, caption, build quizzes and export SCORM, Common Cartridge and EPUB. Everything stays on this computer.</source>
        <translation>Studio {version}
录制、生成字幕、制作测验，并导出 SCORM、Common Cartridge 和 EPUB。所有内容都保存在本机上。</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="105"/>
        <source>Show {name}</source>
        <translation>显示{name}</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2</source>
        <translation>SCORM 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Let Studio re-open the package later (the course is embedded, not the media twice)</source>
        <translation>允许 Studio 以后重新打开课程包（课程嵌入其中，媒体不重复存放）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Keep the camera, author and location data stored in photos</source>
        <translation>保留照片中的相机、作者和位置信息</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Track each lesson on its own in the LMS (one SCO per lesson)</source>
        <translation>在学习管理系统中分别跟踪每一课（每课一个 SCO）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Ed.</source>
        <translation>SCORM 2004 第 4 版</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.1</source>
        <translation>Common Cartridge 1.1</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Numeric questions:</source>
        <translation>数值题：</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as fill-in-the-blank with every accepted value</source>
        <translation>转为填空题，列出所有可接受的数值</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>leave them out</source>
        <translation>不导出</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Matching questions:</source>
        <translation>配对题：</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question per prompt</source>
        <translation>每个题目转为一道选择题</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Ordering questions:</source>
        <translation>排序题：</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question “Which order is right?”</source>
        <translation>转为一道选择题“哪个顺序是正确的？”</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Also write every quiz in Canvas' own format (read by Canvas only)</source>
        <translation>同时以 Canvas 自有格式写出每个测验（仅 Canvas 读取）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>The package is for:</source>
        <translation>课程包用于：</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Moodle</source>
        <translation>Moodle</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Moodle (Common Cartridge)</source>
        <translation>Moodle（Common Cartridge）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Blackboard</source>
        <translation>Blackboard</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Brightspace</source>
        <translation>Brightspace</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Open edX</source>
        <translation>Open edX</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Another LMS</source>
        <translation>其他学习管理系统</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.2</source>
        <translation>Common Cartridge 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.3</source>
        <translation>Common Cartridge 1.3</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 (quizzes)</source>
        <translation>QTI 1.2（测验）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 2.1 (quizzes)</source>
        <translation>QTI 2.1（测验）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3</source>
        <translation>EPUB 3</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Video quality:</source>
        <translation>视频质量：</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>as recorded (converted only if e-readers cannot play it)</source>
        <translation>保持原样（仅在电子阅读器无法播放时转换）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>small 360p copies for slow or metered connections</source>
        <translation>360p 小尺寸副本，适合慢速或按流量计费的网络</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Leave the videos out: posters, transcripts and captions as text (the smallest book)</source>
        <translation>不包含视频：封面、文字稿和字幕以文字形式呈现（书最小）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Cover image (empty: drawn from the course title):</source>
        <translation>封面图片（留空则根据课程标题绘制）：</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle backup</source>
        <translation>Moodle 备份</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions</source>
        <translation>Moodle XML 题目</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 (xAPI)</source>
        <translation>cmi5 (xAPI)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and newer: restore it (Restore on the course or category page) to get one section per module, a Page per lesson with its video, captions and images, File, URL and Forum activities, and each quiz with its marks, pass mark, review options, deferred feedback and native question types. Where only Common Cartridge import is allowed, use the moodle-cc preset.</source>
        <translation>适用于 Moodle 4.1 及更新版本的 Moodle 课程备份 (.mbz)：在课程或类别页面上“恢复”它，即可得到每个模块一个章节、每课一个带视频、字幕和图片的“页面”，以及“文件”“网址”和“论坛”活动；每个测验保留分值、及格线、复查选项、延迟反馈和原生题型。如果只允许导入 Common Cartridge，请使用 moodle-cc 预设。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>ordering questions become 'drag and drop into text' questions (Moodle 4.1 has no ordering question type); the report of the export says which</source>
        <translation>排序题会变为“拖放到文本”题（Moodle 4.1 没有排序题型）；导出报告会列出是哪些</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quizzes have no time limit (Studio sets none): set one in the quiz settings</source>
        <translation>测验没有时间限制（Studio 不设置）：请在测验设置中设置</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>not in Moodle itself: install the cmi5 Launch Link plugin (mod_cmi5launch), connect it to an LRS, then upload the cmi5 export</source>
        <translation>Moodle 本身不支持：请安装 cmi5 Launch Link 插件 (mod_cmi5launch)，将其连接到 LRS，然后上传 cmi5 导出文件</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Moodle 4.x imports CC 1.0/1.1 only): an 'About this course' section, then one section per module; each lesson page becomes a Page, attachments Files, links URL activities, discussion topics forums, quizzes Quiz activities. For graded quizzes export the Moodle backup instead (--format moodle, .mbz): it keeps marks, pass mark, review options and every question type.</source>
        <translation>Common Cartridge 1.1（Moodle 4.x 只能导入 CC 1.0/1.1）：先是“关于本课程”章节，然后每个模块一个章节；每个课的页面变为“页面”，附件变为“文件”，链接变为“网址”活动，讨论主题变为论坛，测验变为“测验”活动。若需计分测验，请改为导出 Moodle 备份（--format moodle，.mbz）：它会保留分值、及格线、复查选项和所有题型。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz marks: Moodle's CC converter sets every question to 1 mark and the quiz total to a fixed value, so grades are wrong; use the Moodle backup (--format moodle) or SCORM 1.2 for graded quizzes</source>
        <translation>测验分值：Moodle 的 CC 转换器会把每道题设为 1 分、把测验总分设为固定值，因此成绩会出错；计分测验请使用 Moodle 备份 (--format moodle) 或 SCORM 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark becomes 0, choice shuffling and 'draw N at random' are lost: set them in the quiz settings</source>
        <translation>及格线变为 0，选项乱序和“随机抽取 N 道题”会丢失：请在测验设置中设置</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>review options are off (learners do not see their marks or feedback) and the quiz runs in adaptive mode without penalty: change both in the quiz settings</source>
        <translation>复查选项被关闭（学习者看不到自己的分数和反馈），测验以无扣分的自适应模式运行：请在测验设置中修改这两项</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>partial credit: 'choose all that apply' questions give full marks when every box is ticked (wrong choices weigh 0) and per-choice weights are lost</source>
        <translation>部分得分：“选择所有符合项”的题目在勾选全部选项时给满分（错误选项权重为 0），每个选项的权重会丢失</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric questions arrive as short-answer questions listing every accepted answer (or as essays when a range is too wide to list)</source>
        <translation>数值题会变为列出所有可接受答案的简答题（范围太大无法列出时变为问答题）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>matching questions arrive as one multiple-choice question per prompt, ordering questions as one multiple-choice 'which order is right?'</source>
        <translation>配对题会变为每个题目一道选择题，排序题变为一道“哪个顺序是正确的？”选择题</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 with Canvas' own QTI beside the CC quiz (non_cc_assessments/), as Canvas exports it: pages and files, web links, discussions and graded quizzes. For numeric, matching and ordering questions in their own Canvas types, also import the 'qti12' export (QTI .zip file).</source>
        <translation>Common Cartridge 1.1，并在 CC 测验旁附带 Canvas 自有的 QTI (non_cc_assessments/)，与 Canvas 的导出方式相同：页面和文件、网页链接、讨论和计分测验。若要让数值题、配对题和排序题保持 Canvas 自己的题型，请同时导入 'qti12' 导出（QTI .zip 文件）。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Canvas' Common Cartridge importer reads the CC quiz file, so numeric, matching and ordering questions arrive converted as for Moodle; Canvas reads the extension file only in cartridges Canvas itself exported</source>
        <translation>Canvas 的 Common Cartridge 导入器读取 CC 测验文件，因此数值题、配对题和排序题会像 Moodle 那样被转换；Canvas 只在它自己导出的课程包中读取扩展文件</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>in the 'qti12' export ordering questions become matching questions (items to positions): classic quizzes have no ordering type</source>
        <translation>在 'qti12' 导出中，排序题会变为配对题（项目对应位置）：经典测验没有排序题型</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported (Canvas has none)</source>
        <translation>及格分数不会导入（Canvas 没有这一设置）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Canvas has no cmi5 launcher of its own (it needs an external cmi5/xAPI tool); use this preset or SCORM</source>
        <translation>否：Canvas 没有自带的 cmi5 启动器（需要外部 cmi5/xAPI 工具）；请使用此预设或 SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Blackboard Learn imports CC 1.0-1.2): content items, web links, discussion forums, tests with CC-profile questions.</source>
        <translation>Common Cartridge 1.1（Blackboard Learn 可导入 CC 1.0-1.2）：内容项、网页链接、讨论论坛以及包含 CC 规范题目的测试。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>question kinds outside the CC QTI profile would be dropped by Blackboard, so they are converted first (as for Moodle)</source>
        <translation>CC QTI 规范以外的题型会被 Blackboard 丢弃，因此会先进行转换（与 Moodle 相同）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark and attempts may need setting again in the test options</source>
        <translation>可能需要在测试选项中重新设置及格分数和作答次数</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Blackboard Learn itself; use this preset or SCORM</source>
        <translation>Blackboard Learn 本身不能导入 cmi5；请使用此预设或 SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 (Brightspace imports CC 1.x through Import/Export/Copy Components): content topics, links, discussions and quizzes.</source>
        <translation>Common Cartridge 1.3（Brightspace 通过“导入/导出/复制组件”导入 CC 1.x）：内容主题、链接、讨论和测验。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted (as for Moodle)</source>
        <translation>数值题、配对题和排序题会被转换（与 Moodle 相同）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported</source>
        <translation>及格分数不会导入</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Brightspace itself; use this preset or SCORM</source>
        <translation>Brightspace 本身不能导入 cmi5；请使用此预设或 SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 for Open edX's cc2olx converter (Open edX has no CC import of its own): sections, subsections, units with HTML, links, discussions and problems.</source>
        <translation>用于 Open edX 的 cc2olx 转换器的 Common Cartridge 1.3（Open edX 自身不能导入 CC）：包含 HTML、链接、讨论和习题的章、节和单元。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>cc2olx converts multiple-choice, multiple-response, true/false, fill-in-the-blank and essay questions; pattern-match questions are skipped</source>
        <translation>cc2olx 会转换单选题、多选题、判断题、填空题和问答题；模式匹配题会被跳过</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted before cc2olx sees them (as for Moodle)</source>
        <translation>数值题、配对题和排序题会在 cc2olx 处理之前先被转换（与 Moodle 相同）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz settings (attempts, pass mark) and images in pages need checking in Studio after the import</source>
        <translation>导入后需要在 Studio 中检查测验设置（作答次数、及格分数）和页面中的图片</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Open edX does not launch cmi5 packages</source>
        <translation>否：Open edX 不能启动 cmi5 课程包</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1, CC QTI profile only: the widest reach (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</source>
        <translation>Common Cartridge 1.1，仅使用 CC QTI 规范：适用范围最广（Moodle、Canvas、Blackboard、Brightspace、Sakai、cc2olx）。</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted into profile questions (see the export report)</source>
        <translation>数值题、配对题和排序题会被转换为规范内的题型（见导出报告）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>see --format cmi5 for the LMSs that take cmi5 packages</source>
        <translation>支持 cmi5 课程包的学习管理系统请见 --format cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2 package (Moodle, Chamilo, Canvas SCORM app, Blackboard, Brightspace, Open edX SCORM XBlock)</source>
        <translation>SCORM 1.2 课程包（Moodle、Chamilo、Canvas SCORM 应用、Blackboard、Brightspace、Open edX SCORM XBlock）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Edition package (SCORM Cloud, Canvas SCORM app, Moodle (partial), Blackboard, Brightspace)</source>
        <translation>SCORM 2004 第 4 版课程包（SCORM Cloud、Canvas SCORM 应用、Moodle（部分支持）、Blackboard、Brightspace）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.1 with QTI quizzes (widest reach: Moodle, Canvas, Blackboard, Sakai)</source>
        <translation>带 QTI 测验的 IMS Common Cartridge 1.1（适用范围最广：Moodle、Canvas、Blackboard、Sakai）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.2 with QTI quizzes</source>
        <translation>带 QTI 测验的 IMS Common Cartridge 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.3 with QTI quizzes</source>
        <translation>带 QTI 测验的 IMS Common Cartridge 1.3</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 zip of the course's quizzes (Canvas 'QTI .zip' import, other QTI 1.2 readers); every question kind kept</source>
        <translation>包含课程测验的 QTI 1.2 zip（Canvas 的“QTI .zip”导入及其他 QTI 1.2 读取器）；保留所有题型</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>IMS QTI 2.1 content package of the course's quizzes (question banks and pools, e.g. Blackboard Learn's QTI 2.1 pool import)</source>
        <translation>包含课程测验的 IMS QTI 2.1 内容包（题库，例如 Blackboard Learn 的 QTI 2.1 题库导入）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3 book: the offline learner edition for phones and e-readers, with video, captions, transcripts and quizzes that work without scripting</source>
        <translation>EPUB 3 电子书：供学习者在手机和电子阅读器上离线使用的版本，包含视频、字幕、文字稿以及无需脚本即可使用的测验</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and later: sections, pages, files, links, forums and quizzes with native questions, marks and grade to pass</source>
        <translation>适用于 Moodle 4.1 及更新版本的 Moodle 课程备份 (.mbz)：章节、页面、文件、链接、论坛，以及带原生题型、分值和及格线的测验</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions (every quiz as a category, native question types, images embedded)</source>
        <translation>Moodle XML 题目（每个测验作为一个类别，原生题型，图片内嵌）</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 course package: xAPI statements to the LMS's Learning Record Store (every answer, pages and video chapters watched). Taken by: SCORM Cloud and the LMSs built on Rustici Engine; Moodle with the cmi5 Launch Link plugin (mod_cmi5launch) and an LRS; other LMSs that list cmi5 among their standards (ask your administrator)</source>
        <translation>cmi5 课程包：向学习管理系统的学习记录存储 (LRS) 发送 xAPI 语句（每个答案、浏览过的页面和视频章节）。支持的平台：SCORM Cloud 以及基于 Rustici Engine 的学习管理系统；安装了 cmi5 Launch Link 插件 (mod_cmi5launch) 并连接 LRS 的 Moodle；其他把 cmi5 列为支持标准的学习管理系统（请咨询管理员）</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Moodle GIFT</source>
        <translation>Moodle GIFT</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Studio quiz text</source>
        <translation>Studio 题目文本</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>CSV questions</source>
        <translation>CSV 题目</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>QTI 1.2</source>
        <translation>QTI 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>QTI 2.1</source>
        <translation>QTI 2.1</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Studio package</source>
        <translation>Studio 课程包</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>SCORM package</source>
        <translation>SCORM 课程包</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>Common Cartridge</source>
        <translation>Common Cartridge</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>H5P</source>
        <translation>H5P</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>GIFT with media (zip)</source>
        <translation>带媒体的 GIFT (zip)</translation>
    </message>
</context>
</TS>
