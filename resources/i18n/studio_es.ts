<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../studio/captions/quality.py" line="67"/>
        <source>the cue has no text</source>
        <translation>el subtítulo no tiene texto</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="84"/>
        <source>a line has {count} characters (at most {most})</source>
        <translation>una línea tiene {count} caracteres (como máximo {most})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="93"/>
        <source>{count} lines (at most {most})</source>
        <translation>{count} líneas (como máximo {most})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="103"/>
        <source>on screen {duration:.2f} s (at most {most:g} s)</source>
        <translation>en pantalla {duration:.2f} s (como máximo {most:g} s)</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="119"/>
        <source>on screen {duration:.2f} s (at least {least:.2f} s)</source>
        <translation>en pantalla {duration:.2f} s (como mínimo {least:.2f} s)</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="138"/>
        <source>{cps:.1f} characters a second (at most {most:g})</source>
        <translation>{cps:.1f} caracteres por segundo (como máximo {most:g})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="149"/>
        <source>overlaps the next cue by {overlap:.3f} s</source>
        <translation>se solapa con el subtítulo siguiente {overlap:.3f} s</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="159"/>
        <source>gap to the next cue {gap:.3f} s (at least {frames} frames = {least:.3f} s)</source>
        <translation>separación con el subtítulo siguiente {gap:.3f} s (como mínimo {frames} fotogramas = {least:.3f} s)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="131"/>
        <source>the course has no description: LMS catalogues and the package's metadata show it</source>
        <translation>el curso no tiene descripción: la muestran los catálogos del LMS y los metadatos del paquete</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>about {size:.0f} MB, over the {limit} MB upload limit {lms} usually has: export the EPUB with low video quality, or split the course</source>
        <translation>unos {size:.0f} MB, por encima del límite de subida de {limit} MB que suele tener {lms}: exporte el EPUB con vídeo de baja calidad o divida el curso</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="118"/>
        <source>the link {href!r} leads nowhere in a package: link to a web address (https://...)</source>
        <translation>el enlace {href!r} no lleva a ninguna parte dentro de un paquete: enlace a una dirección web (https://...)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="96"/>
        <source>{count} caption(s) outside the {profile} profile (first: caption {first}, {detail})</source>
        <translation>{count} subtítulo(s) fuera del perfil {profile} (el primero: subtítulo {first}, {detail})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="65"/>
        <source>course</source>
        <translation>curso</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="283"/>
        <source>module {n} '{title}'</source>
        <translation>módulo {n} «{title}»</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="287"/>
        <source>lesson {n} '{title}'</source>
        <translation>lección {n} «{title}»</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="291"/>
        <source>block {n} ({kind})</source>
        <translation>bloque {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="295"/>
        <source>track {n} ({language})</source>
        <translation>pista {n} ({language})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="81"/>
        <source>the course has no title</source>
        <translation>el curso no tiene título</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="83"/>
        <source>language {language!r} is not a BCP 47 tag (e.g. en, fr-CA)</source>
        <translation>el idioma {language!r} no es una etiqueta BCP 47 (p. ej., es, fr-CA)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="86"/>
        <source>licence {licence!r} is not an SPDX id or {reserved!r}</source>
        <translation>la licencia {licence!r} no es un identificador SPDX ni {reserved!r}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="90"/>
        <source>the course has no modules yet</source>
        <translation>el curso aún no tiene módulos</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="92"/>
        <source>holds control characters that packages cannot carry; they are left out of exports (retype the text to remove them)</source>
        <translation>contiene caracteres de control que los paquetes no admiten; se omiten al exportar (vuelva a escribir el texto para quitarlos)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="122"/>
        <source>no {what} file chosen</source>
        <translation>no se ha elegido ningún archivo de {what}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="126"/>
        <source>the {what} file is not registered in the project</source>
        <translation>el archivo de {what} no está registrado en el proyecto</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="130"/>
        <source>'{name}' is {mime}, not a {what}</source>
        <translation>«{name}» es {mime}, no un archivo de {what}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="151"/>
        <source>the text block is empty</source>
        <translation>el bloque de texto está vacío</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="200"/>
        <source>caption language {language!r} is not a BCP 47 tag</source>
        <translation>el idioma de los subtítulos {language!r} no es una etiqueta BCP 47</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="203"/>
        <source>the caption track has no label</source>
        <translation>la pista de subtítulos no tiene etiqueta</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="206"/>
        <source>cue {n}</source>
        <translation>subtítulo {n}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="213"/>
        <source>the captions are auto-generated and not yet reviewed</source>
        <translation>los subtítulos son automáticos y aún no se han revisado</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="218"/>
        <source>the quiz has no questions</source>
        <translation>el cuestionario no tiene preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="220"/>
        <source>the passing score must be between 0 and 100 %</source>
        <translation>la nota para aprobar debe estar entre 0 y 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="222"/>
        <source>attempts cannot be negative (0 means unlimited)</source>
        <translation>los intentos no pueden ser negativos (0 significa ilimitados)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="224"/>
        <source>the pool draws {draw} of {count} questions</source>
        <translation>el banco extrae {draw} de {count} preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="233"/>
        <source>a choice's partial credit must be between -100 % and 100 %</source>
        <translation>el crédito parcial de una opción debe estar entre -100 % y 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="238"/>
        <source>the right choice must be worth 100 % of the points</source>
        <translation>la opción correcta debe valer el 100 % de los puntos</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="247"/>
        <source>the question has no text</source>
        <translation>la pregunta no tiene texto</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="249"/>
        <source>points cannot be negative</source>
        <translation>los puntos no pueden ser negativos</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="98"/>
        <source>refused: {problem}</source>
        <translation>rechazado: {problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="103"/>
        <source>the module has no title</source>
        <translation>el módulo no tiene título</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="105"/>
        <source>the module has no lessons</source>
        <translation>el módulo no tiene lecciones</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="137"/>
        <source>media file '{name}' is missing (media/{stored}); copy the original file back into media/ under that name, or add it again</source>
        <translation>falta el archivo multimedia «{name}» (media/{stored}); vuelva a copiar el archivo original en media/ con ese nombre, o añádalo de nuevo</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="142"/>
        <source>media file '{name}' cannot be exported: {problem}; add the original file again, or remove the block</source>
        <translation>el archivo multimedia «{name}» no se puede exportar: {problem}; añada de nuevo el archivo original o quite el bloque</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="146"/>
        <source>media file '{name}' cannot be exported: {problem}</source>
        <translation>el archivo multimedia «{name}» no se puede exportar: {problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="195"/>
        <source>timed question {n} ({kind})</source>
        <translation>pregunta en el vídeo {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="208"/>
        <source>the cue ends before it starts</source>
        <translation>el subtítulo termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="227"/>
        <source>question {n} ({kind})</source>
        <translation>pregunta {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="242"/>
        <source>the right choices' credit adds up to {total:g} %, not 100 %</source>
        <translation>el crédito de las opciones correctas suma {total:g} %, no 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="253"/>
        <source>give at least two choices</source>
        <translation>añada al menos dos opciones</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="255"/>
        <source>exactly one choice must be correct ({correct} are)</source>
        <translation>debe haber exactamente una opción correcta (hay {correct})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="258"/>
        <source>mark at least one choice correct</source>
        <translation>marque al menos una opción como correcta</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="260"/>
        <source>a choice is empty</source>
        <translation>una opción está vacía</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="97"/>
        <source>media '{name}'</source>
        <translation>archivo multimedia «{name}»</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="110"/>
        <source>the lesson has no title</source>
        <translation>la lección no tiene título</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="112"/>
        <source>the lesson is empty</source>
        <translation>la lección está vacía</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="165"/>
        <source>poster image</source>
        <translation>imagen de portada</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="169"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="210"/>
        <source>the cue overlaps the previous one</source>
        <translation>el subtítulo se solapa con el anterior</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="264"/>
        <source>give at least one accepted answer</source>
        <translation>añada al menos una respuesta aceptada</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="157"/>
        <source>the video has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>el vídeo no tiene subtítulos (los necesitan los estudiantes sordos o con pérdida auditiva)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="159"/>
        <source>the audio has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>el audio no tiene subtítulos (los necesitan los estudiantes sordos o con pérdida auditiva)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="171"/>
        <source>the image has no alt text; describe it, or mark it decorative</source>
        <translation>la imagen no tiene texto alternativo; descríbala o márquela como decorativa</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="174"/>
        <source>narration</source>
        <translation>narración</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="176"/>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="267"/>
        <source>the range's low end is above its high end</source>
        <translation>el extremo inferior del intervalo está por encima del superior</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="269"/>
        <source>the tolerance cannot be negative</source>
        <translation>la tolerancia no puede ser negativa</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="272"/>
        <source>give at least two pairs to match</source>
        <translation>añada al menos dos parejas para relacionar</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="275"/>
        <source>two answers are the same; learners could not tell them apart</source>
        <translation>dos respuestas son iguales; los estudiantes no podrían distinguirlas</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="179"/>
        <source>the link has no URL</source>
        <translation>el enlace no tiene URL</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="279"/>
        <source>give at least two items to put in order</source>
        <translation>añada al menos dos elementos para ordenar</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="181"/>
        <source>the link URL {url!r} must start with http://, https:// or mailto:</source>
        <translation>la URL del enlace {url!r} debe empezar por http://, https:// o mailto:</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="186"/>
        <source>the discussion has no title</source>
        <translation>el debate no tiene título</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="76"/>
        <source>the timed question at {at:g} s is not at a time in the video</source>
        <translation>la pregunta en el segundo {at:g} no está en un momento del vídeo</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="82"/>
        <source>the timed question at {at:g} s rewinds to {rewind:g} s, which is not before its own time</source>
        <translation>la pregunta en el segundo {at:g} rebobina hasta {rewind:g} s, que no es anterior a su propio momento</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="79"/>
        <source>the timed question at {at:g} s is after the end of the video ({duration:g} s)</source>
        <translation>la pregunta en el segundo {at:g} está después del final del vídeo ({duration:g} s)</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../studio/ui/app.py" line="54"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../studio/ui/app.py" line="188"/>
        <source>My first course</source>
        <translation>Mi primer curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="31"/>
        <source>Add a lesson</source>
        <translation>Añadir una lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="32"/>
        <source>Delete the lesson</source>
        <translation>Eliminar la lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="33"/>
        <source>Re-flow the captions</source>
        <translation>Reajustar los subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="44"/>
        <source>Publish checklist</source>
        <translation>Lista de comprobación para publicar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="46"/>
        <source>Publish for</source>
        <translation>Publicar para</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="54"/>
        <source>Checklist summary</source>
        <translation>Resumen de la lista de comprobación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="60"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="61"/>
        <source>Fix the selected problem</source>
        <translation>Corregir el problema seleccionado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="63"/>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="64"/>
        <source>Go to the selected problem</source>
        <translation>Ir al problema seleccionado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="67"/>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="110"/>
        <source>Ready to publish: nothing to fix.</source>
        <translation>Listo para publicar: no hay nada que corregir.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="111"/>
        <source>{e} to fix, {w} to check before publishing.</source>
        <translation>{e} por corregir, {w} por revisar antes de publicar.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="161"/>
        <source>Lesson 1</source>
        <translation>Lección 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="31"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si no guardas, se perderán los cambios hechos desde la última vez que guardaste.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="33"/>
        <source>&amp;Don't save</source>
        <translation>&amp;No guardar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="52"/>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="58"/>
        <source>Recover them to continue where you left off (then save), or discard them and open the last saved version.</source>
        <translation>Recupéralo para seguir donde lo dejaste (y luego guarda), o descártalo y abre la última versión guardada.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="61"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="62"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="80"/>
        <source>Replace the file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="83"/>
        <source>Replacing it overwrites its contents.</source>
        <translation>Al sustituirlo se sobrescribe su contenido.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="84"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="130"/>
        <source>How to start</source>
        <translation>Cómo empezar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="131"/>
        <source>How to start with Studio</source>
        <translation>Cómo empezar con Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="154"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="30"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>¿Guardar los cambios de “{name}” antes de cerrarlo?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="54"/>
        <source>Studio found unsaved changes to “{name}” from {when}, left when Studio stopped unexpectedly.</source>
        <translation>Studio encontró cambios sin guardar de “{name}” del {when}, que quedaron cuando Studio se cerró de forma inesperada.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="81"/>
        <source>“{name}” exists already in {folder}.</source>
        <translation>“{name}” ya existe en {folder}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="133"/>
        <source>Welcome to Studio</source>
        <translation>Te damos la bienvenida a Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="134"/>
        <source>This is a sample course. Look around, change it, or start your own with File &gt; New course (Ctrl+Alt+N).</source>
        <translation>Este es un curso de ejemplo. Explóralo, modifícalo o empieza el tuyo con Archivo &gt; Nuevo curso (Ctrl+Alt+N).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="136"/>
        <source>&lt;b&gt;Outline&lt;/b&gt; (left): modules, lessons and blocks. Drag them to reorder, or use Alt+Up/Down. F2 renames, Delete removes.</source>
        <translation>&lt;b&gt;Esquema&lt;/b&gt; (izquierda): módulos, lecciones y bloques. Arrástralos para reordenarlos o usa Alt+Arriba/Abajo. F2 cambia el nombre, Supr elimina.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="138"/>
        <source>&lt;b&gt;Add&lt;/b&gt;: Ctrl+Alt+M adds a module, Ctrl+N a lesson; Insert &gt; Add block adds a page, a video, an image, a quiz…</source>
        <translation>&lt;b&gt;Añadir&lt;/b&gt;: Ctrl+Alt+M añade un módulo, Ctrl+N una lección; Insertar &gt; Añadir bloque añade una página, un vídeo, una imagen, un cuestionario…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="140"/>
        <source>&lt;b&gt;Edit&lt;/b&gt; the selected item in the middle; course details (title, licence, language) are in the Properties panel on the right.</source>
        <translation>&lt;b&gt;Edita&lt;/b&gt; el elemento seleccionado en el centro; los datos del curso (título, licencia, idioma) están en el panel Propiedades, a la derecha.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="142"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (F5) opens the course as a learner sees it, in your browser, from this computer only.</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; (F5) abre el curso tal como lo ve el alumnado, en tu navegador, solo desde este equipo.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="144"/>
        <source>&lt;b&gt;Export&lt;/b&gt; (Ctrl+E) makes a SCORM, Common Cartridge or EPUB package for your LMS, checked before you upload it.</source>
        <translation>&lt;b&gt;Exportar&lt;/b&gt; (Ctrl+E) crea un paquete SCORM, Common Cartridge o EPUB para tu LMS, comprobado antes de que lo subas.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="146"/>
        <source>Every change can be undone (Ctrl+Z). Studio saves a recovery copy while you work; save with Ctrl+S.</source>
        <translation>Todo cambio se puede deshacer (Ctrl+Z). Studio guarda una copia de recuperación mientras trabajas; guarda con Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="104"/>
        <source>What to do: {hint}</source>
        <translation>Qué hacer: {hint}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="159"/>
        <source>Cannot add the dropped files</source>
        <translation>No se pueden añadir los archivos soltados</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="161"/>
        <source>Adding {name}</source>
        <translation>Añadiendo {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="162"/>
        <source>Adding {n} files</source>
        <translation>Añadiendo {n} archivos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="178"/>
        <source>Add {name}</source>
        <translation>Añadir {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="179"/>
        <source>Add {n} files</source>
        <translation>Añadir {n} archivos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="212"/>
        <source>Added {names}</source>
        <translation>Añadido: {names}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="114"/>
        <source>Reading {name}</source>
        <translation>Leyendo {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="70"/>
        <source>This lesson is empty: use Insert &gt; Add block.</source>
        <translation>Esta lección está vacía: usa Insertar &gt; Añadir bloque.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="101"/>
        <source>Summary of the selected item</source>
        <translation>Resumen del elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="115"/>
        <source>An empty course: what to do next</source>
        <translation>Un curso vacío: qué hacer ahora</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="117"/>
        <source>This course is empty. Start with one of these:</source>
        <translation>Este curso está vacío. Empieza con una de estas opciones:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="131"/>
        <source>Or drop videos, images, decks and packages onto the outline.</source>
        <translation>O suelta vídeos, imágenes, presentaciones y paquetes sobre el esquema.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="144"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="149"/>
        <source>Open or create a course to start (File menu).</source>
        <translation>Abre o crea un curso para empezar (menú Archivo).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="122"/>
        <source>&amp;Add a module (then lessons in it)</source>
        <translation>&amp;Añadir un módulo (y después lecciones dentro)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="123"/>
        <source>Add a &amp;video lecture…</source>
        <translation>Añadir una clase en &amp;vídeo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="124"/>
        <source>&amp;Import a PowerPoint deck, a package or a quiz file…</source>
        <translation>&amp;Importar una presentación de PowerPoint, un paquete o un archivo de preguntas…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="81"/>
        <source>{n} questions</source>
        <translation>{n} preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="50"/>
        <source>{m} modules, {l} lessons, {b} blocks, {a} media files</source>
        <translation>{m} módulos, {l} lecciones, {b} bloques, {a} archivos multimedia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="57"/>
        <source>{n} lessons</source>
        <translation>{n} lecciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="55"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="69"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="73"/>
        <source>Project files</source>
        <translation>Archivos del proyecto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="76"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="103"/>
        <source>Import file</source>
        <translation>Importar archivo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="58"/>
        <source>missing file ({id})</source>
        <translation>falta el archivo ({id})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="71"/>
        <source>Files in this project:</source>
        <translation>Archivos de este proyecto:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="110"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="92"/>
        <source>Caption status</source>
        <translation>Estado de los subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="96"/>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Import captions</source>
        <translation>Importar subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Captions (*.vtt *.srt)</source>
        <translation>Subtítulos (*.vtt *.srt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="221"/>
        <source>No captions yet: caption with Whisper, import a file or add a track.</source>
        <translation>Aún no hay subtítulos: subtitula con Whisper, importa un archivo o añade una pista.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="225"/>
        <source>{n} captions</source>
        <translation>{n} subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="229"/>
        <source>no warnings</source>
        <translation>sin avisos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="232"/>
        <source>auto-generated: check the text, then mark it reviewed</source>
        <translation>generados automáticamente: revisa el texto y márcalos como revisados</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="296"/>
        <source>No problems left in this track.</source>
        <translation>No quedan problemas en esta pista.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="378"/>
        <source>Delete caption</source>
        <translation>Eliminar subtítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>Add caption</source>
        <translation>Añadir subtítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="433"/>
        <source>Choose the media file of this block first.</source>
        <translation>Primero elige el archivo multimedia de este bloque.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>Caption “{t}”</source>
        <translation>Subtitular “{t}”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="451"/>
        <source>Timing the script to the recording… (see the jobs panel)</source>
        <translation>Sincronizando el guion con la grabación… (mira el panel de tareas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="453"/>
        <source>Captioning with Whisper… (see the jobs panel)</source>
        <translation>Subtitulando con Whisper… (mira el panel de tareas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>media</source>
        <translation>multimedia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="460"/>
        <source>Captioning was cancelled.</source>
        <translation>Se canceló el subtitulado.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="477"/>
        <source>Captioning failed: {m}</source>
        <translation>Falló el subtitulado: {m}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="227"/>
        <source>{n} warnings for the {p} profile</source>
        <translation>{n} avisos para el perfil {p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="437"/>
        <source>The media file is missing from the project: {p}</source>
        <translation>Falta el archivo multimedia en el proyecto: {p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>reviewed</source>
        <translation>revisados</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>auto-generated</source>
        <translation>generados automáticamente</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="138"/>
        <source>from script</source>
        <translation>del guion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="405"/>
        <source>{n} replaced</source>
        <translation>{n} sustituciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="65"/>
        <source>Word confidence: {words}</source>
        <translation>Confianza de las palabras: {words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="60"/>
        <source>Listen here first — low confidence: {words}</source>
        <translation>Escucha primero aquí — baja confianza: {words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="291"/>
        <source>low confidence: {w}</source>
        <translation>baja confianza: {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>Netflix-like</source>
        <translation>Tipo Netflix</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>BBC-like</source>
        <translation>Tipo BBC</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>DCMP-like</source>
        <translation>Tipo DCMP</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="47"/>
        <source>Next caption</source>
        <translation>Subtítulo siguiente</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="48"/>
        <source>Previous caption</source>
        <translation>Subtítulo anterior</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="49"/>
        <source>Play / pause</source>
        <translation>Reproducir / pausar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="50"/>
        <source>Split caption at the cursor</source>
        <translation>Dividir el subtítulo en el cursor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="51"/>
        <source>Merge with the next caption</source>
        <translation>Unir con el subtítulo siguiente</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="52"/>
        <source>New caption after this one</source>
        <translation>Nuevo subtítulo después de este</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="54"/>
        <source>Start 0.1 s earlier</source>
        <translation>Inicio 0,1 s antes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="55"/>
        <source>Start 0.1 s later</source>
        <translation>Inicio 0,1 s después</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="56"/>
        <source>End 0.1 s earlier</source>
        <translation>Fin 0,1 s antes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="57"/>
        <source>End 0.1 s later</source>
        <translation>Fin 0,1 s después</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="58"/>
        <source>Start at the playhead</source>
        <translation>Inicio en el cabezal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="59"/>
        <source>End at the playhead</source>
        <translation>Fin en el cabezal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="60"/>
        <source>Mark the track reviewed</source>
        <translation>Marcar la pista como revisada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="61"/>
        <source>Back 1 s</source>
        <translation>Retroceder 1 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="62"/>
        <source>Forward 1 s</source>
        <translation>Avanzar 1 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="63"/>
        <source>Back 5 s</source>
        <translation>Retroceder 5 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="64"/>
        <source>Forward 5 s</source>
        <translation>Avanzar 5 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="65"/>
        <source>Next problem (warning or spelling)</source>
        <translation>Siguiente problema (aviso u ortografía)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="66"/>
        <source>Previous problem</source>
        <translation>Problema anterior</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="161"/>
        <source>Caption with Whisper</source>
        <translation>Subtitular con Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="200"/>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="201"/>
        <source>Merge with next</source>
        <translation>Unir con el siguiente</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="202"/>
        <source>New caption</source>
        <translation>Nuevo subtítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="203"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="204"/>
        <source>Re-flow to profile</source>
        <translation>Reajustar al perfil</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="211"/>
        <source>Shift</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="227"/>
        <source>Replace all</source>
        <translation>Sustituir todo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="97"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="102"/>
        <source>Automatic — tiny.en for English, base for other languages</source>
        <translation>Automático — tiny.en para inglés, base para otros idiomas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="119"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="151"/>
        <source>Caption track</source>
        <translation>Pista de subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="159"/>
        <source>Add track</source>
        <translation>Añadir pista</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="160"/>
        <source>Import .vtt/.srt…</source>
        <translation>Importar .vtt/.srt…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="165"/>
        <source>Transcribe the media on this computer (nothing is uploaded)</source>
        <translation>Transcribir el contenido en este equipo (no se sube nada)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="170"/>
        <source>Whisper options</source>
        <translation>Opciones de Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="171"/>
        <source>Whisper model and language</source>
        <translation>Modelo e idioma de Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="179"/>
        <source>&amp;Reviewed by the author</source>
        <translation>&amp;Revisados por el autor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="180"/>
        <source>Reviewed by the author</source>
        <translation>Revisados por el autor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="184"/>
        <source>Caption profile</source>
        <translation>Perfil de subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="195"/>
        <source>Follow playback</source>
        <translation>Seguir la reproducción</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="206"/>
        <source>Shift by seconds</source>
        <translation>Desplazar en segundos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="215"/>
        <source>Shift the selected captions (all if none is selected)</source>
        <translation>Desplazar los subtítulos seleccionados (todos si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="222"/>
        <source>Find in all tracks</source>
        <translation>Buscar en todas las pistas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="223"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="225"/>
        <source>Replace with</source>
        <translation>Sustituir por</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="232"/>
        <source>Replace in every caption track of this block (one undo step)</source>
        <translation>Sustituir en todas las pistas de subtítulos de este bloque (un solo paso de deshacer)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="234"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Palabras completas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="235"/>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="236"/>
        <source>Re&amp;gular expression</source>
        <translation>Expresión re&amp;gular</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="237"/>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="238"/>
        <source>Python regular expression; \1 in the replacement is the first group</source>
        <translation>Expresión regular de Python; \1 en la sustitución es el primer grupo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="124"/>
        <source>Detect the language</source>
        <translation>Detectar el idioma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="157"/>
        <source>Track:</source>
        <translation>Pista:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="193"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="264"/>
        <source>Caption text</source>
        <translation>Texto del subtítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="269"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="271"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="272"/>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="277"/>
        <source>T&amp;iming:</source>
        <translation>T&amp;iempos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="282"/>
        <source>Warnings for this caption</source>
        <translation>Avisos de este subtítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="283"/>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="127"/>
        <source>Translate to English subtitles</source>
        <translation>Traducir a subtítulos en inglés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="116"/>
        <source>No model installed: run 'studio models install tiny.en'</source>
        <translation>No hay ningún modelo instalado: ejecuta 'studio models install tiny.en'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="123"/>
        <source>The course language ({code})</source>
        <translation>El idioma del curso ({code})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>fix</source>
        <translation>corrección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Ad lib</source>
        <translation>Improvisado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Said differently</source>
        <translation>Dicho de otra forma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="46"/>
        <source>Departures from the script</source>
        <translation>Diferencias con el guion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="92"/>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="93"/>
        <source>Speech</source>
        <translation>Habla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Time</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Captions show</source>
        <translation>Los subtítulos muestran</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="83"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="70"/>
        <source>The speaker departed from the script in {n} place(s). Listen, then choose what the captions show.</source>
        <translation>El orador se apartó del guion en {n} lugar(es). Escucha y elige qué muestran los subtítulos.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="91"/>
        <source>Captions show, at {t}</source>
        <translation>Los subtítulos muestran, en {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="34"/>
        <source>Rename lesson</source>
        <translation>Cambiar el nombre de la lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="35"/>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="38"/>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="46"/>
        <source>&amp;Record a lecture</source>
        <translation>&amp;Grabar una clase</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="53"/>
        <source>&amp;Narrated slides</source>
        <translation>&amp;Diapositivas narradas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="43"/>
        <source>Record the screen, a camera and a microphone into this lesson.</source>
        <translation>Graba la pantalla, una cámara y un micrófono en esta lección.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="44"/>
        <source>Set up the &amp;recorder</source>
        <translation>Configurar la &amp;grabadora</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="50"/>
        <source>Record a narration for each slide, then compose the lecture video.</source>
        <translation>Graba una narración para cada diapositiva y luego compón el vídeo de la clase.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="51"/>
        <source>Show the &amp;slides</source>
        <translation>Mostrar las &amp;diapositivas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="114"/>
        <source>no blocks yet</source>
        <translation>aún no hay bloques</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="112"/>
        <source>{kind}: {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="188"/>
        <source>Discussion prompt</source>
        <translation>Tema de debate</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="45"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="46"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="47"/>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="72"/>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="73"/>
        <source>Edit alt text</source>
        <translation>Editar el texto alternativo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="74"/>
        <source>Alternative text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="75"/>
        <source>What the image shows, for people who cannot see it</source>
        <translation>Lo que muestra la imagen, para quienes no pueden verla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="76"/>
        <source>&amp;Alt text:</source>
        <translation>Texto &amp;alternativo:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="82"/>
        <source>Alt text check</source>
        <translation>Comprobación del texto alternativo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="85"/>
        <source>Edit caption</source>
        <translation>Editar el pie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="86"/>
        <source>Caption</source>
        <translation>Pie de imagen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="87"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Pie:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="89"/>
        <source>Narration script</source>
        <translation>Guion de la narración</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="90"/>
        <source>Speaker notes / narration script of this slide</source>
        <translation>Notas del orador / guion de la narración de esta diapositiva</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="91"/>
        <source>&amp;Narration:</source>
        <translation>&amp;Narración:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="93"/>
        <source>Recorded narration:</source>
        <translation>Narración grabada:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="136"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="137"/>
        <source>Rename attachment</source>
        <translation>Cambiar el nombre del adjunto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="138"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="141"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="142"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="154"/>
        <source>Edit link</source>
        <translation>Editar el enlace</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="155"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="157"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="160"/>
        <source>Rename link</source>
        <translation>Cambiar el nombre del enlace</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="185"/>
        <source>Rename discussion</source>
        <translation>Cambiar el nombre del debate</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="189"/>
        <source>Edit discussion prompt</source>
        <translation>Editar el tema de debate</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="190"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="56"/>
        <source>Change file</source>
        <translation>Cambiar el archivo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="78"/>
        <source>&amp;Decorative (no alt text needed)</source>
        <translation>&amp;Decorativa (no necesita texto alternativo)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="113"/>
        <source>(no image)</source>
        <translation>(sin imagen)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="121"/>
        <source>Decorative image</source>
        <translation>Imagen decorativa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="105"/>
        <source>Alt text is required: describe the image, or mark it decorative.</source>
        <translation>El texto alternativo es obligatorio: describe la imagen o márcala como decorativa.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="171"/>
        <source>Use an http, https or mailto address.</source>
        <translation>Usa una dirección http, https o mailto.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="98"/>
        <source>Grabbing the frame</source>
        <translation>Capturando el fotograma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="75"/>
        <source>Finding a poster frame</source>
        <translation>Buscando un fotograma de portada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="57"/>
        <source>Waveform of {name}</source>
        <translation>Forma de onda de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="83"/>
        <source>Poster of {name}</source>
        <translation>Portada de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="24"/>
        <source>Describe the image for people who cannot see it
(leave empty if decorative):</source>
        <translation>Describe la imagen para quienes no pueden verla
(déjalo vacío si es decorativa):</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="38"/>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="106"/>
        <source>Paste image</source>
        <translation>Pegar imagen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="76"/>
        <source>Alternative text for {name}</source>
        <translation>Texto alternativo de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="232"/>
        <source>Question prompt</source>
        <translation>Enunciado de la pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="156"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="158"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="163"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="170"/>
        <source>A right answer</source>
        <translation>Una respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="195"/>
        <source>Set the right answer</source>
        <translation>Indicar la respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="233"/>
        <source>Edit question prompt</source>
        <translation>Editar el enunciado de la pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="236"/>
        <source>P&amp;oints:</source>
        <translation>P&amp;untos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="239"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="253"/>
        <source>When &amp;right:</source>
        <translation>Si &amp;acierta:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="254"/>
        <source>When &amp;wrong:</source>
        <translation>Si &amp;falla:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="255"/>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplicación:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="332"/>
        <source>Edit answers</source>
        <translation>Editar respuestas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="336"/>
        <source>Edit distractors</source>
        <translation>Editar distractores</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice text</source>
        <translation>Texto de la opción</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback when chosen</source>
        <translation>Comentario al elegirla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Prompt</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="235"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Shown when the answer is right</source>
        <translation>Se muestra cuando la respuesta es correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Feedback when right</source>
        <translation>Comentario si acierta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Shown when the answer is wrong</source>
        <translation>Se muestra cuando la respuesta es incorrecta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Feedback when wrong</source>
        <translation>Comentario si falla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>The explanation, shown in review</source>
        <translation>La explicación, que se muestra al revisar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="268"/>
        <source>Choices:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="98"/>
        <source>Add {noun}</source>
        <translation>Añadir {noun}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="117"/>
        <source>Reorder</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="169"/>
        <source>Choice {n} is correct</source>
        <translation>La opción {n} es correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="273"/>
        <source>Right answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="274"/>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="275"/>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="276"/>
        <source>Right &amp;answer:</source>
        <translation>Respuesta &amp;correcta:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="278"/>
        <source>If True is chosen:</source>
        <translation>Si se elige Verdadero:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="282"/>
        <source>If False is chosen:</source>
        <translation>Si se elige Falso:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="107"/>
        <source>Add {n}</source>
        <translation>Añadir {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="111"/>
        <source>Remove {n}</source>
        <translation>Quitar {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice {n}</source>
        <translation>Opción {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback for choice {n}</source>
        <translation>Comentario de la opción {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Pair {n} prompt</source>
        <translation>Enunciado del par {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Pair {n} answer</source>
        <translation>Respuesta del par {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item {n}</source>
        <translation>Elemento {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="287"/>
        <source>Accepted answers</source>
        <translation>Respuestas aceptadas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="288"/>
        <source>answers separated by ;</source>
        <translation>respuestas separadas por ;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="295"/>
        <source>A&amp;ccepted answers:</source>
        <translation>Respuestas a&amp;ceptadas:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="279"/>
        <source>Feedback for True</source>
        <translation>Comentario para Verdadero</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="283"/>
        <source>Feedback for False</source>
        <translation>Comentario para Falso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="299"/>
        <source>Answer mode</source>
        <translation>Modo de respuesta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="300"/>
        <source>Exact value (± tolerance)</source>
        <translation>Valor exacto (± tolerancia)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="301"/>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="302"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="296"/>
        <source>Case-sensitive</source>
        <translation>Distingue mayúsculas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="310"/>
        <source>Pairs:</source>
        <translation>Pares:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="312"/>
        <source>Distractors</source>
        <translation>Distractores</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="313"/>
        <source>extra wrong answers separated by ;</source>
        <translation>respuestas incorrectas adicionales separadas por ;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="320"/>
        <source>&amp;Distractors:</source>
        <translation>&amp;Distractores:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="323"/>
        <source>Items in the right order:</source>
        <translation>Elementos en el orden correcto:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="328"/>
        <source>Marking guidance</source>
        <translation>Criterios de corrección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="329"/>
        <source>&amp;Guidance:</source>
        <translation>&amp;Criterios:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="111"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="83"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="86"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="105"/>
        <source>Quiz settings</source>
        <translation>Configuración del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="108"/>
        <source>Rename quiz</source>
        <translation>Cambiar el nombre del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="109"/>
        <source>Quiz title</source>
        <translation>Título del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="114"/>
        <source>Edit instructions</source>
        <translation>Editar las instrucciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="115"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instrucciones:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="121"/>
        <source>Passing score</source>
        <translation>Nota para aprobar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="122"/>
        <source>Change passing score</source>
        <translation>Cambiar la nota para aprobar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="125"/>
        <source>Unlimited</source>
        <translation>Ilimitados</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="127"/>
        <source>Attempts allowed</source>
        <translation>Intentos permitidos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="128"/>
        <source>Change attempts</source>
        <translation>Cambiar los intentos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="131"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="133"/>
        <source>Questions drawn for each attempt</source>
        <translation>Preguntas elegidas en cada intento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="134"/>
        <source>Change pool draw</source>
        <translation>Cambiar la selección al azar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="155"/>
        <source>Quiz summary</source>
        <translation>Resumen del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="164"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="171"/>
        <source>Question kind</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="174"/>
        <source>&amp;Add question</source>
        <translation>&amp;Añadir pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="136"/>
        <source>Pass at:</source>
        <translation>Aprobar con:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="138"/>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="140"/>
        <source>Draw:</source>
        <translation>Elegir:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="147"/>
        <source>Shuffle &amp;questions</source>
        <translation>Mezclar las &amp;preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="149"/>
        <source>Shuffle &amp;choices</source>
        <translation>Mezclar las &amp;opciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="182"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="183"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="204"/>
        <source>Add {kind} question</source>
        <translation>Añadir pregunta de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="230"/>
        <source>(no prompt)</source>
        <translation>(sin enunciado)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="212"/>
        <source>Remove question</source>
        <translation>Quitar la pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="220"/>
        <source>Reorder questions</source>
        <translation>Reordenar las preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="241"/>
        <source>of {m} questions</source>
        <translation>de {m} preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="260"/>
        <source>Add a question to see its preview.</source>
        <translation>Añade una pregunta para ver su vista previa.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="29"/>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="30"/>
        <source>Multiple response</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="31"/>
        <source>True / false</source>
        <translation>Verdadero / falso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="32"/>
        <source>Fill in the blank</source>
        <translation>Completar el espacio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="33"/>
        <source>Numeric</source>
        <translation>Numérica</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="34"/>
        <source>Matching</source>
        <translation>Relacionar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="35"/>
        <source>Ordering</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="36"/>
        <source>Essay</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="114"/>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted (case-sensitive)</source>
        <translation>Aceptadas (distingue mayúsculas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="98"/>
        <source>Answers offered</source>
        <translation>Respuestas ofrecidas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="102"/>
        <source>Put in order (shown shuffled).</source>
        <translation>Ordenar (se muestran mezclados).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="133"/>
        <source>unlimited attempts</source>
        <translation>intentos ilimitados</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="136"/>
        <source>questions shuffled</source>
        <translation>preguntas mezcladas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="138"/>
        <source>choices shuffled</source>
        <translation>opciones mezcladas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="75"/>
        <source>If False is chosen</source>
        <translation>Si se elige Falso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="115"/>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="120"/>
        <source>When right</source>
        <translation>Si acierta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="121"/>
        <source>When wrong</source>
        <translation>Si falla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="132"/>
        <source>pass at {score}%</source>
        <translation>aprobado con {score}%</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="74"/>
        <source>If True is chosen</source>
        <translation>Si se elige Verdadero</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="84"/>
        <source>from {low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="103"/>
        <source>Right order</source>
        <translation>Orden correcto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="118"/>
        <source>(no prompt yet)</source>
        <translation>(aún sin enunciado)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="131"/>
        <source>{n} drawn at random for each attempt</source>
        <translation>{n} elegidas al azar en cada intento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="134"/>
        <source>{n} attempts</source>
        <translation>{n} intentos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="79"/>
        <source>(none yet)</source>
        <translation>(aún ninguna)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="105"/>
        <source>the learner writes an answer</source>
        <translation>el alumno escribe una respuesta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="116"/>
        <source>Question {n}</source>
        <translation>Pregunta {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="93"/>
        <source>choose</source>
        <translation>elegir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="59"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="60"/>
        <source>Recorder status</source>
        <translation>Estado de la grabadora</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="66"/>
        <source>&amp;Finish and add it</source>
        <translation>&amp;Terminar y añadirla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="71"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="72"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="73"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="74"/>
        <source>&amp;Screen:</source>
        <translation>&amp;Pantalla:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="75"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="76"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="81"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="82"/>
        <source>Co&amp;untdown:</source>
        <translation>C&amp;uenta atrás:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="86"/>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="87"/>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="90"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="91"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="92"/>
        <source>Add &amp;marker</source>
        <translation>Añadir &amp;marca</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="93"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="101"/>
        <source>Recorded time</source>
        <translation>Tiempo grabado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="104"/>
        <source>Markers</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="249"/>
        <source>Encoding the recording… (see the jobs panel)</source>
        <translation>Codificando la grabación… (mira el panel de tareas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="254"/>
        <source>Encode recording</source>
        <translation>Codificar la grabación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="271"/>
        <source>The recording was added to the lesson.</source>
        <translation>La grabación se añadió a la lección.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="165"/>
        <source>(off)</source>
        <translation>(desactivado)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="237"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="250"/>
        <source>Recording {n}</source>
        <translation>Grabación {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="266"/>
        <source>Add recording</source>
        <translation>Añadir grabación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Recording…</source>
        <translation>Grabando…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="123"/>
        <source>A recording from {when} was interrupted before it was added ({n} part(s) on disk).</source>
        <translation>Una grabación del {when} se interrumpió antes de añadirse ({n} parte(s) en el disco).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>camera</source>
        <translation>cámara</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>microphone</source>
        <translation>micrófono</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="177"/>
        <source>No {what} found: you can still record the screen; connect one and reopen this panel to use it.</source>
        <translation>No se encontró ningún dispositivo ({what}): aún puedes grabar la pantalla; conecta uno y vuelve a abrir este panel para usarlo.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="156"/>
        <source>Recording is not available here: {e}</source>
        <translation>La grabación no está disponible aquí: {e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="178"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="203"/>
        <source>Recording starts in {n}…</source>
        <translation>La grabación empieza en {n}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 4</source>
        <translation>Título 4</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="110"/>
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="174"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="175"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="180"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="181"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="118"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="164"/>
        <source>Paragraph style</source>
        <translation>Estilo de párrafo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table…</source>
        <translation>Tabla…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="392"/>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation>Dirección web (https://…); déjala vacía para quitar el enlace:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="424"/>
        <source>Rows (with the header row):</source>
        <translation>Filas (con la fila de encabezado):</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="428"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="449"/>
        <source>Edit text</source>
        <translation>Editar el texto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="133"/>
        <source>More formatting</source>
        <translation>Más formato</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="139"/>
        <source>Cannot paste</source>
        <translation>No se puede pegar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="401"/>
        <source>Only http, https and mailto links are allowed.</source>
        <translation>Solo se permiten enlaces http, https y mailto.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="57"/>
        <source>Narration status</source>
        <translation>Estado de la narración</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="61"/>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="74"/>
        <source>&amp;Record narration</source>
        <translation>&amp;Grabar la narración</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="76"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="79"/>
        <source>Use an audio &amp;file…</source>
        <translation>Usar un &amp;archivo de audio…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="86"/>
        <source>&amp;Compose lecture video</source>
        <translation>&amp;Componer el vídeo de la clase</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="150"/>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="175"/>
        <source>Recording the narration… read the script, then Stop.</source>
        <translation>Grabando la narración… lee el guion y luego pulsa Detener.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="189"/>
        <source>Encode narration</source>
        <translation>Codificar la narración</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="206"/>
        <source>Composing the lecture video… (see the jobs panel)</source>
        <translation>Componiendo el vídeo de la clase… (mira el panel de tareas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="220"/>
        <source>Compose lecture video</source>
        <translation>Componer el vídeo de la clase</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="221"/>
        <source>The lecture video was added at the end of the lesson.</source>
        <translation>El vídeo de la clase se añadió al final de la lección.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="112"/>
        <source>This lesson has no slides: import a PowerPoint deck first.</source>
        <translation>Esta lección no tiene diapositivas: importa primero una presentación de PowerPoint.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="201"/>
        <source>This lesson has no slides to compose.</source>
        <translation>Esta lección no tiene diapositivas para componer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="209"/>
        <source>Compose “{t}”</source>
        <translation>Componer “{t}”</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="115"/>
        <source>{done} of {n} slides narrated (slides without narration show for 4 s).</source>
        <translation>{done} de {n} diapositivas narradas (las que no tienen narración se muestran 4 s).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="106"/>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="96"/>
        <source>Spell check ({lang})</source>
        <translation>Ortografía ({lang})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="84"/>
        <source>Loading the {lang} dictionary</source>
        <translation>Cargando el diccionario de {lang}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="122"/>
        <source>Add “{w}” to the course dictionary</source>
        <translation>Añadir “{w}” al diccionario del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="40"/>
        <source>Questions that pause the video</source>
        <translation>Preguntas que detienen el vídeo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="48"/>
        <source>&amp;Add question at playhead</source>
        <translation>&amp;Añadir pregunta en el cabezal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="60"/>
        <source>Time of the question</source>
        <translation>Momento de la pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="62"/>
        <source>&amp;Time:</source>
        <translation>&amp;Momento:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="64"/>
        <source>Require the right answer</source>
        <translation>Exigir la respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="67"/>
        <source>After a wrong answer, watch again from</source>
        <translation>Tras una respuesta incorrecta, volver a ver desde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="68"/>
        <source>empty: no</source>
        <translation>vacío: no</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="70"/>
        <source>After a wrong answer, &amp;watch again from:</source>
        <translation>Tras una respuesta incorrecta, &amp;volver a ver desde:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="63"/>
        <source>The video goes on only after the right answer</source>
        <translation>El vídeo solo continúa tras la respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="121"/>
        <source>Set where to watch again</source>
        <translation>Indicar desde dónde volver a ver</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="66"/>
        <source>Caption timeline</source>
        <translation>Línea de tiempo de los subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="67"/>
        <source>Waveform and captions. Drag a caption's edges or body to retime it; click to move the playhead; Ctrl+wheel zooms.</source>
        <translation>Forma de onda y subtítulos. Arrastra los bordes o el cuerpo de un subtítulo para cambiar sus tiempos; haz clic para mover el cabezal; Ctrl+rueda amplía.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="370"/>
        <source>Zoom in the timeline</source>
        <translation>Ampliar la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="371"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Ampliar (Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="375"/>
        <source>Zoom out the timeline</source>
        <translation>Reducir la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="376"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Reducir (Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="62"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="63"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="66"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="121"/>
        <source>Chapters</source>
        <translation>Capítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="128"/>
        <source>Add chapter at playhead</source>
        <translation>Añadir capítulo en el cabezal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="130"/>
        <source>Remove chapter</source>
        <translation>Quitar capítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="132"/>
        <source>Chapters from pauses</source>
        <translation>Capítulos a partir de las pausas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="133"/>
        <source>A chapter after each long silence in the first caption track</source>
        <translation>Un capítulo después de cada silencio largo de la primera pista de subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="213"/>
        <source>&amp;Captions</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="221"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="268"/>
        <source>Media:</source>
        <translation>Multimedia:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="278"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="280"/>
        <source>Leave empty to build the transcript from the first caption track.</source>
        <translation>Déjalo vacío para crear la transcripción a partir de la primera pista de subtítulos.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="282"/>
        <source>T&amp;ranscript:</source>
        <translation>T&amp;ranscripción:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="283"/>
        <source>Write the transcript from the captions</source>
        <translation>Escribir la transcripción a partir de los subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="284"/>
        <source>Paragraphs at the pauses of the first caption track; edit freely</source>
        <translation>Párrafos en las pausas de la primera pista de subtítulos; edítala libremente</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="297"/>
        <source>Transcript from captions</source>
        <translation>Transcripción a partir de los subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="93"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="164"/>
        <source>Add chapter</source>
        <translation>Añadir capítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="180"/>
        <source>Rename chapter</source>
        <translation>Cambiar el nombre del capítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="186"/>
        <source>Move chapter</source>
        <translation>Mover el capítulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="218"/>
        <source>C&amp;hapters</source>
        <translation>C&amp;apítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="220"/>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="245"/>
        <source>Use this frame as &amp;poster</source>
        <translation>Usar este fotograma como &amp;portada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="246"/>
        <source>Use this frame as poster</source>
        <translation>Usar este fotograma como portada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="247"/>
        <source>The picture learners see before they press play</source>
        <translation>La imagen que ve el alumnado antes de pulsar reproducir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="261"/>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="271"/>
        <source>Choose poster…</source>
        <translation>Elegir portada…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="276"/>
        <source>Poster image:</source>
        <translation>Imagen de portada:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="314"/>
        <source>Change media</source>
        <translation>Cambiar el archivo multimedia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="319"/>
        <source>Change poster</source>
        <translation>Cambiar la portada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="416"/>
        <source>Poster from {t}</source>
        <translation>Portada en {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="163"/>
        <source>Chapter {n}</source>
        <translation>Capítulo {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_view.py" line="35"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="51"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="178"/>
        <source>Export the course</source>
        <translation>Exportar el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="181"/>
        <source>LMS or format</source>
        <translation>LMS o formato</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="195"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="201"/>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="203"/>
        <source>Choose where to save the package</source>
        <translation>Elegir dónde guardar el paquete</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="209"/>
        <source>Estimated package size</source>
        <translation>Tamaño estimado del paquete</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="211"/>
        <source>Warnings before export</source>
        <translation>Avisos antes de exportar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="216"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="223"/>
        <source>Validation verdict</source>
        <translation>Veredicto de la validación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="232"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="235"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="238"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="245"/>
        <source>&amp;Target</source>
        <translation>&amp;Destino</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="344"/>
        <source>Save the package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="375"/>
        <source>Exporting… (see the Jobs panel)</source>
        <translation>Exportando… (mira el panel de tareas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="389"/>
        <source>The package was not written.</source>
        <translation>No se escribió el paquete.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="398"/>
        <source>Exported; checking the package…</source>
        <translation>Exportado; comprobando el paquete…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>Valid {kind} package.</source>
        <translation>Paquete {kind} válido.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>INVALID {kind} package.</source>
        <translation>Paquete {kind} NO VÁLIDO.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="50"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="66"/>
        <source>Over the {n} MB upload limit some LMSs use: choose a lower video quality or split the course.</source>
        <translation>Supera el límite de subida de {n} MB que usan algunos LMS: elige una calidad de vídeo menor o divide el curso.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="250"/>
        <source>Package file:</source>
        <translation>Archivo del paquete:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="253"/>
        <source>Check before exporting:</source>
        <translation>Comprueba antes de exportar:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="336"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="408"/>
        <source>Validating the package</source>
        <translation>Validando el paquete</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="428"/>
        <source>Exported (not checked).</source>
        <translation>Exportado (sin comprobar).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="381"/>
        <source>Export {fmt}</source>
        <translation>Exportar {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="384"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="394"/>
        <source>Exported {path} ({size}).</source>
        <translation>Exportado {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="396"/>
        <source>Warning: {w}</source>
        <translation>Aviso: {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="397"/>
        <source>Changed by the target: {d}</source>
        <translation>Cambiado por el destino: {d}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="416"/>
        <source>Validate {name}</source>
        <translation>Validar {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="436"/>
        <source>Errors: {e}. Warnings: {w}.</source>
        <translation>Errores: {e}. Avisos: {w}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="185"/>
        <source>{lms} — {fmt}</source>
        <translation>{lms} — {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="323"/>
        <source>Estimated size: about {size}.</source>
        <translation>Tamaño estimado: unos {size}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="449"/>
        <source>No file manager could open the folder. The package is in {folder}</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta. El paquete está en {folder}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="358"/>
        <source>Check the options: {e}</source>
        <translation>Revisa las opciones: {e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="295"/>
        <source>What this LMS changes:</source>
        <translation>Lo que cambia este LMS:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="298"/>
        <source>cmi5 packages:</source>
        <translation>Paquetes cmi5:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="429"/>
        <source>Studio's validator does not check {fmt} packages; import it into a test course of your LMS first.</source>
        <translation>El validador de Studio no comprueba paquetes {fmt}; impórtalo primero en un curso de prueba de tu LMS.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="53"/>
        <source>Import into the course</source>
        <translation>Importar en el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="56"/>
        <source>What to import</source>
        <translation>Qué importar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="57"/>
        <source>PowerPoint slides (.pptx) as narrated slides</source>
        <translation>Diapositivas de PowerPoint (.pptx) como diapositivas narradas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="58"/>
        <source>Questions or a package (format detected)</source>
        <translation>Preguntas o un paquete (formato detectado)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="67"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="69"/>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="74"/>
        <source>Add the questions to the selected quiz</source>
        <translation>Añadir las preguntas al cuestionario seleccionado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="81"/>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="82"/>
        <source>What was imported, kept as is, or skipped shows here.</source>
        <translation>Aquí se muestra lo que se importó, lo que se conservó tal cual o lo que se omitió.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="83"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="123"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="129"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="134"/>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo que importar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="101"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="126"/>
        <source>Questions and packages ({p})</source>
        <translation>Preguntas y paquetes ({p})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="149"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="155"/>
        <source>Import cancelled.</source>
        <translation>Importación cancelada.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="181"/>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="144"/>
        <source>Choose a file to import first (no file at {p}).</source>
        <translation>Primero elige un archivo que importar (no hay ningún archivo en {p}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="174"/>
        <source>Imported {n} slides from {name} as a new module ({notes} with speaker notes; slide images: {how}).</source>
        <translation>Se importaron {n} diapositivas de {name} como un módulo nuevo ({notes} con notas del orador; imágenes de las diapositivas: {how}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="34"/>
        <source>Learner views every lesson</source>
        <translation>El alumno ve todas las lecciones</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="35"/>
        <source>Learner watches a share of every video</source>
        <translation>El alumno ve una parte de cada vídeo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="36"/>
        <source>Learner passes the quizzes</source>
        <translation>El alumno aprueba los cuestionarios</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="51"/>
        <source>Course properties</source>
        <translation>Propiedades del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="67"/>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="72"/>
        <source>Keywords, separated by commas</source>
        <translation>Palabras clave, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>Course title</source>
        <translation>Título del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>Course description</source>
        <translation>Descripción del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>Course language (BCP 47 tag, e.g. en or pt-BR)</source>
        <translation>Idioma del curso (etiqueta BCP 47, p. ej. es o pt-BR)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="88"/>
        <source>Language warning</source>
        <translation>Aviso sobre el idioma</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>&amp;Authors</source>
        <translation>&amp;Autores</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Li&amp;cence</source>
        <translation>Li&amp;cencia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Licence (SPDX identifier)</source>
        <translation>Licencia (identificador SPDX)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Palabras clave</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Com&amp;pletion</source>
        <translation>&amp;Finalización</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Completion rule for tracked packages</source>
        <translation>Regla de finalización de los paquetes con seguimiento</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Video &amp;share</source>
        <translation>Parte del &amp;vídeo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Share of each video to watch</source>
        <translation>Parte de cada vídeo que hay que ver</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Pa&amp;ssing score</source>
        <translation>Nota para a&amp;probar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Passing score of the course</source>
        <translation>Nota para aprobar el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="178"/>
        <source>'{tag}' is not a language tag such as en, fr or pt-BR.</source>
        <translation>'{tag}' no es una etiqueta de idioma como es, fr o pt-BR.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="77"/>
        <source>estimating…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="83"/>
        <source>{h} h {m} min left</source>
        <translation>quedan {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="79"/>
        <source>{n} s left</source>
        <translation>quedan {n} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="82"/>
        <source>{m} min {s} s left</source>
        <translation>quedan {m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="27"/>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="28"/>
        <source>Show the Jobs panel (Ctrl+4)</source>
        <translation>Mostrar el panel de tareas (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="36"/>
        <source>Progress of the running jobs</source>
        <translation>Progreso de las tareas en curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="63"/>
        <source>{n} job(s) running</source>
        <translation>{n} tarea(s) en curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="65"/>
        <source>{n} failed</source>
        <translation>{n} con error</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="58"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="88"/>
        <source>No jobs running. Exports, imports and captioning show here.</source>
        <translation>No hay tareas en curso. Aquí aparecen las exportaciones, importaciones y subtitulados.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="90"/>
        <source>Clear finished</source>
        <translation>Borrar terminadas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="91"/>
        <source>Clear finished jobs</source>
        <translation>Borrar las tareas terminadas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="27"/>
        <source>Job: {title}</source>
        <translation>Tarea: {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="37"/>
        <source>Progress of {title}</source>
        <translation>Progreso de {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="40"/>
        <source>Cancel {title}</source>
        <translation>Cancelar {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="69"/>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="70"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="71"/>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="47"/>
        <source>Video (*.mp4 *.webm *.mov *.mkv *.m4v)</source>
        <translation>Vídeo (*.mp4 *.webm *.mov *.mkv *.m4v)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="48"/>
        <source>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</source>
        <translation>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="50"/>
        <source>Any file (*)</source>
        <translation>Cualquier archivo (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="63"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="81"/>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="98"/>
        <source>Course statistics</source>
        <translation>Estadísticas del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="123"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="429"/>
        <source>Choose a file to add</source>
        <translation>Elegir un archivo que añadir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="504"/>
        <source>Preparing the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218"/>
        <source>Modules: {m} · Lessons: {l}</source>
        <translation>Módulos: {m} · Lecciones: {l}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="290"/>
        <source>Recovered unsaved work; save to keep it.</source>
        <translation>Trabajo sin guardar recuperado; guarda para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="348"/>
        <source>Recovery copy saved</source>
        <translation>Copia de recuperación guardada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="469"/>
        <source>Cannot add the file</source>
        <translation>No se puede añadir el archivo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="502"/>
        <source>Cannot preview the course</source>
        <translation>No se puede mostrar la vista previa del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="202"/>
        <source>{title} ({name})[*] — Studio</source>
        <translation>{title} ({name})[*] — Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="272"/>
        <source>Cannot open the course</source>
        <translation>No se puede abrir el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="278"/>
        <source>Opened {path}</source>
        <translation>Abierto {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="301"/>
        <source>Cannot create the course</source>
        <translation>No se puede crear el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305"/>
        <source>Created {path}</source>
        <translation>Creado {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="324"/>
        <source>Cannot save the course</source>
        <translation>No se puede guardar el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="327"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="336"/>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="340"/>
        <source>Saved as {path}</source>
        <translation>Guardado como {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="220"/>
        <source>Errors: {e} · Warnings: {w}</source>
        <translation>Errores: {e} · Avisos: {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="288"/>
        <source>Cannot recover the unsaved work</source>
        <translation>No se puede recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="444"/>
        <source>Copying {name}</source>
        <translation>Copiando {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="466"/>
        <source>Added {name}</source>
        <translation>Añadido {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>No browser could be opened</source>
        <translation>No se pudo abrir ningún navegador</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="499"/>
        <source>Preview at {url}</source>
        <translation>Vista previa en {url}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="461"/>
        <source>Add {kind}</source>
        <translation>Añadir {kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>The preview is ready at {url}: open that address in a web browser.</source>
        <translation>La vista previa está lista en {url}: abre esa dirección en un navegador web.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="33"/>
        <source>Packages and questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</source>
        <translation>Paquetes y preguntas (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="52"/>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="56"/>
        <source>e.g. Water in our world</source>
        <translation>p. ej. El agua en nuestro mundo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="61"/>
        <source>Course language</source>
        <translation>Idioma del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="73"/>
        <source>File to start from</source>
        <translation>Archivo de partida</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="74"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="75"/>
        <source>Choose the file to start from</source>
        <translation>Elegir el archivo de partida</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="82"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="114"/>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="142"/>
        <source>Give the course a title.</source>
        <translation>Ponle un título al curso.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="66"/>
        <source>An &amp;empty course</source>
        <translation>Un curso &amp;vacío</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="67"/>
        <source>From a &amp;PowerPoint deck (narrated slides)</source>
        <translation>Desde una presentación de &amp;PowerPoint (diapositivas narradas)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="68"/>
        <source>From a p&amp;ackage or a quiz file (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</source>
        <translation>Desde un p&amp;aquete o un archivo de preguntas (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="88"/>
        <source>Start from:</source>
        <translation>Empezar desde:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="137"/>
        <source>Choose the file to start from.</source>
        <translation>Elige el archivo de partida.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="139"/>
        <source>{path} is not a file: choose the deck, package or quiz file.</source>
        <translation>{path} no es un archivo: elige la presentación, el paquete o el archivo de preguntas.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="38"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="40"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="42"/>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="43"/>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="45"/>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="78"/>
        <source>Course outline</source>
        <translation>Esquema del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="80"/>
        <source>Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.</source>
        <translation>Módulos, lecciones y bloques. F2 cambia el nombre, Supr elimina, Alt+Arriba/Abajo mueve.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="189"/>
        <source>Untitled course</source>
        <translation>Curso sin título</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="39"/>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="40"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="41"/>
        <source>&amp;Web link</source>
        <translation>&amp;Enlace web</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="42"/>
        <source>&amp;Discussion prompt</source>
        <translation>&amp;Tema de debate</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="43"/>
        <source>&amp;Video…</source>
        <translation>&amp;Vídeo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="44"/>
        <source>&amp;Audio…</source>
        <translation>&amp;Audio…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="45"/>
        <source>&amp;Image…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="46"/>
        <source>A&amp;ttachment…</source>
        <translation>A&amp;djunto…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="71"/>
        <source>Add &amp;module</source>
        <translation>Añadir &amp;módulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="72"/>
        <source>Add &amp;lesson</source>
        <translation>Añadir &amp;lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="73"/>
        <source>&amp;Rename</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="75"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="76"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="178"/>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="114"/>
        <source>Add &amp;block</source>
        <translation>Añadir &amp;bloque</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="123"/>
        <source>Move &amp;to module</source>
        <translation>Mover al mó&amp;dulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="163"/>
        <source>Module 1</source>
        <translation>Módulo 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="194"/>
        <source>Add lesson</source>
        <translation>Añadir lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="207"/>
        <source>Add block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="242"/>
        <source>block</source>
        <translation>bloque</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="187"/>
        <source>Module {n}</source>
        <translation>Módulo {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="236"/>
        <source>module '{t}'</source>
        <translation>el módulo '{t}'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="245"/>
        <source>Deleted {what}. Undo brings it back.</source>
        <translation>Eliminado: {what}. Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="198"/>
        <source>Lesson {n}</source>
        <translation>Lección {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="239"/>
        <source>lesson '{t}'</source>
        <translation>la lección '{t}'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="31"/>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="57"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="48"/>
        <source>Quiz and question</source>
        <translation>Cuestionario y pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="137"/>
        <source>Module title</source>
        <translation>Título del módulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="138"/>
        <source>Module description</source>
        <translation>Descripción del módulo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="143"/>
        <source>Lesson description</source>
        <translation>Descripción de la lección</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="144"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Learning objectives, one per line</source>
        <translation>Objetivos de aprendizaje, uno por línea</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Change objectives</source>
        <translation>Cambiar los objetivos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="148"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="149"/>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="151"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="153"/>
        <source>Expected duration in minutes</source>
        <translation>Duración prevista en minutos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>C&amp;redits:</source>
        <translation>C&amp;réditos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>Credits of the media file</source>
        <translation>Créditos del archivo multimedia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="165"/>
        <source>Change credits</source>
        <translation>Cambiar los créditos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="172"/>
        <source>the course's licence</source>
        <translation>la licencia del curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="173"/>
        <source>Licence of the media file</source>
        <translation>Licencia del archivo multimedia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="179"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="223"/>
        <source>&amp;Pass at:</source>
        <translation>&amp;Aprobar con:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="230"/>
        <source>A&amp;ttempts:</source>
        <translation>In&amp;tentos:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="152"/>
        <source>Change duration</source>
        <translation>Cambiar la duración</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="162"/>
        <source>No media file yet: choose one in the editor.</source>
        <translation>Aún no hay archivo multimedia: elige uno en el editor.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="44"/>
        <source>Module: {t}</source>
        <translation>Módulo: {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="46"/>
        <source>Lesson: {t}</source>
        <translation>Lección: {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="175"/>
        <source>Change licence</source>
        <translation>Cambiar la licencia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster:</source>
        <translation>Portada:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster image</source>
        <translation>Imagen de portada</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="192"/>
        <source>Set the poster in the editor: “Use this frame as poster” or Details &gt; Choose poster.</source>
        <translation>Elige la portada en el editor: “Usar este fotograma como portada” o Detalles &gt; Elegir portada.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="197"/>
        <source>Change alt text</source>
        <translation>Cambiar el texto alternativo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="199"/>
        <source>Change caption</source>
        <translation>Cambiar el pie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Change link</source>
        <translation>Cambiar el enlace</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="210"/>
        <source>Edit the page's text in the editor; its images keep their alt text there (Image… on an image).</source>
        <translation>Edita el texto de la página en el editor; sus imágenes conservan ahí su texto alternativo (Imagen… sobre una imagen).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="213"/>
        <source>Learners answer the prompt in the LMS's forum.</source>
        <translation>El alumnado responde al tema en el foro del LMS.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="33"/>
        <source>Caption editor</source>
        <translation>Editor de subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="31"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="24"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo {what}</source>
        <translation>Deshacer {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo {what}</source>
        <translation>Rehacer {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>&amp;New course…</source>
        <translation>&amp;Nuevo curso…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>Create a new course</source>
        <translation>Crear un curso nuevo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>&amp;Open course…</source>
        <translation>&amp;Abrir curso…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>Open a course (a .studio folder)</source>
        <translation>Abrir un curso (una carpeta .studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="38"/>
        <source>Save the course</source>
        <translation>Guardar el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save a copy of the course under another name</source>
        <translation>Guardar una copia del curso con otro nombre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="41"/>
        <source>&amp;Close course</source>
        <translation>&amp;Cerrar curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>Import PowerPoint, quizzes or packages</source>
        <translation>Importar PowerPoint, preguntas o paquetes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>Export SCORM, Common Cartridge or EPUB</source>
        <translation>Exportar SCORM, Common Cartridge o EPUB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>&amp;Preview in browser</source>
        <translation>&amp;Vista previa en el navegador</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>Open the course as a learner sees it</source>
        <translation>Abrir el curso tal como lo ve el alumnado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="49"/>
        <source>Go to &amp;outline</source>
        <translation>Ir al &amp;esquema</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="50"/>
        <source>Go to &amp;editor</source>
        <translation>Ir al e&amp;ditor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="51"/>
        <source>Go to &amp;properties</source>
        <translation>Ir a las &amp;propiedades</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="52"/>
        <source>Go to &amp;jobs</source>
        <translation>Ir a las &amp;tareas</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="53"/>
        <source>Go to the publish &amp;checklist</source>
        <translation>Ir a la lista de &amp;comprobación</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="55"/>
        <source>&amp;How to start</source>
        <translation>&amp;Cómo empezar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="56"/>
        <source>&amp;About Studio</source>
        <translation>&amp;Acerca de Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>Every keyboard shortcut, the caption editor's too</source>
        <translation>Todos los atajos de teclado, también los del editor de subtítulos</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="71"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="92"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="109"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="116"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="118"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="166"/>
        <source>The new language applies the next time Studio starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Studio.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="195"/>
        <source>Where to keep the course</source>
        <translation>Dónde guardar el curso</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="197"/>
        <source>Studio course (*.studio)</source>
        <translation>Curso de Studio (*.studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="205"/>
        <source>Open a course (choose its .studio folder)</source>
        <translation>Abrir un curso (elige su carpeta .studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="212"/>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="251"/>
        <source>About Studio</source>
        <translation>Acerca de Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="178"/>
        <source>No recent courses</source>
        <translation>No hay cursos recientes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="252"/>
        <source>Studio {version}
Record, caption, build quizzes and export SCORM, Common Cartridge and EPUB. Everything stays on this computer.</source>
        <translation>Studio {version}
Graba, subtitula, crea cuestionarios y exporta SCORM, Common Cartridge y EPUB. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="105"/>
        <source>Show {name}</source>
        <translation>Mostrar {name}</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2</source>
        <translation>SCORM 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Let Studio re-open the package later (the course is embedded, not the media twice)</source>
        <translation>Permitir que Studio vuelva a abrir el paquete (el curso va incluido, sin duplicar los archivos multimedia)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Keep the camera, author and location data stored in photos</source>
        <translation>Conservar los datos de cámara, autor y ubicación guardados en las fotos</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Track each lesson on its own in the LMS (one SCO per lesson)</source>
        <translation>Seguir cada lección por separado en el LMS (un SCO por lección)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Ed.</source>
        <translation>SCORM 2004 4.ª ed.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.1</source>
        <translation>Common Cartridge 1.1</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Numeric questions:</source>
        <translation>Preguntas numéricas:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as fill-in-the-blank with every accepted value</source>
        <translation>como completar el espacio, con todos los valores aceptados</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>leave them out</source>
        <translation>omitirlas</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Matching questions:</source>
        <translation>Preguntas de relacionar:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question per prompt</source>
        <translation>como una pregunta de opción múltiple por enunciado</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Ordering questions:</source>
        <translation>Preguntas de ordenar:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question “Which order is right?”</source>
        <translation>como una pregunta de opción múltiple “¿Cuál es el orden correcto?”</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Also write every quiz in Canvas' own format (read by Canvas only)</source>
        <translation>Escribir también cada cuestionario en el formato propio de Canvas (solo lo lee Canvas)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>The package is for:</source>
        <translation>El paquete es para:</translation>
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
        <translation>Otro LMS</translation>
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
        <translation>QTI 1.2 (cuestionarios)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 2.1 (quizzes)</source>
        <translation>QTI 2.1 (cuestionarios)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3</source>
        <translation>EPUB 3</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Video quality:</source>
        <translation>Calidad del vídeo:</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>as recorded (converted only if e-readers cannot play it)</source>
        <translation>como se grabó (convertido solo si los lectores electrónicos no pueden reproducirlo)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>small 360p copies for slow or metered connections</source>
        <translation>copias pequeñas en 360p para conexiones lentas o de datos limitados</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Leave the videos out: posters, transcripts and captions as text (the smallest book)</source>
        <translation>Dejar fuera los vídeos: portadas, transcripciones y subtítulos como texto (el libro más pequeño)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Cover image (empty: drawn from the course title):</source>
        <translation>Imagen de cubierta (vacía: se dibuja a partir del título del curso):</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle backup</source>
        <translation>Copia de seguridad de Moodle</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions</source>
        <translation>Preguntas en Moodle XML</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 (xAPI)</source>
        <translation>cmi5 (xAPI)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and newer: restore it (Restore on the course or category page) to get one section per module, a Page per lesson with its video, captions and images, File, URL and Forum activities, and each quiz with its marks, pass mark, review options, deferred feedback and native question types. Where only Common Cartridge import is allowed, use the moodle-cc preset.</source>
        <translation>Copia de seguridad de curso de Moodle (.mbz) para Moodle 4.1 y posteriores: restáurala (Restaurar en la página del curso o de la categoría) para obtener una sección por módulo, una Página por lección con su vídeo, subtítulos e imágenes, actividades Archivo, URL y Foro, y cada cuestionario con sus puntuaciones, nota para aprobar, opciones de revisión, retroalimentación diferida y tipos de pregunta nativos. Donde solo se permita importar Common Cartridge, usa el ajuste moodle-cc.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>ordering questions become 'drag and drop into text' questions (Moodle 4.1 has no ordering question type); the report of the export says which</source>
        <translation>las preguntas de ordenar se convierten en preguntas de «arrastrar y soltar sobre texto» (Moodle 4.1 no tiene tipo de ordenar); el informe de la exportación indica cuáles</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quizzes have no time limit (Studio sets none): set one in the quiz settings</source>
        <translation>los cuestionarios no tienen límite de tiempo (Studio no fija ninguno): fíjalo en los ajustes del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>not in Moodle itself: install the cmi5 Launch Link plugin (mod_cmi5launch), connect it to an LRS, then upload the cmi5 export</source>
        <translation>no está en Moodle de serie: instala el plugin cmi5 Launch Link (mod_cmi5launch), conéctalo a un LRS y sube la exportación cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Moodle 4.x imports CC 1.0/1.1 only): an 'About this course' section, then one section per module; each lesson page becomes a Page, attachments Files, links URL activities, discussion topics forums, quizzes Quiz activities. For graded quizzes export the Moodle backup instead (--format moodle, .mbz): it keeps marks, pass mark, review options and every question type.</source>
        <translation>Common Cartridge 1.1 (Moodle 4.x solo importa CC 1.0/1.1): una sección «Acerca de este curso» y luego una sección por módulo; cada página de lección se convierte en una Página, los adjuntos en Archivos, los enlaces en actividades URL, los temas de debate en foros y los cuestionarios en actividades Cuestionario. Para cuestionarios calificados exporta mejor la copia de seguridad de Moodle (--format moodle, .mbz): conserva puntuaciones, nota para aprobar, opciones de revisión y todos los tipos de pregunta.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz marks: Moodle's CC converter sets every question to 1 mark and the quiz total to a fixed value, so grades are wrong; use the Moodle backup (--format moodle) or SCORM 1.2 for graded quizzes</source>
        <translation>puntuaciones de los cuestionarios: el conversor CC de Moodle pone 1 punto a cada pregunta y un total fijo al cuestionario, así que las notas salen mal; usa la copia de seguridad de Moodle (--format moodle) o SCORM 1.2 para cuestionarios calificados</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark becomes 0, choice shuffling and 'draw N at random' are lost: set them in the quiz settings</source>
        <translation>la nota para aprobar pasa a 0 y se pierden la mezcla de opciones y la selección de N preguntas al azar: configúralas en los ajustes del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>review options are off (learners do not see their marks or feedback) and the quiz runs in adaptive mode without penalty: change both in the quiz settings</source>
        <translation>las opciones de revisión quedan desactivadas (el alumnado no ve sus puntuaciones ni los comentarios) y el cuestionario funciona en modo adaptativo sin penalización: cambia ambas cosas en los ajustes del cuestionario</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>partial credit: 'choose all that apply' questions give full marks when every box is ticked (wrong choices weigh 0) and per-choice weights are lost</source>
        <translation>puntuación parcial: las preguntas de «elige todas las que correspondan» dan la puntuación completa si se marcan todas las casillas (las opciones incorrectas pesan 0) y se pierden los pesos de cada opción</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric questions arrive as short-answer questions listing every accepted answer (or as essays when a range is too wide to list)</source>
        <translation>las preguntas numéricas llegan como preguntas de respuesta corta con todas las respuestas aceptadas (o como redacciones cuando un intervalo es demasiado amplio para enumerarlo)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>matching questions arrive as one multiple-choice question per prompt, ordering questions as one multiple-choice 'which order is right?'</source>
        <translation>las preguntas de relacionar llegan como una pregunta de opción múltiple por enunciado, y las de ordenar como una pregunta de opción múltiple «¿cuál es el orden correcto?»</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 with Canvas' own QTI beside the CC quiz (non_cc_assessments/), as Canvas exports it: pages and files, web links, discussions and graded quizzes. For numeric, matching and ordering questions in their own Canvas types, also import the 'qti12' export (QTI .zip file).</source>
        <translation>Common Cartridge 1.1 con el QTI propio de Canvas junto al cuestionario CC (non_cc_assessments/), como exporta Canvas: páginas y archivos, enlaces web, debates y cuestionarios calificados. Para tener las preguntas numéricas, de relacionar y de ordenar con sus tipos propios de Canvas, importa también la exportación 'qti12' (archivo .zip QTI).</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Canvas' Common Cartridge importer reads the CC quiz file, so numeric, matching and ordering questions arrive converted as for Moodle; Canvas reads the extension file only in cartridges Canvas itself exported</source>
        <translation>el importador de Common Cartridge de Canvas lee el archivo de cuestionario CC, así que las preguntas numéricas, de relacionar y de ordenar llegan convertidas como para Moodle; Canvas solo lee el archivo de extensión en los paquetes que exportó el propio Canvas</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>in the 'qti12' export ordering questions become matching questions (items to positions): classic quizzes have no ordering type</source>
        <translation>en la exportación 'qti12' las preguntas de ordenar se convierten en preguntas de relacionar (elementos con posiciones): los cuestionarios clásicos no tienen tipo de ordenar</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported (Canvas has none)</source>
        <translation>la nota para aprobar no se importa (Canvas no la tiene)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Canvas has no cmi5 launcher of its own (it needs an external cmi5/xAPI tool); use this preset or SCORM</source>
        <translation>no: Canvas no tiene lanzador cmi5 propio (necesita una herramienta externa de cmi5/xAPI); usa este ajuste o SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Blackboard Learn imports CC 1.0-1.2): content items, web links, discussion forums, tests with CC-profile questions.</source>
        <translation>Common Cartridge 1.1 (Blackboard Learn importa CC 1.0-1.2): elementos de contenido, enlaces web, foros de debate y exámenes con preguntas del perfil CC.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>question kinds outside the CC QTI profile would be dropped by Blackboard, so they are converted first (as for Moodle)</source>
        <translation>Blackboard descartaría los tipos de pregunta que no están en el perfil QTI de CC, así que se convierten antes (como para Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark and attempts may need setting again in the test options</source>
        <translation>puede que haya que volver a configurar la nota para aprobar y los intentos en las opciones del examen</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Blackboard Learn itself; use this preset or SCORM</source>
        <translation>Blackboard Learn no importa cmi5 por sí mismo; usa este ajuste o SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 (Brightspace imports CC 1.x through Import/Export/Copy Components): content topics, links, discussions and quizzes.</source>
        <translation>Common Cartridge 1.3 (Brightspace importa CC 1.x con Importar/Exportar/Copiar componentes): temas de contenido, enlaces, debates y cuestionarios.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted (as for Moodle)</source>
        <translation>las preguntas numéricas, de relacionar y de ordenar se convierten (como para Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported</source>
        <translation>la nota para aprobar no se importa</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Brightspace itself; use this preset or SCORM</source>
        <translation>Brightspace no importa cmi5 por sí mismo; usa este ajuste o SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 for Open edX's cc2olx converter (Open edX has no CC import of its own): sections, subsections, units with HTML, links, discussions and problems.</source>
        <translation>Common Cartridge 1.3 para el conversor cc2olx de Open edX (Open edX no importa CC por sí mismo): secciones, subsecciones y unidades con HTML, enlaces, debates y problemas.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>cc2olx converts multiple-choice, multiple-response, true/false, fill-in-the-blank and essay questions; pattern-match questions are skipped</source>
        <translation>cc2olx convierte las preguntas de opción múltiple, respuesta múltiple, verdadero/falso, completar el espacio y redacción; omite las preguntas de coincidencia de patrones</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted before cc2olx sees them (as for Moodle)</source>
        <translation>las preguntas numéricas, de relacionar y de ordenar se convierten antes de que las vea cc2olx (como para Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz settings (attempts, pass mark) and images in pages need checking in Studio after the import</source>
        <translation>tras la importación hay que revisar en Studio la configuración de los cuestionarios (intentos, nota para aprobar) y las imágenes de las páginas</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Open edX does not launch cmi5 packages</source>
        <translation>no: Open edX no lanza paquetes cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1, CC QTI profile only: the widest reach (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</source>
        <translation>Common Cartridge 1.1, solo con el perfil QTI de CC: el mayor alcance (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted into profile questions (see the export report)</source>
        <translation>las preguntas numéricas, de relacionar y de ordenar se convierten en preguntas del perfil (mira el informe de exportación)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>see --format cmi5 for the LMSs that take cmi5 packages</source>
        <translation>consulta --format cmi5 para ver qué LMS aceptan paquetes cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2 package (Moodle, Chamilo, Canvas SCORM app, Blackboard, Brightspace, Open edX SCORM XBlock)</source>
        <translation>Paquete SCORM 1.2 (Moodle, Chamilo, la app SCORM de Canvas, Blackboard, Brightspace, el XBlock SCORM de Open edX)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Edition package (SCORM Cloud, Canvas SCORM app, Moodle (partial), Blackboard, Brightspace)</source>
        <translation>Paquete SCORM 2004 4.ª edición (SCORM Cloud, la app SCORM de Canvas, Moodle (en parte), Blackboard, Brightspace)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.1 with QTI quizzes (widest reach: Moodle, Canvas, Blackboard, Sakai)</source>
        <translation>IMS Common Cartridge 1.1 con cuestionarios QTI (el mayor alcance: Moodle, Canvas, Blackboard, Sakai)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.2 with QTI quizzes</source>
        <translation>IMS Common Cartridge 1.2 con cuestionarios QTI</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.3 with QTI quizzes</source>
        <translation>IMS Common Cartridge 1.3 con cuestionarios QTI</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 zip of the course's quizzes (Canvas 'QTI .zip' import, other QTI 1.2 readers); every question kind kept</source>
        <translation>Zip QTI 1.2 con los cuestionarios del curso (importación 'QTI .zip' de Canvas y otros lectores QTI 1.2); se conservan todos los tipos de pregunta</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>IMS QTI 2.1 content package of the course's quizzes (question banks and pools, e.g. Blackboard Learn's QTI 2.1 pool import)</source>
        <translation>Paquete de contenido IMS QTI 2.1 con los cuestionarios del curso (bancos de preguntas, p. ej. la importación de bancos QTI 2.1 de Blackboard Learn)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3 book: the offline learner edition for phones and e-readers, with video, captions, transcripts and quizzes that work without scripting</source>
        <translation>Libro EPUB 3: la edición sin conexión para el alumnado en teléfonos y lectores electrónicos, con vídeo, subtítulos, transcripciones y cuestionarios que funcionan sin scripts</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and later: sections, pages, files, links, forums and quizzes with native questions, marks and grade to pass</source>
        <translation>Copia de seguridad de curso de Moodle (.mbz) para Moodle 4.1 y posteriores: secciones, páginas, archivos, enlaces, foros y cuestionarios con preguntas nativas, puntuaciones y nota para aprobar</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions (every quiz as a category, native question types, images embedded)</source>
        <translation>Preguntas en Moodle XML (cada cuestionario como una categoría, tipos de pregunta nativos, imágenes incluidas)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 course package: xAPI statements to the LMS's Learning Record Store (every answer, pages and video chapters watched). Taken by: SCORM Cloud and the LMSs built on Rustici Engine; Moodle with the cmi5 Launch Link plugin (mod_cmi5launch) and an LRS; other LMSs that list cmi5 among their standards (ask your administrator)</source>
        <translation>Paquete de curso cmi5: declaraciones xAPI al almacén de registros de aprendizaje (LRS) del LMS (cada respuesta, las páginas y los capítulos de vídeo vistos). Lo aceptan: SCORM Cloud y los LMS basados en Rustici Engine; Moodle con el plugin cmi5 Launch Link (mod_cmi5launch) y un LRS; otros LMS que incluyen cmi5 entre sus estándares (consulta a tu administrador)</translation>
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
        <translation>Texto de preguntas de Studio</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>CSV questions</source>
        <translation>Preguntas en CSV</translation>
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
        <translation>Paquete de Studio</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>SCORM package</source>
        <translation>Paquete SCORM</translation>
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
        <translation>GIFT con multimedia (zip)</translation>
    </message>
</context>
</TS>
