<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../studio/captions/quality.py" line="67"/>
        <source>the cue has no text</source>
        <translation>سطر الترجمة بلا نص</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="84"/>
        <source>a line has {count} characters (at most {most})</source>
        <translation>في سطر {count} حرفًا (الحد الأقصى {most})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="93"/>
        <source>{count} lines (at most {most})</source>
        <translation>{count} أسطر (الحد الأقصى {most})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="103"/>
        <source>on screen {duration:.2f} s (at most {most:g} s)</source>
        <translation>على الشاشة {duration:.2f} ث (الحد الأقصى {most:g} ث)</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="119"/>
        <source>on screen {duration:.2f} s (at least {least:.2f} s)</source>
        <translation>على الشاشة {duration:.2f} ث (الحد الأدنى {least:.2f} ث)</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="138"/>
        <source>{cps:.1f} characters a second (at most {most:g})</source>
        <translation>{cps:.1f} حرفًا في الثانية (الحد الأقصى {most:g})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="149"/>
        <source>overlaps the next cue by {overlap:.3f} s</source>
        <translation>يتداخل مع السطر التالي بمقدار {overlap:.3f} ث</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="159"/>
        <source>gap to the next cue {gap:.3f} s (at least {frames} frames = {least:.3f} s)</source>
        <translation>الفاصل عن السطر التالي {gap:.3f} ث (الحد الأدنى {frames} إطارات = {least:.3f} ث)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="131"/>
        <source>the course has no description: LMS catalogues and the package's metadata show it</source>
        <translation>المقرر بلا وصف: تعرضه فهارس نظم إدارة التعلم وبيانات الحزمة الوصفية</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>about {size:.0f} MB, over the {limit} MB upload limit {lms} usually has: export the EPUB with low video quality, or split the course</source>
        <translation>نحو {size:.0f} م.ب، أكثر من حد الرفع المعتاد في {lms} وهو {limit} م.ب: صدّر EPUB بجودة فيديو منخفضة، أو قسّم المقرر</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="118"/>
        <source>the link {href!r} leads nowhere in a package: link to a web address (https://...)</source>
        <translation>الرابط {href!r} لا يؤدي إلى شيء داخل الحزمة: اربط بعنوان ويب (https://...)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="96"/>
        <source>{count} caption(s) outside the {profile} profile (first: caption {first}, {detail})</source>
        <translation>{count} من أسطر الترجمة خارج معايير {profile} (أولها: السطر {first}، {detail})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="65"/>
        <source>course</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="283"/>
        <source>module {n} '{title}'</source>
        <translation>الوحدة {n} «{title}»</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="287"/>
        <source>lesson {n} '{title}'</source>
        <translation>الدرس {n} «{title}»</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="291"/>
        <source>block {n} ({kind})</source>
        <translation>الكتلة {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="295"/>
        <source>track {n} ({language})</source>
        <translation>المسار {n} ({language})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="81"/>
        <source>the course has no title</source>
        <translation>المقرر بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="83"/>
        <source>language {language!r} is not a BCP 47 tag (e.g. en, fr-CA)</source>
        <translation>اللغة {language!r} ليست وسم BCP 47 (مثل ar، fr-CA)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="86"/>
        <source>licence {licence!r} is not an SPDX id or {reserved!r}</source>
        <translation>الترخيص {licence!r} ليس معرّف SPDX ولا {reserved!r}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="90"/>
        <source>the course has no modules yet</source>
        <translation>لا وحدات في المقرر بعد</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="92"/>
        <source>holds control characters that packages cannot carry; they are left out of exports (retype the text to remove them)</source>
        <translation>يحوي محارف تحكم لا تحملها الحزم؛ تُحذف عند التصدير (أعد كتابة النص لإزالتها)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="122"/>
        <source>no {what} file chosen</source>
        <translation>لم يُختر ملف ({what})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="126"/>
        <source>the {what} file is not registered in the project</source>
        <translation>ملف ({what}) غير مسجل في المشروع</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="130"/>
        <source>'{name}' is {mime}, not a {what}</source>
        <translation>«{name}» من نوع {mime}، وليس ملف ({what})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="151"/>
        <source>the text block is empty</source>
        <translation>كتلة النص فارغة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="200"/>
        <source>caption language {language!r} is not a BCP 47 tag</source>
        <translation>لغة الترجمة {language!r} ليست وسم BCP 47</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="203"/>
        <source>the caption track has no label</source>
        <translation>مسار الترجمة بلا اسم</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="206"/>
        <source>cue {n}</source>
        <translation>السطر {n}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="213"/>
        <source>the captions are auto-generated and not yet reviewed</source>
        <translation>الترجمة مولدة آليًا ولم تُراجع بعد</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="218"/>
        <source>the quiz has no questions</source>
        <translation>الاختبار بلا أسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="220"/>
        <source>the passing score must be between 0 and 100 %</source>
        <translation>يجب أن تكون درجة النجاح بين 0 و100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="222"/>
        <source>attempts cannot be negative (0 means unlimited)</source>
        <translation>لا يمكن أن يكون عدد المحاولات سالبًا (0 يعني بلا حد)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="224"/>
        <source>the pool draws {draw} of {count} questions</source>
        <translation>يسحب البنك {draw} من {count} أسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="233"/>
        <source>a choice's partial credit must be between -100 % and 100 %</source>
        <translation>يجب أن تكون الدرجة الجزئية للخيار بين -100 % و100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="238"/>
        <source>the right choice must be worth 100 % of the points</source>
        <translation>يجب أن يساوي الخيار الصحيح 100 % من النقاط</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="247"/>
        <source>the question has no text</source>
        <translation>السؤال بلا نص</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="249"/>
        <source>points cannot be negative</source>
        <translation>لا يمكن أن تكون النقاط سالبة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="98"/>
        <source>refused: {problem}</source>
        <translation>مرفوض: {problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="103"/>
        <source>the module has no title</source>
        <translation>الوحدة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="105"/>
        <source>the module has no lessons</source>
        <translation>الوحدة بلا دروس</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="137"/>
        <source>media file '{name}' is missing (media/{stored}); copy the original file back into media/ under that name, or add it again</source>
        <translation>ملف الوسائط «{name}» مفقود (media/{stored})؛ انسخ الملف الأصلي إلى media/ بهذا الاسم، أو أضفه من جديد</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="142"/>
        <source>media file '{name}' cannot be exported: {problem}; add the original file again, or remove the block</source>
        <translation>لا يمكن تصدير ملف الوسائط «{name}»: {problem}؛ أضف الملف الأصلي من جديد، أو احذف الكتلة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="146"/>
        <source>media file '{name}' cannot be exported: {problem}</source>
        <translation>لا يمكن تصدير ملف الوسائط «{name}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="195"/>
        <source>timed question {n} ({kind})</source>
        <translation>سؤال الفيديو {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="208"/>
        <source>the cue ends before it starts</source>
        <translation>السطر ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="227"/>
        <source>question {n} ({kind})</source>
        <translation>السؤال {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="242"/>
        <source>the right choices' credit adds up to {total:g} %, not 100 %</source>
        <translation>مجموع درجات الخيارات الصحيحة {total:g} %، لا 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="253"/>
        <source>give at least two choices</source>
        <translation>أضف خيارين على الأقل</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="255"/>
        <source>exactly one choice must be correct ({correct} are)</source>
        <translation>يجب أن يكون خيار واحد فقط صحيحًا (الصحيح الآن: {correct})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="258"/>
        <source>mark at least one choice correct</source>
        <translation>حدد خيارًا صحيحًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="260"/>
        <source>a choice is empty</source>
        <translation>أحد الخيارات فارغ</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="97"/>
        <source>media '{name}'</source>
        <translation>الوسائط «{name}»</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="110"/>
        <source>the lesson has no title</source>
        <translation>الدرس بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="112"/>
        <source>the lesson is empty</source>
        <translation>الدرس فارغ</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="165"/>
        <source>poster image</source>
        <translation>صورة الغلاف</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="169"/>
        <source>image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="210"/>
        <source>the cue overlaps the previous one</source>
        <translation>السطر يتداخل مع السابق</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="264"/>
        <source>give at least one accepted answer</source>
        <translation>أضف إجابة مقبولة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="157"/>
        <source>the video has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>الفيديو بلا ترجمة مكتوبة (يحتاجها المتعلمون الصم وضعاف السمع)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="159"/>
        <source>the audio has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>الصوت بلا ترجمة مكتوبة (يحتاجها المتعلمون الصم وضعاف السمع)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="171"/>
        <source>the image has no alt text; describe it, or mark it decorative</source>
        <translation>الصورة بلا نص بديل؛ صِفها أو علّمها زخرفية</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="174"/>
        <source>narration</source>
        <translation>التعليق الصوتي</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="176"/>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="267"/>
        <source>the range's low end is above its high end</source>
        <translation>الحد الأدنى للمدى أعلى من حده الأعلى</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="269"/>
        <source>the tolerance cannot be negative</source>
        <translation>لا يمكن أن يكون هامش التسامح سالبًا</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="272"/>
        <source>give at least two pairs to match</source>
        <translation>أضف زوجين على الأقل للمطابقة</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="275"/>
        <source>two answers are the same; learners could not tell them apart</source>
        <translation>إجابتان متطابقتان؛ لن يميز المتعلمون بينهما</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="179"/>
        <source>the link has no URL</source>
        <translation>الرابط بلا عنوان URL</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="279"/>
        <source>give at least two items to put in order</source>
        <translation>أضف عنصرين على الأقل للترتيب</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="181"/>
        <source>the link URL {url!r} must start with http://, https:// or mailto:</source>
        <translation>يجب أن يبدأ عنوان الرابط {url!r} بـ http:// أو https:// أو mailto:</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="186"/>
        <source>the discussion has no title</source>
        <translation>النقاش بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="76"/>
        <source>the timed question at {at:g} s is not at a time in the video</source>
        <translation>السؤال عند {at:g} ث ليس في وقت من الفيديو</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="82"/>
        <source>the timed question at {at:g} s rewinds to {rewind:g} s, which is not before its own time</source>
        <translation>السؤال عند {at:g} ث يرجع إلى {rewind:g} ث، وهو ليس قبل وقته</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="79"/>
        <source>the timed question at {at:g} s is after the end of the video ({duration:g} s)</source>
        <translation>السؤال عند {at:g} ث بعد نهاية الفيديو ({duration:g} ث)</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../studio/ui/app.py" line="54"/>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../studio/ui/app.py" line="188"/>
        <source>My first course</source>
        <translation>دورتي الأولى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="31"/>
        <source>Add a lesson</source>
        <translation>أضف درسًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="32"/>
        <source>Delete the lesson</source>
        <translation>احذف الدرس</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="33"/>
        <source>Re-flow the captions</source>
        <translation>أعد تنسيق الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="44"/>
        <source>Publish checklist</source>
        <translation>قائمة التحقق قبل النشر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="46"/>
        <source>Publish for</source>
        <translation>النشر على</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="54"/>
        <source>Checklist summary</source>
        <translation>ملخص قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="60"/>
        <source>Fix</source>
        <translation>أصلح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="61"/>
        <source>Fix the selected problem</source>
        <translation>أصلح المشكلة المحددة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="63"/>
        <source>&amp;Go to</source>
        <translation>ا&amp;نتقل إلى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="64"/>
        <source>Go to the selected problem</source>
        <translation>انتقل إلى المشكلة المحددة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="67"/>
        <source>For:</source>
        <translation>على:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="110"/>
        <source>Ready to publish: nothing to fix.</source>
        <translation>جاهزة للنشر: لا شيء يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="111"/>
        <source>{e} to fix, {w} to check before publishing.</source>
        <translation>{e} للإصلاح، و{w} للمراجعة قبل النشر.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="161"/>
        <source>Lesson 1</source>
        <translation>الدرس 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="31"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>إن لم تحفظ، فستضيع التغييرات التي أجريتها منذ آخر حفظ.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;احفظ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="33"/>
        <source>&amp;Don't save</source>
        <translation>&amp;لا تحفظ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="34"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="52"/>
        <source>Recover unsaved work?</source>
        <translation>استعادة العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="58"/>
        <source>Recover them to continue where you left off (then save), or discard them and open the last saved version.</source>
        <translation>استعده لتكمل من حيث توقفت (ثم احفظ)، أو تجاهله وافتح آخر نسخة محفوظة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="61"/>
        <source>&amp;Recover</source>
        <translation>ا&amp;ستعد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="62"/>
        <source>&amp;Discard</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation>قرّر &amp;لاحقًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="80"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="83"/>
        <source>Replacing it overwrites its contents.</source>
        <translation>الاستبدال يكتب فوق محتواه.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="84"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="130"/>
        <source>How to start</source>
        <translation>كيف تبدأ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="131"/>
        <source>How to start with Studio</source>
        <translation>كيف تبدأ مع Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="154"/>
        <source>&amp;Start</source>
        <translation>ا&amp;بدأ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="30"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>هل تحفظ التغييرات في «{name}» قبل إغلاقها؟</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="54"/>
        <source>Studio found unsaved changes to “{name}” from {when}, left when Studio stopped unexpectedly.</source>
        <translation>وجد Studio تغييرات غير محفوظة في «{name}» من {when}، بقيت عندما توقف Studio بشكل غير متوقع.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="81"/>
        <source>“{name}” exists already in {folder}.</source>
        <translation>«{name}» موجود مسبقًا في {folder}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="133"/>
        <source>Welcome to Studio</source>
        <translation>مرحبًا بك في Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="134"/>
        <source>This is a sample course. Look around, change it, or start your own with File &gt; New course (Ctrl+Alt+N).</source>
        <translation>هذه دورة نموذجية. تصفّحها أو عدّلها أو ابدأ دورتك من ملف &gt; دورة جديدة (Ctrl+Alt+N).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="136"/>
        <source>&lt;b&gt;Outline&lt;/b&gt; (left): modules, lessons and blocks. Drag them to reorder, or use Alt+Up/Down. F2 renames, Delete removes.</source>
        <translation>&lt;b&gt;المخطط&lt;/b&gt; (على الجانب): الوحدات والدروس والكتل. اسحبها لإعادة ترتيبها أو استخدم Alt+أعلى/أسفل. F2 لإعادة التسمية، وDelete للحذف.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="138"/>
        <source>&lt;b&gt;Add&lt;/b&gt;: Ctrl+Alt+M adds a module, Ctrl+N a lesson; Insert &gt; Add block adds a page, a video, an image, a quiz…</source>
        <translation>&lt;b&gt;الإضافة&lt;/b&gt;: Ctrl+Alt+M يضيف وحدة، وCtrl+N درسًا؛ إدراج &gt; أضف كتلة يضيف صفحة أو فيديو أو صورة أو اختبارًا…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="140"/>
        <source>&lt;b&gt;Edit&lt;/b&gt; the selected item in the middle; course details (title, licence, language) are in the Properties panel on the right.</source>
        <translation>&lt;b&gt;حرّر&lt;/b&gt; العنصر المحدد في الوسط؛ بيانات الدورة (العنوان والترخيص واللغة) في لوحة الخصائص على الجانب.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="142"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (F5) opens the course as a learner sees it, in your browser, from this computer only.</source>
        <translation>&lt;b&gt;المعاينة&lt;/b&gt; (F5) تفتح الدورة كما يراها المتعلم، في متصفحك، من هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="144"/>
        <source>&lt;b&gt;Export&lt;/b&gt; (Ctrl+E) makes a SCORM, Common Cartridge or EPUB package for your LMS, checked before you upload it.</source>
        <translation>&lt;b&gt;التصدير&lt;/b&gt; (Ctrl+E) ينشئ حزمة SCORM أو Common Cartridge أو EPUB لنظام إدارة التعلم لديك، ويفحصها قبل رفعها.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="146"/>
        <source>Every change can be undone (Ctrl+Z). Studio saves a recovery copy while you work; save with Ctrl+S.</source>
        <translation>يمكن التراجع عن أي تغيير (Ctrl+Z). يحفظ Studio نسخة استرداد أثناء عملك؛ احفظ بالضغط على Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="104"/>
        <source>What to do: {hint}</source>
        <translation>ما العمل: {hint}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="159"/>
        <source>Cannot add the dropped files</source>
        <translation>تعذّرت إضافة الملفات المُفلتة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="161"/>
        <source>Adding {name}</source>
        <translation>جارٍ إضافة {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="162"/>
        <source>Adding {n} files</source>
        <translation>جارٍ إضافة {n} ملفات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="178"/>
        <source>Add {name}</source>
        <translation>أضف {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="179"/>
        <source>Add {n} files</source>
        <translation>أضف {n} ملفات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="212"/>
        <source>Added {names}</source>
        <translation>أُضيف: {names}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="114"/>
        <source>Reading {name}</source>
        <translation>جارٍ قراءة {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="70"/>
        <source>This lesson is empty: use Insert &gt; Add block.</source>
        <translation>هذا الدرس فارغ: استخدم إدراج &gt; أضف كتلة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="101"/>
        <source>Summary of the selected item</source>
        <translation>ملخص العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="115"/>
        <source>An empty course: what to do next</source>
        <translation>دورة فارغة: ماذا تفعل الآن</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="117"/>
        <source>This course is empty. Start with one of these:</source>
        <translation>هذه الدورة فارغة. ابدأ بأحد الخيارات التالية:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="131"/>
        <source>Or drop videos, images, decks and packages onto the outline.</source>
        <translation>أو أفلت مقاطع الفيديو والصور والعروض التقديمية والحزم على المخطط.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="144"/>
        <source>Editor</source>
        <translation>المحرّر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="149"/>
        <source>Open or create a course to start (File menu).</source>
        <translation>افتح دورة أو أنشئ واحدة للبدء (قائمة ملف).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="122"/>
        <source>&amp;Add a module (then lessons in it)</source>
        <translation>&amp;أضف وحدة (ثم دروسًا فيها)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="123"/>
        <source>Add a &amp;video lecture…</source>
        <translation>أضف م&amp;حاضرة فيديو…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="124"/>
        <source>&amp;Import a PowerPoint deck, a package or a quiz file…</source>
        <translation>ا&amp;ستورد عرض PowerPoint أو حزمة أو ملف أسئلة…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="81"/>
        <source>{n} questions</source>
        <translation>{n} أسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="50"/>
        <source>{m} modules, {l} lessons, {b} blocks, {a} media files</source>
        <translation>{m} وحدات، {l} دروس، {b} كتل، {a} ملفات وسائط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="57"/>
        <source>{n} lessons</source>
        <translation>{n} دروس</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="55"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="69"/>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="73"/>
        <source>Project files</source>
        <translation>ملفات المشروع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="76"/>
        <source>&amp;Import file…</source>
        <translation>ا&amp;ستورد ملفًا…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="103"/>
        <source>Import file</source>
        <translation>استورد ملفًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="58"/>
        <source>missing file ({id})</source>
        <translation>الملف مفقود ({id})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="71"/>
        <source>Files in this project:</source>
        <translation>الملفات في هذا المشروع:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="110"/>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="92"/>
        <source>Caption status</source>
        <translation>حالة الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="96"/>
        <source>Captions</source>
        <translation>الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Import captions</source>
        <translation>استورد ترجمة مكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Captions (*.vtt *.srt)</source>
        <translation>ترجمة مكتوبة (*.vtt *.srt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="221"/>
        <source>No captions yet: caption with Whisper, import a file or add a track.</source>
        <translation>لا توجد ترجمة مكتوبة بعد: أنشئها بـ Whisper أو استورد ملفًا أو أضف مسارًا.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="225"/>
        <source>{n} captions</source>
        <translation>{n} مقاطع ترجمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="229"/>
        <source>no warnings</source>
        <translation>لا تحذيرات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="232"/>
        <source>auto-generated: check the text, then mark it reviewed</source>
        <translation>مُنشأة آليًا: راجع النص ثم علّمها بأنها رُوجعت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="296"/>
        <source>No problems left in this track.</source>
        <translation>لم تبقَ مشكلات في هذا المسار.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="378"/>
        <source>Delete caption</source>
        <translation>احذف مقطع الترجمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>Add caption</source>
        <translation>أضف مقطع ترجمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="433"/>
        <source>Choose the media file of this block first.</source>
        <translation>اختر ملف الوسائط لهذه الكتلة أولًا.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>Caption “{t}”</source>
        <translation>ترجمة «{t}»</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="451"/>
        <source>Timing the script to the recording… (see the jobs panel)</source>
        <translation>جارٍ مطابقة النص المكتوب مع التسجيل… (راجع لوحة المهام)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="453"/>
        <source>Captioning with Whisper… (see the jobs panel)</source>
        <translation>جارٍ إنشاء الترجمة المكتوبة بـ Whisper… (راجع لوحة المهام)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="460"/>
        <source>Captioning was cancelled.</source>
        <translation>أُلغي إنشاء الترجمة المكتوبة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="477"/>
        <source>Captioning failed: {m}</source>
        <translation>فشل إنشاء الترجمة المكتوبة: {m}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="227"/>
        <source>{n} warnings for the {p} profile</source>
        <translation>{n} تحذيرات لملف التعريف {p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="437"/>
        <source>The media file is missing from the project: {p}</source>
        <translation>ملف الوسائط مفقود من المشروع: {p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>reviewed</source>
        <translation>رُوجعت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>auto-generated</source>
        <translation>مُنشأة آليًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="138"/>
        <source>from script</source>
        <translation>من النص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="405"/>
        <source>{n} replaced</source>
        <translation>{n} استبدالات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="65"/>
        <source>Word confidence: {words}</source>
        <translation>ثقة الكلمات: {words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="60"/>
        <source>Listen here first — low confidence: {words}</source>
        <translation>استمع هنا أولًا — ثقة منخفضة: {words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="291"/>
        <source>low confidence: {w}</source>
        <translation>ثقة منخفضة: {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>Netflix-like</source>
        <translation>على غرار Netflix</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>BBC-like</source>
        <translation>على غرار BBC</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>DCMP-like</source>
        <translation>على غرار DCMP</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="47"/>
        <source>Next caption</source>
        <translation>المقطع التالي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="48"/>
        <source>Previous caption</source>
        <translation>المقطع السابق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="49"/>
        <source>Play / pause</source>
        <translation>تشغيل / إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="50"/>
        <source>Split caption at the cursor</source>
        <translation>قسّم المقطع عند المؤشر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="51"/>
        <source>Merge with the next caption</source>
        <translation>ادمج مع المقطع التالي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="52"/>
        <source>New caption after this one</source>
        <translation>مقطع جديد بعد هذا المقطع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="54"/>
        <source>Start 0.1 s earlier</source>
        <translation>البداية أبكر بـ 0.1 ث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="55"/>
        <source>Start 0.1 s later</source>
        <translation>البداية أبطأ بـ 0.1 ث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="56"/>
        <source>End 0.1 s earlier</source>
        <translation>النهاية أبكر بـ 0.1 ث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="57"/>
        <source>End 0.1 s later</source>
        <translation>النهاية أبطأ بـ 0.1 ث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="58"/>
        <source>Start at the playhead</source>
        <translation>البداية عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="59"/>
        <source>End at the playhead</source>
        <translation>النهاية عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="60"/>
        <source>Mark the track reviewed</source>
        <translation>علّم المسار بأنه رُوجع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="61"/>
        <source>Back 1 s</source>
        <translation>رجوع ثانية واحدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="62"/>
        <source>Forward 1 s</source>
        <translation>تقدّم ثانية واحدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="63"/>
        <source>Back 5 s</source>
        <translation>رجوع 5 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="64"/>
        <source>Forward 5 s</source>
        <translation>تقدّم 5 ثوانٍ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="65"/>
        <source>Next problem (warning or spelling)</source>
        <translation>المشكلة التالية (تحذير أو إملاء)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="66"/>
        <source>Previous problem</source>
        <translation>المشكلة السابقة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="161"/>
        <source>Caption with Whisper</source>
        <translation>أنشئ الترجمة المكتوبة بـ Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="200"/>
        <source>Split</source>
        <translation>قسّم</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="201"/>
        <source>Merge with next</source>
        <translation>ادمج مع التالي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="202"/>
        <source>New caption</source>
        <translation>مقطع جديد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="203"/>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="204"/>
        <source>Re-flow to profile</source>
        <translation>أعد التنسيق وفق الملف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="211"/>
        <source>Shift</source>
        <translation>أزِح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="227"/>
        <source>Replace all</source>
        <translation>استبدل الكل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="97"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="102"/>
        <source>Automatic — tiny.en for English, base for other languages</source>
        <translation>تلقائي — tiny.en للإنجليزية، وbase للغات الأخرى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="119"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="151"/>
        <source>Caption track</source>
        <translation>مسار الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="159"/>
        <source>Add track</source>
        <translation>أضف مسارًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="160"/>
        <source>Import .vtt/.srt…</source>
        <translation>استورد ‎.vtt/.srt…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="165"/>
        <source>Transcribe the media on this computer (nothing is uploaded)</source>
        <translation>حوّل الكلام إلى نص على هذا الحاسوب (لا يُرفع شيء)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="170"/>
        <source>Whisper options</source>
        <translation>خيارات Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="171"/>
        <source>Whisper model and language</source>
        <translation>نموذج Whisper ولغته</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="179"/>
        <source>&amp;Reviewed by the author</source>
        <translation>رُوجعت من &amp;المؤلف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="180"/>
        <source>Reviewed by the author</source>
        <translation>رُوجعت من المؤلف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="184"/>
        <source>Caption profile</source>
        <translation>ملف تعريف الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="195"/>
        <source>Follow playback</source>
        <translation>اتبع التشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="206"/>
        <source>Shift by seconds</source>
        <translation>الإزاحة بالثواني</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="215"/>
        <source>Shift the selected captions (all if none is selected)</source>
        <translation>أزِح المقاطع المحددة (كلها إن لم يُحدَّد شيء)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="222"/>
        <source>Find in all tracks</source>
        <translation>ابحث في كل المسارات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="223"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="225"/>
        <source>Replace with</source>
        <translation>استبدل بـ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="232"/>
        <source>Replace in every caption track of this block (one undo step)</source>
        <translation>استبدل في كل مسارات الترجمة لهذه الكتلة (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="234"/>
        <source>&amp;Whole words</source>
        <translation>&amp;كلمات كاملة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="235"/>
        <source>Whole words only</source>
        <translation>كلمات كاملة فقط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="236"/>
        <source>Re&amp;gular expression</source>
        <translation>تعبير &amp;نمطي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="237"/>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="238"/>
        <source>Python regular expression; \1 in the replacement is the first group</source>
        <translation>تعبير نمطي بلغة Python؛ ‎\1 في النص البديل هو المجموعة الأولى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="124"/>
        <source>Detect the language</source>
        <translation>اكتشف اللغة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="157"/>
        <source>Track:</source>
        <translation>المسار:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="193"/>
        <source>Profile:</source>
        <translation>ملف التعريف:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="264"/>
        <source>Caption text</source>
        <translation>نص المقطع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="269"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="271"/>
        <source>Start time</source>
        <translation>وقت البداية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="272"/>
        <source>End time</source>
        <translation>وقت النهاية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="277"/>
        <source>T&amp;iming:</source>
        <translation>ال&amp;توقيت:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="282"/>
        <source>Warnings for this caption</source>
        <translation>تحذيرات هذا المقطع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="283"/>
        <source>Warnings:</source>
        <translation>التحذيرات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="127"/>
        <source>Translate to English subtitles</source>
        <translation>ترجم إلى ترجمة مكتوبة بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="116"/>
        <source>No model installed: run 'studio models install tiny.en'</source>
        <translation>لا يوجد نموذج مثبت: شغّل 'studio models install tiny.en'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="123"/>
        <source>The course language ({code})</source>
        <translation>لغة الدورة ({code})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>fix</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Skipped</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Ad lib</source>
        <translation>ارتجال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Said differently</source>
        <translation>قيل بطريقة أخرى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="46"/>
        <source>Departures from the script</source>
        <translation>الاختلافات عن النص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="92"/>
        <source>Script</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="93"/>
        <source>Speech</source>
        <translation>الكلام</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Captions show</source>
        <translation>تعرض الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="83"/>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="70"/>
        <source>The speaker departed from the script in {n} place(s). Listen, then choose what the captions show.</source>
        <translation>خرج المتحدث عن النص في {n} موضع. استمع ثم اختر ما تعرضه الترجمة المكتوبة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="91"/>
        <source>Captions show, at {t}</source>
        <translation>تعرض الترجمة المكتوبة، عند {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="34"/>
        <source>Rename lesson</source>
        <translation>أعد تسمية الدرس</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="35"/>
        <source>Lesson title</source>
        <translation>عنوان الدرس</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="38"/>
        <source>Contents:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="46"/>
        <source>&amp;Record a lecture</source>
        <translation>&amp;سجّل محاضرة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="53"/>
        <source>&amp;Narrated slides</source>
        <translation>شرائح &amp;مع تعليق صوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="43"/>
        <source>Record the screen, a camera and a microphone into this lesson.</source>
        <translation>سجّل الشاشة وكاميرا وميكروفونًا في هذا الدرس.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="44"/>
        <source>Set up the &amp;recorder</source>
        <translation>اضبط &amp;المسجّل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="50"/>
        <source>Record a narration for each slide, then compose the lecture video.</source>
        <translation>سجّل تعليقًا صوتيًا لكل شريحة، ثم أنشئ فيديو المحاضرة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="51"/>
        <source>Show the &amp;slides</source>
        <translation>اعرض ال&amp;شرائح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="114"/>
        <source>no blocks yet</source>
        <translation>لا توجد كتل بعد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="112"/>
        <source>{kind}: {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="188"/>
        <source>Discussion prompt</source>
        <translation>موضوع النقاش</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="45"/>
        <source>Chosen file</source>
        <translation>الملف المختار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="46"/>
        <source>Choose file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="47"/>
        <source>Choose file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="72"/>
        <source>Image:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="73"/>
        <source>Edit alt text</source>
        <translation>حرّر النص البديل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="74"/>
        <source>Alternative text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="75"/>
        <source>What the image shows, for people who cannot see it</source>
        <translation>ما تعرضه الصورة، لمن لا يستطيع رؤيتها</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="76"/>
        <source>&amp;Alt text:</source>
        <translation>النص ال&amp;بديل:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="82"/>
        <source>Alt text check</source>
        <translation>فحص النص البديل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="85"/>
        <source>Edit caption</source>
        <translation>حرّر التعليق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="86"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="87"/>
        <source>&amp;Caption:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="89"/>
        <source>Narration script</source>
        <translation>نص التعليق الصوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="90"/>
        <source>Speaker notes / narration script of this slide</source>
        <translation>ملاحظات المتحدث / نص التعليق الصوتي لهذه الشريحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="91"/>
        <source>&amp;Narration:</source>
        <translation>التعليق ال&amp;صوتي:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="93"/>
        <source>Recorded narration:</source>
        <translation>التعليق الصوتي المسجّل:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="136"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="137"/>
        <source>Rename attachment</source>
        <translation>أعد تسمية المرفق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="138"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="141"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="142"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="154"/>
        <source>Edit link</source>
        <translation>حرّر الرابط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="155"/>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="157"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="160"/>
        <source>Rename link</source>
        <translation>أعد تسمية الرابط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="185"/>
        <source>Rename discussion</source>
        <translation>أعد تسمية النقاش</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="189"/>
        <source>Edit discussion prompt</source>
        <translation>حرّر موضوع النقاش</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="190"/>
        <source>&amp;Prompt:</source>
        <translation>ال&amp;موضوع:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="56"/>
        <source>Change file</source>
        <translation>غيّر الملف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="78"/>
        <source>&amp;Decorative (no alt text needed)</source>
        <translation>&amp;زخرفية (لا تحتاج إلى نص بديل)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="113"/>
        <source>(no image)</source>
        <translation>(لا صورة)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="121"/>
        <source>Decorative image</source>
        <translation>صورة زخرفية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="105"/>
        <source>Alt text is required: describe the image, or mark it decorative.</source>
        <translation>النص البديل مطلوب: صِف الصورة أو علّمها بأنها زخرفية.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="171"/>
        <source>Use an http, https or mailto address.</source>
        <translation>استخدم عنوان http أو https أو mailto.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="98"/>
        <source>Grabbing the frame</source>
        <translation>جارٍ التقاط الإطار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="75"/>
        <source>Finding a poster frame</source>
        <translation>جارٍ البحث عن إطار للغلاف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="57"/>
        <source>Waveform of {name}</source>
        <translation>الموجة الصوتية لـ {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="83"/>
        <source>Poster of {name}</source>
        <translation>غلاف {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="24"/>
        <source>Describe the image for people who cannot see it
(leave empty if decorative):</source>
        <translation>صِف الصورة لمن لا يستطيع رؤيتها
(اتركه فارغًا إن كانت زخرفية):</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="38"/>
        <source>pasted image</source>
        <translation>صورة ملصقة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="106"/>
        <source>Paste image</source>
        <translation>لصق صورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="76"/>
        <source>Alternative text for {name}</source>
        <translation>النص البديل لـ {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="232"/>
        <source>Question prompt</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="156"/>
        <source>Move up</source>
        <translation>انقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="158"/>
        <source>Move down</source>
        <translation>انقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="163"/>
        <source>Remove</source>
        <translation>أزِل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="170"/>
        <source>A right answer</source>
        <translation>إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="195"/>
        <source>Set the right answer</source>
        <translation>حدّد الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="233"/>
        <source>Edit question prompt</source>
        <translation>حرّر نص السؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="236"/>
        <source>P&amp;oints:</source>
        <translation>ال&amp;درجات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="239"/>
        <source>Feedback</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="253"/>
        <source>When &amp;right:</source>
        <translation>عند الإجابة ال&amp;صحيحة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="254"/>
        <source>When &amp;wrong:</source>
        <translation>عند الإجابة ال&amp;خاطئة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="255"/>
        <source>E&amp;xplanation:</source>
        <translation>ال&amp;شرح:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="332"/>
        <source>Edit answers</source>
        <translation>حرّر الإجابات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="336"/>
        <source>Edit distractors</source>
        <translation>حرّر المشتّتات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice text</source>
        <translation>نص الخيار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback when chosen</source>
        <translation>ملاحظة عند اختياره</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Prompt</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="235"/>
        <source>Points</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Shown when the answer is right</source>
        <translation>تظهر عندما تكون الإجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Feedback when right</source>
        <translation>ملاحظة عند الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Shown when the answer is wrong</source>
        <translation>تظهر عندما تكون الإجابة خاطئة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Feedback when wrong</source>
        <translation>ملاحظة عند الإجابة الخاطئة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>The explanation, shown in review</source>
        <translation>الشرح، يظهر عند المراجعة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="268"/>
        <source>Choices:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="98"/>
        <source>Add {noun}</source>
        <translation>أضف {noun}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="117"/>
        <source>Reorder</source>
        <translation>أعد الترتيب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="169"/>
        <source>Choice {n} is correct</source>
        <translation>الخيار {n} صحيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="273"/>
        <source>Right answer</source>
        <translation>الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="274"/>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="275"/>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="276"/>
        <source>Right &amp;answer:</source>
        <translation>الإجابة ال&amp;صحيحة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="278"/>
        <source>If True is chosen:</source>
        <translation>إذا اختير «صحيح»:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="282"/>
        <source>If False is chosen:</source>
        <translation>إذا اختير «خطأ»:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="107"/>
        <source>Add {n}</source>
        <translation>أضف {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="111"/>
        <source>Remove {n}</source>
        <translation>أزِل {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice {n}</source>
        <translation>الخيار {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback for choice {n}</source>
        <translation>ملاحظة الخيار {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Pair {n} prompt</source>
        <translation>نص الزوج {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Pair {n} answer</source>
        <translation>إجابة الزوج {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item {n}</source>
        <translation>العنصر {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="287"/>
        <source>Accepted answers</source>
        <translation>الإجابات المقبولة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="288"/>
        <source>answers separated by ;</source>
        <translation>إجابات تفصل بينها ;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="295"/>
        <source>A&amp;ccepted answers:</source>
        <translation>الإجابات ال&amp;مقبولة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="279"/>
        <source>Feedback for True</source>
        <translation>ملاحظة «صحيح»</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="283"/>
        <source>Feedback for False</source>
        <translation>ملاحظة «خطأ»</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="299"/>
        <source>Answer mode</source>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="300"/>
        <source>Exact value (± tolerance)</source>
        <translation>قيمة دقيقة (± هامش)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="301"/>
        <source>Range</source>
        <translation>نطاق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="302"/>
        <source>&amp;Mode:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="296"/>
        <source>Case-sensitive</source>
        <translation>يميّز حالة الأحرف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Tolerance</source>
        <translation>الهامش</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="310"/>
        <source>Pairs:</source>
        <translation>الأزواج:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="312"/>
        <source>Distractors</source>
        <translation>المشتّتات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="313"/>
        <source>extra wrong answers separated by ;</source>
        <translation>إجابات خاطئة إضافية تفصل بينها ;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="320"/>
        <source>&amp;Distractors:</source>
        <translation>ال&amp;مشتّتات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="323"/>
        <source>Items in the right order:</source>
        <translation>العناصر بالترتيب الصحيح:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="328"/>
        <source>Marking guidance</source>
        <translation>إرشادات التصحيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="329"/>
        <source>&amp;Guidance:</source>
        <translation>الإ&amp;رشادات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="111"/>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="83"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="86"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="105"/>
        <source>Quiz settings</source>
        <translation>إعدادات الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="108"/>
        <source>Rename quiz</source>
        <translation>أعد تسمية الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="109"/>
        <source>Quiz title</source>
        <translation>عنوان الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="114"/>
        <source>Edit instructions</source>
        <translation>حرّر التعليمات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="115"/>
        <source>&amp;Instructions:</source>
        <translation>ال&amp;تعليمات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="121"/>
        <source>Passing score</source>
        <translation>درجة النجاح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="122"/>
        <source>Change passing score</source>
        <translation>غيّر درجة النجاح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="125"/>
        <source>Unlimited</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="127"/>
        <source>Attempts allowed</source>
        <translation>المحاولات المسموحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="128"/>
        <source>Change attempts</source>
        <translation>غيّر المحاولات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="131"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="133"/>
        <source>Questions drawn for each attempt</source>
        <translation>الأسئلة المختارة في كل محاولة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="134"/>
        <source>Change pool draw</source>
        <translation>غيّر الاختيار العشوائي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="155"/>
        <source>Quiz summary</source>
        <translation>ملخص الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="164"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="171"/>
        <source>Question kind</source>
        <translation>نوع السؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="174"/>
        <source>&amp;Add question</source>
        <translation>&amp;أضف سؤالًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="136"/>
        <source>Pass at:</source>
        <translation>النجاح عند:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="138"/>
        <source>Attempts:</source>
        <translation>المحاولات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="140"/>
        <source>Draw:</source>
        <translation>اختر:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="147"/>
        <source>Shuffle &amp;questions</source>
        <translation>اخلط ال&amp;أسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="149"/>
        <source>Shuffle &amp;choices</source>
        <translation>اخلط ال&amp;خيارات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="182"/>
        <source>Up</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="183"/>
        <source>Down</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="204"/>
        <source>Add {kind} question</source>
        <translation>أضف سؤالًا من نوع {kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="230"/>
        <source>(no prompt)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="212"/>
        <source>Remove question</source>
        <translation>أزِل السؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="220"/>
        <source>Reorder questions</source>
        <translation>أعد ترتيب الأسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="241"/>
        <source>of {m} questions</source>
        <translation>من {m} أسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="260"/>
        <source>Add a question to see its preview.</source>
        <translation>أضف سؤالًا لترى معاينته.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="29"/>
        <source>Single choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="30"/>
        <source>Multiple response</source>
        <translation>إجابات متعددة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="31"/>
        <source>True / false</source>
        <translation>صحيح / خطأ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="32"/>
        <source>Fill in the blank</source>
        <translation>املأ الفراغ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="33"/>
        <source>Numeric</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="34"/>
        <source>Matching</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="35"/>
        <source>Ordering</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="36"/>
        <source>Essay</source>
        <translation>مقالي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="114"/>
        <source>1 point</source>
        <translation>درجة واحدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted (case-sensitive)</source>
        <translation>مقبولة (تميّز حالة الأحرف)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="98"/>
        <source>Answers offered</source>
        <translation>الإجابات المعروضة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="102"/>
        <source>Put in order (shown shuffled).</source>
        <translation>رتّب (تُعرض مخلوطة).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="133"/>
        <source>unlimited attempts</source>
        <translation>محاولات غير محدودة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="136"/>
        <source>questions shuffled</source>
        <translation>الأسئلة مخلوطة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="138"/>
        <source>choices shuffled</source>
        <translation>الخيارات مخلوطة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="75"/>
        <source>If False is chosen</source>
        <translation>إذا اختير «خطأ»</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="115"/>
        <source>{n} points</source>
        <translation>{n} درجات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="120"/>
        <source>When right</source>
        <translation>عند الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="121"/>
        <source>When wrong</source>
        <translation>عند الإجابة الخاطئة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="132"/>
        <source>pass at {score}%</source>
        <translation>النجاح عند {score}%</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="74"/>
        <source>If True is chosen</source>
        <translation>إذا اختير «صحيح»</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="84"/>
        <source>from {low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="103"/>
        <source>Right order</source>
        <translation>الترتيب الصحيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="118"/>
        <source>(no prompt yet)</source>
        <translation>(لا نص بعد)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="131"/>
        <source>{n} drawn at random for each attempt</source>
        <translation>{n} تُختار عشوائيًا في كل محاولة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="134"/>
        <source>{n} attempts</source>
        <translation>{n} محاولات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="79"/>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="105"/>
        <source>the learner writes an answer</source>
        <translation>يكتب المتعلم إجابة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="116"/>
        <source>Question {n}</source>
        <translation>السؤال {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="93"/>
        <source>choose</source>
        <translation>اختر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="59"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="60"/>
        <source>Recorder status</source>
        <translation>حالة المسجّل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="66"/>
        <source>&amp;Finish and add it</source>
        <translation>أ&amp;نهِ وأضفه</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="71"/>
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="72"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="73"/>
        <source>Microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="74"/>
        <source>&amp;Screen:</source>
        <translation>ال&amp;شاشة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="75"/>
        <source>&amp;Camera:</source>
        <translation>ال&amp;كاميرا:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="76"/>
        <source>&amp;Microphone:</source>
        <translation>ال&amp;ميكروفون:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="81"/>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="82"/>
        <source>Co&amp;untdown:</source>
        <translation>العد ال&amp;تنازلي:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="86"/>
        <source>Input level</source>
        <translation>مستوى الإدخال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="87"/>
        <source>Level:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="90"/>
        <source>&amp;Record</source>
        <translation>&amp;سجّل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="91"/>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="92"/>
        <source>Add &amp;marker</source>
        <translation>أضف &amp;علامة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="93"/>
        <source>S&amp;top</source>
        <translation>أ&amp;وقف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="101"/>
        <source>Recorded time</source>
        <translation>الوقت المسجّل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="104"/>
        <source>Markers</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="249"/>
        <source>Encoding the recording… (see the jobs panel)</source>
        <translation>جارٍ ترميز التسجيل… (راجع لوحة المهام)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="254"/>
        <source>Encode recording</source>
        <translation>رمّز التسجيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="271"/>
        <source>The recording was added to the lesson.</source>
        <translation>أُضيف التسجيل إلى الدرس.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="165"/>
        <source>(off)</source>
        <translation>(مُعطّل)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="237"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="250"/>
        <source>Recording {n}</source>
        <translation>التسجيل {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="266"/>
        <source>Add recording</source>
        <translation>أضف التسجيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="123"/>
        <source>A recording from {when} was interrupted before it was added ({n} part(s) on disk).</source>
        <translation>انقطع تسجيل من {when} قبل إضافته ({n} جزء على القرص).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="177"/>
        <source>No {what} found: you can still record the screen; connect one and reopen this panel to use it.</source>
        <translation>لم يُعثر على {what}: ما زال بإمكانك تسجيل الشاشة؛ وصّل جهازًا وأعد فتح هذه اللوحة لاستخدامه.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="156"/>
        <source>Recording is not available here: {e}</source>
        <translation>التسجيل غير متاح هنا: {e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="178"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="203"/>
        <source>Recording starts in {n}…</source>
        <translation>يبدأ التسجيل خلال {n}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 2</source>
        <translation>عنوان 2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 3</source>
        <translation>عنوان 3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 4</source>
        <translation>عنوان 4</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="110"/>
        <source>Page text</source>
        <translation>نص الصفحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="174"/>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="175"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="180"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="181"/>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image…</source>
        <translation>صورة…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="118"/>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="164"/>
        <source>Paragraph style</source>
        <translation>نمط الفقرة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table…</source>
        <translation>جدول…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="392"/>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation>عنوان الويب (https://…)؛ اتركه فارغًا لإزالة الرابط:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="424"/>
        <source>Rows (with the header row):</source>
        <translation>الصفوف (مع صف العناوين):</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="428"/>
        <source>Columns:</source>
        <translation>الأعمدة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="449"/>
        <source>Edit text</source>
        <translation>حرّر النص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="133"/>
        <source>More formatting</source>
        <translation>مزيد من التنسيق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="139"/>
        <source>Cannot paste</source>
        <translation>تعذّر اللصق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="401"/>
        <source>Only http, https and mailto links are allowed.</source>
        <translation>يُسمح بروابط http وhttps وmailto فقط.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="57"/>
        <source>Narration status</source>
        <translation>حالة التعليق الصوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="61"/>
        <source>Slides</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="74"/>
        <source>&amp;Record narration</source>
        <translation>&amp;سجّل التعليق الصوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="76"/>
        <source>&amp;Stop</source>
        <translation>أ&amp;وقف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="79"/>
        <source>Use an audio &amp;file…</source>
        <translation>استخدم &amp;ملفًا صوتيًا…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="86"/>
        <source>&amp;Compose lecture video</source>
        <translation>أ&amp;نشئ فيديو المحاضرة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="150"/>
        <source>Narration</source>
        <translation>التعليق الصوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="175"/>
        <source>Recording the narration… read the script, then Stop.</source>
        <translation>جارٍ تسجيل التعليق الصوتي… اقرأ النص ثم اضغط «أوقف».</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="189"/>
        <source>Encode narration</source>
        <translation>رمّز التعليق الصوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="206"/>
        <source>Composing the lecture video… (see the jobs panel)</source>
        <translation>جارٍ إنشاء فيديو المحاضرة… (راجع لوحة المهام)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="220"/>
        <source>Compose lecture video</source>
        <translation>أنشئ فيديو المحاضرة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="221"/>
        <source>The lecture video was added at the end of the lesson.</source>
        <translation>أُضيف فيديو المحاضرة في نهاية الدرس.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="112"/>
        <source>This lesson has no slides: import a PowerPoint deck first.</source>
        <translation>لا شرائح في هذا الدرس: استورد عرض PowerPoint أولًا.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="201"/>
        <source>This lesson has no slides to compose.</source>
        <translation>لا شرائح في هذا الدرس لإنشاء الفيديو.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="209"/>
        <source>Compose “{t}”</source>
        <translation>أنشئ «{t}»</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="115"/>
        <source>{done} of {n} slides narrated (slides without narration show for 4 s).</source>
        <translation>{done} من {n} شرائح لها تعليق صوتي (الشرائح بلا تعليق تظهر 4 ث).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="106"/>
        <source>Slide</source>
        <translation>شريحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="96"/>
        <source>Spell check ({lang})</source>
        <translation>التدقيق الإملائي ({lang})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="84"/>
        <source>Loading the {lang} dictionary</source>
        <translation>جارٍ تحميل قاموس {lang}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="122"/>
        <source>Add “{w}” to the course dictionary</source>
        <translation>أضف «{w}» إلى قاموس الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="40"/>
        <source>Questions that pause the video</source>
        <translation>أسئلة توقف الفيديو</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="48"/>
        <source>&amp;Add question at playhead</source>
        <translation>&amp;أضف سؤالًا عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="60"/>
        <source>Time of the question</source>
        <translation>وقت السؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="62"/>
        <source>&amp;Time:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="64"/>
        <source>Require the right answer</source>
        <translation>اشترط الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="67"/>
        <source>After a wrong answer, watch again from</source>
        <translation>بعد إجابة خاطئة، أعد المشاهدة من</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="68"/>
        <source>empty: no</source>
        <translation>فارغ: لا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="70"/>
        <source>After a wrong answer, &amp;watch again from:</source>
        <translation>بعد إجابة خاطئة، أ&amp;عد المشاهدة من:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="63"/>
        <source>The video goes on only after the right answer</source>
        <translation>لا يكمل الفيديو إلا بعد الإجابة الصحيحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="121"/>
        <source>Set where to watch again</source>
        <translation>حدّد موضع إعادة المشاهدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="66"/>
        <source>Caption timeline</source>
        <translation>الخط الزمني للترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="67"/>
        <source>Waveform and captions. Drag a caption's edges or body to retime it; click to move the playhead; Ctrl+wheel zooms.</source>
        <translation>الموجة الصوتية والمقاطع. اسحب حواف المقطع أو جسمه لتغيير توقيته؛ انقر لتحريك موضع التشغيل؛ Ctrl+العجلة للتكبير.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="370"/>
        <source>Zoom in the timeline</source>
        <translation>كبّر الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="371"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>تكبير (Ctrl+العجلة)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="375"/>
        <source>Zoom out the timeline</source>
        <translation>صغّر الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="376"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>تصغير (Ctrl+العجلة)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="62"/>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="63"/>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="66"/>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="121"/>
        <source>Chapters</source>
        <translation>الفصول</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="128"/>
        <source>Add chapter at playhead</source>
        <translation>أضف فصلًا عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="130"/>
        <source>Remove chapter</source>
        <translation>أزِل الفصل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="132"/>
        <source>Chapters from pauses</source>
        <translation>فصول من فترات الصمت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="133"/>
        <source>A chapter after each long silence in the first caption track</source>
        <translation>فصل بعد كل صمت طويل في مسار الترجمة الأول</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="213"/>
        <source>&amp;Captions</source>
        <translation>ال&amp;ترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="221"/>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="268"/>
        <source>Media:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="278"/>
        <source>Transcript</source>
        <translation>النص المكتوب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="280"/>
        <source>Leave empty to build the transcript from the first caption track.</source>
        <translation>اتركه فارغًا لبناء النص المكتوب من مسار الترجمة الأول.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="282"/>
        <source>T&amp;ranscript:</source>
        <translation>النص ال&amp;مكتوب:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="283"/>
        <source>Write the transcript from the captions</source>
        <translation>اكتب النص من الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="284"/>
        <source>Paragraphs at the pauses of the first caption track; edit freely</source>
        <translation>فقرات عند فترات الصمت في مسار الترجمة الأول؛ عدّلها كما تشاء</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="297"/>
        <source>Transcript from captions</source>
        <translation>النص من الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="93"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="164"/>
        <source>Add chapter</source>
        <translation>أضف فصلًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="180"/>
        <source>Rename chapter</source>
        <translation>أعد تسمية الفصل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="186"/>
        <source>Move chapter</source>
        <translation>انقل الفصل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="218"/>
        <source>C&amp;hapters</source>
        <translation>ال&amp;فصول</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="220"/>
        <source>&amp;Questions</source>
        <translation>الأ&amp;سئلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="245"/>
        <source>Use this frame as &amp;poster</source>
        <translation>استخدم هذا الإطار &amp;غلافًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="246"/>
        <source>Use this frame as poster</source>
        <translation>استخدم هذا الإطار غلافًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="247"/>
        <source>The picture learners see before they press play</source>
        <translation>الصورة التي يراها المتعلمون قبل الضغط على تشغيل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="261"/>
        <source>Rename</source>
        <translation>أعد التسمية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="271"/>
        <source>Choose poster…</source>
        <translation>اختر غلافًا…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="276"/>
        <source>Poster image:</source>
        <translation>صورة الغلاف:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="314"/>
        <source>Change media</source>
        <translation>غيّر الوسائط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="319"/>
        <source>Change poster</source>
        <translation>غيّر الغلاف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="416"/>
        <source>Poster from {t}</source>
        <translation>غلاف عند {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="163"/>
        <source>Chapter {n}</source>
        <translation>الفصل {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_view.py" line="35"/>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="51"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} م.ب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="178"/>
        <source>Export the course</source>
        <translation>صدّر الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="181"/>
        <source>LMS or format</source>
        <translation>نظام إدارة التعلم أو الصيغة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="195"/>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="201"/>
        <source>Package file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفّح…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="203"/>
        <source>Choose where to save the package</source>
        <translation>اختر مكان حفظ الحزمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="209"/>
        <source>Estimated package size</source>
        <translation>الحجم التقديري للحزمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="211"/>
        <source>Warnings before export</source>
        <translation>تحذيرات قبل التصدير</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="216"/>
        <source>Export result</source>
        <translation>نتيجة التصدير</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="223"/>
        <source>Validation verdict</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="232"/>
        <source>&amp;Export</source>
        <translation>&amp;صدّر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="235"/>
        <source>&amp;Open folder</source>
        <translation>ا&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="238"/>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="245"/>
        <source>&amp;Target</source>
        <translation>ال&amp;وجهة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="344"/>
        <source>Save the package as</source>
        <translation>احفظ الحزمة باسم</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="375"/>
        <source>Exporting… (see the Jobs panel)</source>
        <translation>جارٍ التصدير… (راجع لوحة المهام)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="389"/>
        <source>The package was not written.</source>
        <translation>لم تُكتب الحزمة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="398"/>
        <source>Exported; checking the package…</source>
        <translation>صُدّرت؛ جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>Valid {kind} package.</source>
        <translation>حزمة {kind} صالحة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>INVALID {kind} package.</source>
        <translation>حزمة {kind} غير صالحة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="50"/>
        <source>{n} KB</source>
        <translation>{n} ك.ب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="66"/>
        <source>Over the {n} MB upload limit some LMSs use: choose a lower video quality or split the course.</source>
        <translation>تتجاوز حد الرفع البالغ {n} م.ب الذي تستخدمه بعض أنظمة إدارة التعلم: اختر جودة فيديو أقل أو قسّم الدورة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="250"/>
        <source>Package file:</source>
        <translation>ملف الحزمة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="253"/>
        <source>Check before exporting:</source>
        <translation>تحقّق قبل التصدير:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="336"/>
        <source>No problems found.</source>
        <translation>لم يُعثر على مشكلات.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="408"/>
        <source>Validating the package</source>
        <translation>جارٍ التحقق من الحزمة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="428"/>
        <source>Exported (not checked).</source>
        <translation>صُدّرت (دون فحص).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="381"/>
        <source>Export {fmt}</source>
        <translation>صدّر {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="384"/>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="394"/>
        <source>Exported {path} ({size}).</source>
        <translation>صُدّرت {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="396"/>
        <source>Warning: {w}</source>
        <translation>تحذير: {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="397"/>
        <source>Changed by the target: {d}</source>
        <translation>غيّرته الوجهة: {d}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="416"/>
        <source>Validate {name}</source>
        <translation>تحقّق من {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="436"/>
        <source>Errors: {e}. Warnings: {w}.</source>
        <translation>الأخطاء: {e}. التحذيرات: {w}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="185"/>
        <source>{lms} — {fmt}</source>
        <translation>{lms} — {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="323"/>
        <source>Estimated size: about {size}.</source>
        <translation>الحجم التقديري: نحو {size}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="449"/>
        <source>No file manager could open the folder. The package is in {folder}</source>
        <translation>لم يتمكن أي مدير ملفات من فتح المجلد. الحزمة في {folder}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="358"/>
        <source>Check the options: {e}</source>
        <translation>راجع الخيارات: {e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="295"/>
        <source>What this LMS changes:</source>
        <translation>ما يغيّره نظام إدارة التعلم هذا:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="298"/>
        <source>cmi5 packages:</source>
        <translation>حزم cmi5:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="429"/>
        <source>Studio's validator does not check {fmt} packages; import it into a test course of your LMS first.</source>
        <translation>لا يفحص مدقّق Studio حزم {fmt}؛ استوردها أولًا في دورة تجريبية على نظام إدارة التعلم لديك.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="53"/>
        <source>Import into the course</source>
        <translation>استورد إلى الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="56"/>
        <source>What to import</source>
        <translation>ما الذي تستورده</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="57"/>
        <source>PowerPoint slides (.pptx) as narrated slides</source>
        <translation>شرائح PowerPoint (.pptx) مع تعليق صوتي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="58"/>
        <source>Questions or a package (format detected)</source>
        <translation>أسئلة أو حزمة (تُكتشف الصيغة)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="67"/>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="69"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="74"/>
        <source>Add the questions to the selected quiz</source>
        <translation>أضف الأسئلة إلى الاختبار المحدد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="81"/>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="82"/>
        <source>What was imported, kept as is, or skipped shows here.</source>
        <translation>هنا يظهر ما استُورد وما بقي كما هو وما تُخطّي.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="83"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستورد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="94"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="123"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="129"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="134"/>
        <source>Choose a file to import</source>
        <translation>اختر ملفًا لاستيراده</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="101"/>
        <source>Report:</source>
        <translation>التقرير:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="126"/>
        <source>Questions and packages ({p})</source>
        <translation>الأسئلة والحزم ({p})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="149"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="155"/>
        <source>Import cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="181"/>
        <source>Import {name}</source>
        <translation>استورد {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="144"/>
        <source>Choose a file to import first (no file at {p}).</source>
        <translation>اختر ملفًا لاستيراده أولًا (لا يوجد ملف في {p}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="174"/>
        <source>Imported {n} slides from {name} as a new module ({notes} with speaker notes; slide images: {how}).</source>
        <translation>استُوردت {n} شرائح من {name} كوحدة جديدة ({notes} بملاحظات المتحدث؛ صور الشرائح: {how}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="34"/>
        <source>Learner views every lesson</source>
        <translation>يشاهد المتعلم كل الدروس</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="35"/>
        <source>Learner watches a share of every video</source>
        <translation>يشاهد المتعلم جزءًا من كل فيديو</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="36"/>
        <source>Learner passes the quizzes</source>
        <translation>ينجح المتعلم في الاختبارات</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="51"/>
        <source>Course properties</source>
        <translation>خصائص الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="67"/>
        <source>Names, separated by commas</source>
        <translation>أسماء تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="72"/>
        <source>Keywords, separated by commas</source>
        <translation>كلمات مفتاحية تفصل بينها فواصل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>Course title</source>
        <translation>عنوان الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>Course description</source>
        <translation>وصف الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>Course language (BCP 47 tag, e.g. en or pt-BR)</source>
        <translation>لغة الدورة (وسم BCP 47، مثل ar أو pt-BR)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="88"/>
        <source>Language warning</source>
        <translation>تحذير اللغة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>&amp;Authors</source>
        <translation>ال&amp;مؤلفون</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Li&amp;cence</source>
        <translation>ال&amp;ترخيص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Licence (SPDX identifier)</source>
        <translation>الترخيص (معرّف SPDX)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>&amp;Keywords</source>
        <translation>الكلمات ال&amp;مفتاحية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>&amp;Version</source>
        <translation>الإ&amp;صدار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Com&amp;pletion</source>
        <translation>الإ&amp;كمال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Completion rule for tracked packages</source>
        <translation>قاعدة الإكمال للحزم المتتبَّعة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Video &amp;share</source>
        <translation>جزء ال&amp;فيديو</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Share of each video to watch</source>
        <translation>الجزء الذي يجب مشاهدته من كل فيديو</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Pa&amp;ssing score</source>
        <translation>درجة ال&amp;نجاح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Passing score of the course</source>
        <translation>درجة النجاح في الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="178"/>
        <source>'{tag}' is not a language tag such as en, fr or pt-BR.</source>
        <translation>'{tag}' ليس وسم لغة مثل ar أو fr أو pt-BR.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="77"/>
        <source>estimating…</source>
        <translation>جارٍ التقدير…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="83"/>
        <source>{h} h {m} min left</source>
        <translation>بقي {h} س {m} د</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="79"/>
        <source>{n} s left</source>
        <translation>بقي {n} ث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="82"/>
        <source>{m} min {s} s left</source>
        <translation>بقي {m} د {s} ث</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="27"/>
        <source>Jobs</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="28"/>
        <source>Show the Jobs panel (Ctrl+4)</source>
        <translation>اعرض لوحة المهام (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="36"/>
        <source>Progress of the running jobs</source>
        <translation>تقدّم المهام الجارية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="63"/>
        <source>{n} job(s) running</source>
        <translation>{n} مهمة جارية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="65"/>
        <source>{n} failed</source>
        <translation>{n} فشلت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="58"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="88"/>
        <source>No jobs running. Exports, imports and captioning show here.</source>
        <translation>لا مهام جارية. تظهر هنا عمليات التصدير والاستيراد وإنشاء الترجمة المكتوبة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="90"/>
        <source>Clear finished</source>
        <translation>امسح المنتهية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="91"/>
        <source>Clear finished jobs</source>
        <translation>امسح المهام المنتهية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="27"/>
        <source>Job: {title}</source>
        <translation>مهمة: {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="37"/>
        <source>Progress of {title}</source>
        <translation>تقدّم {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="40"/>
        <source>Cancel {title}</source>
        <translation>ألغِ {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="69"/>
        <source>Finished</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="70"/>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="71"/>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="47"/>
        <source>Video (*.mp4 *.webm *.mov *.mkv *.m4v)</source>
        <translation>فيديو (*.mp4 *.webm *.mov *.mkv *.m4v)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="48"/>
        <source>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</source>
        <translation>صوت (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>صور (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="50"/>
        <source>Any file (*)</source>
        <translation>أي ملف (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="63"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="81"/>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="98"/>
        <source>Course statistics</source>
        <translation>إحصاءات الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="123"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="429"/>
        <source>Choose a file to add</source>
        <translation>اختر ملفًا لإضافته</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="504"/>
        <source>Preparing the preview</source>
        <translation>جارٍ تحضير المعاينة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218"/>
        <source>Modules: {m} · Lessons: {l}</source>
        <translation>الوحدات: {m} · الدروس: {l}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="290"/>
        <source>Recovered unsaved work; save to keep it.</source>
        <translation>استُعيد العمل غير المحفوظ؛ احفظ للاحتفاظ به.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="348"/>
        <source>Recovery copy saved</source>
        <translation>حُفظت نسخة الاسترداد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="469"/>
        <source>Cannot add the file</source>
        <translation>تعذّرت إضافة الملف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="502"/>
        <source>Cannot preview the course</source>
        <translation>تعذّرت معاينة الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="202"/>
        <source>{title} ({name})[*] — Studio</source>
        <translation>{title} ({name})[*] — Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="272"/>
        <source>Cannot open the course</source>
        <translation>تعذّر فتح الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="278"/>
        <source>Opened {path}</source>
        <translation>فُتح {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="301"/>
        <source>Cannot create the course</source>
        <translation>تعذّر إنشاء الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305"/>
        <source>Created {path}</source>
        <translation>أُنشئ {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="324"/>
        <source>Cannot save the course</source>
        <translation>تعذّر حفظ الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="327"/>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="336"/>
        <source>Cannot save a copy</source>
        <translation>تعذّر حفظ نسخة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="340"/>
        <source>Saved as {path}</source>
        <translation>حُفظ باسم {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="220"/>
        <source>Errors: {e} · Warnings: {w}</source>
        <translation>الأخطاء: {e} · التحذيرات: {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="288"/>
        <source>Cannot recover the unsaved work</source>
        <translation>تعذّرت استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="444"/>
        <source>Copying {name}</source>
        <translation>جارٍ نسخ {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="466"/>
        <source>Added {name}</source>
        <translation>أُضيف {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>No browser could be opened</source>
        <translation>تعذّر فتح أي متصفح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="499"/>
        <source>Preview at {url}</source>
        <translation>المعاينة على {url}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="461"/>
        <source>Add {kind}</source>
        <translation>أضف {kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>The preview is ready at {url}: open that address in a web browser.</source>
        <translation>المعاينة جاهزة على {url}: افتح هذا العنوان في متصفح ويب.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="33"/>
        <source>Packages and questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</source>
        <translation>الحزم والأسئلة (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="52"/>
        <source>New course</source>
        <translation>دورة جديدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="56"/>
        <source>e.g. Water in our world</source>
        <translation>مثلًا: الماء في عالمنا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="61"/>
        <source>Course language</source>
        <translation>لغة الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="73"/>
        <source>File to start from</source>
        <translation>الملف الذي تبدأ منه</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="74"/>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="75"/>
        <source>Choose the file to start from</source>
        <translation>اختر الملف الذي تبدأ منه</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="82"/>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="114"/>
        <source>Start from</source>
        <translation>ابدأ من</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="142"/>
        <source>Give the course a title.</source>
        <translation>أعطِ الدورة عنوانًا.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="66"/>
        <source>An &amp;empty course</source>
        <translation>دورة &amp;فارغة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="67"/>
        <source>From a &amp;PowerPoint deck (narrated slides)</source>
        <translation>من عرض &amp;PowerPoint (شرائح مع تعليق صوتي)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="68"/>
        <source>From a p&amp;ackage or a quiz file (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</source>
        <translation>من &amp;حزمة أو ملف أسئلة (SCORM وCommon Cartridge وEPUB وGIFT وAiken وCSV وQTI)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="88"/>
        <source>Start from:</source>
        <translation>ابدأ من:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="137"/>
        <source>Choose the file to start from.</source>
        <translation>اختر الملف الذي تبدأ منه.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="139"/>
        <source>{path} is not a file: choose the deck, package or quiz file.</source>
        <translation>{path} ليس ملفًا: اختر العرض أو الحزمة أو ملف الأسئلة.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="38"/>
        <source>Page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="40"/>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="42"/>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="43"/>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="45"/>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="78"/>
        <source>Course outline</source>
        <translation>مخطط الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="80"/>
        <source>Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.</source>
        <translation>الوحدات والدروس والكتل. F2 لإعادة التسمية، وDelete للحذف، وAlt+أعلى/أسفل للنقل.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="189"/>
        <source>Untitled course</source>
        <translation>دورة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="39"/>
        <source>&amp;Page</source>
        <translation>&amp;صفحة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="40"/>
        <source>&amp;Quiz</source>
        <translation>ا&amp;ختبار</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="41"/>
        <source>&amp;Web link</source>
        <translation>&amp;رابط ويب</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="42"/>
        <source>&amp;Discussion prompt</source>
        <translation>&amp;موضوع نقاش</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="43"/>
        <source>&amp;Video…</source>
        <translation>&amp;فيديو…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="44"/>
        <source>&amp;Audio…</source>
        <translation>ص&amp;وت…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="45"/>
        <source>&amp;Image…</source>
        <translation>ص&amp;ورة…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="46"/>
        <source>A&amp;ttachment…</source>
        <translation>م&amp;رفق…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="71"/>
        <source>Add &amp;module</source>
        <translation>أضف &amp;وحدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="72"/>
        <source>Add &amp;lesson</source>
        <translation>أضف &amp;درسًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="73"/>
        <source>&amp;Rename</source>
        <translation>أعد ال&amp;تسمية</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="75"/>
        <source>Move &amp;up</source>
        <translation>انقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="76"/>
        <source>Move do&amp;wn</source>
        <translation>انقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="178"/>
        <source>New lesson</source>
        <translation>درس جديد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="114"/>
        <source>Add &amp;block</source>
        <translation>أضف &amp;كتلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="123"/>
        <source>Move &amp;to module</source>
        <translation>انقل إلى و&amp;حدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="163"/>
        <source>Module 1</source>
        <translation>الوحدة 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="194"/>
        <source>Add lesson</source>
        <translation>أضف درسًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="207"/>
        <source>Add block</source>
        <translation>أضف كتلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="242"/>
        <source>block</source>
        <translation>كتلة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="187"/>
        <source>Module {n}</source>
        <translation>الوحدة {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="236"/>
        <source>module '{t}'</source>
        <translation>الوحدة '{t}'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="245"/>
        <source>Deleted {what}. Undo brings it back.</source>
        <translation>حُذف: {what}. التراجع يعيده.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="198"/>
        <source>Lesson {n}</source>
        <translation>الدرس {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="239"/>
        <source>lesson '{t}'</source>
        <translation>الدرس '{t}'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="31"/>
        <source>Selected item</source>
        <translation>العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="57"/>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="48"/>
        <source>Quiz and question</source>
        <translation>الاختبار والسؤال</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="137"/>
        <source>Module title</source>
        <translation>عنوان الوحدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="138"/>
        <source>Module description</source>
        <translation>وصف الوحدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="143"/>
        <source>Lesson description</source>
        <translation>وصف الدرس</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="144"/>
        <source>&amp;Objectives:</source>
        <translation>الأ&amp;هداف:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Learning objectives, one per line</source>
        <translation>أهداف التعلم، هدف في كل سطر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Change objectives</source>
        <translation>غيّر الأهداف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="148"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="149"/>
        <source>not said</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="151"/>
        <source>D&amp;uration:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="153"/>
        <source>Expected duration in minutes</source>
        <translation>المدة المتوقعة بالدقائق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>C&amp;redits:</source>
        <translation>ال&amp;حقوق:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>Credits of the media file</source>
        <translation>حقوق ملف الوسائط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="165"/>
        <source>Change credits</source>
        <translation>غيّر الحقوق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="172"/>
        <source>the course's licence</source>
        <translation>ترخيص الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="173"/>
        <source>Licence of the media file</source>
        <translation>ترخيص ملف الوسائط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="179"/>
        <source>&amp;Licence:</source>
        <translation>ال&amp;ترخيص:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="223"/>
        <source>&amp;Pass at:</source>
        <translation>النجاح &amp;عند:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="230"/>
        <source>A&amp;ttempts:</source>
        <translation>ال&amp;محاولات:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="152"/>
        <source>Change duration</source>
        <translation>غيّر المدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="162"/>
        <source>No media file yet: choose one in the editor.</source>
        <translation>لا يوجد ملف وسائط بعد: اختر واحدًا في المحرّر.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="44"/>
        <source>Module: {t}</source>
        <translation>الوحدة: {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="46"/>
        <source>Lesson: {t}</source>
        <translation>الدرس: {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="175"/>
        <source>Change licence</source>
        <translation>غيّر الترخيص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster:</source>
        <translation>الغلاف:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster image</source>
        <translation>صورة الغلاف</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="192"/>
        <source>Set the poster in the editor: “Use this frame as poster” or Details &gt; Choose poster.</source>
        <translation>حدّد الغلاف في المحرّر: «استخدم هذا الإطار غلافًا» أو التفاصيل &gt; اختر غلافًا.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="197"/>
        <source>Change alt text</source>
        <translation>غيّر النص البديل</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="199"/>
        <source>Change caption</source>
        <translation>غيّر التعليق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Link address</source>
        <translation>عنوان الرابط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Change link</source>
        <translation>غيّر الرابط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="210"/>
        <source>Edit the page's text in the editor; its images keep their alt text there (Image… on an image).</source>
        <translation>حرّر نص الصفحة في المحرّر؛ تحتفظ صورها هناك بنصها البديل (صورة… على صورة).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="213"/>
        <source>Learners answer the prompt in the LMS's forum.</source>
        <translation>يجيب المتعلمون عن الموضوع في منتدى نظام إدارة التعلم.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="33"/>
        <source>Caption editor</source>
        <translation>محرّر الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>What it does</source>
        <translation>ما يفعله</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="31"/>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="24"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo {what}</source>
        <translation>تراجع عن {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo {what}</source>
        <translation>أعد {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>&amp;New course…</source>
        <translation>دورة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>Create a new course</source>
        <translation>أنشئ دورة جديدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>&amp;Open course…</source>
        <translation>ا&amp;فتح دورة…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>Open a course (a .studio folder)</source>
        <translation>افتح دورة (مجلد ‎.studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="38"/>
        <source>Save the course</source>
        <translation>احفظ الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save &amp;as…</source>
        <translation>احفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save a copy of the course under another name</source>
        <translation>احفظ نسخة من الدورة باسم آخر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="41"/>
        <source>&amp;Close course</source>
        <translation>أ&amp;غلق الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستورد…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>Import PowerPoint, quizzes or packages</source>
        <translation>استورد PowerPoint أو أسئلة أو حزمًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>&amp;Export…</source>
        <translation>&amp;صدّر…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>Export SCORM, Common Cartridge or EPUB</source>
        <translation>صدّر SCORM أو Common Cartridge أو EPUB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>&amp;Preview in browser</source>
        <translation>&amp;عاين في المتصفح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>Open the course as a learner sees it</source>
        <translation>افتح الدورة كما يراها المتعلم</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>ا&amp;خرج</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="49"/>
        <source>Go to &amp;outline</source>
        <translation>انتقل إلى ال&amp;مخطط</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="50"/>
        <source>Go to &amp;editor</source>
        <translation>انتقل إلى ال&amp;محرّر</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="51"/>
        <source>Go to &amp;properties</source>
        <translation>انتقل إلى ال&amp;خصائص</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="52"/>
        <source>Go to &amp;jobs</source>
        <translation>انتقل إلى الم&amp;هام</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="53"/>
        <source>Go to the publish &amp;checklist</source>
        <translation>انتقل إلى قائمة ال&amp;تحقق</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="55"/>
        <source>&amp;How to start</source>
        <translation>&amp;كيف تبدأ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="56"/>
        <source>&amp;About Studio</source>
        <translation>&amp;عن Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>Every keyboard shortcut, the caption editor's too</source>
        <translation>كل اختصارات لوحة المفاتيح، ومنها اختصارات محرّر الترجمة المكتوبة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="71"/>
        <source>Open &amp;recent</source>
        <translation>افتح &amp;حديثًا</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="92"/>
        <source>&amp;Insert</source>
        <translation>إ&amp;دراج</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="109"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="116"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="118"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="166"/>
        <source>The new language applies the next time Studio starts.</source>
        <translation>تُطبَّق اللغة الجديدة في المرة القادمة التي يبدأ فيها Studio.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="195"/>
        <source>Where to keep the course</source>
        <translation>أين تحفظ الدورة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="197"/>
        <source>Studio course (*.studio)</source>
        <translation>دورة Studio (*.studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="205"/>
        <source>Open a course (choose its .studio folder)</source>
        <translation>افتح دورة (اختر مجلدها ‎.studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="212"/>
        <source>Save a copy as</source>
        <translation>احفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="251"/>
        <source>About Studio</source>
        <translation>عن Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="178"/>
        <source>No recent courses</source>
        <translation>لا دورات حديثة</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="252"/>
        <source>Studio {version}
Record, caption, build quizzes and export SCORM, Common Cartridge and EPUB. Everything stays on this computer.</source>
        <translation>Studio {version}
سجّل وأنشئ الترجمة المكتوبة وأنشئ الاختبارات وصدّر SCORM وCommon Cartridge وEPUB. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="105"/>
        <source>Show {name}</source>
        <translation>اعرض {name}</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2</source>
        <translation>SCORM 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Let Studio re-open the package later (the course is embedded, not the media twice)</source>
        <translation>اسمح لـ Studio بإعادة فتح الحزمة لاحقًا (الدورة مضمّنة، دون تكرار الوسائط)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Keep the camera, author and location data stored in photos</source>
        <translation>احتفظ ببيانات الكاميرا والمؤلف والموقع المخزّنة في الصور</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Track each lesson on its own in the LMS (one SCO per lesson)</source>
        <translation>تتبّع كل درس على حدة في نظام إدارة التعلم (SCO لكل درس)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Ed.</source>
        <translation>SCORM 2004 الإصدار الرابع</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.1</source>
        <translation>Common Cartridge 1.1</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Numeric questions:</source>
        <translation>الأسئلة الرقمية:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as fill-in-the-blank with every accepted value</source>
        <translation>كملء فراغ مع كل القيم المقبولة</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>leave them out</source>
        <translation>احذفها</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Matching questions:</source>
        <translation>أسئلة المطابقة:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question per prompt</source>
        <translation>كسؤال اختيار من متعدد لكل نص</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Ordering questions:</source>
        <translation>أسئلة الترتيب:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question “Which order is right?”</source>
        <translation>كسؤال اختيار من متعدد «ما الترتيب الصحيح؟»</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Also write every quiz in Canvas' own format (read by Canvas only)</source>
        <translation>اكتب كل اختبار أيضًا بصيغة Canvas الخاصة (يقرؤها Canvas فقط)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>The package is for:</source>
        <translation>الحزمة مخصّصة لـ:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Moodle</source>
        <translation>Moodle</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Moodle (Common Cartridge)</source>
        <translation>Moodle (Common Cartridge)</translation>
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
        <translation>نظام إدارة تعلم آخر</translation>
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
        <translation>QTI 1.2 (اختبارات)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 2.1 (quizzes)</source>
        <translation>QTI 2.1 (اختبارات)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3</source>
        <translation>EPUB 3</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Video quality:</source>
        <translation>جودة الفيديو:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>as recorded (converted only if e-readers cannot play it)</source>
        <translation>كما سُجّل (يُحوَّل فقط إن تعذّر تشغيله على القارئات الإلكترونية)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>small 360p copies for slow or metered connections</source>
        <translation>نسخ صغيرة بدقة 360p للاتصالات البطيئة أو المحدودة</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Leave the videos out: posters, transcripts and captions as text (the smallest book)</source>
        <translation>استبعد مقاطع الفيديو: الأغلفة والنصوص المكتوبة والترجمة كنص (أصغر كتاب)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Cover image (empty: drawn from the course title):</source>
        <translation>صورة الغلاف (فارغة: تُرسم من عنوان الدورة):</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle backup</source>
        <translation>نسخة احتياطية من Moodle</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions</source>
        <translation>أسئلة Moodle XML</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 (xAPI)</source>
        <translation>cmi5 (xAPI)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and newer: restore it (Restore on the course or category page) to get one section per module, a Page per lesson with its video, captions and images, File, URL and Forum activities, and each quiz with its marks, pass mark, review options, deferred feedback and native question types. Where only Common Cartridge import is allowed, use the moodle-cc preset.</source>
        <translation>نسخة احتياطية لدورة Moodle (.mbz) للإصدار 4.1 وما بعده: استعدها (الاستعادة من صفحة الدورة أو الفئة) لتحصل على قسم لكل وحدة، وصفحة لكل درس بفيديوه وترجمته المكتوبة وصوره، وأنشطة ملف ورابط ومنتدى، وكل اختبار بدرجاته ودرجة نجاحه وخيارات مراجعته وملاحظاته المؤجلة وأنواع أسئلته الأصلية. حيث لا يُسمح إلا باستيراد Common Cartridge، استخدم الإعداد moodle-cc.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>ordering questions become 'drag and drop into text' questions (Moodle 4.1 has no ordering question type); the report of the export says which</source>
        <translation>تصبح أسئلة الترتيب أسئلة «سحب وإفلات في النص» (لا يوجد نوع للترتيب في Moodle 4.1)؛ ويذكر تقرير التصدير أيها</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quizzes have no time limit (Studio sets none): set one in the quiz settings</source>
        <translation>الاختبارات بلا حد زمني (لا يحدد Studio حدًّا): حدّده في إعدادات الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>not in Moodle itself: install the cmi5 Launch Link plugin (mod_cmi5launch), connect it to an LRS, then upload the cmi5 export</source>
        <translation>غير موجود في Moodle نفسه: ثبّت إضافة cmi5 Launch Link (mod_cmi5launch) واربطها بمخزن LRS، ثم ارفع تصدير cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Moodle 4.x imports CC 1.0/1.1 only): an 'About this course' section, then one section per module; each lesson page becomes a Page, attachments Files, links URL activities, discussion topics forums, quizzes Quiz activities. For graded quizzes export the Moodle backup instead (--format moodle, .mbz): it keeps marks, pass mark, review options and every question type.</source>
        <translation>Common Cartridge 1.1 (يستورد Moodle 4.x الإصدارين CC 1.0/1.1 فقط): قسم «عن هذه الدورة» ثم قسم لكل وحدة؛ تصبح كل صفحة درس صفحة، والمرفقات ملفات، والروابط أنشطة رابط، ومواضيع النقاش منتديات، والاختبارات أنشطة اختبار. للاختبارات ذات الدرجات صدّر بدلًا من ذلك نسخة Moodle الاحتياطية (--format moodle، .mbz): فهي تحفظ الدرجات ودرجة النجاح وخيارات المراجعة وكل أنواع الأسئلة.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz marks: Moodle's CC converter sets every question to 1 mark and the quiz total to a fixed value, so grades are wrong; use the Moodle backup (--format moodle) or SCORM 1.2 for graded quizzes</source>
        <translation>درجات الاختبار: يضبط محوّل CC في Moodle كل سؤال على درجة واحدة ومجموع الاختبار على قيمة ثابتة، فتخرج العلامات خاطئة؛ استخدم نسخة Moodle الاحتياطية (--format moodle) أو SCORM 1.2 للاختبارات ذات الدرجات</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark becomes 0, choice shuffling and 'draw N at random' are lost: set them in the quiz settings</source>
        <translation>تصبح درجة النجاح 0، ويضيع خلط الخيارات و«اختيار N سؤالًا عشوائيًا»: اضبطها في إعدادات الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>review options are off (learners do not see their marks or feedback) and the quiz runs in adaptive mode without penalty: change both in the quiz settings</source>
        <translation>خيارات المراجعة معطّلة (لا يرى المتعلمون درجاتهم ولا الملاحظات) ويعمل الاختبار في الوضع التكيفي بلا خصم: غيّر الأمرين في إعدادات الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>partial credit: 'choose all that apply' questions give full marks when every box is ticked (wrong choices weigh 0) and per-choice weights are lost</source>
        <translation>الدرجات الجزئية: أسئلة «اختر كل ما ينطبق» تعطي الدرجة الكاملة عند تحديد كل المربعات (الخيارات الخاطئة وزنها 0) وتضيع أوزان الخيارات</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric questions arrive as short-answer questions listing every accepted answer (or as essays when a range is too wide to list)</source>
        <translation>تصل الأسئلة الرقمية كأسئلة إجابة قصيرة تسرد كل إجابة مقبولة (أو كأسئلة مقالية حين يكون النطاق أوسع من أن يُسرد)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>matching questions arrive as one multiple-choice question per prompt, ordering questions as one multiple-choice 'which order is right?'</source>
        <translation>تصل أسئلة المطابقة كسؤال اختيار من متعدد لكل نص، وأسئلة الترتيب كسؤال اختيار من متعدد «ما الترتيب الصحيح؟»</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 with Canvas' own QTI beside the CC quiz (non_cc_assessments/), as Canvas exports it: pages and files, web links, discussions and graded quizzes. For numeric, matching and ordering questions in their own Canvas types, also import the 'qti12' export (QTI .zip file).</source>
        <translation>Common Cartridge 1.1 مع صيغة QTI الخاصة بـ Canvas بجانب اختبار CC (non_cc_assessments/)، كما يصدّرها Canvas: صفحات وملفات وروابط ويب ونقاشات واختبارات بدرجات. للحصول على الأسئلة الرقمية وأسئلة المطابقة والترتيب بأنواعها الخاصة في Canvas، استورد أيضًا تصدير 'qti12' (ملف QTI .zip).</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Canvas' Common Cartridge importer reads the CC quiz file, so numeric, matching and ordering questions arrive converted as for Moodle; Canvas reads the extension file only in cartridges Canvas itself exported</source>
        <translation>يقرأ مستورد Common Cartridge في Canvas ملف اختبار CC، فتصل الأسئلة الرقمية وأسئلة المطابقة والترتيب محوّلة كما في Moodle؛ ولا يقرأ Canvas ملف الامتداد إلا في الحزم التي صدّرها Canvas نفسه</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>in the 'qti12' export ordering questions become matching questions (items to positions): classic quizzes have no ordering type</source>
        <translation>في تصدير 'qti12' تصبح أسئلة الترتيب أسئلة مطابقة (عناصر مع مواضع): الاختبارات الكلاسيكية لا تتضمن نوع الترتيب</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported (Canvas has none)</source>
        <translation>لا تُستورد درجة النجاح (لا يوجد مثلها في Canvas)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Canvas has no cmi5 launcher of its own (it needs an external cmi5/xAPI tool); use this preset or SCORM</source>
        <translation>لا: ليس لدى Canvas مشغّل cmi5 خاص به (يحتاج إلى أداة cmi5/xAPI خارجية)؛ استخدم هذا الإعداد أو SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Blackboard Learn imports CC 1.0-1.2): content items, web links, discussion forums, tests with CC-profile questions.</source>
        <translation>Common Cartridge 1.1 (يستورد Blackboard Learn الإصدارات CC 1.0-1.2): عناصر محتوى وروابط ويب ومنتديات نقاش واختبارات بأسئلة ملف CC.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>question kinds outside the CC QTI profile would be dropped by Blackboard, so they are converted first (as for Moodle)</source>
        <translation>كان Blackboard سيحذف أنواع الأسئلة الخارجة عن ملف CC QTI، لذا تُحوَّل أولًا (كما في Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark and attempts may need setting again in the test options</source>
        <translation>قد يلزم ضبط درجة النجاح والمحاولات مجددًا في خيارات الاختبار</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Blackboard Learn itself; use this preset or SCORM</source>
        <translation>لا يستورد Blackboard Learn نفسه حزم cmi5؛ استخدم هذا الإعداد أو SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 (Brightspace imports CC 1.x through Import/Export/Copy Components): content topics, links, discussions and quizzes.</source>
        <translation>Common Cartridge 1.3 (يستورد Brightspace الإصدارات CC 1.x عبر استيراد/تصدير/نسخ المكوّنات): مواضيع محتوى وروابط ونقاشات واختبارات.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted (as for Moodle)</source>
        <translation>تُحوَّل الأسئلة الرقمية وأسئلة المطابقة والترتيب (كما في Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported</source>
        <translation>لا تُستورد درجة النجاح</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Brightspace itself; use this preset or SCORM</source>
        <translation>لا يستورد Brightspace نفسه حزم cmi5؛ استخدم هذا الإعداد أو SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 for Open edX's cc2olx converter (Open edX has no CC import of its own): sections, subsections, units with HTML, links, discussions and problems.</source>
        <translation>Common Cartridge 1.3 لمحوّل cc2olx في Open edX (لا يستورد Open edX حزم CC بنفسه): أقسام وأقسام فرعية ووحدات بصيغة HTML وروابط ونقاشات ومسائل.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>cc2olx converts multiple-choice, multiple-response, true/false, fill-in-the-blank and essay questions; pattern-match questions are skipped</source>
        <translation>يحوّل cc2olx أسئلة الاختيار من متعدد والإجابات المتعددة وصحيح/خطأ وملء الفراغ والأسئلة المقالية؛ ويتخطى أسئلة مطابقة الأنماط</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted before cc2olx sees them (as for Moodle)</source>
        <translation>تُحوَّل الأسئلة الرقمية وأسئلة المطابقة والترتيب قبل أن يراها cc2olx (كما في Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz settings (attempts, pass mark) and images in pages need checking in Studio after the import</source>
        <translation>يجب التحقق بعد الاستيراد من إعدادات الاختبارات (المحاولات ودرجة النجاح) ومن الصور في الصفحات</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Open edX does not launch cmi5 packages</source>
        <translation>لا: لا يشغّل Open edX حزم cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1, CC QTI profile only: the widest reach (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</source>
        <translation>Common Cartridge 1.1، بملف CC QTI فقط: أوسع انتشار (Moodle وCanvas وBlackboard وBrightspace وSakai وcc2olx).</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted into profile questions (see the export report)</source>
        <translation>تُحوَّل الأسئلة الرقمية وأسئلة المطابقة والترتيب إلى أسئلة ضمن الملف (راجع تقرير التصدير)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>see --format cmi5 for the LMSs that take cmi5 packages</source>
        <translation>راجع --format cmi5 لمعرفة أنظمة إدارة التعلم التي تقبل حزم cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2 package (Moodle, Chamilo, Canvas SCORM app, Blackboard, Brightspace, Open edX SCORM XBlock)</source>
        <translation>حزمة SCORM 1.2 (Moodle وChamilo وتطبيق SCORM في Canvas وBlackboard وBrightspace ووحدة SCORM XBlock في Open edX)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Edition package (SCORM Cloud, Canvas SCORM app, Moodle (partial), Blackboard, Brightspace)</source>
        <translation>حزمة SCORM 2004 الإصدار الرابع (SCORM Cloud وتطبيق SCORM في Canvas وMoodle (جزئيًا) وBlackboard وBrightspace)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.1 with QTI quizzes (widest reach: Moodle, Canvas, Blackboard, Sakai)</source>
        <translation>IMS Common Cartridge 1.1 مع اختبارات QTI (أوسع انتشار: Moodle وCanvas وBlackboard وSakai)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.2 with QTI quizzes</source>
        <translation>IMS Common Cartridge 1.2 مع اختبارات QTI</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.3 with QTI quizzes</source>
        <translation>IMS Common Cartridge 1.3 مع اختبارات QTI</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 zip of the course's quizzes (Canvas 'QTI .zip' import, other QTI 1.2 readers); every question kind kept</source>
        <translation>ملف zip بصيغة QTI 1.2 لاختبارات الدورة (استيراد 'QTI .zip' في Canvas وقارئات QTI 1.2 الأخرى)؛ تُحفظ كل أنواع الأسئلة</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>IMS QTI 2.1 content package of the course's quizzes (question banks and pools, e.g. Blackboard Learn's QTI 2.1 pool import)</source>
        <translation>حزمة محتوى IMS QTI 2.1 لاختبارات الدورة (بنوك الأسئلة، مثل استيراد بنوك QTI 2.1 في Blackboard Learn)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3 book: the offline learner edition for phones and e-readers, with video, captions, transcripts and quizzes that work without scripting</source>
        <translation>كتاب EPUB 3: نسخة المتعلم دون اتصال للهواتف والقارئات الإلكترونية، مع الفيديو والترجمة المكتوبة والنصوص المكتوبة واختبارات تعمل دون برمجة نصية</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and later: sections, pages, files, links, forums and quizzes with native questions, marks and grade to pass</source>
        <translation>نسخة احتياطية لدورة Moodle (.mbz) للإصدار 4.1 وما بعده: أقسام وصفحات وملفات وروابط ومنتديات واختبارات بأسئلة أصلية ودرجات ودرجة نجاح</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions (every quiz as a category, native question types, images embedded)</source>
        <translation>أسئلة Moodle XML (كل اختبار فئة، وأنواع أسئلة أصلية، والصور مضمّنة)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 course package: xAPI statements to the LMS's Learning Record Store (every answer, pages and video chapters watched). Taken by: SCORM Cloud and the LMSs built on Rustici Engine; Moodle with the cmi5 Launch Link plugin (mod_cmi5launch) and an LRS; other LMSs that list cmi5 among their standards (ask your administrator)</source>
        <translation>حزمة دورة cmi5: عبارات xAPI إلى مخزن سجلات التعلم (LRS) في نظام إدارة التعلم (كل إجابة، والصفحات وفصول الفيديو التي شوهدت). تقبلها: SCORM Cloud وأنظمة إدارة التعلم المبنية على Rustici Engine؛ وMoodle مع إضافة cmi5 Launch Link (mod_cmi5launch) ومخزن LRS؛ وأنظمة أخرى تذكر cmi5 ضمن معاييرها (اسأل المسؤول)</translation>
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
        <translation>نص أسئلة Studio</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>CSV questions</source>
        <translation>أسئلة CSV</translation>
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
        <translation>حزمة Studio</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>SCORM package</source>
        <translation>حزمة SCORM</translation>
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
        <translation>GIFT مع وسائط (zip)</translation>
    </message>
</context>
</TS>
