<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../ui/pages/agreements.py" line="82"/>
        <source>Mentor(s)</source>
        <translation>Mentor(s)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="84"/>
        <source>Mentee(s) or group</source>
        <translation>Mentoré(s) ou groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="91"/>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="94"/>
        <source>Meets every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="96"/>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="101"/>
        <source>The agreed meeting frequency, in days</source>
        <translation>La fréquence des rencontres convenue, en jours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="104"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="110"/>
        <source>Met</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="116"/>
        <source>Dropped</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="121"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="125"/>
        <location filename="../../ui/pages/agreements.py" line="269"/>
        <source>Write agreement…</source>
        <translation>Rédiger l&apos;entente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="127"/>
        <source>Support, meetings, goals and how either side may end it</source>
        <translation>Soutien, rencontres, objectifs et façon d&apos;y mettre fin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="130"/>
        <source>Mid-year review…</source>
        <translation>Bilan de mi-parcours…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="132"/>
        <source>Mark each goal met, in progress or dropped at mid-year</source>
        <translation>Marquer chaque objectif atteint, en cours ou abandonné à mi-parcours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="135"/>
        <source>End-of-year review…</source>
        <translation>Bilan de fin d&apos;année…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="137"/>
        <source>Mark each goal met, in progress or dropped at year end</source>
        <translation>Marquer chaque objectif atteint, en cours ou abandonné en fin d&apos;année</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="141"/>
        <source>Print agreement…</source>
        <translation>Imprimer l&apos;entente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="144"/>
        <source>A PDF with signature lines, in the language the pair reads (both versions when they read different languages); the arrow chooses another</source>
        <translation>Un PDF avec lignes de signature, dans la langue du jumelage (les deux versions si leurs langues diffèrent); la flèche permet d&apos;en choisir une autre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="152"/>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="153"/>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="154"/>
        <source>In English and French</source>
        <translation>En anglais et en français</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="158"/>
        <source>Print all…</source>
        <translation>Tout imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="159"/>
        <source>One PDF per agreement, in a folder</source>
        <translation>Un PDF par entente, dans un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="161"/>
        <source>Delete agreement…</source>
        <translation>Supprimer l&apos;entente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="163"/>
        <source>Delete the selected agreement and its goals; the pair or group stays</source>
        <translation>Supprime l&apos;entente choisie et ses objectifs; le jumelage ou le groupe reste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="170"/>
        <source>Search names  (Ctrl+F)</source>
        <translation>Rechercher des noms  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="174"/>
        <location filename="../../ui/pages/agreements.py" line="423"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="214"/>
        <source>Each pair or group agrees on its types of support, how often to meet and its goals, reviewed mid-year and at the end of the year.</source>
        <translation>Chaque jumelage ou groupe convient de ses types de soutien, de la fréquence de ses rencontres et de ses objectifs, évalués à mi-parcours et en fin d&apos;année.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="219"/>
        <source>Agreements belong to the faculty career mentoring model; any program may use them.</source>
        <translation>Les ententes font partie du modèle de mentorat de carrière du corps professoral; tout programme peut les utiliser.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="232"/>
        <source>Agreements are written for confirmed pairs and groups.
Confirm matches on the Matching page first; they then show here.
Agreements belong to the faculty career mentoring model, and any program may use them.</source>
        <translation>Les ententes se rédigent pour les jumelages et les groupes confirmés.
Confirmez d&apos;abord des jumelages à la page Jumelage; ils s&apos;afficheront ici.
Les ententes font partie du modèle de mentorat de carrière du corps professoral, et tout programme peut les utiliser.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/agreements.py" line="243"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln entente</numerusform>
            <numerusform>%Ln ententes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/agreements.py" line="245"/>
        <source>%Ln without one</source>
        <translation>
            <numerusform>%Ln sans entente</numerusform>
            <numerusform>%Ln sans entente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="247"/>
        <source>goals: {met} met, {progress} in progress, {dropped} dropped</source>
        <translation>objectifs&#xa0;: {met} atteints, {progress} en cours, {dropped} abandonnés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="269"/>
        <source>Edit agreement…</source>
        <translation>Modifier l&apos;entente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="314"/>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="317"/>
        <source>This agreement has no goals yet; add them in the editor.</source>
        <translation>Cette entente n&apos;a pas encore d&apos;objectifs; ajoutez-les dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="342"/>
        <source>Delete agreement</source>
        <translation>Supprimer l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="344"/>
        <source>Delete the agreement of {names} with its goals and reviews? The pair or group itself stays.</source>
        <translation>Supprimer l&apos;entente de {names}, avec ses objectifs et ses bilans? Le jumelage ou le groupe lui-même reste.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="378"/>
        <source>Print agreement</source>
        <translation>Imprimer l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="380"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="394"/>
        <source>Writing the agreement…</source>
        <translation>Écriture de l&apos;entente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="402"/>
        <source>Folder for the agreements</source>
        <translation>Dossier des ententes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/agreements.py" line="416"/>
        <source>Writing the agreements…</source>
        <translation>Écriture des ententes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/agreements.py" line="421"/>
        <source>%Ln agreement(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln entente écrite dans {path}.</numerusform>
            <numerusform>%Ln ententes écrites dans {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="36"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="37"/>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="38"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="39"/>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="72"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="74"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="75"/>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="81"/>
        <source>Deleted by MentorDesk once the settings no longer keep it</source>
        <translation>Supprimée par MentorDesk quand les réglages ne la gardent plus</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="85"/>
        <source>The data as it was before a restore; kept until you delete it</source>
        <translation>Les données telles qu’avant une restauration; gardée jusqu’à ce que vous la supprimiez</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="88"/>
        <source>Kept until you delete it</source>
        <translation>Gardée jusqu’à ce que vous la supprimiez</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="94"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="99"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="102"/>
        <source>Only automatic backups are ever deleted by MentorDesk</source>
        <translation>MentorDesk ne supprime jamais que les sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="107"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="113"/>
        <source>Passphrase</source>
        <translation>Protégée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="114"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="115"/>
        <source>Protected by a passphrase</source>
        <translation>Protégée par une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="118"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="124"/>
        <source>Matches</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="130"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="155"/>
        <source>Encrypted backups show their counts once unlocked in the restore wizard. Copies named “before-restore” hold the data as it was before a restore.</source>
        <translation>Les sauvegardes chiffrées montrent leurs chiffres une fois déverrouillées dans l’assistant de restauration. Les copies nommées « before-restore » contiennent les données telles qu’avant une restauration.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="164"/>
        <location filename="../../ui/pages/backups.py" line="237"/>
        <source>Back up now</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="165"/>
        <source>Save a verified copy of all programs (Ctrl+B)</source>
        <translation>Enregistrer une copie vérifiée de tous les programmes (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="167"/>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="169"/>
        <source>Needed to restore it; without it the copy cannot be opened</source>
        <translation>Nécessaire pour la restaurer; sans elle, la copie ne peut pas être ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="171"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="173"/>
        <source>Choose a backup (this list or a file) and restore it</source>
        <translation>Choisir une sauvegarde (dans cette liste ou un fichier) et la restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="176"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="177"/>
        <source>Delete the selected backup file</source>
        <translation>Supprimer le fichier de sauvegarde sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="179"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="181"/>
        <source>Folder, automatic backups, how many to keep, encryption</source>
        <translation>Dossier, sauvegardes automatiques, combien en garder, chiffrement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="184"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="185"/>
        <source>Show the backups folder</source>
        <translation>Afficher le dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="188"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="220"/>
        <source>Backups are kept in {folder}.</source>
        <translation>Les sauvegardes sont gardées dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="223"/>
        <source>MentorDesk backs up when it closes and once a day.</source>
        <translation>MentorDesk fait une sauvegarde à la fermeture et une fois par jour.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="225"/>
        <source>Automatic backups are off.</source>
        <translation>Les sauvegardes automatiques sont désactivées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="234"/>
        <source>No backups yet.
A backup is a verified copy of every program, person, match and contact. Make one now, and before any big change.</source>
        <translation>Aucune sauvegarde pour l’instant.
Une sauvegarde est une copie vérifiée de chaque programme, personne, jumelage et contact. Faites-en une maintenant, et avant tout changement important.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="250"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="255"/>
        <source>Type the passphrase again:</source>
        <translation>Retapez la phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="261"/>
        <source>The two passphrases differ; nothing was saved.</source>
        <translation>Les deux phrases de passe diffèrent; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="272"/>
        <source>Protect the backup</source>
        <translation>Protéger la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="276"/>
        <source>Continue?</source>
        <translation>Continuer?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="290"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="295"/>
        <source>The backup was checked and saved to:
{path}</source>
        <translation>La sauvegarde a été vérifiée et enregistrée dans :
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="297"/>
        <source>The backup was saved to:
{path}</source>
        <translation>La sauvegarde a été enregistrée dans :
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="298"/>
        <source>It holds {participants} and {matches}.</source>
        <translation>Elle contient {participants} et {matches}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backups.py" line="300"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/backups.py" line="302"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln jumelage</numerusform>
            <numerusform>%Ln jumelages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="306"/>
        <source>Backup saved</source>
        <translation>Sauvegarde enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="338"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="343"/>
        <source>Delete the backup of {made} ({kind})?

{file}

A deleted backup cannot be restored.</source>
        <translation>Supprimer la sauvegarde du {made} ({kind})?

{file}

Une sauvegarde supprimée ne peut pas être restaurée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="347"/>
        <source>It is the only backup in this folder.</source>
        <translation>C’est la seule sauvegarde de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="350"/>
        <source>Delete a backup</source>
        <translation>Supprimer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/pages/reports_chart.py" line="54"/>
        <source>{series}: {figures}</source>
        <translation>{series} : {figures}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_chart.py" line="60"/>
        <source>{chart}. {figures}</source>
        <translation>{chart}. {figures}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="209"/>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="252"/>
        <source>Show sensitive answers</source>
        <translation>Afficher les réponses sensibles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="257"/>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="50"/>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="50"/>
        <source>Create a program first.</source>
        <translation>Créez d’abord un programme.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="87"/>
        <source>Contact logged.</source>
        <translation>Contact noté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="98"/>
        <source>%Ln contact(s) logged.</source>
        <translation>
            <numerusform>%Ln contact noté.</numerusform>
            <numerusform>%Ln contacts notés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="110"/>
        <source>Check-in exports {patterns};;All files (*)</source>
        <translation>Exports de suivi {patterns};;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="114"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="161"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="163"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="171"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="180"/>
        <source>Undo import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="182"/>
        <source>There is no contact import to undo.</source>
        <translation>Aucune importation de contacts à annuler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="185"/>
        <source>Remove the %Ln contact(s) imported from {file} on {day}?

Pairs the import marked as active go back to their earlier status, unless a contact was logged for them since.</source>
        <translation>
            <numerusform>Retirer %Ln contact importé de {file} le {day}?

Les jumelages que l’importation a marqués comme actifs reprennent leur statut précédent, sauf si un contact a été noté pour eux depuis.</numerusform>
            <numerusform>Retirer les %Ln contacts importés de {file} le {day}?

Les jumelages que l’importation a marqués comme actifs reprennent leur statut précédent, sauf si un contact a été noté pour eux depuis.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="204"/>
        <source>Import of {file} undone.</source>
        <translation>Importation de {file} annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="225"/>
        <source>Nudge list</source>
        <translation>Liste de relance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="228"/>
        <source>Every pair is in touch: nobody is overdue or yet to meet.</source>
        <translation>Tous les jumelages sont en contact : personne n’est en retard ni sans première rencontre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="233"/>
        <source>Export nudge list</source>
        <translation>Exporter la liste de relance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="233"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="238"/>
        <source>%Ln pair(s) to nudge written to {path}.</source>
        <translation>
            <numerusform>%Ln jumelage à relancer enregistré dans {path}.</numerusform>
            <numerusform>%Ln jumelages à relancer enregistrés dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="248"/>
        <source>Calendar reminders</source>
        <translation>Rappels d’agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="250"/>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="257"/>
        <source>%Ln follow-up reminder(s) written to {path}.
Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%Ln rappel de suivi enregistré dans {path}.
Ouvrez le fichier avec votre agenda pour l’ajouter.</numerusform>
            <numerusform>%Ln rappels de suivi enregistrés dans {path}.
Ouvrez le fichier avec votre agenda pour les ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="273"/>
        <source>End match</source>
        <translation>Terminer le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="275"/>
        <source>Why does the match of {mentor} and {mentee} end?
The reason is kept with the match&apos;s history.</source>
        <translation>Pourquoi le jumelage de {mentor} et {mentee} se termine-t-il?
La raison est gardée dans l’historique du jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="289"/>
        <source>Match ended</source>
        <translation>Jumelage terminé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/actions.py" line="291"/>
        <source>The match of {mentor} and {mentee} has ended. Both can be matched again on the Matching page.</source>
        <translation>Le jumelage de {mentor} et {mentee} est terminé. Les deux peuvent être jumelés de nouveau à la page Jumelage.</translation>
    </message>
</context>
<context>
    <name>EngagementCadence</name>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/cadence_text.py" line="31"/>
        <source>%Ln day(s) ({relation})</source>
        <translation>
            <numerusform>%Ln jour ({relation})</numerusform>
            <numerusform>%Ln jours ({relation})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/cadence_text.py" line="38"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/cadence_text.py" line="41"/>
        <source>Contact expected every {cadences}.</source>
        <translation>Contact attendu tous les {cadences}.</translation>
    </message>
</context>
<context>
    <name>EngagementColumns</name>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="97"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="103"/>
        <source>A contact has been due since {day}</source>
        <translation>Un contact est attendu depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="106"/>
        <source>When the next contact is due under this pair&apos;s cadence</source>
        <translation>Date du prochain contact selon la cadence de ce jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="126"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="131"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="136"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="141"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="144"/>
        <source>The mentor&apos;s role and the mentee&apos;s role</source>
        <translation>Le rôle du mentor et celui du mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="147"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="152"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="155"/>
        <source>Days since the last contact (or since the match was made)</source>
        <translation>Jours depuis le dernier contact (ou depuis le jumelage)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="161"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="167"/>
        <source>Next due</source>
        <translation>Prochain dû</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="170"/>
        <source>When the next contact is due under the program&apos;s cadence</source>
        <translation>Date du prochain contact selon la fréquence du programme</translation>
    </message>
</context>
<context>
    <name>EngagementModel</name>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="264"/>
        <source>A concern was flagged on one of this pair&apos;s contacts</source>
        <translation>Une inquiétude a été signalée lors d’un contact de ce jumelage</translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="101"/>
        <source>Every live match</source>
        <translation>Tous les jumelages en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="106"/>
        <source>{meaning} (click to show only these)</source>
        <translation>{meaning} (cliquez pour n’afficher que ceux-ci)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="112"/>
        <source>Search names or emails  (Ctrl+F)</source>
        <translation>Chercher un nom ou un courriel  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="117"/>
        <source>Log a contact…</source>
        <translation>Noter un contact…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="118"/>
        <source>Record a meeting, call or message of a match</source>
        <translation>Noter une rencontre, un appel ou un message d’un jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="120"/>
        <source>Log for many…</source>
        <translation>Noter pour plusieurs…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="122"/>
        <source>One contact for many matches, e.g. the monthly group meeting</source>
        <translation>Un contact pour plusieurs jumelages, p. ex. la rencontre de groupe mensuelle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="125"/>
        <source>Import contacts…</source>
        <translation>Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="127"/>
        <source>Add contacts from a check-in form export (CSV or Excel)</source>
        <translation>Ajouter des contacts depuis l’export d’un formulaire de suivi (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="130"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="131"/>
        <source>Who to nudge, calendar reminders and the topic list</source>
        <translation>Qui relancer, rappels d&apos;agenda et liste des sujets</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="134"/>
        <source>Export nudge list…</source>
        <translation>Exporter la liste de relance…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="137"/>
        <source>A CSV of overdue and never-met pairs with both emails</source>
        <translation>Un CSV des jumelages en retard ou jamais rencontrés, avec les deux courriels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="140"/>
        <source>Calendar reminders…</source>
        <translation>Rappels d’agenda…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="143"/>
        <source>Topic catalogue…</source>
        <translation>Catalogue des sujets…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="145"/>
        <source>Undo last contact import…</source>
        <translation>Annuler la dernière importation de contacts…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="151"/>
        <source>Engagement</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="173"/>
        <source>Contacts per month of the cycle</source>
        <translation>Contacts par mois du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="178"/>
        <source>Pairs</source>
        <translation>Jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="179"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/page.py" line="221"/>
        <source>%Ln live match(es)</source>
        <translation>
            <numerusform>%Ln jumelage en cours</numerusform>
            <numerusform>%Ln jumelages en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/page.py" line="223"/>
        <source>contact expected every %Ln day(s)</source>
        <translation>
            <numerusform>contact attendu chaque jour</numerusform>
            <numerusform>contact attendu tous les %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="233"/>
        <source>Pairs ({count})</source>
        <translation>Jumelages ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="235"/>
        <source>Groups ({count})</source>
        <translation>Groupes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="243"/>
        <source>Engagement is followed for confirmed matches.
Confirm matches on the Matching page first; their contacts then show here.</source>
        <translation>Le suivi porte sur les jumelages confirmés.
Confirmez d’abord des jumelages à la page Jumelage; leurs contacts s’afficheront ici.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="250"/>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/page.py" line="252"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>EngagementStatus</name>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="34"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="36"/>
        <source>No contact for longer than the program&apos;s cadence</source>
        <translation>Aucun contact depuis plus longtemps que la fréquence du programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="39"/>
        <source>Never met</source>
        <translation>Jamais rencontrés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="41"/>
        <source>No contact logged since the match was made</source>
        <translation>Aucun contact noté depuis le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="44"/>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="46"/>
        <source>A contact is due within the next weeks</source>
        <translation>Un contact est dû dans les prochaines semaines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="49"/>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="51"/>
        <source>In touch within the cadence</source>
        <translation>En contact selon la fréquence prévue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="56"/>
        <source>Needs attention</source>
        <translation>À relancer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="58"/>
        <source>Overdue, or never met and past the cadence: time for a nudge</source>
        <translation>En retard, ou jamais rencontrés après la cadence : le temps d’une relance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/model.py" line="86"/>
        <source>No contact logged since the match was made, and the cadence has passed</source>
        <translation>Aucun contact noté depuis le jumelage, et la cadence est dépassée</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="52"/>
        <source>Search names, emails, institutions or cities  (Ctrl+F)</source>
        <translation>Nom, courriel, établissement ou ville  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="59"/>
        <source>Show one role only</source>
        <translation>N’afficher qu’un rôle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="59"/>
        <location filename="../../ui/pages/roster_filters.py" line="151"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="61"/>
        <source>Active or withdrawn</source>
        <translation>Actif ou retiré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="63"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="64"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="65"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="69"/>
        <source>Took part in an earlier cycle or not</source>
        <translation>A participé à un cycle précédent ou non</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="71"/>
        <source>New and returning</source>
        <translation>Nouveaux et anciens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="72"/>
        <source>Returning</source>
        <translation>Anciens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="73"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="77"/>
        <source>In a proposed or live match or not</source>
        <translation>Dans un jumelage proposé ou en cours, ou non</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="79"/>
        <source>Matched or not</source>
        <translation>Jumelé ou non</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="80"/>
        <source>Matched</source>
        <translation>Jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="81"/>
        <source>Not matched</source>
        <translation>Non jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="85"/>
        <source>Show people with one interest</source>
        <translation>Afficher les personnes ayant un intérêt donné</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="85"/>
        <location filename="../../ui/pages/roster_filters.py" line="152"/>
        <source>Any interest</source>
        <translation>Tout intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="89"/>
        <source>Whether the program&apos;s eligibility rules let them be matched</source>
        <translation>Si les règles d&apos;admissibilité du programme permettent de les jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="91"/>
        <source>Any eligibility</source>
        <translation>Admissibles ou non</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="92"/>
        <source>Eligible</source>
        <translation>Admissibles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="93"/>
        <source>Not eligible</source>
        <translation>Non admissibles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="94"/>
        <source>Orientation missing</source>
        <translation>Sans orientation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="97"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_filters.py" line="98"/>
        <source>Show everyone again</source>
        <translation>Afficher tout le monde de nouveau</translation>
    </message>
</context>
<context>
    <name>GroupCard</name>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="146"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="147"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="148"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="151"/>
        <source>{status}, locked</source>
        <translation>{status}, verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="158"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="160"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="160"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="162"/>
        <source>A locked group keeps its people when groups are proposed again</source>
        <translation>Un groupe verrouillé garde ses personnes quand on propose de nouveau des groupes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="167"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="182"/>
        <source>Fit {fit} %</source>
        <translation>Adéquation {fit} %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="186"/>
        <source>similar</source>
        <translation>semblables</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="186"/>
        <source>diverse</source>
        <translation>variés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="187"/>
        <source>{criterion} {fit} %</source>
        <translation>{criterion} {fit} %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="192"/>
        <source>Groups should be {kind} in {criterion}</source>
        <translation>Les groupes doivent être {kind} selon «&#xa0;{criterion}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>GroupCriteria</name>
    <message>
        <location filename="../../ui/pages/groups/criterion_names.py" line="33"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/criterion_names.py" line="34"/>
        <location filename="../../ui/pages/groups/criterion_names.py" line="35"/>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/criterion_names.py" line="36"/>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/criterion_names.py" line="37"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/criterion_names.py" line="38"/>
        <source>Stage</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>GroupingDialog</name>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="57"/>
        <source>Propose groups of {role}</source>
        <translation>Proposer des groupes&#xa0;: {role}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="54"/>
        <source>{role} with {mentor_role}</source>
        <translation>{role} avec {mentor_role}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="62"/>
        <source>These choices belong to “{relation}” only; the program&apos;s other group relations keep their own.</source>
        <translation>Ces choix ne valent que pour «&#xa0;{relation}&#xa0;»; les autres relations en groupes du programme gardent les leurs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="75"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="78"/>
        <source>Members per group:</source>
        <translation>Membres par groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="82"/>
        <source>Mentors per group:</source>
        <translation>Mentors par groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="87"/>
        <source>Ignore last cycle&apos;s groups</source>
        <translation>Ignorer les groupes du cycle précédent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="88"/>
        <source>Keep last cycle&apos;s groups together</source>
        <translation>Garder ensemble les groupes du cycle précédent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="89"/>
        <source>Mix people who were together last cycle</source>
        <translation>Mélanger les personnes réunies au cycle précédent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="95"/>
        <source>Continuity:</source>
        <translation>Continuité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="97"/>
        <source>Together and apart:</source>
        <translation>Ensemble ou séparés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="102"/>
        <source>Per answer: should a group be similar or diverse in it, and how much it counts. “Never alone”: no group holds a single person with a value.</source>
        <translation>Pour chaque réponse&#xa0;: les groupes doivent-ils être semblables ou variés, et quel poids lui donner. «&#xa0;Jamais seul&#xa0;»&#xa0;: aucun groupe n&apos;a une seule personne avec une valeur donnée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="114"/>
        <source>Propose groups</source>
        <translation>Proposer les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="123"/>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="124"/>
        <source>Keep two people together or apart</source>
        <translation>Garder deux personnes ensemble ou séparées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/settings_dialog.py" line="132"/>
        <source>%n kept together</source>
        <translation>
            <numerusform>%n paire ensemble</numerusform>
            <numerusform>%n paires ensemble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/settings_dialog.py" line="133"/>
        <source>%n kept apart</source>
        <translation>
            <numerusform>%n paire séparée</numerusform>
            <numerusform>%n paires séparées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="154"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="155"/>
        <source>Groups should be</source>
        <translation>Les groupes seront</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="156"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="157"/>
        <source>Never alone</source>
        <translation>Jamais seul</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="165"/>
        <source>similar</source>
        <translation>semblables</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="165"/>
        <source>diverse</source>
        <translation>variés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="165"/>
        <source>ignored</source>
        <translation>peu importe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="167"/>
        <source>interests</source>
        <translation>intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="168"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="169"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="170"/>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="171"/>
        <source>institution</source>
        <translation>établissement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="172"/>
        <source>stage</source>
        <translation>étape de formation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="173"/>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="174"/>
        <source>background</source>
        <translation>origine culturelle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/settings_dialog.py" line="175"/>
        <source>specialty</source>
        <translation>spécialité</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="84"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="86"/>
        <source>The relation whose groups the board shows</source>
        <translation>La relation dont le tableau montre les groupes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="90"/>
        <source>Propose groups…</source>
        <translation>Proposer des groupes…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="92"/>
        <source>Form groups for everyone not in a locked or confirmed group</source>
        <translation>Former des groupes pour toutes les personnes hors d&apos;un groupe verrouillé ou confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="95"/>
        <source>Confirm all</source>
        <translation>Tout confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="96"/>
        <source>Confirm every proposed group</source>
        <translation>Confirmer chaque groupe proposé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="100"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="101"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="122"/>
        <source>No groups yet. “Propose groups…” forms them from the people listed on the right; you can then move people, lock, rename and confirm groups.</source>
        <translation>Aucun groupe pour l&apos;instant. «&#xa0;Proposer des groupes…&#xa0;» les forme à partir des personnes listées à droite; vous pourrez ensuite déplacer des personnes, verrouiller, renommer et confirmer les groupes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="132"/>
        <source>Not in a group</source>
        <translation>Hors groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="142"/>
        <source>Drag a person onto a group, or here to take them out. Double-click a person to see their mentoring chain.</source>
        <translation>Glissez une personne sur un groupe, ou ici pour la retirer. Double-cliquez sur une personne pour voir sa chaîne de mentorat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="187"/>
        <source>Move anyway?</source>
        <translation>Déplacer quand même?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="188"/>
        <source>{warnings}

Move anyway?</source>
        <translation>{warnings}

Déplacer quand même?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="216"/>
        <source>{role} with {mentor_role}</source>
        <translation>{role} avec {mentor_role}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="236"/>
        <source>This program has no relation made of groups.
To form groups, set a relation to “groups” on the Program page (Program settings).</source>
        <translation>Ce programme n&apos;a aucune relation en groupes.
Pour former des groupes, réglez une relation sur «&#xa0;groupes&#xa0;» à la page Programme (réglages du programme).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="239"/>
        <source>Open Program settings</source>
        <translation>Ouvrir les réglages du programme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="289"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="290"/>
        <source>%n member(s) placed</source>
        <translation>
            <numerusform>%n membre placé</numerusform>
            <numerusform>%n membres placés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="292"/>
        <source>%n not in a group</source>
        <translation>
            <numerusform>%n hors groupe</numerusform>
            <numerusform>%n hors groupe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="323"/>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="324"/>
        <source>Move {name} to {group}</source>
        <translation>Déplacer {name} vers {group}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="336"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="360"/>
        <source>Lock group</source>
        <translation>Verrouiller le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="360"/>
        <source>Unlock group</source>
        <translation>Déverrouiller le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="367"/>
        <location filename="../../ui/pages/groups/page.py" line="371"/>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="367"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="374"/>
        <source>Confirm %n group(s)</source>
        <translation>
            <numerusform>Confirmer %n groupe</numerusform>
            <numerusform>Confirmer %n groupes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/page.py" line="410"/>
        <source>Forming groups…</source>
        <translation>Formation des groupes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="415"/>
        <source>Proposed %n group(s).</source>
        <translation>
            <numerusform>%n groupe proposé.</numerusform>
            <numerusform>%n groupes proposés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="54"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="55"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="56"/>
        <source>Last meeting</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="57"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="58"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="59"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="60"/>
        <source>Keeps missing meetings</source>
        <translation>Absences répétées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="73"/>
        <source>Listed as missing: absent from at least {missed} of their last {recent} meetings (their group&apos;s and the program&apos;s).</source>
        <translation>Absences répétées : absent d&apos;au moins {missed} de ses {recent} dernières rencontres (celles du groupe et du programme).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="85"/>
        <source>Log group meeting…</source>
        <translation>Inscrire une rencontre de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="87"/>
        <source>Log program meeting…</source>
        <translation>Inscrire une rencontre du programme…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="88"/>
        <source>The meeting everyone of the cycle attends</source>
        <translation>La rencontre à laquelle tout le cycle assiste</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="90"/>
        <source>Safety note…</source>
        <translation>Note de sécurité…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="92"/>
        <source>The group&apos;s safety and boundary note (only you see it)</source>
        <translation>La note de sécurité et de limites du groupe (vous seul la voyez)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="95"/>
        <source>First meeting…</source>
        <translation>Première rencontre…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="96"/>
        <source>When and how the group first meets, for its letters</source>
        <translation>Quand et comment le groupe se rencontre la première fois, pour ses lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="98"/>
        <source>Group letters…</source>
        <translation>Lettres de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="100"/>
        <source>One PDF: a letter to each member and mentor of the confirmed groups</source>
        <translation>Un PDF : une lettre à chaque membre et mentor des groupes confirmés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="103"/>
        <location filename="../../ui/pages/engagement/groups.py" line="189"/>
        <source>Mark letters as sent</source>
        <translation>Marquer les lettres comme envoyées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="105"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="107"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="116"/>
        <source>Group and program meetings:</source>
        <translation>Rencontres de groupe et du programme :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="135"/>
        <source>{name} ({missed} of {recorded})</source>
        <translation>{name} ({missed} sur {recorded})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="158"/>
        <source>This group has a safety note</source>
        <translation>Ce groupe a une note de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="166"/>
        <source>Sent {day}</source>
        <translation>Envoyées le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="167"/>
        <source>Written</source>
        <translation>Écrites</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="189"/>
        <source>Mark letters as not sent</source>
        <translation>Marquer les lettres comme non envoyées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="192"/>
        <source>Take back the mark: this group&apos;s letters were not sent after all</source>
        <translation>Retirer la marque : les lettres de ce groupe n&apos;ont finalement pas été envoyées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="194"/>
        <source>Note that this group&apos;s letters reached its members and mentors</source>
        <translation>Noter que les lettres de ce groupe sont parvenues à ses membres et à ses mentors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="215"/>
        <source>Program meeting</source>
        <translation>Rencontre du programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="216"/>
        <source>{day} · {where} · {present} of {total} present</source>
        <translation>{day} · {where} · {present} présents sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="264"/>
        <source>Meeting logged.</source>
        <translation>Rencontre inscrite.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="290"/>
        <source>Meeting changed.</source>
        <translation>Rencontre modifiée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="299"/>
        <source>Delete meeting</source>
        <translation>Supprimer la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="300"/>
        <source>Delete the meeting of {day} and its attendance?</source>
        <translation>Supprimer la rencontre du {day} et ses présences?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="335"/>
        <location filename="../../ui/pages/engagement/groups.py" line="355"/>
        <source>Group letters</source>
        <translation>Lettres de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="335"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/groups.py" line="349"/>
        <source>Wrote {letters} letters for %Ln group(s) to {file}.</source>
        <translation>
            <numerusform>{letters} lettres écrites pour %Ln groupe dans {file}.</numerusform>
            <numerusform>{letters} lettres écrites pour %Ln groupes dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="358"/>
        <source>Writing group letters…</source>
        <translation>Rédaction des lettres de groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="378"/>
        <source>{name}: letters no longer marked as sent.</source>
        <translation>{name} : lettres plus marquées comme envoyées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/groups.py" line="380"/>
        <source>{name}: letters marked as sent.</source>
        <translation>{name} : lettres marquées comme envoyées.</translation>
    </message>
</context>
<context>
    <name>LetterTables</name>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="23"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="25"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="31"/>
        <location filename="../../ui/pages/letters/tables.py" line="84"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="33"/>
        <location filename="../../ui/pages/letters/tables.py" line="89"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="35"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="41"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="71"/>
        <source>Group: {name}</source>
        <translation>Groupe&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="94"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="97"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="101"/>
        <source>Letters logged about this match (both partners, every batch)</source>
        <translation>Lettres notées pour ce jumelage (les deux partenaires, tous les lots)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="106"/>
        <source>Last written</source>
        <translation>Dernière rédaction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="116"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="121"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="125"/>
        <source>As</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="127"/>
        <source>Match or group</source>
        <translation>Jumelage ou groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="129"/>
        <source>The pair the letter introduces, or the group it names</source>
        <translation>Le jumelage que la lettre présente, ou le groupe qu&apos;elle nomme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="134"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="138"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="140"/>
        <source>The template version the letter was written with</source>
        <translation>La version du modèle utilisée pour la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="144"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="146"/>
        <source>Check code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="148"/>
        <source>Full check code of the letter&apos;s PDF (SHA-256): {sha}</source>
        <translation>Code de vérification complet du PDF de la lettre (SHA-256) : {sha}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/tables.py" line="151"/>
        <source>Tells whether a PDF is the one written here: any change to the file changes its code</source>
        <translation>Indique si un PDF est bien celui produit ici : toute modification du fichier change son code</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="57"/>
        <source>Write letters…</source>
        <translation>Rédiger les lettres…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="58"/>
        <source>Write a letter for each person in a confirmed match</source>
        <translation>Rédiger une lettre pour chaque personne d’un jumelage confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="63"/>
        <source>Export email drafts…</source>
        <translation>Exporter des brouillons de courriel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="65"/>
        <source>One email per recipient with their letter attached, to open in your mail program (the selected matches, or all)</source>
        <translation>Un courriel par destinataire, sa lettre en pièce jointe, à ouvrir dans votre logiciel de courriel (les jumelages sélectionnés, ou tous)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="71"/>
        <source>Edit templates and letterhead…</source>
        <translation>Modèles et en-tête…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="72"/>
        <source>Change the wording of the letters, the letterhead and the logo</source>
        <translation>Modifier le texte des lettres, l’en-tête et le logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="86"/>
        <source>Preview this letter</source>
        <translation>Aperçu de cette lettre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="87"/>
        <source>Make the chosen letter again, with the template version it was written with</source>
        <translation>Refaire la lettre choisie avec la version du modèle utilisée à l’origine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="103"/>
        <source>Confirmed matches</source>
        <translation>Jumelages confirmés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="106"/>
        <source>Letter log</source>
        <translation>Registre des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="113"/>
        <source>Every letter written is logged with its template version and a check code that tells whether its PDF was changed since.</source>
        <translation>Chaque lettre rédigée est notée avec la version de son modèle et un code de vérification qui indique si son PDF a été modifié depuis.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="126"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="130"/>
        <source>Each person in a confirmed match gets a letter naming their match, how to reach them, why they were matched and what is expected, in their own language.</source>
        <translation>Chaque personne d’un jumelage confirmé reçoit une lettre, dans sa langue, qui nomme son partenaire, dit comment le joindre, pourquoi ils ont été jumelés et ce qui est attendu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="141"/>
        <source>Last letters written</source>
        <translation>Dernières lettres rédigées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="146"/>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="146"/>
        <source>See the letters</source>
        <translation>Voir les lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="149"/>
        <source>Show files</source>
        <translation>Afficher les fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="149"/>
        <source>Open the folder with the letters</source>
        <translation>Ouvrir le dossier des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="202"/>
        <source>No confirmed matches yet.
Confirm matches on the Matching page, then write their letters here.</source>
        <translation>Aucun jumelage confirmé pour l’instant.
Confirmez des jumelages à la page Jumelage, puis rédigez leurs lettres ici.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="260"/>
        <source>Writing letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="266"/>
        <source>Folder for the email drafts</source>
        <translation>Dossier des brouillons de courriel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="286"/>
        <source>Writing email drafts…</source>
        <translation>Rédaction des brouillons de courriel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="291"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="292"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln lettre</numerusform>
            <numerusform>%Ln lettres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="295"/>
        <source>{drafts} for {people} saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>{drafts} pour {people} — dossier : &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="296"/>
        <source>%Ln email draft(s)</source>
        <translation>
            <numerusform>%Ln brouillon de courriel</numerusform>
            <numerusform>%Ln brouillons de courriel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="300"/>
        <source>Open each one in your mail program, check it and send it.</source>
        <translation>Ouvrez chacun dans votre logiciel de courriel, vérifiez-le et envoyez-le.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="302"/>
        <source>{letters} for {people} written to &lt;b&gt;{file}&lt;/b&gt;.</source>
        <translation>{letters} pour {people} — fichier : &lt;b&gt;{file}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="306"/>
        <source>{letters} for {people} saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>{letters} pour {people} — dossier : &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="311"/>
        <source>%Ln single letter(s) saved in {folder} too.</source>
        <translation>
            <numerusform>%Ln lettre individuelle aussi enregistrée dans {folder}.</numerusform>
            <numerusform>%Ln lettres individuelles aussi enregistrées dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="331"/>
        <source>Letters — {file}</source>
        <translation>Lettres — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="363"/>
        <source>{name} — template {version}, identical to the file sent</source>
        <translation>{name} — modèle {version}, identique au fichier envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="365"/>
        <source>{name} — template {version}, made again</source>
        <translation>{name} — modèle {version}, refaite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/__init__.py" line="369"/>
        <source>Making the letter again…</source>
        <translation>Nouvelle rédaction de la lettre…</translation>
    </message>
</context>
<context>
    <name>ManualPane</name>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="79"/>
        <source>Filter by name or email (Ctrl+F)</source>
        <translation>Filtrer par nom ou courriel (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="84"/>
        <source>All mentees</source>
        <translation>Tous les mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="85"/>
        <source>Unmatched</source>
        <translation>Sans jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="86"/>
        <source>Matched</source>
        <translation>Jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="87"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="109"/>
        <source>Pair</source>
        <translation>Jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="110"/>
        <source>Pair the chosen mentee with the chosen mentor (or drag one onto the other)</source>
        <translation>Jumeler le mentoré choisi avec le mentor choisi (ou glisser l’un sur l’autre)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="114"/>
        <source>Unpair</source>
        <translation>Déjumeler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="115"/>
        <source>Undo this pairing (an announced match is ended with a reason)</source>
        <translation>Défaire ce jumelage (un jumelage annoncé est terminé avec une raison)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="119"/>
        <location filename="../../ui/pages/matching/manual.py" line="251"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="119"/>
        <source>Keep this pair as it is when matching runs again</source>
        <translation>Garder ce jumelage tel quel quand le jumelage est relancé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="123"/>
        <source>Never pair…</source>
        <translation>Ne jamais jumeler…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="124"/>
        <source>Put these two on the never-pair list, with a reason</source>
        <translation>Mettre ces deux personnes sur la liste « à ne jamais jumeler », avec une raison</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="191"/>
        <source>Choose a mentee on the left to see the mentors who suit them best.</source>
        <translation>Choisissez un mentoré à gauche pour voir les mentors qui lui conviennent le mieux.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="193"/>
        <source>Nobody to match yet: add participants on the Roster page.</source>
        <translation>Personne à jumeler pour l’instant : ajoutez des participants à la page Participants.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="199"/>
        <source>&lt;b&gt;Mentors for {name}&lt;/b&gt;, best first</source>
        <translation>&lt;b&gt;Mentors pour {name}&lt;/b&gt;, les meilleurs d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="225"/>
        <source>Drag a mentor onto a mentee, or choose both and press Pair.</source>
        <translation>Glissez un mentor sur un mentoré, ou choisissez les deux et cliquez sur Jumeler.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="229"/>
        <source>{name}: not proposed — {why}.</source>
        <translation>{name} : non proposé — {why}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="234"/>
        <source>nothing notable in common</source>
        <translation>rien de notable en commun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="236"/>
        <source>{name} ({score}): {reasons}.</source>
        <translation>{name} ({score}) : {reasons}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="251"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="290"/>
        <source>Pairing {mentor} with {mentee} breaks a rule of the program:
{rules}

To pair them anyway, say why (kept in the audit trail):</source>
        <translation>Jumeler {mentor} avec {mentee} enfreint une règle du programme :
{rules}

Pour les jumeler quand même, dites pourquoi (gardé dans le journal d’audit) :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="294"/>
        <source>Break a matching rule?</source>
        <translation>Enfreindre une règle de jumelage?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="301"/>
        <source>A reason is needed</source>
        <translation>Une raison est requise</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="303"/>
        <source>{mentor} and {mentee} were not paired: breaking a rule needs a reason, kept in the audit trail.</source>
        <translation>{mentor} et {mentee} n&apos;ont pas été jumelés : déroger à une règle demande une raison, conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="310"/>
        <source>pair {mentor} with {mentee}</source>
        <translation>le jumelage de {mentor} avec {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="326"/>
        <source>unpair {first} and {second}</source>
        <translation>la séparation de {first} et {second}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="335"/>
        <source>unpin {name}</source>
        <translation>le désépinglage de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="337"/>
        <source>pin {name}</source>
        <translation>l&apos;épinglage de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="357"/>
        <source>never pair {mentor} with {mentee}</source>
        <translation>l&apos;interdiction de jumeler {mentor} avec {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="323"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="347"/>
        <source>Never pair</source>
        <translation>Ne jamais jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/manual.py" line="349"/>
        <source>Never pair {mentor} with {mentee}.
Why? (for example: conflict of interest — kept with the never-pair list)</source>
        <translation>Ne jamais jumeler {mentor} avec {mentee}.
Pourquoi? (par exemple : conflit d’intérêts — gardé avec la liste « à ne jamais jumeler »)</translation>
    </message>
</context>
<context>
    <name>MatchColumns</name>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="24"/>
        <source>Assisted</source>
        <translation>Assisté</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="26"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="48"/>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="55"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="60"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="71"/>
        <location filename="../../ui/pages/matching/columns.py" line="98"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="75"/>
        <source>How well the pair fits the program&apos;s criteria</source>
        <translation>À quel point le jumelage répond aux critères du programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="80"/>
        <location filename="../../ui/pages/matching/columns.py" line="104"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="83"/>
        <source>What the pair has in common</source>
        <translation>Ce que les deux ont en commun</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="92"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/columns.py" line="96"/>
        <source>Made</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="82"/>
        <source>Show ended matches</source>
        <translation>Afficher les jumelages terminés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="107"/>
        <location filename="../../ui/pages/matching/page.py" line="278"/>
        <source>Propose matches</source>
        <translation>Proposer des jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="109"/>
        <source>Suggest the best overall matches for everyone not matched yet; saved matches stay as they are and nothing is saved until you accept</source>
        <translation>Suggérer le meilleur ensemble de jumelages pour les personnes non jumelées; les jumelages enregistrés restent tels quels et rien n’est enregistré avant que vous acceptiez</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="116"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="116"/>
        <source>Save and confirm the selected proposals</source>
        <translation>Enregistrer et confirmer les propositions sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="120"/>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="120"/>
        <source>Save and confirm every proposal</source>
        <translation>Enregistrer et confirmer toutes les propositions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="123"/>
        <location filename="../../ui/pages/matching/page.py" line="131"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="123"/>
        <source>Take the selected proposals off the list</source>
        <translation>Retirer de la liste les propositions sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="127"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="127"/>
        <source>Confirm the selected proposed matches</source>
        <translation>Confirmer les jumelages proposés sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="131"/>
        <source>Remove the selected proposed matches</source>
        <translation>Retirer les jumelages proposés sélectionnés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="135"/>
        <location filename="../../ui/pages/matching/page.py" line="297"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="136"/>
        <source>Keep the selected matches as they are when matching runs again</source>
        <translation>Garder les jumelages sélectionnés tels quels quand le jumelage est relancé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="140"/>
        <source>End match…</source>
        <translation>Terminer le jumelage…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="140"/>
        <source>End the selected match, with a reason</source>
        <translation>Terminer le jumelage sélectionné, avec une raison</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="144"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="144"/>
        <source>What matching looks for in this program, and its rules</source>
        <translation>Ce que le jumelage recherche dans ce programme, et ses règles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="147"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="148"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="161"/>
        <source>Proposals and matches</source>
        <translation>Propositions et jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="162"/>
        <source>Pair by hand</source>
        <translation>Jumeler à la main</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="165"/>
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="182"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="195"/>
        <source>Saved matches</source>
        <translation>Jumelages enregistrés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="233"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="273"/>
        <source>No matches saved yet.
Propose matches above and accept the ones you want, or pair people yourself under “Pair by hand”.</source>
        <translation>Aucun jumelage enregistré pour l’instant.
Proposez des jumelages ci-dessus et acceptez ceux que vous voulez, ou jumelez vous-même sous « Jumeler à la main ».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="278"/>
        <source>Re-match unmatched</source>
        <translation>Jumeler les non-jumelés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="297"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="316"/>
        <source>Looking for the best matches…</source>
        <translation>Recherche des meilleurs jumelages…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="326"/>
        <source>Save and confirm all %Ln proposed match(es)? You can undo it.</source>
        <translation>
            <numerusform>Enregistrer et confirmer le jumelage proposé? Vous pourrez l&apos;annuler.</numerusform>
            <numerusform>Enregistrer et confirmer les %Ln jumelages proposés? Vous pourrez l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="329"/>
        <source>Accept all proposals?</source>
        <translation>Accepter toutes les propositions?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="336"/>
        <source>accept %Ln proposal(s)</source>
        <translation>
            <numerusform>l&apos;acceptation de %Ln proposition</numerusform>
            <numerusform>l&apos;acceptation de %Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="343"/>
        <source>reject proposals</source>
        <translation>le rejet des propositions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="349"/>
        <source>confirm %Ln match(es)</source>
        <translation>
            <numerusform>la confirmation de %Ln jumelage</numerusform>
            <numerusform>la confirmation de %Ln jumelages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="357"/>
        <source>reject %Ln match(es)</source>
        <translation>
            <numerusform>le rejet de %Ln jumelage</numerusform>
            <numerusform>le rejet de %Ln jumelages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="360"/>
        <source>reject {mentor} and {mentee}</source>
        <translation>le rejet de {mentor} et {mentee}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="372"/>
        <source>pin matches</source>
        <translation>l&apos;épinglage des jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="372"/>
        <source>unpin matches</source>
        <translation>le désépinglage des jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="375"/>
        <source>pin {name}</source>
        <translation>l&apos;épinglage de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="377"/>
        <source>unpin {name}</source>
        <translation>le désépinglage de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="401"/>
        <source>end {pair}</source>
        <translation>la fin du jumelage de {pair}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/page.py" line="386"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="66"/>
        <source>Keep together with…</source>
        <translation>Garder ensemble avec…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/cards.py" line="67"/>
        <source>Keep apart from…</source>
        <translation>Garder séparé de…</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="73"/>
        <source>Type part of a name or email…</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un courriel…</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="37"/>
        <source>{files} and {more} more</source>
        <translation>{files} et {more} autres</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="42"/>
        <source>

Letters saved as files mention them ({files}). MentorDesk does not touch files on your computer: delete them yourself if they must go too.</source>
        <translation>

Des lettres enregistrées comme fichiers les mentionnent ({files}). MentorDesk ne touche pas aux fichiers de votre ordinateur : supprimez-les vous-même s’ils doivent aussi disparaître.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="62"/>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="64"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="77"/>
        <source>Saved everything held about {name} to {file}.</source>
        <translation>Tout ce qui est conservé sur {name} a été enregistré dans {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="82"/>
        <source>Exporting {name}&apos;s data…</source>
        <translation>Exportation des données de {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="88"/>
        <source>Anonymise person</source>
        <translation>Anonymiser la personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="89"/>
        <source>Replace {name}&apos;s name, email, phone, notes and form answers with placeholders?

Their matches and contacts stay, without anything that identifies them, so the program&apos;s counts and reports stay true. It cannot be undone.{files_note}

Why? (kept in the audit trail)</source>
        <translation>Remplacer le nom, le courriel, le téléphone, les notes et les réponses au formulaire de {name} par des valeurs neutres?

Ses jumelages et contacts restent, sans rien qui l’identifie, pour que les chiffres et rapports du programme restent justes. Cette action est irréversible.{files_note}

Pourquoi? (gardé dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="108"/>
        <source>Nothing was changed: a reason is needed.</source>
        <translation>Rien n’a été changé : une raison est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="122"/>
        <source>Anonymised {name}.</source>
        <translation>Anonymisation de {name} terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_privacy.py" line="125"/>
        <source>Anonymising {name}…</source>
        <translation>Anonymisation de {name}…</translation>
    </message>
</context>
<context>
    <name>PickPersonDialog</name>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="251"/>
        <source>Keep {name} together with…</source>
        <translation>Garder {name} avec…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="253"/>
        <source>Keep {name} apart from…</source>
        <translation>Séparer {name} de…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="266"/>
        <source>Keep together</source>
        <translation>Garder ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="266"/>
        <source>Keep apart</source>
        <translation>Garder séparés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="311"/>
        <source>Keep {name} together with {other}</source>
        <translation>Garder {name} avec {other}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="313"/>
        <source>Keep {name} apart from {other}</source>
        <translation>Garder {name} séparé de {other}</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsPage</name>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="171"/>
        <source>The roles cannot change once people are in the program.</source>
        <translation>Les rôles ne peuvent plus changer une fois que des personnes sont inscrites.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="173"/>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="175"/>
        <source>Save the program; a change that touches existing data is described first</source>
        <translation>Enregistrer le programme; un changement qui touche des données existantes est décrit d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="178"/>
        <source>Undo my edits</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="179"/>
        <source>Go back to the program as it was last saved</source>
        <translation>Revenir au programme tel qu&apos;il a été enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="187"/>
        <source>Program name:</source>
        <translation>Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="188"/>
        <source>Organisation:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="189"/>
        <source>Program model:</source>
        <translation>Modèle de programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="191"/>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="201"/>
        <source>&lt;b&gt;Each relation between two roles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chaque relation entre deux rôles&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="209"/>
        <source>Program settings</source>
        <translation>Paramètres du programme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="313"/>
        <source>Saved the program settings.</source>
        <translation>Paramètres du programme enregistrés.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="322"/>
        <source>Save the program settings?</source>
        <translation>Enregistrer les paramètres du programme?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="319"/>
        <source>Saving these settings will change existing data:</source>
        <translation>Enregistrer ces paramètres modifiera des données existantes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProposalsMixin</name>
    <message>
        <location filename="../../ui/pages/matching/proposals.py" line="44"/>
        <source>Press “Propose matches” and MentorDesk suggests the best overall set of matches for the people not matched yet, with the reasons for each.
Nothing is saved until you accept.</source>
        <translation>Cliquez sur « Proposer des jumelages » : MentorDesk suggère le meilleur ensemble de jumelages pour les personnes non jumelées, avec les raisons de chacun.
Rien n’est enregistré avant que vous acceptiez.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/proposals.py" line="48"/>
        <source>Propose matches</source>
        <translation>Proposer des jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/proposals.py" line="55"/>
        <source>{proposed} · {mentees} and {mentors} left without a match</source>
        <translation>{proposed} · {mentees} et {mentors} restent sans jumelage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/proposals.py" line="57"/>
        <source>%Ln proposed</source>
        <translation>
            <numerusform>%Ln proposé</numerusform>
            <numerusform>%Ln proposés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/proposals.py" line="61"/>
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentoré</numerusform>
            <numerusform>%Ln mentorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/proposals.py" line="65"/>
        <source>%Ln mentor(s)</source>
        <translation>
            <numerusform>%Ln mentor</numerusform>
            <numerusform>%Ln mentors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/matching/proposals.py" line="73"/>
        <source>No new match can be proposed right now.</source>
        <translation>Aucun nouveau jumelage ne peut être proposé pour l’instant.</translation>
    </message>
</context>
<context>
    <name>RelationEditor</name>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="73"/>
        <source>Pairs (one mentor, one mentee)</source>
        <translation>Paires (un mentor, un mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="74"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="75"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="77"/>
        <source>Used when a sign-up does not say</source>
        <translation>Utilisée quand l&apos;inscription ne la précise pas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="90"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="92"/>
        <source>members, with</source>
        <translation>membres, avec</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="94"/>
        <source>mentors per group</source>
        <translation>mentors par groupe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="100"/>
        <source>Made of:</source>
        <translation>Composée de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="101"/>
        <source>Group size:</source>
        <translation>Taille des groupes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="102"/>
        <source>Contact every:</source>
        <translation>Contact tous les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="103"/>
        <source>Default capacity:</source>
        <translation>Capacité par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="104"/>
        <source>Matching criteria that apply</source>
        <translation>Critères de jumelage appliqués</translation>
    </message>
    <message>
        <location filename="../../ui/pages/program_settings.py" line="108"/>
        <source>Sensitive answers, hidden in tables and never in letters</source>
        <translation>Réponses sensibles, masquées dans les tableaux et jamais dans les lettres</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="59"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="60"/>
        <source>The report with charts for a board or a funder</source>
        <translation>Le rapport avec graphiques pour un conseil d&apos;administration ou un bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="64"/>
        <source>In English and French…</source>
        <translation>En français et en anglais…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="65"/>
        <source>In English…</source>
        <translation>En anglais…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="66"/>
        <source>In French…</source>
        <translation>En français…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="72"/>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="73"/>
        <source>A workbook with one sheet per table</source>
        <translation>Un classeur avec une feuille par tableau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <location filename="../../ui/pages/reports.py" line="251"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="144"/>
        <source>Choose or create a cycle to see its report.</source>
        <translation>Choisissez ou créez un cycle pour voir son rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="160"/>
        <source>Figures as of {day}; — means no data this cycle.</source>
        <translation>Données au {day}; « — » signifie aucune donnée ce cycle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="170"/>
        <source>Participants by role, year over year</source>
        <translation>Participants par rôle, d&apos;une année à l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="182"/>
        <source>Contact within the cadence</source>
        <translation>Contact selon la fréquence prévue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="189"/>
        <source>The exported files show counts from 1 to 4 as &lt;5 and name no one.</source>
        <translation>Les fichiers exportés affichent les nombres de 1 à 4 comme &lt;5 et ne nomment personne.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="226"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="226"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Classeur (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="228"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="247"/>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="251"/>
        <source>Report written to {path}.</source>
        <translation>Rapport écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_actions.py" line="33"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_actions.py" line="35"/>
        <location filename="../../ui/pages/roster_actions.py" line="71"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln jumelage</numerusform>
            <numerusform>%Ln jumelages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_actions.py" line="37"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln rencontre</numerusform>
            <numerusform>%Ln rencontres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="43"/>
        <source>Exporting participants…</source>
        <translation>Exportation des participants…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="45"/>
        <source>Exporting matches…</source>
        <translation>Exportation des jumelages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="46"/>
        <source>Exporting meetings…</source>
        <translation>Exportation des rencontres…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="56"/>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="57"/>
        <source>Delete {name} from MentorDesk for good?

This removes them from every cycle ({participations}), with {matches} and the contacts logged for them. It cannot be undone. To stop including them but keep the record, use Withdraw instead.{files_note}

Why are they being deleted? (kept in the audit trail)</source>
        <translation>Supprimer définitivement {name} de MentorDesk?

La personne est retirée de tous les cycles ({participations}), avec {matches} et les contacts notés pour elle. Cette action est irréversible. Pour ne plus l’inclure tout en gardant son dossier, utilisez plutôt Retirer.{files_note}

Pourquoi la supprimer? (gardé dans le journal d’audit)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_actions.py" line="67"/>
        <source>%Ln participation(s)</source>
        <translation>
            <numerusform>%Ln participation</numerusform>
            <numerusform>%Ln participations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="84"/>
        <source>Nothing was deleted: a reason is needed.</source>
        <translation>Rien n’a été supprimé : une raison est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="104"/>
        <location filename="../../ui/pages/roster_actions.py" line="130"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="105"/>
        <source>Create a program first.</source>
        <translation>Créez d’abord un programme.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="154"/>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="155"/>
        <source>Saved {what} to {file}.

Folder: {folder}</source>
        <translation>Enregistré dans {file} : {what}.

Dossier : {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="211"/>
        <source>Participant added.</source>
        <translation>Participant ajouté.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster_actions.py" line="248"/>
        <source>Saved {name}.</source>
        <translation>Fiche de {name} enregistrée.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/pages/roster.py" line="90"/>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="90"/>
        <source>Type in one person by hand</source>
        <translation>Saisir une personne à la main</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="93"/>
        <location filename="../../ui/pages/roster.py" line="224"/>
        <source>Import sign-ups…</source>
        <translation>Importer les inscriptions…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="94"/>
        <source>Add people from a sign-up spreadsheet (CSV, Excel or OpenDocument)</source>
        <translation>Ajouter des personnes depuis un tableur d’inscriptions (CSV, Excel ou OpenDocument)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="98"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="99"/>
        <source>Save participants, matches (for a mail merge) or meetings as Excel or CSV</source>
        <translation>Enregistrer les participants, les jumelages (pour un publipostage) ou les rencontres en Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="103"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="103"/>
        <source>Open the selected person&apos;s details (Enter)</source>
        <translation>Ouvrir la fiche de la personne sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="107"/>
        <source>Edit selected…</source>
        <translation>Modifier la sélection…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="109"/>
        <source>Change letter language, role, status, capacity, interests and more for every selected person</source>
        <translation>Changer la langue des lettres, le rôle, le statut, le nombre de places, les intérêts et plus pour chaque personne choisie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="115"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="116"/>
        <source>Mark the selected people as no longer taking part (Reactivate undoes it)</source>
        <translation>Indiquer que les personnes sélectionnées ne participent plus (Réactiver l’annule)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="120"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="121"/>
        <source>Bring the selected withdrawn people back</source>
        <translation>Faire revenir les personnes retirées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="125"/>
        <source>Delete person…</source>
        <translation>Supprimer la personne…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="126"/>
        <source>Remove the selected person and everything about them, for good</source>
        <translation>Supprimer définitivement la personne sélectionnée et tout ce qui la concerne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="147"/>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="220"/>
        <source>Nobody has signed up for {cycle} yet.

Import the sign-up spreadsheet exported from your form (CSV, Excel or OpenDocument), or drag the file onto this window.</source>
        <translation>Personne ne s’est encore inscrit à {cycle}.

Importez le tableur d’inscriptions exporté de votre formulaire (CSV, Excel ou OpenDocument), ou glissez le fichier sur cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="232"/>
        <source>%Ln not matched yet</source>
        <translation>
            <numerusform>%Ln sans jumelage</numerusform>
            <numerusform>%Ln sans jumelage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="235"/>
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln retiré</numerusform>
            <numerusform>%Ln retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="239"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="247"/>
        <source>Loading the roster…</source>
        <translation>Chargement des participants…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="251"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="255"/>
        <source> — nobody matches these filters</source>
        <translation> — personne ne correspond à ces filtres</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="258"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="313"/>
        <source>Export this person&apos;s data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="315"/>
        <source>Anonymise person…</source>
        <translation>Anonymiser la personne…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="316"/>
        <source>Show mentoring chain…</source>
        <translation>Voir la chaîne de mentorat…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="370"/>
        <source>Withdrew %Ln participant(s). Reactivate to undo.</source>
        <translation>
            <numerusform>%Ln participant retiré. Réactivez pour annuler.</numerusform>
            <numerusform>%Ln participants retirés. Réactivez pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="372"/>
        <source>Reactivated %Ln participant(s). Withdraw to undo.</source>
        <translation>
            <numerusform>%Ln participant réactivé. Retirez pour annuler.</numerusform>
            <numerusform>%Ln participants réactivés. Retirez pour annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="395"/>
        <source>Changed %Ln participant(s).</source>
        <translation>
            <numerusform>%Ln participant modifié.</numerusform>
            <numerusform>%Ln participants modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="423"/>
        <source>Deleted {name} and everything about them.</source>
        <translation>{name} et tout ce qui la concerne ont été supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="425"/>
        <source>Deleting {name}…</source>
        <translation>Suppression de {name}…</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="58"/>
        <source>no longer in this cycle</source>
        <translation>ne fait plus partie de ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="122"/>
        <source>Keep people together or apart</source>
        <translation>Garder des personnes ensemble ou séparées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="127"/>
        <source>Pick two people, then keep them together (in the same group) or apart (in different groups). Proposals always respect these rules; two mentors kept together lead the same group.</source>
        <translation>Choisissez deux personnes, puis gardez-les ensemble (dans le même groupe) ou séparées (dans des groupes différents). Les propositions respectent toujours ces règles; deux mentors gardés ensemble animent le même groupe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="142"/>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="162"/>
        <source>Keep together</source>
        <translation>Garder ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="143"/>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="163"/>
        <source>Keep apart</source>
        <translation>Garder séparés</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="157"/>
        <source>First person</source>
        <translation>Première personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="158"/>
        <source>Second person</source>
        <translation>Deuxième personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="184"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="199"/>
        <source>Someone in this rule is no longer in the cycle; the rule is kept in case they come back. Remove it if it is no longer needed.</source>
        <translation>Une personne de cette règle ne fait plus partie du cycle; la règle est gardée au cas où elle reviendrait. Retirez-la si elle n&apos;est plus utile.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/groups/rules_dialog.py" line="223"/>
        <source>Pick a person in each list.</source>
        <translation>Choisissez une personne dans chaque liste.</translation>
    </message>
</context>
<context>
    <name>SentMixin</name>
    <message>
        <location filename="../../ui/pages/letters/sent.py" line="86"/>
        <source>Mark letters as sent</source>
        <translation>Marquer les lettres comme envoyées</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/sent.py" line="89"/>
        <source>Once the selected pairs have their letters (printed or emailed), mark them as notified; writing letters alone does not</source>
        <translation>Quand les paires choisies ont reçu leurs lettres (imprimées ou envoyées par courriel), marquez-les comme avisées; écrire les lettres ne suffit pas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/sent.py" line="94"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters/sent.py" line="95"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/sent.py" line="117"/>
        <source>mark the letters of %Ln match(es) as sent</source>
        <translation>
            <numerusform>le marquage des lettres de %Ln jumelage comme envoyées</numerusform>
            <numerusform>le marquage des lettres de %Ln jumelages comme envoyées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stewardship</name>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="41"/>
        <source>No cycle ended before {date}: nothing to purge.</source>
        <translation>Aucun cycle terminé avant le {date} : rien à purger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="45"/>
        <source>%Ln cycle(s) ended before {date}: {cycles}.</source>
        <translation>
            <numerusform>%Ln cycle terminé avant le {date} : {cycles}.</numerusform>
            <numerusform>%Ln cycles terminés avant le {date} : {cycles}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="48"/>
        <source>They hold {participations} participations, {matches} matches, {contacts} contacts and {letters} logged letters.</source>
        <translation>Ils contiennent {participations} participations, {matches} jumelages, {contacts} contacts et {letters} lettres notées.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="54"/>
        <source>People who appear only there would be anonymised: {people}.</source>
        <translation>Personnes présentes seulement là, qui seraient anonymisées : {people}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="58"/>
        <source>People who appear only there would be deleted: {people}.</source>
        <translation>Personnes présentes seulement là, qui seraient supprimées : {people}.</translation>
    </message>
</context>
<context>
    <name>StewardshipPanel</name>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="78"/>
        <source>Data stewardship</source>
        <translation>Gestion des données</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="83"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="86"/>
        <source>Anonymise the people (keep the counts for reports)</source>
        <translation>Anonymiser les personnes (garder les chiffres pour les rapports)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="88"/>
        <source>Delete the cycles and everything in them</source>
        <translation>Supprimer les cycles et tout leur contenu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="89"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="90"/>
        <source>Count what the purge would touch; nothing changes</source>
        <translation>Compter ce que la purge toucherait; rien ne change</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="92"/>
        <source>Purge…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="93"/>
        <source>Delete the cycles shown above, after a preview</source>
        <translation>Supprimer les cycles indiqués ci-dessus, après un aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="99"/>
        <source>Cycles that ended more than</source>
        <translation>Cycles terminés il y a plus de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="101"/>
        <source>ago:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="109"/>
        <source>Keep personal data only as long as the program needs it. To export or anonymise one person, right-click them on the Roster page.</source>
        <translation>Ne gardez les données personnelles que le temps nécessaire au programme. Pour exporter ou anonymiser une personne, faites un clic droit sur elle à la page Participants.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="151"/>
        <source>Purge old cycles</source>
        <translation>Purger les anciens cycles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="153"/>
        <source>This cannot be undone, except by restoring a backup made before it. Type {word} to confirm:</source>
        <translation>Cette action est irréversible, sauf en restaurant une sauvegarde faite avant. Tapez {word} pour confirmer :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="162"/>
        <source>Nothing was purged.</source>
        <translation>Rien n’a été purgé.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="174"/>
        <source>Purging old cycles…</source>
        <translation>Purge des anciens cycles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="182"/>
        <source>%Ln person(s) anonymised</source>
        <translation>
            <numerusform>%Ln personne anonymisée</numerusform>
            <numerusform>%Ln personnes anonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="184"/>
        <source>%Ln person(s) deleted</source>
        <translation>
            <numerusform>%Ln personne supprimée</numerusform>
            <numerusform>%Ln personnes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/stewardship.py" line="186"/>
        <source>Done: {cycles}; {people}.</source>
        <translation>Terminé : {cycles}; {people}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="187"/>
        <source>%Ln cycle(s) purged</source>
        <translation>
            <numerusform>%Ln cycle purgé</numerusform>
            <numerusform>%Ln cycles purgés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="27"/>
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln ligne lue dans {file}.</numerusform>
            <numerusform>%Ln lignes lues dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="31"/>
        <source>%Ln response(s) would be added to “{survey}”.</source>
        <translation>
            <numerusform>%Ln réponse serait ajoutée à « {survey} ».</numerusform>
            <numerusform>%Ln réponses seraient ajoutées à « {survey} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="35"/>
        <source>%Ln response(s) were added to “{survey}”.</source>
        <translation>
            <numerusform>%Ln réponse a été ajoutée à « {survey} ».</numerusform>
            <numerusform>%Ln réponses ont été ajoutées à « {survey} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="44"/>
        <source>A new survey: %Ln question(s) learned from the columns.</source>
        <translation>
            <numerusform>Nouveau sondage : %Ln question tirée des colonnes.</numerusform>
            <numerusform>Nouveau sondage : %Ln questions tirées des colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="49"/>
        <source>%Ln row(s) already imported and skipped.</source>
        <translation>
            <numerusform>%Ln ligne déjà importée a été ignorée.</numerusform>
            <numerusform>%Ln lignes déjà importées ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="54"/>
        <source>%Ln row(s) rejected: fix them in the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln ligne refusée : corrigez-la dans le chiffrier et importez de nouveau.</numerusform>
            <numerusform>%Ln lignes refusées : corrigez-les dans le chiffrier et importez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="62"/>
        <source>Nothing has been saved yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="80"/>
        <source>Forms exports {patterns};;All files (*)</source>
        <translation>Exportations de Forms {patterns};;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="84"/>
        <source>Import answers</source>
        <translation>Importer les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="96"/>
        <source>Import answers into “{survey}”</source>
        <translation>Importer les réponses dans « {survey} »</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="99"/>
        <source>Choose the sheet that holds the answers to import.</source>
        <translation>Choisissez la feuille qui contient les réponses à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="130"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="132"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="138"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="149"/>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="151"/>
        <source>There is no survey import to undo.</source>
        <translation>Il n&apos;y a aucune importation de sondage à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_import.py" line="154"/>
        <source>Remove the answers imported from {file} into “{survey}”?</source>
        <translation>Retirer les réponses importées de {file} dans « {survey} »?</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="34"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="38"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="40"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="46"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="51"/>
        <source>By role</source>
        <translation>Par rôle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="80"/>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="109"/>
        <source>Choose a survey to see its results.</source>
        <translation>Choisissez un sondage pour voir ses résultats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_results.py" line="116"/>
        <source>%Ln response(s) of {invited} people asked</source>
        <translation>
            <numerusform>%Ln réponse sur {invited} personnes sollicitées</numerusform>
            <numerusform>%Ln réponses sur {invited} personnes sollicitées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="129"/>
        <source>Pairs to look at:</source>
        <translation>Jumelages à examiner :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="131"/>
        <source>no current match</source>
        <translation>aucun jumelage en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="133"/>
        <source>{person} (with {partners}) answered “{answer}”</source>
        <translation>{person} (avec {partners}) a répondu « {answer} »</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys_results.py" line="145"/>
        <source>{question}: {before} → {after} (pre → post)</source>
        <translation>{question} : {before} → {after} (avant → après)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_results.py" line="154"/>
        <source>{cycle}: %Ln response(s) of {invited}</source>
        <translation>
            <numerusform>{cycle} : %Ln réponse sur {invited}</numerusform>
            <numerusform>{cycle} : %Ln réponses sur {invited}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../ui/pages/surveys.py" line="48"/>
        <source>Survey</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="50"/>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="54"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="60"/>
        <source>Asked</source>
        <translation>Sollicités</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="66"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="86"/>
        <source>New from template</source>
        <translation>Nouveau d&apos;après un modèle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="88"/>
        <source>Make a survey of this cycle from a template you can edit</source>
        <translation>Créer un sondage du cycle d&apos;après un modèle modifiable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="93"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="95"/>
        <source>Change the questions, answers and who the survey is for</source>
        <translation>Changer les questions, les réponses et à qui s&apos;adresse le sondage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="98"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="99"/>
        <source>Delete the survey and its answers, after asking</source>
        <translation>Supprimer le sondage et ses réponses, après confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="101"/>
        <source>Import answers…</source>
        <translation>Importer les réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="103"/>
        <source>Answers exported from Google Forms or Microsoft Forms (CSV or Excel)</source>
        <translation>Réponses exportées de Google Forms ou de Microsoft Forms (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="106"/>
        <source>Undo last import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="107"/>
        <source>Remove the answers of the last import of this survey</source>
        <translation>Retirer les réponses de la dernière importation de ce sondage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="110"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="111"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="112"/>
        <source>The language of the printed survey and question list</source>
        <translation>La langue du sondage imprimé et de la liste de questions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="116"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="117"/>
        <source>A printable survey with boxes to tick</source>
        <translation>Un sondage imprimable avec des cases à cocher</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="119"/>
        <source>Copy question list</source>
        <translation>Copier les questions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="121"/>
        <source>The questions and their answers, ready to paste into Forms</source>
        <translation>Les questions et leurs réponses, prêtes à coller dans Forms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="130"/>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="141"/>
        <source>Form language:</source>
        <translation>Langue du formulaire :</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="157"/>
        <source>Send a survey on paper or through Forms, then import the answers: people are recognised by email, anonymous surveys keep no link.</source>
        <translation>Envoyez un sondage sur papier ou par Forms, puis importez les réponses : les personnes sont reconnues par leur courriel; un sondage anonyme ne garde aucun lien.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="183"/>
        <source>No survey yet. Make one from a template, or import a Forms export.</source>
        <translation>Aucun sondage pour l&apos;instant. Créez-en un d&apos;après un modèle ou importez une exportation de Forms.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="283"/>
        <source>Delete the survey “{name}” with its {count} responses? This cannot be undone.</source>
        <translation>Supprimer le sondage « {name} » et ses {count} réponses? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="285"/>
        <source>Delete survey</source>
        <translation>Supprimer le sondage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="304"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="304"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="317"/>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="328"/>
        <source>The question list is on the clipboard: paste it into Forms.</source>
        <translation>La liste des questions est dans le presse-papiers : collez-la dans Forms.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="339"/>
        <source>Import answers</source>
        <translation>Importer les réponses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/surveys.py" line="340"/>
        <source>Into which survey? Type a new name to learn a survey from the file.</source>
        <translation>Dans quel sondage? Tapez un nouveau nom pour créer le sondage d&apos;après les colonnes du fichier.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="78"/>
        <source>Log a contact…</source>
        <translation>Noter un contact…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="79"/>
        <source>Record a meeting, call or message of this pair</source>
        <translation>Noter une rencontre, un appel ou un message de ce jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="80"/>
        <source>End match…</source>
        <translation>Terminer le jumelage…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="82"/>
        <source>End this match (the reason is kept); both people can then be matched again</source>
        <translation>Terminer ce jumelage (la raison est gardée); les deux personnes pourront être jumelées de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="84"/>
        <source>Safety note…</source>
        <translation>Note de sécurité…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="86"/>
        <source>This pair&apos;s safety and boundary note (only you see it)</source>
        <translation>La note de sécurité et de limites de ce jumelage (vous seul la voyez)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="116"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="118"/>
        <source>Select a match to see its contacts, changes and letters.</source>
        <translation>Sélectionnez un jumelage pour voir ses contacts, changements et lettres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="127"/>
        <source>last contact {day}</source>
        <translation>dernier contact le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="129"/>
        <source>no contact yet</source>
        <translation>aucun contact pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="132"/>
        <source>due since {day}</source>
        <translation>attendu depuis le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="134"/>
        <source>next due {day}</source>
        <translation>prochain dû le {day}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/timeline.py" line="136"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="141"/>
        <source>Mentor: {email}</source>
        <translation>Mentor : {email}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="143"/>
        <source>Mentee: {email}</source>
        <translation>Mentoré : {email}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="148"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien de noté pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="164"/>
        <source>A concern was flagged on this contact</source>
        <translation>Une inquiétude a été signalée lors de ce contact</translation>
    </message>
</context>
<context>
    <name>TimelineTitles</name>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="36"/>
        <source>Match made</source>
        <translation>Jumelage créé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="37"/>
        <source>Match confirmed</source>
        <translation>Jumelage confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="38"/>
        <source>Letters sent: the pair was notified</source>
        <translation>Lettres envoyées : le jumelage a été annoncé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="41"/>
        <source>Match ended</source>
        <translation>Jumelage terminé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="42"/>
        <source>Proposal rejected</source>
        <translation>Proposition rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="43"/>
        <source>Met in person</source>
        <translation>Rencontre en personne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="44"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="45"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="46"/>
        <source>Email / text</source>
        <translation>Courriel / texto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/engagement/timeline.py" line="60"/>
        <source>Letter to {recipient}</source>
        <translation>Lettre à {recipient}</translation>
    </message>
</context>
</TS>
