<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Checks</name>
    <message>
        <location filename="../../studio/captions/quality.py" line="67"/>
        <source>the cue has no text</source>
        <translation>le sous-titre n’a pas de texte</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="84"/>
        <source>a line has {count} characters (at most {most})</source>
        <translation>une ligne a {count} caractères (au plus {most})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="93"/>
        <source>{count} lines (at most {most})</source>
        <translation>{count} lignes (au plus {most})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="103"/>
        <source>on screen {duration:.2f} s (at most {most:g} s)</source>
        <translation>à l’écran {duration:.2f} s (au plus {most:g} s)</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="119"/>
        <source>on screen {duration:.2f} s (at least {least:.2f} s)</source>
        <translation>à l’écran {duration:.2f} s (au moins {least:.2f} s)</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="138"/>
        <source>{cps:.1f} characters a second (at most {most:g})</source>
        <translation>{cps:.1f} caractères par seconde (au plus {most:g})</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="149"/>
        <source>overlaps the next cue by {overlap:.3f} s</source>
        <translation>chevauche le sous-titre suivant de {overlap:.3f} s</translation>
    </message>
    <message>
        <location filename="../../studio/captions/quality.py" line="159"/>
        <source>gap to the next cue {gap:.3f} s (at least {frames} frames = {least:.3f} s)</source>
        <translation>écart avec le sous-titre suivant {gap:.3f} s (au moins {frames} images = {least:.3f} s)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="131"/>
        <source>the course has no description: LMS catalogues and the package's metadata show it</source>
        <translation>le cours n’a pas de description : les catalogues des LMS et les métadonnées du paquet l’affichent</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>about {size:.0f} MB, over the {limit} MB upload limit {lms} usually has: export the EPUB with low video quality, or split the course</source>
        <translation>environ {size:.0f} Mo, au-delà de la limite de dépôt de {limit} Mo que {lms} a d’ordinaire : exportez l’EPUB avec une vidéo de basse qualité, ou divisez le cours</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="136"/>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="118"/>
        <source>the link {href!r} leads nowhere in a package: link to a web address (https://...)</source>
        <translation>le lien {href!r} ne mène nulle part dans un paquet : faites un lien vers une adresse web (https://...)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/checklist.py" line="96"/>
        <source>{count} caption(s) outside the {profile} profile (first: caption {first}, {detail})</source>
        <translation>{count} sous-titre(s) hors du profil {profile} (le premier : sous-titre {first}, {detail})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="65"/>
        <source>course</source>
        <translation>cours</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="283"/>
        <source>module {n} '{title}'</source>
        <translation>module {n} « {title} »</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="287"/>
        <source>lesson {n} '{title}'</source>
        <translation>leçon {n} « {title} »</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="291"/>
        <source>block {n} ({kind})</source>
        <translation>bloc {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="295"/>
        <source>track {n} ({language})</source>
        <translation>piste {n} ({language})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="81"/>
        <source>the course has no title</source>
        <translation>le cours n’a pas de titre</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="83"/>
        <source>language {language!r} is not a BCP 47 tag (e.g. en, fr-CA)</source>
        <translation>la langue {language!r} n’est pas une étiquette BCP 47 (par ex. fr, fr-CA)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="86"/>
        <source>licence {licence!r} is not an SPDX id or {reserved!r}</source>
        <translation>la licence {licence!r} n’est ni un identifiant SPDX ni {reserved!r}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="90"/>
        <source>the course has no modules yet</source>
        <translation>le cours n’a pas encore de modules</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="92"/>
        <source>holds control characters that packages cannot carry; they are left out of exports (retype the text to remove them)</source>
        <translation>contient des caractères de contrôle que les paquets ne peuvent pas porter ; ils sont omis à l’export (retapez le texte pour les enlever)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="122"/>
        <source>no {what} file chosen</source>
        <translation>aucun fichier ({what}) choisi</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="126"/>
        <source>the {what} file is not registered in the project</source>
        <translation>le fichier ({what}) n’est pas enregistré dans le projet</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="130"/>
        <source>'{name}' is {mime}, not a {what}</source>
        <translation>« {name} » est de type {mime}, pas un fichier ({what})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="151"/>
        <source>the text block is empty</source>
        <translation>le bloc de texte est vide</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="200"/>
        <source>caption language {language!r} is not a BCP 47 tag</source>
        <translation>la langue des sous-titres {language!r} n’est pas une étiquette BCP 47</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="203"/>
        <source>the caption track has no label</source>
        <translation>la piste de sous-titres n’a pas de libellé</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="206"/>
        <source>cue {n}</source>
        <translation>sous-titre {n}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="213"/>
        <source>the captions are auto-generated and not yet reviewed</source>
        <translation>les sous-titres sont générés automatiquement et pas encore relus</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="218"/>
        <source>the quiz has no questions</source>
        <translation>le quiz n’a pas de questions</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="220"/>
        <source>the passing score must be between 0 and 100 %</source>
        <translation>la note de réussite doit être comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="222"/>
        <source>attempts cannot be negative (0 means unlimited)</source>
        <translation>le nombre de tentatives ne peut pas être négatif (0 = illimité)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="224"/>
        <source>the pool draws {draw} of {count} questions</source>
        <translation>la banque tire {draw} questions sur {count}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="233"/>
        <source>a choice's partial credit must be between -100 % and 100 %</source>
        <translation>le crédit partiel d’un choix doit être compris entre -100 % et 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="238"/>
        <source>the right choice must be worth 100 % of the points</source>
        <translation>la bonne réponse doit valoir 100 % des points</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="247"/>
        <source>the question has no text</source>
        <translation>la question n’a pas de texte</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="249"/>
        <source>points cannot be negative</source>
        <translation>les points ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="98"/>
        <source>refused: {problem}</source>
        <translation>refusé : {problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="103"/>
        <source>the module has no title</source>
        <translation>le module n’a pas de titre</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="105"/>
        <source>the module has no lessons</source>
        <translation>le module n’a pas de leçons</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="137"/>
        <source>media file '{name}' is missing (media/{stored}); copy the original file back into media/ under that name, or add it again</source>
        <translation>le fichier média « {name} » est manquant (media/{stored}) ; recopiez le fichier original dans media/ sous ce nom, ou ajoutez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="142"/>
        <source>media file '{name}' cannot be exported: {problem}; add the original file again, or remove the block</source>
        <translation>le fichier média « {name} » ne peut pas être exporté : {problem} ; ajoutez à nouveau le fichier original, ou retirez le bloc</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="146"/>
        <source>media file '{name}' cannot be exported: {problem}</source>
        <translation>le fichier média « {name} » ne peut pas être exporté : {problem}</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="195"/>
        <source>timed question {n} ({kind})</source>
        <translation>question dans la vidéo {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="208"/>
        <source>the cue ends before it starts</source>
        <translation>le sous-titre finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="227"/>
        <source>question {n} ({kind})</source>
        <translation>question {n} ({kind})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="242"/>
        <source>the right choices' credit adds up to {total:g} %, not 100 %</source>
        <translation>le crédit des bonnes réponses totalise {total:g} %, et non 100 %</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="253"/>
        <source>give at least two choices</source>
        <translation>donnez au moins deux choix</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="255"/>
        <source>exactly one choice must be correct ({correct} are)</source>
        <translation>un seul choix doit être correct (il y en a {correct})</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="258"/>
        <source>mark at least one choice correct</source>
        <translation>marquez au moins un choix comme correct</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="260"/>
        <source>a choice is empty</source>
        <translation>un choix est vide</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="97"/>
        <source>media '{name}'</source>
        <translation>média « {name} »</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="110"/>
        <source>the lesson has no title</source>
        <translation>la leçon n’a pas de titre</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="112"/>
        <source>the lesson is empty</source>
        <translation>la leçon est vide</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="154"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="165"/>
        <source>poster image</source>
        <translation>image d’affiche</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="169"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="210"/>
        <source>the cue overlaps the previous one</source>
        <translation>le sous-titre chevauche le précédent</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="264"/>
        <source>give at least one accepted answer</source>
        <translation>donnez au moins une réponse acceptée</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="157"/>
        <source>the video has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>la vidéo n’a pas de sous-titres (les apprenants sourds ou malentendants en ont besoin)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="159"/>
        <source>the audio has no captions (learners who are deaf or hard of hearing need them)</source>
        <translation>l’audio n’a pas de sous-titres (les apprenants sourds ou malentendants en ont besoin)</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="171"/>
        <source>the image has no alt text; describe it, or mark it decorative</source>
        <translation>l’image n’a pas de texte alternatif ; décrivez-la, ou marquez-la comme décorative</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="174"/>
        <source>narration</source>
        <translation>narration</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="176"/>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="267"/>
        <source>the range's low end is above its high end</source>
        <translation>la borne basse de l’intervalle est au-dessus de la borne haute</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="269"/>
        <source>the tolerance cannot be negative</source>
        <translation>la tolérance ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="272"/>
        <source>give at least two pairs to match</source>
        <translation>donnez au moins deux paires à associer</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="275"/>
        <source>two answers are the same; learners could not tell them apart</source>
        <translation>deux réponses sont identiques ; les apprenants ne pourraient pas les distinguer</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="179"/>
        <source>the link has no URL</source>
        <translation>le lien n’a pas d’URL</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="279"/>
        <source>give at least two items to put in order</source>
        <translation>donnez au moins deux éléments à remettre dans l’ordre</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="181"/>
        <source>the link URL {url!r} must start with http://, https:// or mailto:</source>
        <translation>l’URL du lien {url!r} doit commencer par http://, https:// ou mailto:</translation>
    </message>
    <message>
        <location filename="../../studio/validate.py" line="186"/>
        <source>the discussion has no title</source>
        <translation>la discussion n’a pas de titre</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="76"/>
        <source>the timed question at {at:g} s is not at a time in the video</source>
        <translation>la question à {at:g} s n’est pas à un moment de la vidéo</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="82"/>
        <source>the timed question at {at:g} s rewinds to {rewind:g} s, which is not before its own time</source>
        <translation>la question à {at:g} s revient à {rewind:g} s, qui n’est pas avant son propre moment</translation>
    </message>
    <message>
        <location filename="../../studio/video_questions.py" line="79"/>
        <source>the timed question at {at:g} s is after the end of the video ({duration:g} s)</source>
        <translation>la question à {at:g} s est après la fin de la vidéo ({duration:g} s)</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../studio/ui/app.py" line="54"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../studio/ui/app.py" line="188"/>
        <source>My first course</source>
        <translation>Mon premier cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="31"/>
        <source>Add a lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="32"/>
        <source>Delete the lesson</source>
        <translation>Supprimer la leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="33"/>
        <source>Re-flow the captions</source>
        <translation>Remettre en forme les sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="44"/>
        <source>Publish checklist</source>
        <translation>Liste de vérification avant publication</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="46"/>
        <source>Publish for</source>
        <translation>Publier pour</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="54"/>
        <source>Checklist summary</source>
        <translation>Résumé de la liste de vérification</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="60"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="61"/>
        <source>Fix the selected problem</source>
        <translation>Corriger le problème sélectionné</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="63"/>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="64"/>
        <source>Go to the selected problem</source>
        <translation>Aller au problème sélectionné</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="67"/>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="110"/>
        <source>Ready to publish: nothing to fix.</source>
        <translation>Prêt à publier : rien à corriger.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="111"/>
        <source>{e} to fix, {w} to check before publishing.</source>
        <translation>{e} à corriger, {w} à vérifier avant de publier.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="161"/>
        <source>Lesson 1</source>
        <translation>Leçon 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/checklist_panel.py" line="120"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="31"/>
        <source>If you don't save, your changes since the last save are lost.</source>
        <translation>Si vous n'enregistrez pas, les modifications faites depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="32"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="33"/>
        <source>&amp;Don't save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="34"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="52"/>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="58"/>
        <source>Recover them to continue where you left off (then save), or discard them and open the last saved version.</source>
        <translation>Récupérez-le pour reprendre là où vous en étiez (puis enregistrez), ou abandonnez-le et ouvrez la dernière version enregistrée.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="61"/>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="62"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="63"/>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="80"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="83"/>
        <source>Replacing it overwrites its contents.</source>
        <translation>Le remplacer écrase son contenu.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="84"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="130"/>
        <source>How to start</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="131"/>
        <source>How to start with Studio</source>
        <translation>Pour commencer avec Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="154"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="30"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Enregistrer les modifications de « {name} » avant de le fermer ?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="54"/>
        <source>Studio found unsaved changes to “{name}” from {when}, left when Studio stopped unexpectedly.</source>
        <translation>Studio a trouvé des modifications non enregistrées de « {name} » datant du {when}, laissées quand Studio s'est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="81"/>
        <source>“{name}” exists already in {folder}.</source>
        <translation>« {name} » existe déjà dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="133"/>
        <source>Welcome to Studio</source>
        <translation>Bienvenue dans Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="134"/>
        <source>This is a sample course. Look around, change it, or start your own with File &gt; New course (Ctrl+Alt+N).</source>
        <translation>Ceci est un cours d'exemple. Explorez-le, modifiez-le ou créez le vôtre avec Fichier &gt; Nouveau cours (Ctrl+Alt+N).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="136"/>
        <source>&lt;b&gt;Outline&lt;/b&gt; (left): modules, lessons and blocks. Drag them to reorder, or use Alt+Up/Down. F2 renames, Delete removes.</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt; (à gauche) : modules, leçons et blocs. Faites-les glisser pour les réordonner, ou utilisez Alt+Haut/Bas. F2 renomme, Suppr supprime.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="138"/>
        <source>&lt;b&gt;Add&lt;/b&gt;: Ctrl+Alt+M adds a module, Ctrl+N a lesson; Insert &gt; Add block adds a page, a video, an image, a quiz…</source>
        <translation>&lt;b&gt;Ajouter&lt;/b&gt; : Ctrl+Alt+M ajoute un module, Ctrl+N une leçon ; Insertion &gt; Ajouter un bloc ajoute une page, une vidéo, une image, un quiz…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="140"/>
        <source>&lt;b&gt;Edit&lt;/b&gt; the selected item in the middle; course details (title, licence, language) are in the Properties panel on the right.</source>
        <translation>&lt;b&gt;Modifiez&lt;/b&gt; l'élément sélectionné au centre ; les informations du cours (titre, licence, langue) sont dans le panneau Propriétés, à droite.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="142"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (F5) opens the course as a learner sees it, in your browser, from this computer only.</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt; (F5) ouvre le cours tel que les apprenants le voient, dans votre navigateur, depuis cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="144"/>
        <source>&lt;b&gt;Export&lt;/b&gt; (Ctrl+E) makes a SCORM, Common Cartridge or EPUB package for your LMS, checked before you upload it.</source>
        <translation>&lt;b&gt;Exporter&lt;/b&gt; (Ctrl+E) crée un paquet SCORM, Common Cartridge ou EPUB pour votre LMS, vérifié avant que vous le téléversiez.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="146"/>
        <source>Every change can be undone (Ctrl+Z). Studio saves a recovery copy while you work; save with Ctrl+S.</source>
        <translation>Toute modification peut être annulée (Ctrl+Z). Studio enregistre une copie de récupération pendant que vous travaillez ; enregistrez avec Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/dialogs.py" line="104"/>
        <source>What to do: {hint}</source>
        <translation>Que faire : {hint}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="159"/>
        <source>Cannot add the dropped files</source>
        <translation>Impossible d'ajouter les fichiers déposés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="161"/>
        <source>Adding {name}</source>
        <translation>Ajout de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="162"/>
        <source>Adding {n} files</source>
        <translation>Ajout de {n} fichiers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="178"/>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="179"/>
        <source>Add {n} files</source>
        <translation>Ajouter {n} fichiers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="212"/>
        <source>Added {names}</source>
        <translation>Ajouté : {names}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/drop_files.py" line="114"/>
        <source>Reading {name}</source>
        <translation>Lecture de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="70"/>
        <source>This lesson is empty: use Insert &gt; Add block.</source>
        <translation>Cette leçon est vide : utilisez Insertion &gt; Ajouter un bloc.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="101"/>
        <source>Summary of the selected item</source>
        <translation>Résumé de l'élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="115"/>
        <source>An empty course: what to do next</source>
        <translation>Un cours vide : que faire ensuite</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="117"/>
        <source>This course is empty. Start with one of these:</source>
        <translation>Ce cours est vide. Commencez par l'une de ces options :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="131"/>
        <source>Or drop videos, images, decks and packages onto the outline.</source>
        <translation>Ou déposez des vidéos, des images, des présentations et des paquets sur le plan.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="144"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="149"/>
        <source>Open or create a course to start (File menu).</source>
        <translation>Ouvrez ou créez un cours pour commencer (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="122"/>
        <source>&amp;Add a module (then lessons in it)</source>
        <translation>&amp;Ajouter un module (puis des leçons dedans)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="123"/>
        <source>Add a &amp;video lecture…</source>
        <translation>Ajouter un cours en &amp;vidéo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="124"/>
        <source>&amp;Import a PowerPoint deck, a package or a quiz file…</source>
        <translation>&amp;Importer une présentation PowerPoint, un paquet ou un fichier de questions…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="81"/>
        <source>{n} questions</source>
        <translation>{n} questions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="50"/>
        <source>{m} modules, {l} lessons, {b} blocks, {a} media files</source>
        <translation>{m} modules, {l} leçons, {b} blocs, {a} fichiers multimédias</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editor_host.py" line="57"/>
        <source>{n} lessons</source>
        <translation>{n} leçons</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="55"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="69"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="73"/>
        <source>Project files</source>
        <translation>Fichiers du projet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="76"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="103"/>
        <source>Import file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="58"/>
        <source>missing file ({id})</source>
        <translation>fichier manquant ({id})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="71"/>
        <source>Files in this project:</source>
        <translation>Fichiers de ce projet :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/asset_picker.py" line="110"/>
        <source>Cannot import</source>
        <translation>Impossible d'importer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="92"/>
        <source>Caption status</source>
        <translation>État des sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="96"/>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Import captions</source>
        <translation>Importer des sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="178"/>
        <source>Captions (*.vtt *.srt)</source>
        <translation>Sous-titres (*.vtt *.srt)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="221"/>
        <source>No captions yet: caption with Whisper, import a file or add a track.</source>
        <translation>Pas encore de sous-titres : sous-titrez avec Whisper, importez un fichier ou ajoutez une piste.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="225"/>
        <source>{n} captions</source>
        <translation>{n} sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="229"/>
        <source>no warnings</source>
        <translation>aucun avertissement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="232"/>
        <source>auto-generated: check the text, then mark it reviewed</source>
        <translation>générés automatiquement : vérifiez le texte, puis marquez-les comme relus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="296"/>
        <source>No problems left in this track.</source>
        <translation>Plus aucun problème dans cette piste.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="378"/>
        <source>Delete caption</source>
        <translation>Supprimer le sous-titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="392"/>
        <source>Add caption</source>
        <translation>Ajouter un sous-titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="433"/>
        <source>Choose the media file of this block first.</source>
        <translation>Choisissez d'abord le fichier multimédia de ce bloc.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>Caption “{t}”</source>
        <translation>Sous-titrer « {t} »</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="451"/>
        <source>Timing the script to the recording… (see the jobs panel)</source>
        <translation>Synchronisation du texte avec l'enregistrement… (voir le panneau des tâches)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="453"/>
        <source>Captioning with Whisper… (see the jobs panel)</source>
        <translation>Sous-titrage avec Whisper… (voir le panneau des tâches)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="448"/>
        <source>media</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="460"/>
        <source>Captioning was cancelled.</source>
        <translation>Le sous-titrage a été annulé.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="477"/>
        <source>Captioning failed: {m}</source>
        <translation>Échec du sous-titrage : {m}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="227"/>
        <source>{n} warnings for the {p} profile</source>
        <translation>{n} avertissements pour le profil {p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="437"/>
        <source>The media file is missing from the project: {p}</source>
        <translation>Le fichier multimédia manque dans le projet : {p}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>reviewed</source>
        <translation>relus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="137"/>
        <source>auto-generated</source>
        <translation>générés automatiquement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="138"/>
        <source>from script</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_editor.py" line="405"/>
        <source>{n} replaced</source>
        <translation>{n} remplacements</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="28"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="65"/>
        <source>Word confidence: {words}</source>
        <translation>Confiance des mots : {words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="60"/>
        <source>Listen here first — low confidence: {words}</source>
        <translation>Écoutez d'abord ici — faible confiance : {words}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_model.py" line="291"/>
        <source>low confidence: {w}</source>
        <translation>faible confiance : {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>Netflix-like</source>
        <translation>Type Netflix</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>BBC-like</source>
        <translation>Type BBC</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="43"/>
        <source>DCMP-like</source>
        <translation>Type DCMP</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="47"/>
        <source>Next caption</source>
        <translation>Sous-titre suivant</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="48"/>
        <source>Previous caption</source>
        <translation>Sous-titre précédent</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="49"/>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="50"/>
        <source>Split caption at the cursor</source>
        <translation>Couper le sous-titre au curseur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="51"/>
        <source>Merge with the next caption</source>
        <translation>Fusionner avec le sous-titre suivant</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="52"/>
        <source>New caption after this one</source>
        <translation>Nouveau sous-titre après celui-ci</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="54"/>
        <source>Start 0.1 s earlier</source>
        <translation>Début 0,1 s plus tôt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="55"/>
        <source>Start 0.1 s later</source>
        <translation>Début 0,1 s plus tard</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="56"/>
        <source>End 0.1 s earlier</source>
        <translation>Fin 0,1 s plus tôt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="57"/>
        <source>End 0.1 s later</source>
        <translation>Fin 0,1 s plus tard</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="58"/>
        <source>Start at the playhead</source>
        <translation>Début à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="59"/>
        <source>End at the playhead</source>
        <translation>Fin à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="60"/>
        <source>Mark the track reviewed</source>
        <translation>Marquer la piste comme relue</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="61"/>
        <source>Back 1 s</source>
        <translation>Reculer de 1 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="62"/>
        <source>Forward 1 s</source>
        <translation>Avancer de 1 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="63"/>
        <source>Back 5 s</source>
        <translation>Reculer de 5 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="64"/>
        <source>Forward 5 s</source>
        <translation>Avancer de 5 s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="65"/>
        <source>Next problem (warning or spelling)</source>
        <translation>Problème suivant (avertissement ou orthographe)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="66"/>
        <source>Previous problem</source>
        <translation>Problème précédent</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="161"/>
        <source>Caption with Whisper</source>
        <translation>Sous-titrer avec Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="200"/>
        <source>Split</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="201"/>
        <source>Merge with next</source>
        <translation>Fusionner avec le suivant</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="202"/>
        <source>New caption</source>
        <translation>Nouveau sous-titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="203"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="204"/>
        <source>Re-flow to profile</source>
        <translation>Remettre en forme selon le profil</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="211"/>
        <source>Shift</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="227"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="97"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="102"/>
        <source>Automatic — tiny.en for English, base for other languages</source>
        <translation>Automatique — tiny.en pour l'anglais, base pour les autres langues</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="119"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="151"/>
        <source>Caption track</source>
        <translation>Piste de sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="159"/>
        <source>Add track</source>
        <translation>Ajouter une piste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="160"/>
        <source>Import .vtt/.srt…</source>
        <translation>Importer .vtt/.srt…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="165"/>
        <source>Transcribe the media on this computer (nothing is uploaded)</source>
        <translation>Transcrire le média sur cet ordinateur (rien n'est envoyé)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="170"/>
        <source>Whisper options</source>
        <translation>Options de Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="171"/>
        <source>Whisper model and language</source>
        <translation>Modèle et langue de Whisper</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="179"/>
        <source>&amp;Reviewed by the author</source>
        <translation>&amp;Relus par l'auteur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="180"/>
        <source>Reviewed by the author</source>
        <translation>Relus par l'auteur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="184"/>
        <source>Caption profile</source>
        <translation>Profil de sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="195"/>
        <source>Follow playback</source>
        <translation>Suivre la lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="206"/>
        <source>Shift by seconds</source>
        <translation>Décalage en secondes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="215"/>
        <source>Shift the selected captions (all if none is selected)</source>
        <translation>Décaler les sous-titres sélectionnés (tous si aucun n'est sélectionné)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="222"/>
        <source>Find in all tracks</source>
        <translation>Rechercher dans toutes les pistes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="223"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="225"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="232"/>
        <source>Replace in every caption track of this block (one undo step)</source>
        <translation>Remplacer dans toutes les pistes de sous-titres de ce bloc (une seule étape d'annulation)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="234"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="235"/>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="236"/>
        <source>Re&amp;gular expression</source>
        <translation>Expression ré&amp;gulière</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="237"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="238"/>
        <source>Python regular expression; \1 in the replacement is the first group</source>
        <translation>Expression régulière Python ; \1 dans le remplacement est le premier groupe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="124"/>
        <source>Detect the language</source>
        <translation>Détecter la langue</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="157"/>
        <source>Track:</source>
        <translation>Piste :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="193"/>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="264"/>
        <source>Caption text</source>
        <translation>Texte du sous-titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="269"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="271"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="272"/>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="277"/>
        <source>T&amp;iming:</source>
        <translation>Mi&amp;nutage :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="282"/>
        <source>Warnings for this caption</source>
        <translation>Avertissements pour ce sous-titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="283"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="127"/>
        <source>Translate to English subtitles</source>
        <translation>Traduire en sous-titres anglais</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="116"/>
        <source>No model installed: run 'studio models install tiny.en'</source>
        <translation>Aucun modèle installé : lancez 'studio models install tiny.en'</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="123"/>
        <source>The course language ({code})</source>
        <translation>La langue du cours ({code})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/caption_panel.py" line="317"/>
        <source>fix</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Skipped</source>
        <translation>Omis</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Ad lib</source>
        <translation>Improvisé</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="29"/>
        <source>Said differently</source>
        <translation>Dit autrement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="46"/>
        <source>Departures from the script</source>
        <translation>Écarts par rapport au texte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="92"/>
        <source>Script</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="93"/>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="48"/>
        <source>Captions show</source>
        <translation>Les sous-titres affichent</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="83"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="70"/>
        <source>The speaker departed from the script in {n} place(s). Listen, then choose what the captions show.</source>
        <translation>L'orateur s'est écarté du texte à {n} endroit(s). Écoutez, puis choisissez ce qu'affichent les sous-titres.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/departures_panel.py" line="91"/>
        <source>Captions show, at {t}</source>
        <translation>Les sous-titres affichent, à {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="34"/>
        <source>Rename lesson</source>
        <translation>Renommer la leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="35"/>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="38"/>
        <source>Contents:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="46"/>
        <source>&amp;Record a lecture</source>
        <translation>&amp;Enregistrer un cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="53"/>
        <source>&amp;Narrated slides</source>
        <translation>&amp;Diapositives commentées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="43"/>
        <source>Record the screen, a camera and a microphone into this lesson.</source>
        <translation>Enregistrez l'écran, une caméra et un microphone dans cette leçon.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="44"/>
        <source>Set up the &amp;recorder</source>
        <translation>Configurer l'&amp;enregistreur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="50"/>
        <source>Record a narration for each slide, then compose the lecture video.</source>
        <translation>Enregistrez un commentaire pour chaque diapositive, puis composez la vidéo du cours.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="51"/>
        <source>Show the &amp;slides</source>
        <translation>Afficher les &amp;diapositives</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="114"/>
        <source>no blocks yet</source>
        <translation>pas encore de blocs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/lesson_editor.py" line="112"/>
        <source>{kind}: {n}</source>
        <translation>{kind} : {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="188"/>
        <source>Discussion prompt</source>
        <translation>Sujet de discussion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="45"/>
        <source>Chosen file</source>
        <translation>Fichier choisi</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="46"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="47"/>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="72"/>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="73"/>
        <source>Edit alt text</source>
        <translation>Modifier le texte alternatif</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="74"/>
        <source>Alternative text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="75"/>
        <source>What the image shows, for people who cannot see it</source>
        <translation>Ce que montre l'image, pour les personnes qui ne peuvent pas la voir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="76"/>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="82"/>
        <source>Alt text check</source>
        <translation>Vérification du texte alternatif</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="85"/>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="86"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="87"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="89"/>
        <source>Narration script</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="90"/>
        <source>Speaker notes / narration script of this slide</source>
        <translation>Notes de l'orateur / texte du commentaire de cette diapositive</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="91"/>
        <source>&amp;Narration:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="93"/>
        <source>Recorded narration:</source>
        <translation>Commentaire enregistré :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="136"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="137"/>
        <source>Rename attachment</source>
        <translation>Renommer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="138"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="141"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="142"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="154"/>
        <source>Edit link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="155"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="157"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="160"/>
        <source>Rename link</source>
        <translation>Renommer le lien</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="185"/>
        <source>Rename discussion</source>
        <translation>Renommer la discussion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="189"/>
        <source>Edit discussion prompt</source>
        <translation>Modifier le sujet de discussion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="190"/>
        <source>&amp;Prompt:</source>
        <translation>É&amp;noncé :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="56"/>
        <source>Change file</source>
        <translation>Changer de fichier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="78"/>
        <source>&amp;Decorative (no alt text needed)</source>
        <translation>&amp;Décorative (pas besoin de texte alternatif)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="113"/>
        <source>(no image)</source>
        <translation>(pas d'image)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="121"/>
        <source>Decorative image</source>
        <translation>Image décorative</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="105"/>
        <source>Alt text is required: describe the image, or mark it decorative.</source>
        <translation>Le texte alternatif est obligatoire : décrivez l'image, ou marquez-la comme décorative.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_blocks.py" line="171"/>
        <source>Use an http, https or mailto address.</source>
        <translation>Utilisez une adresse http, https ou mailto.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="98"/>
        <source>Grabbing the frame</source>
        <translation>Capture de l'image</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="75"/>
        <source>Finding a poster frame</source>
        <translation>Recherche d'une image d'affiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="57"/>
        <source>Waveform of {name}</source>
        <translation>Forme d'onde de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/media_jobs.py" line="83"/>
        <source>Poster of {name}</source>
        <translation>Affiche de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="24"/>
        <source>Describe the image for people who cannot see it
(leave empty if decorative):</source>
        <translation>Décrivez l'image pour les personnes qui ne peuvent pas la voir
(laissez vide si elle est décorative) :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="38"/>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="106"/>
        <source>Paste image</source>
        <translation>Coller l’image</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/pasted_images.py" line="76"/>
        <source>Alternative text for {name}</source>
        <translation>Texte de remplacement pour {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="232"/>
        <source>Question prompt</source>
        <translation>Énoncé de la question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="156"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="158"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="163"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="170"/>
        <source>A right answer</source>
        <translation>Une bonne réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="195"/>
        <source>Set the right answer</source>
        <translation>Indiquer la bonne réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="233"/>
        <source>Edit question prompt</source>
        <translation>Modifier l'énoncé de la question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="236"/>
        <source>P&amp;oints:</source>
        <translation>P&amp;oints :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="239"/>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="253"/>
        <source>When &amp;right:</source>
        <translation>Si &amp;juste :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="254"/>
        <source>When &amp;wrong:</source>
        <translation>Si &amp;faux :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="255"/>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="332"/>
        <source>Edit answers</source>
        <translation>Modifier les réponses</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="336"/>
        <source>Edit distractors</source>
        <translation>Modifier les distracteurs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice text</source>
        <translation>Texte du choix</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback when chosen</source>
        <translation>Commentaire quand il est choisi</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Prompt</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="235"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Shown when the answer is right</source>
        <translation>Affiché quand la réponse est juste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="243"/>
        <source>Feedback when right</source>
        <translation>Commentaire si juste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Shown when the answer is wrong</source>
        <translation>Affiché quand la réponse est fausse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="247"/>
        <source>Feedback when wrong</source>
        <translation>Commentaire si faux</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>The explanation, shown in review</source>
        <translation>L'explication, affichée lors de la révision</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="251"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="268"/>
        <source>Choices:</source>
        <translation>Choix :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="98"/>
        <source>Add {noun}</source>
        <translation>Ajouter {noun}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="117"/>
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="169"/>
        <source>Choice {n} is correct</source>
        <translation>Le choix {n} est juste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="273"/>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="274"/>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="275"/>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="276"/>
        <source>Right &amp;answer:</source>
        <translation>Bonne &amp;réponse :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="278"/>
        <source>If True is chosen:</source>
        <translation>Si Vrai est choisi :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="282"/>
        <source>If False is chosen:</source>
        <translation>Si Faux est choisi :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="107"/>
        <source>Add {n}</source>
        <translation>Ajouter {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="111"/>
        <source>Remove {n}</source>
        <translation>Retirer {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="177"/>
        <source>Choice {n}</source>
        <translation>Choix {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="180"/>
        <source>Feedback for choice {n}</source>
        <translation>Commentaire du choix {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="204"/>
        <source>Pair {n} prompt</source>
        <translation>Énoncé de la paire {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="209"/>
        <source>Pair {n} answer</source>
        <translation>Réponse de la paire {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="218"/>
        <source>Item {n}</source>
        <translation>Élément {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="287"/>
        <source>Accepted answers</source>
        <translation>Réponses acceptées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="288"/>
        <source>answers separated by ;</source>
        <translation>réponses séparées par ;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="295"/>
        <source>A&amp;ccepted answers:</source>
        <translation>Réponses a&amp;cceptées :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="279"/>
        <source>Feedback for True</source>
        <translation>Commentaire pour Vrai</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="283"/>
        <source>Feedback for False</source>
        <translation>Commentaire pour Faux</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="299"/>
        <source>Answer mode</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="300"/>
        <source>Exact value (± tolerance)</source>
        <translation>Valeur exacte (± tolérance)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="301"/>
        <source>Range</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="302"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="296"/>
        <source>Case-sensitive</source>
        <translation>Sensible à la casse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="304"/>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="305"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="310"/>
        <source>Pairs:</source>
        <translation>Paires :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="312"/>
        <source>Distractors</source>
        <translation>Distracteurs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="313"/>
        <source>extra wrong answers separated by ;</source>
        <translation>mauvaises réponses supplémentaires séparées par ;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="320"/>
        <source>&amp;Distractors:</source>
        <translation>&amp;Distracteurs :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="323"/>
        <source>Items in the right order:</source>
        <translation>Éléments dans le bon ordre :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="328"/>
        <source>Marking guidance</source>
        <translation>Consignes de correction</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/question_forms.py" line="329"/>
        <source>&amp;Guidance:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="111"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="83"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="86"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="105"/>
        <source>Quiz settings</source>
        <translation>Paramètres du quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="108"/>
        <source>Rename quiz</source>
        <translation>Renommer le quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="109"/>
        <source>Quiz title</source>
        <translation>Titre du quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="114"/>
        <source>Edit instructions</source>
        <translation>Modifier les instructions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="115"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructions :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="121"/>
        <source>Passing score</source>
        <translation>Note de réussite</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="122"/>
        <source>Change passing score</source>
        <translation>Changer la note de réussite</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="125"/>
        <source>Unlimited</source>
        <translation>Illimitées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="127"/>
        <source>Attempts allowed</source>
        <translation>Tentatives autorisées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="128"/>
        <source>Change attempts</source>
        <translation>Changer les tentatives</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="131"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="133"/>
        <source>Questions drawn for each attempt</source>
        <translation>Questions tirées à chaque tentative</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="134"/>
        <source>Change pool draw</source>
        <translation>Changer le tirage</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="155"/>
        <source>Quiz summary</source>
        <translation>Résumé du quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="164"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="171"/>
        <source>Question kind</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="174"/>
        <source>&amp;Add question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="136"/>
        <source>Pass at:</source>
        <translation>Réussite à :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="138"/>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="140"/>
        <source>Draw:</source>
        <translation>Tirer :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="147"/>
        <source>Shuffle &amp;questions</source>
        <translation>Mélanger les &amp;questions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="149"/>
        <source>Shuffle &amp;choices</source>
        <translation>Mélanger les &amp;choix</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="182"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="183"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="204"/>
        <source>Add {kind} question</source>
        <translation>Ajouter une question de type {kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="230"/>
        <source>(no prompt)</source>
        <translation>(pas d'énoncé)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="212"/>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="220"/>
        <source>Reorder questions</source>
        <translation>Réordonner les questions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="241"/>
        <source>of {m} questions</source>
        <translation>sur {m} questions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_builder.py" line="260"/>
        <source>Add a question to see its preview.</source>
        <translation>Ajoutez une question pour voir son aperçu.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="29"/>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="30"/>
        <source>Multiple response</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="31"/>
        <source>True / false</source>
        <translation>Vrai / faux</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="32"/>
        <source>Fill in the blank</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="33"/>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="34"/>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="35"/>
        <source>Ordering</source>
        <translation>Mise en ordre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="36"/>
        <source>Essay</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="114"/>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted (case-sensitive)</source>
        <translation>Acceptées (sensible à la casse)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="80"/>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="98"/>
        <source>Answers offered</source>
        <translation>Réponses proposées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="102"/>
        <source>Put in order (shown shuffled).</source>
        <translation>Mettre dans l'ordre (affichés mélangés).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="133"/>
        <source>unlimited attempts</source>
        <translation>tentatives illimitées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="136"/>
        <source>questions shuffled</source>
        <translation>questions mélangées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="138"/>
        <source>choices shuffled</source>
        <translation>choix mélangés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="75"/>
        <source>If False is chosen</source>
        <translation>Si Faux est choisi</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="115"/>
        <source>{n} points</source>
        <translation>{n} points</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="120"/>
        <source>When right</source>
        <translation>Si juste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="121"/>
        <source>When wrong</source>
        <translation>Si faux</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="132"/>
        <source>pass at {score}%</source>
        <translation>réussite à {score}%</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="74"/>
        <source>If True is chosen</source>
        <translation>Si Vrai est choisi</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="84"/>
        <source>from {low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="103"/>
        <source>Right order</source>
        <translation>Bon ordre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="118"/>
        <source>(no prompt yet)</source>
        <translation>(pas encore d'énoncé)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="131"/>
        <source>{n} drawn at random for each attempt</source>
        <translation>{n} tirées au hasard à chaque tentative</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="134"/>
        <source>{n} attempts</source>
        <translation>{n} tentatives</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="79"/>
        <source>(none yet)</source>
        <translation>(aucune pour l'instant)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="105"/>
        <source>the learner writes an answer</source>
        <translation>l'apprenant rédige une réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="116"/>
        <source>Question {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="93"/>
        <source>choose</source>
        <translation>choisir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/quiz_preview.py" line="59"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="60"/>
        <source>Recorder status</source>
        <translation>État de l'enregistreur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="66"/>
        <source>&amp;Finish and add it</source>
        <translation>&amp;Terminer et l'ajouter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="71"/>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="72"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="73"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="74"/>
        <source>&amp;Screen:</source>
        <translation>&amp;Écran :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="75"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="76"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="81"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="82"/>
        <source>Co&amp;untdown:</source>
        <translation>Compte à re&amp;bours :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="86"/>
        <source>Input level</source>
        <translation>Niveau d'entrée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="87"/>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="90"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="91"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="92"/>
        <source>Add &amp;marker</source>
        <translation>Ajouter un &amp;repère</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="93"/>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="101"/>
        <source>Recorded time</source>
        <translation>Durée enregistrée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="104"/>
        <source>Markers</source>
        <translation>Repères</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="249"/>
        <source>Encoding the recording… (see the jobs panel)</source>
        <translation>Encodage de l'enregistrement… (voir le panneau des tâches)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="254"/>
        <source>Encode recording</source>
        <translation>Encoder l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="271"/>
        <source>The recording was added to the lesson.</source>
        <translation>L'enregistrement a été ajouté à la leçon.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="165"/>
        <source>(off)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="237"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="250"/>
        <source>Recording {n}</source>
        <translation>Enregistrement {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="266"/>
        <source>Add recording</source>
        <translation>Ajouter l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="243"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="123"/>
        <source>A recording from {when} was interrupted before it was added ({n} part(s) on disk).</source>
        <translation>Un enregistrement du {when} a été interrompu avant d'être ajouté ({n} partie(s) sur le disque).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="172"/>
        <source>microphone</source>
        <translation>microphone</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="177"/>
        <source>No {what} found: you can still record the screen; connect one and reopen this panel to use it.</source>
        <translation>Aucun périphérique trouvé ({what}) : vous pouvez quand même enregistrer l'écran ; branchez-en un et rouvrez ce panneau pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="156"/>
        <source>Recording is not available here: {e}</source>
        <translation>L'enregistrement n'est pas disponible ici : {e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="178"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/recorder_panel.py" line="203"/>
        <source>Recording starts in {n}…</source>
        <translation>L'enregistrement commence dans {n}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="52"/>
        <source>Heading 4</source>
        <translation>Titre 4</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="110"/>
        <source>Page text</source>
        <translation>Texte de la page</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="174"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="175"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="180"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="181"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="182"/>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="183"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="118"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="164"/>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="185"/>
        <source>Table…</source>
        <translation>Tableau…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="392"/>
        <source>Web address (https://…); leave empty to remove the link:</source>
        <translation>Adresse web (https://…) ; laissez vide pour retirer le lien :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="424"/>
        <source>Rows (with the header row):</source>
        <translation>Lignes (avec la ligne d'en-tête) :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="428"/>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="449"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="133"/>
        <source>More formatting</source>
        <translation>Plus de mise en forme</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="139"/>
        <source>Cannot paste</source>
        <translation>Impossible de coller</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/rich_text.py" line="401"/>
        <source>Only http, https and mailto links are allowed.</source>
        <translation>Seuls les liens http, https et mailto sont autorisés.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="57"/>
        <source>Narration status</source>
        <translation>État du commentaire</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="61"/>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="74"/>
        <source>&amp;Record narration</source>
        <translation>&amp;Enregistrer le commentaire</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="76"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="79"/>
        <source>Use an audio &amp;file…</source>
        <translation>Utiliser un &amp;fichier audio…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="86"/>
        <source>&amp;Compose lecture video</source>
        <translation>&amp;Composer la vidéo du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="150"/>
        <source>Narration</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="175"/>
        <source>Recording the narration… read the script, then Stop.</source>
        <translation>Enregistrement du commentaire… lisez le texte, puis Arrêter.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="189"/>
        <source>Encode narration</source>
        <translation>Encoder le commentaire</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="206"/>
        <source>Composing the lecture video… (see the jobs panel)</source>
        <translation>Composition de la vidéo du cours… (voir le panneau des tâches)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="220"/>
        <source>Compose lecture video</source>
        <translation>Composer la vidéo du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="221"/>
        <source>The lecture video was added at the end of the lesson.</source>
        <translation>La vidéo du cours a été ajoutée à la fin de la leçon.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="112"/>
        <source>This lesson has no slides: import a PowerPoint deck first.</source>
        <translation>Cette leçon n'a pas de diapositives : importez d'abord une présentation PowerPoint.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="201"/>
        <source>This lesson has no slides to compose.</source>
        <translation>Cette leçon n'a pas de diapositives à composer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="209"/>
        <source>Compose “{t}”</source>
        <translation>Composer « {t} »</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="115"/>
        <source>{done} of {n} slides narrated (slides without narration show for 4 s).</source>
        <translation>{done} diapositives commentées sur {n} (celles sans commentaire s'affichent 4 s).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/slides_panel.py" line="106"/>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="96"/>
        <source>Spell check ({lang})</source>
        <translation>Orthographe ({lang})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="84"/>
        <source>Loading the {lang} dictionary</source>
        <translation>Chargement du dictionnaire {lang}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/spell_check.py" line="122"/>
        <source>Add “{w}” to the course dictionary</source>
        <translation>Ajouter « {w} » au dictionnaire du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="40"/>
        <source>Questions that pause the video</source>
        <translation>Questions qui mettent la vidéo en pause</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="48"/>
        <source>&amp;Add question at playhead</source>
        <translation>&amp;Ajouter une question à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="60"/>
        <source>Time of the question</source>
        <translation>Moment de la question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="62"/>
        <source>&amp;Time:</source>
        <translation>&amp;Moment :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="64"/>
        <source>Require the right answer</source>
        <translation>Exiger la bonne réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="67"/>
        <source>After a wrong answer, watch again from</source>
        <translation>Après une mauvaise réponse, revoir à partir de</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="68"/>
        <source>empty: no</source>
        <translation>vide : non</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="70"/>
        <source>After a wrong answer, &amp;watch again from:</source>
        <translation>Après une mauvaise réponse, re&amp;voir à partir de :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="63"/>
        <source>The video goes on only after the right answer</source>
        <translation>La vidéo ne reprend qu'après la bonne réponse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timed_questions.py" line="121"/>
        <source>Set where to watch again</source>
        <translation>Indiquer où revoir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="66"/>
        <source>Caption timeline</source>
        <translation>Chronologie des sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="67"/>
        <source>Waveform and captions. Drag a caption's edges or body to retime it; click to move the playhead; Ctrl+wheel zooms.</source>
        <translation>Forme d'onde et sous-titres. Faites glisser les bords ou le corps d'un sous-titre pour changer son minutage ; cliquez pour déplacer la tête de lecture ; Ctrl+molette pour zoomer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="370"/>
        <source>Zoom in the timeline</source>
        <translation>Zoomer sur la chronologie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="371"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="375"/>
        <source>Zoom out the timeline</source>
        <translation>Dézoomer la chronologie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/timeline.py" line="376"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="62"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="63"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="66"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="121"/>
        <source>Chapters</source>
        <translation>Chapitres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="128"/>
        <source>Add chapter at playhead</source>
        <translation>Ajouter un chapitre à la tête de lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="130"/>
        <source>Remove chapter</source>
        <translation>Retirer le chapitre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="132"/>
        <source>Chapters from pauses</source>
        <translation>Chapitres à partir des pauses</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="133"/>
        <source>A chapter after each long silence in the first caption track</source>
        <translation>Un chapitre après chaque long silence de la première piste de sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="213"/>
        <source>&amp;Captions</source>
        <translation>&amp;Sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="221"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="268"/>
        <source>Media:</source>
        <translation>Média :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="278"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="280"/>
        <source>Leave empty to build the transcript from the first caption track.</source>
        <translation>Laissez vide pour construire la transcription à partir de la première piste de sous-titres.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="282"/>
        <source>T&amp;ranscript:</source>
        <translation>T&amp;ranscription :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="283"/>
        <source>Write the transcript from the captions</source>
        <translation>Rédiger la transcription à partir des sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="284"/>
        <source>Paragraphs at the pauses of the first caption track; edit freely</source>
        <translation>Des paragraphes aux pauses de la première piste de sous-titres ; modifiez-la librement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="297"/>
        <source>Transcript from captions</source>
        <translation>Transcription à partir des sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="93"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="164"/>
        <source>Add chapter</source>
        <translation>Ajouter un chapitre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="180"/>
        <source>Rename chapter</source>
        <translation>Renommer le chapitre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="186"/>
        <source>Move chapter</source>
        <translation>Déplacer le chapitre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="218"/>
        <source>C&amp;hapters</source>
        <translation>C&amp;hapitres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="220"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="245"/>
        <source>Use this frame as &amp;poster</source>
        <translation>Utiliser cette image comme &amp;affiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="246"/>
        <source>Use this frame as poster</source>
        <translation>Utiliser cette image comme affiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="247"/>
        <source>The picture learners see before they press play</source>
        <translation>L'image que les apprenants voient avant d'appuyer sur lecture</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="261"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="271"/>
        <source>Choose poster…</source>
        <translation>Choisir une affiche…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="276"/>
        <source>Poster image:</source>
        <translation>Image d'affiche :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="314"/>
        <source>Change media</source>
        <translation>Changer de média</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="319"/>
        <source>Change poster</source>
        <translation>Changer d'affiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="416"/>
        <source>Poster from {t}</source>
        <translation>Affiche à {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_editor.py" line="163"/>
        <source>Chapter {n}</source>
        <translation>Chapitre {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/editors/video_view.py" line="35"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="51"/>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="178"/>
        <source>Export the course</source>
        <translation>Exporter le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="181"/>
        <source>LMS or format</source>
        <translation>LMS ou format</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="195"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="201"/>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="202"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="203"/>
        <source>Choose where to save the package</source>
        <translation>Choisir où enregistrer le paquet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="209"/>
        <source>Estimated package size</source>
        <translation>Taille estimée du paquet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="211"/>
        <source>Warnings before export</source>
        <translation>Avertissements avant l'export</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="216"/>
        <source>Export result</source>
        <translation>Résultat de l'export</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="223"/>
        <source>Validation verdict</source>
        <translation>Verdict de la validation</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="232"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="235"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="238"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="245"/>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="344"/>
        <source>Save the package as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="375"/>
        <source>Exporting… (see the Jobs panel)</source>
        <translation>Export en cours… (voir le panneau des tâches)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="389"/>
        <source>The package was not written.</source>
        <translation>Le paquet n'a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="398"/>
        <source>Exported; checking the package…</source>
        <translation>Exporté ; vérification du paquet…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>Valid {kind} package.</source>
        <translation>Paquet {kind} valide.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="435"/>
        <source>INVALID {kind} package.</source>
        <translation>Paquet {kind} NON VALIDE.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="50"/>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="66"/>
        <source>Over the {n} MB upload limit some LMSs use: choose a lower video quality or split the course.</source>
        <translation>Au-delà de la limite de téléversement de {n} Mo de certains LMS : choisissez une qualité vidéo plus basse ou divisez le cours.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="250"/>
        <source>Package file:</source>
        <translation>Fichier du paquet :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="253"/>
        <source>Check before exporting:</source>
        <translation>À vérifier avant d'exporter :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="336"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="408"/>
        <source>Validating the package</source>
        <translation>Validation du paquet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="428"/>
        <source>Exported (not checked).</source>
        <translation>Exporté (non vérifié).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="381"/>
        <source>Export {fmt}</source>
        <translation>Exporter {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="384"/>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="394"/>
        <source>Exported {path} ({size}).</source>
        <translation>Exporté {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="396"/>
        <source>Warning: {w}</source>
        <translation>Avertissement : {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="397"/>
        <source>Changed by the target: {d}</source>
        <translation>Modifié par la cible : {d}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="416"/>
        <source>Validate {name}</source>
        <translation>Valider {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="436"/>
        <source>Errors: {e}. Warnings: {w}.</source>
        <translation>Erreurs : {e}. Avertissements : {w}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="185"/>
        <source>{lms} — {fmt}</source>
        <translation>{lms} — {fmt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="323"/>
        <source>Estimated size: about {size}.</source>
        <translation>Taille estimée : environ {size}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="449"/>
        <source>No file manager could open the folder. The package is in {folder}</source>
        <translation>Aucun gestionnaire de fichiers n'a pu ouvrir le dossier. Le paquet se trouve dans {folder}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="358"/>
        <source>Check the options: {e}</source>
        <translation>Vérifiez les options : {e}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="295"/>
        <source>What this LMS changes:</source>
        <translation>Ce que ce LMS modifie :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="298"/>
        <source>cmi5 packages:</source>
        <translation>Paquets cmi5 :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/export_dialog.py" line="429"/>
        <source>Studio's validator does not check {fmt} packages; import it into a test course of your LMS first.</source>
        <translation>Le validateur de Studio ne vérifie pas les paquets {fmt} ; importez-le d'abord dans un cours de test de votre LMS.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="53"/>
        <source>Import into the course</source>
        <translation>Importer dans le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="56"/>
        <source>What to import</source>
        <translation>Quoi importer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="57"/>
        <source>PowerPoint slides (.pptx) as narrated slides</source>
        <translation>Diapositives PowerPoint (.pptx) en diapositives commentées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="58"/>
        <source>Questions or a package (format detected)</source>
        <translation>Questions ou paquet (format détecté)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="67"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="69"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="74"/>
        <source>Add the questions to the selected quiz</source>
        <translation>Ajouter les questions au quiz sélectionné</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="81"/>
        <source>Import report</source>
        <translation>Rapport d'importation</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="82"/>
        <source>What was imported, kept as is, or skipped shows here.</source>
        <translation>Ce qui a été importé, conservé tel quel ou ignoré s'affiche ici.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="83"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="93"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="123"/>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="129"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="134"/>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="101"/>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="126"/>
        <source>Questions and packages ({p})</source>
        <translation>Questions et paquets ({p})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="149"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="155"/>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="181"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="144"/>
        <source>Choose a file to import first (no file at {p}).</source>
        <translation>Choisissez d'abord un fichier à importer (aucun fichier à {p}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/import_dialog.py" line="174"/>
        <source>Imported {n} slides from {name} as a new module ({notes} with speaker notes; slide images: {how}).</source>
        <translation>{n} diapositives importées depuis {name} dans un nouveau module ({notes} avec notes de l'orateur ; images des diapositives : {how}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="34"/>
        <source>Learner views every lesson</source>
        <translation>L'apprenant consulte toutes les leçons</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="35"/>
        <source>Learner watches a share of every video</source>
        <translation>L'apprenant regarde une part de chaque vidéo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="36"/>
        <source>Learner passes the quizzes</source>
        <translation>L'apprenant réussit les quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="51"/>
        <source>Course properties</source>
        <translation>Propriétés du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="67"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="72"/>
        <source>Keywords, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="85"/>
        <source>Course title</source>
        <translation>Titre du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="86"/>
        <source>Course description</source>
        <translation>Description du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="87"/>
        <source>Course language (BCP 47 tag, e.g. en or pt-BR)</source>
        <translation>Langue du cours (étiquette BCP 47, p. ex. fr ou pt-BR)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="88"/>
        <source>Language warning</source>
        <translation>Avertissement sur la langue</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>&amp;Authors</source>
        <translation>&amp;Auteurs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="89"/>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Li&amp;cence</source>
        <translation>Li&amp;cence</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="90"/>
        <source>Licence (SPDX identifier)</source>
        <translation>Licence (identifiant SPDX)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Mots-clés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="91"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="92"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Com&amp;pletion</source>
        <translation>Achè&amp;vement</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="93"/>
        <source>Completion rule for tracked packages</source>
        <translation>Règle d'achèvement des paquets suivis</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Video &amp;share</source>
        <translation>Part de la &amp;vidéo</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="94"/>
        <source>Share of each video to watch</source>
        <translation>Part de chaque vidéo à regarder</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Pa&amp;ssing score</source>
        <translation>Note de ré&amp;ussite</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="95"/>
        <source>Passing score of the course</source>
        <translation>Note de réussite du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/inspector.py" line="178"/>
        <source>'{tag}' is not a language tag such as en, fr or pt-BR.</source>
        <translation>« {tag} » n'est pas une étiquette de langue comme en, fr ou pt-BR.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="77"/>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="83"/>
        <source>{h} h {m} min left</source>
        <translation>encore {h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="79"/>
        <source>{n} s left</source>
        <translation>encore {n} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs.py" line="82"/>
        <source>{m} min {s} s left</source>
        <translation>encore {m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="27"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="28"/>
        <source>Show the Jobs panel (Ctrl+4)</source>
        <translation>Afficher le panneau des tâches (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="36"/>
        <source>Progress of the running jobs</source>
        <translation>Progression des tâches en cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="63"/>
        <source>{n} job(s) running</source>
        <translation>{n} tâche(s) en cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_indicator.py" line="65"/>
        <source>{n} failed</source>
        <translation>{n} en échec</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="58"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="88"/>
        <source>No jobs running. Exports, imports and captioning show here.</source>
        <translation>Aucune tâche en cours. Les exports, importations et sous-titrages s'affichent ici.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="90"/>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="91"/>
        <source>Clear finished jobs</source>
        <translation>Effacer les tâches terminées</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="27"/>
        <source>Job: {title}</source>
        <translation>Tâche : {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="37"/>
        <source>Progress of {title}</source>
        <translation>Progression de {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="40"/>
        <source>Cancel {title}</source>
        <translation>Annuler {title}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="69"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="70"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/jobs_panel.py" line="71"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="47"/>
        <source>Video (*.mp4 *.webm *.mov *.mkv *.m4v)</source>
        <translation>Vidéo (*.mp4 *.webm *.mov *.mkv *.m4v)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="48"/>
        <source>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</source>
        <translation>Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="49"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="50"/>
        <source>Any file (*)</source>
        <translation>Tout fichier (*)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="63"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="81"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="98"/>
        <source>Course statistics</source>
        <translation>Statistiques du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="123"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="429"/>
        <source>Choose a file to add</source>
        <translation>Choisir un fichier à ajouter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="504"/>
        <source>Preparing the preview</source>
        <translation>Préparation de l'aperçu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="218"/>
        <source>Modules: {m} · Lessons: {l}</source>
        <translation>Modules : {m} · Leçons : {l}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="290"/>
        <source>Recovered unsaved work; save to keep it.</source>
        <translation>Travail non enregistré récupéré ; enregistrez pour le conserver.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="348"/>
        <source>Recovery copy saved</source>
        <translation>Copie de récupération enregistrée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="469"/>
        <source>Cannot add the file</source>
        <translation>Impossible d'ajouter le fichier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="502"/>
        <source>Cannot preview the course</source>
        <translation>Impossible d'afficher l'aperçu du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="202"/>
        <source>{title} ({name})[*] — Studio</source>
        <translation>{title} ({name})[*] — Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="272"/>
        <source>Cannot open the course</source>
        <translation>Impossible d'ouvrir le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="278"/>
        <source>Opened {path}</source>
        <translation>Ouvert : {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="301"/>
        <source>Cannot create the course</source>
        <translation>Impossible de créer le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="305"/>
        <source>Created {path}</source>
        <translation>Créé : {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="324"/>
        <source>Cannot save the course</source>
        <translation>Impossible d'enregistrer le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="327"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="336"/>
        <source>Cannot save a copy</source>
        <translation>Impossible d'enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="340"/>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="220"/>
        <source>Errors: {e} · Warnings: {w}</source>
        <translation>Erreurs : {e} · Avertissements : {w}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="288"/>
        <source>Cannot recover the unsaved work</source>
        <translation>Impossible de récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="444"/>
        <source>Copying {name}</source>
        <translation>Copie de {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="466"/>
        <source>Added {name}</source>
        <translation>Ajouté : {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>No browser could be opened</source>
        <translation>Aucun navigateur n'a pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="499"/>
        <source>Preview at {url}</source>
        <translation>Aperçu sur {url}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="461"/>
        <source>Add {kind}</source>
        <translation>Ajouter {kind}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="496"/>
        <source>The preview is ready at {url}: open that address in a web browser.</source>
        <translation>L'aperçu est prêt sur {url} : ouvrez cette adresse dans un navigateur web.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="33"/>
        <source>Packages and questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</source>
        <translation>Paquets et questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="52"/>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="56"/>
        <source>e.g. Water in our world</source>
        <translation>p. ex. L'eau dans notre monde</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="61"/>
        <source>Course language</source>
        <translation>Langue du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="73"/>
        <source>File to start from</source>
        <translation>Fichier de départ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="74"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="75"/>
        <source>Choose the file to start from</source>
        <translation>Choisir le fichier de départ</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="82"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="114"/>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="142"/>
        <source>Give the course a title.</source>
        <translation>Donnez un titre au cours.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="66"/>
        <source>An &amp;empty course</source>
        <translation>Un cours &amp;vide</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="67"/>
        <source>From a &amp;PowerPoint deck (narrated slides)</source>
        <translation>À partir d'une présentation &amp;PowerPoint (diapositives commentées)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="68"/>
        <source>From a p&amp;ackage or a quiz file (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</source>
        <translation>À partir d'un p&amp;aquet ou d'un fichier de questions (SCORM, Common Cartridge, EPUB, GIFT, Aiken, CSV, QTI)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="88"/>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="137"/>
        <source>Choose the file to start from.</source>
        <translation>Choisissez le fichier de départ.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/new_course_dialog.py" line="139"/>
        <source>{path} is not a file: choose the deck, package or quiz file.</source>
        <translation>{path} n'est pas un fichier : choisissez la présentation, le paquet ou le fichier de questions.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="38"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="40"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="42"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="43"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="45"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="78"/>
        <source>Course outline</source>
        <translation>Plan du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="80"/>
        <source>Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.</source>
        <translation>Modules, leçons et blocs. F2 renomme, Suppr supprime, Alt+Haut/Bas déplace.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline.py" line="189"/>
        <source>Untitled course</source>
        <translation>Cours sans titre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="39"/>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="40"/>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="41"/>
        <source>&amp;Web link</source>
        <translation>&amp;Lien web</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="42"/>
        <source>&amp;Discussion prompt</source>
        <translation>&amp;Sujet de discussion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="43"/>
        <source>&amp;Video…</source>
        <translation>&amp;Vidéo…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="44"/>
        <source>&amp;Audio…</source>
        <translation>&amp;Audio…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="45"/>
        <source>&amp;Image…</source>
        <translation>&amp;Image…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="46"/>
        <source>A&amp;ttachment…</source>
        <translation>Pièce &amp;jointe…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="71"/>
        <source>Add &amp;module</source>
        <translation>Ajouter un &amp;module</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="72"/>
        <source>Add &amp;lesson</source>
        <translation>Ajouter une &amp;leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="73"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="75"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="76"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="178"/>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="114"/>
        <source>Add &amp;block</source>
        <translation>Ajouter un &amp;bloc</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="123"/>
        <source>Move &amp;to module</source>
        <translation>Déplacer vers le mo&amp;dule</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="163"/>
        <source>Module 1</source>
        <translation>Module 1</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="194"/>
        <source>Add lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="207"/>
        <source>Add block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="242"/>
        <source>block</source>
        <translation>bloc</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="187"/>
        <source>Module {n}</source>
        <translation>Module {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="236"/>
        <source>module '{t}'</source>
        <translation>le module « {t} »</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="245"/>
        <source>Deleted {what}. Undo brings it back.</source>
        <translation>Supprimé : {what}. Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="198"/>
        <source>Lesson {n}</source>
        <translation>Leçon {n}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/outline_actions.py" line="239"/>
        <source>lesson '{t}'</source>
        <translation>la leçon « {t} »</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="31"/>
        <source>Selected item</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/__init__.py" line="57"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="48"/>
        <source>Quiz and question</source>
        <translation>Quiz et question</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="137"/>
        <source>Module title</source>
        <translation>Titre du module</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="138"/>
        <source>Module description</source>
        <translation>Description du module</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="143"/>
        <source>Lesson description</source>
        <translation>Description de la leçon</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="144"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Learning objectives, one per line</source>
        <translation>Objectifs d'apprentissage, un par ligne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="145"/>
        <source>Change objectives</source>
        <translation>Changer les objectifs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="148"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="149"/>
        <source>not said</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="151"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="153"/>
        <source>Expected duration in minutes</source>
        <translation>Durée prévue en minutes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>C&amp;redits:</source>
        <translation>C&amp;rédits :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="164"/>
        <source>Credits of the media file</source>
        <translation>Crédits du fichier multimédia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="165"/>
        <source>Change credits</source>
        <translation>Changer les crédits</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="172"/>
        <source>the course's licence</source>
        <translation>la licence du cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="173"/>
        <source>Licence of the media file</source>
        <translation>Licence du fichier multimédia</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="179"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="223"/>
        <source>&amp;Pass at:</source>
        <translation>&amp;Réussite à :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="230"/>
        <source>A&amp;ttempts:</source>
        <translation>&amp;Tentatives :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="152"/>
        <source>Change duration</source>
        <translation>Changer la durée</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="162"/>
        <source>No media file yet: choose one in the editor.</source>
        <translation>Pas encore de fichier multimédia : choisissez-en un dans l'éditeur.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="44"/>
        <source>Module: {t}</source>
        <translation>Module : {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="46"/>
        <source>Lesson: {t}</source>
        <translation>Leçon : {t}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="175"/>
        <source>Change licence</source>
        <translation>Changer la licence</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster:</source>
        <translation>Affiche :</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="191"/>
        <source>Poster image</source>
        <translation>Image d'affiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="192"/>
        <source>Set the poster in the editor: “Use this frame as poster” or Details &gt; Choose poster.</source>
        <translation>Choisissez l'affiche dans l'éditeur : « Utiliser cette image comme affiche » ou Détails &gt; Choisir une affiche.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="197"/>
        <source>Change alt text</source>
        <translation>Changer le texte alternatif</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="199"/>
        <source>Change caption</source>
        <translation>Changer la légende</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="205"/>
        <source>Change link</source>
        <translation>Changer le lien</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="210"/>
        <source>Edit the page's text in the editor; its images keep their alt text there (Image… on an image).</source>
        <translation>Modifiez le texte de la page dans l'éditeur ; ses images y gardent leur texte alternatif (Image… sur une image).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/properties/forms.py" line="213"/>
        <source>Learners answer the prompt in the LMS's forum.</source>
        <translation>Les apprenants répondent au sujet dans le forum du LMS.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="41"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="33"/>
        <source>Caption editor</source>
        <translation>Éditeur de sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="45"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../studio/ui/shortcuts_dialog.py" line="31"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="21"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="24"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="55"/>
        <source>Undo {what}</source>
        <translation>Annuler {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/undo.py" line="56"/>
        <source>Redo {what}</source>
        <translation>Rétablir {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>&amp;New course…</source>
        <translation>&amp;Nouveau cours…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="35"/>
        <source>Create a new course</source>
        <translation>Créer un nouveau cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>&amp;Open course…</source>
        <translation>&amp;Ouvrir un cours…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="36"/>
        <source>Open a course (a .studio folder)</source>
        <translation>Ouvrir un cours (un dossier .studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="38"/>
        <source>Save the course</source>
        <translation>Enregistrer le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="39"/>
        <source>Save a copy of the course under another name</source>
        <translation>Enregistrer une copie du cours sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="41"/>
        <source>&amp;Close course</source>
        <translation>&amp;Fermer le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="42"/>
        <source>Import PowerPoint, quizzes or packages</source>
        <translation>Importer un PowerPoint, des questions ou des paquets</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="44"/>
        <source>Export SCORM, Common Cartridge or EPUB</source>
        <translation>Exporter en SCORM, Common Cartridge ou EPUB</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>&amp;Preview in browser</source>
        <translation>&amp;Aperçu dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="46"/>
        <source>Open the course as a learner sees it</source>
        <translation>Ouvrir le cours tel que les apprenants le voient</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="49"/>
        <source>Go to &amp;outline</source>
        <translation>Aller au &amp;plan</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="50"/>
        <source>Go to &amp;editor</source>
        <translation>Aller à l'é&amp;diteur</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="51"/>
        <source>Go to &amp;properties</source>
        <translation>Aller aux p&amp;ropriétés</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="52"/>
        <source>Go to &amp;jobs</source>
        <translation>Aller aux &amp;tâches</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="53"/>
        <source>Go to the publish &amp;checklist</source>
        <translation>Aller à la liste de &amp;vérification</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="55"/>
        <source>&amp;How to start</source>
        <translation>&amp;Pour commencer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="56"/>
        <source>&amp;About Studio</source>
        <translation>À &amp;propos de Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="57"/>
        <source>Every keyboard shortcut, the caption editor's too</source>
        <translation>Tous les raccourcis clavier, y compris ceux de l'éditeur de sous-titres</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="71"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un cours &amp;récent</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="92"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="109"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="116"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="118"/>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="166"/>
        <source>The new language applies the next time Studio starts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de Studio.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="195"/>
        <source>Where to keep the course</source>
        <translation>Où ranger le cours</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="197"/>
        <source>Studio course (*.studio)</source>
        <translation>Cours Studio (*.studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="205"/>
        <source>Open a course (choose its .studio folder)</source>
        <translation>Ouvrir un cours (choisissez son dossier .studio)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="212"/>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="251"/>
        <source>About Studio</source>
        <translation>À propos de Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="178"/>
        <source>No recent courses</source>
        <translation>Aucun cours récent</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="252"/>
        <source>Studio {version}
Record, caption, build quizzes and export SCORM, Common Cartridge and EPUB. Everything stays on this computer.</source>
        <translation>Studio {version}
Enregistrez, sous-titrez, créez des quiz et exportez en SCORM, Common Cartridge et EPUB. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/window_actions.py" line="105"/>
        <source>Show {name}</source>
        <translation>Afficher {name}</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2</source>
        <translation>SCORM 1.2</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Let Studio re-open the package later (the course is embedded, not the media twice)</source>
        <translation>Permettre à Studio de rouvrir le paquet plus tard (le cours y est inclus, sans doubler les médias)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Keep the camera, author and location data stored in photos</source>
        <translation>Conserver les données d'appareil photo, d'auteur et de lieu enregistrées dans les photos</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>Track each lesson on its own in the LMS (one SCO per lesson)</source>
        <translation>Suivre chaque leçon séparément dans le LMS (un SCO par leçon)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Ed.</source>
        <translation>SCORM 2004 4e éd.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Common Cartridge 1.1</source>
        <translation>Common Cartridge 1.1</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Numeric questions:</source>
        <translation>Questions numériques :</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as fill-in-the-blank with every accepted value</source>
        <translation>en texte à trous avec toutes les valeurs acceptées</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>leave them out</source>
        <translation>les laisser de côté</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Matching questions:</source>
        <translation>Questions d'appariement :</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question per prompt</source>
        <translation>en une question à choix multiple par énoncé</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Ordering questions:</source>
        <translation>Questions de mise en ordre :</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>as one multiple-choice question “Which order is right?”</source>
        <translation>en une question à choix multiple « Quel est le bon ordre ? »</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>Also write every quiz in Canvas' own format (read by Canvas only)</source>
        <translation>Écrire aussi chaque quiz dans le format propre à Canvas (lu par Canvas seulement)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>The package is for:</source>
        <translation>Le paquet est destiné à :</translation>
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
        <translation>Un autre LMS</translation>
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
        <translation>QTI 1.2 (quiz)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 2.1 (quizzes)</source>
        <translation>QTI 2.1 (quiz)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3</source>
        <translation>EPUB 3</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Video quality:</source>
        <translation>Qualité vidéo :</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>as recorded (converted only if e-readers cannot play it)</source>
        <translation>telle qu'enregistrée (convertie seulement si les liseuses ne peuvent pas la lire)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>small 360p copies for slow or metered connections</source>
        <translation>petites copies en 360p pour les connexions lentes ou limitées</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Leave the videos out: posters, transcripts and captions as text (the smallest book)</source>
        <translation>Laisser les vidéos de côté : affiches, transcriptions et sous-titres en texte (le plus petit livre)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>Cover image (empty: drawn from the course title):</source>
        <translation>Image de couverture (vide : dessinée à partir du titre du cours) :</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle backup</source>
        <translation>Sauvegarde Moodle</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions</source>
        <translation>Questions Moodle XML</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 (xAPI)</source>
        <translation>cmi5 (xAPI)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and newer: restore it (Restore on the course or category page) to get one section per module, a Page per lesson with its video, captions and images, File, URL and Forum activities, and each quiz with its marks, pass mark, review options, deferred feedback and native question types. Where only Common Cartridge import is allowed, use the moodle-cc preset.</source>
        <translation>Sauvegarde de cours Moodle (.mbz) pour Moodle 4.1 et suivants : restaurez-la (Restauration sur la page du cours ou de la catégorie) pour obtenir une section par module, une Page par leçon avec sa vidéo, ses sous-titres et ses images, des activités Fichier, URL et Forum, et chaque test avec ses points, sa note de réussite, ses options de relecture, son feedback différé et ses types de questions natifs. Là où seul l'import Common Cartridge est permis, utilisez le préréglage moodle-cc.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>ordering questions become 'drag and drop into text' questions (Moodle 4.1 has no ordering question type); the report of the export says which</source>
        <translation>les questions de mise en ordre deviennent des questions « glisser-déposer sur texte » (Moodle 4.1 n'a pas de type mise en ordre) ; le rapport d'export indique lesquelles</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quizzes have no time limit (Studio sets none): set one in the quiz settings</source>
        <translation>les tests n'ont pas de limite de temps (Studio n'en fixe pas) : réglez-en une dans les paramètres du test</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>not in Moodle itself: install the cmi5 Launch Link plugin (mod_cmi5launch), connect it to an LRS, then upload the cmi5 export</source>
        <translation>pas dans Moodle de base : installez le plugin cmi5 Launch Link (mod_cmi5launch), reliez-le à un LRS, puis déposez l'export cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Moodle 4.x imports CC 1.0/1.1 only): an 'About this course' section, then one section per module; each lesson page becomes a Page, attachments Files, links URL activities, discussion topics forums, quizzes Quiz activities. For graded quizzes export the Moodle backup instead (--format moodle, .mbz): it keeps marks, pass mark, review options and every question type.</source>
        <translation>Common Cartridge 1.1 (Moodle 4.x n'importe que CC 1.0/1.1) : une section « À propos de ce cours », puis une section par module ; chaque page de leçon devient une Page, les pièces jointes des Fichiers, les liens des activités URL, les sujets de discussion des forums, les quiz des activités Test. Pour des tests notés, exportez plutôt la sauvegarde Moodle (--format moodle, .mbz) : elle garde les points, la note de réussite, les options de relecture et tous les types de questions.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz marks: Moodle's CC converter sets every question to 1 mark and the quiz total to a fixed value, so grades are wrong; use the Moodle backup (--format moodle) or SCORM 1.2 for graded quizzes</source>
        <translation>points des tests : le convertisseur CC de Moodle met chaque question à 1 point et le total du test à une valeur fixe, les notes sont donc fausses ; utilisez la sauvegarde Moodle (--format moodle) ou SCORM 1.2 pour les tests notés</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark becomes 0, choice shuffling and 'draw N at random' are lost: set them in the quiz settings</source>
        <translation>la note de réussite passe à 0, le mélange des choix et le tirage de N questions au hasard sont perdus : réglez-les dans les paramètres du test</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>review options are off (learners do not see their marks or feedback) and the quiz runs in adaptive mode without penalty: change both in the quiz settings</source>
        <translation>les options de relecture sont désactivées (les apprenants ne voient ni leurs points ni les commentaires) et le test fonctionne en mode adaptatif sans pénalité : changez les deux dans les paramètres du test</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>partial credit: 'choose all that apply' questions give full marks when every box is ticked (wrong choices weigh 0) and per-choice weights are lost</source>
        <translation>crédit partiel : les questions « choisissez toutes les réponses qui conviennent » donnent tous les points quand toutes les cases sont cochées (les mauvais choix pèsent 0) et les poids par choix sont perdus</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric questions arrive as short-answer questions listing every accepted answer (or as essays when a range is too wide to list)</source>
        <translation>les questions numériques arrivent en questions à réponse courte listant toutes les réponses acceptées (ou en rédactions quand un intervalle est trop large pour être listé)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>matching questions arrive as one multiple-choice question per prompt, ordering questions as one multiple-choice 'which order is right?'</source>
        <translation>les questions d'appariement arrivent en une question à choix multiple par énoncé, les questions de mise en ordre en une question à choix multiple « quel est le bon ordre ? »</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 with Canvas' own QTI beside the CC quiz (non_cc_assessments/), as Canvas exports it: pages and files, web links, discussions and graded quizzes. For numeric, matching and ordering questions in their own Canvas types, also import the 'qti12' export (QTI .zip file).</source>
        <translation>Common Cartridge 1.1 avec le QTI propre à Canvas à côté du quiz CC (non_cc_assessments/), comme Canvas l'exporte : pages et fichiers, liens web, discussions et quiz notés. Pour garder les questions numériques, d'appariement et de mise en ordre dans leurs types Canvas, importez aussi l'export 'qti12' (fichier .zip QTI).</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Canvas' Common Cartridge importer reads the CC quiz file, so numeric, matching and ordering questions arrive converted as for Moodle; Canvas reads the extension file only in cartridges Canvas itself exported</source>
        <translation>l'importateur Common Cartridge de Canvas lit le fichier de quiz CC : les questions numériques, d'appariement et de mise en ordre arrivent converties comme pour Moodle ; Canvas ne lit le fichier d'extension que dans les paquets exportés par Canvas lui-même</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>in the 'qti12' export ordering questions become matching questions (items to positions): classic quizzes have no ordering type</source>
        <translation>dans l'export 'qti12', les questions de mise en ordre deviennent des questions d'appariement (éléments et positions) : les quiz classiques n'ont pas de type mise en ordre</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported (Canvas has none)</source>
        <translation>la note de réussite n'est pas importée (Canvas n'en a pas)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Canvas has no cmi5 launcher of its own (it needs an external cmi5/xAPI tool); use this preset or SCORM</source>
        <translation>non : Canvas n'a pas de lanceur cmi5 propre (il faut un outil cmi5/xAPI externe) ; utilisez ce préréglage ou SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1 (Blackboard Learn imports CC 1.0-1.2): content items, web links, discussion forums, tests with CC-profile questions.</source>
        <translation>Common Cartridge 1.1 (Blackboard Learn importe CC 1.0-1.2) : éléments de contenu, liens web, forums de discussion, tests avec des questions du profil CC.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>question kinds outside the CC QTI profile would be dropped by Blackboard, so they are converted first (as for Moodle)</source>
        <translation>Blackboard abandonnerait les types de questions hors du profil QTI de CC, ils sont donc convertis avant (comme pour Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark and attempts may need setting again in the test options</source>
        <translation>la note de réussite et les tentatives peuvent devoir être réglées à nouveau dans les options du test</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Blackboard Learn itself; use this preset or SCORM</source>
        <translation>pas d'import cmi5 dans Blackboard Learn lui-même ; utilisez ce préréglage ou SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 (Brightspace imports CC 1.x through Import/Export/Copy Components): content topics, links, discussions and quizzes.</source>
        <translation>Common Cartridge 1.3 (Brightspace importe CC 1.x via Importer/Exporter/Copier des composants) : rubriques de contenu, liens, discussions et quiz.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted (as for Moodle)</source>
        <translation>les questions numériques, d'appariement et de mise en ordre sont converties (comme pour Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>the pass mark is not imported</source>
        <translation>la note de réussite n'est pas importée</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no cmi5 import in Brightspace itself; use this preset or SCORM</source>
        <translation>pas d'import cmi5 dans Brightspace lui-même ; utilisez ce préréglage ou SCORM</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.3 for Open edX's cc2olx converter (Open edX has no CC import of its own): sections, subsections, units with HTML, links, discussions and problems.</source>
        <translation>Common Cartridge 1.3 pour le convertisseur cc2olx d'Open edX (Open edX n'importe pas CC lui-même) : sections, sous-sections et unités avec HTML, liens, discussions et problèmes.</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>cc2olx converts multiple-choice, multiple-response, true/false, fill-in-the-blank and essay questions; pattern-match questions are skipped</source>
        <translation>cc2olx convertit les questions à choix multiple, à réponses multiples, vrai/faux, à trous et de rédaction ; les questions à correspondance de motif sont ignorées</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted before cc2olx sees them (as for Moodle)</source>
        <translation>les questions numériques, d'appariement et de mise en ordre sont converties avant que cc2olx ne les voie (comme pour Moodle)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>quiz settings (attempts, pass mark) and images in pages need checking in Studio after the import</source>
        <translation>après l'import, vérifiez dans Studio les paramètres des quiz (tentatives, note de réussite) et les images des pages</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>no: Open edX does not launch cmi5 packages</source>
        <translation>non : Open edX ne lance pas les paquets cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>Common Cartridge 1.1, CC QTI profile only: the widest reach (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</source>
        <translation>Common Cartridge 1.1, profil QTI de CC uniquement : la plus large portée (Moodle, Canvas, Blackboard, Brightspace, Sakai, cc2olx).</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>numeric, matching and ordering questions are converted into profile questions (see the export report)</source>
        <translation>les questions numériques, d'appariement et de mise en ordre sont converties en questions du profil (voir le rapport d'export)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/presets.py"/>
        <source>see --format cmi5 for the LMSs that take cmi5 packages</source>
        <translation>voir --format cmi5 pour les LMS qui acceptent les paquets cmi5</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 1.2 package (Moodle, Chamilo, Canvas SCORM app, Blackboard, Brightspace, Open edX SCORM XBlock)</source>
        <translation>Paquet SCORM 1.2 (Moodle, Chamilo, application SCORM de Canvas, Blackboard, Brightspace, XBlock SCORM d'Open edX)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/scorm/package.py"/>
        <source>SCORM 2004 4th Edition package (SCORM Cloud, Canvas SCORM app, Moodle (partial), Blackboard, Brightspace)</source>
        <translation>Paquet SCORM 2004 4e édition (SCORM Cloud, application SCORM de Canvas, Moodle (en partie), Blackboard, Brightspace)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.1 with QTI quizzes (widest reach: Moodle, Canvas, Blackboard, Sakai)</source>
        <translation>IMS Common Cartridge 1.1 avec quiz QTI (la plus large portée : Moodle, Canvas, Blackboard, Sakai)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.2 with QTI quizzes</source>
        <translation>IMS Common Cartridge 1.2 avec quiz QTI</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cc/cartridge.py"/>
        <source>IMS Common Cartridge 1.3 with QTI quizzes</source>
        <translation>IMS Common Cartridge 1.3 avec quiz QTI</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>QTI 1.2 zip of the course's quizzes (Canvas 'QTI .zip' import, other QTI 1.2 readers); every question kind kept</source>
        <translation>Zip QTI 1.2 des quiz du cours (import « QTI .zip » de Canvas, autres lecteurs QTI 1.2) ; tous les types de questions sont conservés</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/qti/package.py"/>
        <source>IMS QTI 2.1 content package of the course's quizzes (question banks and pools, e.g. Blackboard Learn's QTI 2.1 pool import)</source>
        <translation>Paquet de contenu IMS QTI 2.1 des quiz du cours (banques de questions, p. ex. l'import de banques QTI 2.1 de Blackboard Learn)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/epub/book.py"/>
        <source>EPUB 3 book: the offline learner edition for phones and e-readers, with video, captions, transcripts and quizzes that work without scripting</source>
        <translation>Livre EPUB 3 : l'édition hors ligne pour les apprenants sur téléphone et liseuse, avec vidéo, sous-titres, transcriptions et quiz qui fonctionnent sans script</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/backup.py"/>
        <source>Moodle course backup (.mbz) for Moodle 4.1 and later: sections, pages, files, links, forums and quizzes with native questions, marks and grade to pass</source>
        <translation>Sauvegarde de cours Moodle (.mbz) pour Moodle 4.1 et suivants : sections, pages, fichiers, liens, forums et tests avec questions natives, points et note de réussite</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/moodle/moodle_xml.py"/>
        <source>Moodle XML questions (every quiz as a category, native question types, images embedded)</source>
        <translation>Questions Moodle XML (chaque quiz en catégorie, types de questions natifs, images incluses)</translation>
    </message>
    <message>
        <location filename="../../studio/exporters/cmi5/package.py"/>
        <source>cmi5 course package: xAPI statements to the LMS's Learning Record Store (every answer, pages and video chapters watched). Taken by: SCORM Cloud and the LMSs built on Rustici Engine; Moodle with the cmi5 Launch Link plugin (mod_cmi5launch) and an LRS; other LMSs that list cmi5 among their standards (ask your administrator)</source>
        <translation>Paquet de cours cmi5 : des déclarations xAPI vers l'entrepôt d'enregistrements d'apprentissage (LRS) du LMS (chaque réponse, les pages et les chapitres vidéo vus). Accepté par : SCORM Cloud et les LMS fondés sur Rustici Engine ; Moodle avec le plugin cmi5 Launch Link (mod_cmi5launch) et un LRS ; d'autres LMS qui listent cmi5 parmi leurs standards (demandez à votre administrateur)</translation>
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
        <translation>Texte de questions Studio</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>CSV questions</source>
        <translation>Questions en CSV</translation>
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
        <translation>Paquet Studio</translation>
    </message>
    <message>
        <location filename="../../studio/importers/registry.py"/>
        <source>SCORM package</source>
        <translation>Paquet SCORM</translation>
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
        <translation>GIFT avec médias (zip)</translation>
    </message>
</context>
</TS>
