<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="73"/>
        <source>MentorDesk is already open</source>
        <translation>MentorDesk est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>MentorDesk cannot open the database</source>
        <translation>MentorDesk ne peut pas ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../ui/context.py" line="64"/>
        <source>There is no program yet.
Create your program and this year&apos;s cycle to begin.</source>
        <translation>Aucun programme pour l’instant.
Créez votre programme et le cycle de cette année pour commencer.</translation>
    </message>
    <message>
        <location filename="../../ui/context.py" line="66"/>
        <source>Create a program…</source>
        <translation>Créer un programme…</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="24"/>
        <source>Automatic backups are set to be encrypted, but their passphrase is no longer in the system keyring. Open Backups → Settings… to enter it again.</source>
        <translation>Les sauvegardes automatiques doivent être chiffrées, mais leur phrase secrète n’est plus dans le trousseau du système. Ouvrez Sauvegardes → Paramètres… pour la saisir de nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="106"/>
        <source>Saving the automatic backup…</source>
        <translation>Enregistrement de la sauvegarde automatique…</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="118"/>
        <source>Automatic backup saved.</source>
        <translation>Sauvegarde automatique enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="126"/>
        <source>The automatic backup failed.</source>
        <translation>La sauvegarde automatique a échoué.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="142"/>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="147"/>
        <source>The automatic backup of {moment} could not be saved. Your data was not affected.

{reason}

Make a backup now from the Backups page.</source>
        <translation>La sauvegarde automatique du {moment} n’a pas pu être enregistrée. Vos données n’ont pas été touchées.

{reason}

Faites une sauvegarde maintenant depuis la page Sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_backup.py" line="150"/>
        <source>The last automatic backup failed</source>
        <translation>La dernière sauvegarde automatique a échoué</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/safety.py" line="170"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/models/matching.py" line="53"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="60"/>
        <location filename="../../ui/models/participant_columns.py" line="128"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="62"/>
        <source>Unmatched mentees come first</source>
        <translation>Les mentorés sans jumelage viennent en premier</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="64"/>
        <location filename="../../ui/models/matching.py" line="97"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="102"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="106"/>
        <source>How well this mentor fits the mentee under the program&apos;s criteria</source>
        <translation>À quel point ce mentor convient au mentoré selon les critères du programme</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="111"/>
        <source>Places left</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="114"/>
        <source>Mentees this mentor can still take, of their capacity</source>
        <translation>Mentorés que ce mentor peut encore accueillir, sur sa capacité</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="119"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="122"/>
        <source>Why this mentor suits the mentee, or the rule against</source>
        <translation>Pourquoi ce mentor convient au mentoré, ou la règle qui l’interdit</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="20"/>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="24"/>
        <source>Not eligible: {reasons}</source>
        <translation>Non admissible&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="51"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="57"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="58"/>
        <location filename="../../ui/models/participant_columns.py" line="63"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="76"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="82"/>
        <source>Stage</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="85"/>
        <source>Year of study or PGY</source>
        <translation>Année d’études ou de résidence (PGY)</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="90"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="93"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="100"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="107"/>
        <source>Letter language</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="110"/>
        <source>The language of their letters and messages</source>
        <translation>La langue de ses lettres et messages</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="114"/>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="121"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="124"/>
        <source>How many mentees a mentor can take</source>
        <translation>Nombre de mentorés qu’un mentor peut accueillir</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="134"/>
        <source>Returning</source>
        <translation>De retour</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="137"/>
        <source>Took part in an earlier cycle</source>
        <translation>A participé à un cycle précédent</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="141"/>
        <source>Matched</source>
        <translation>Jumelé</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="144"/>
        <source>In a proposed or live match</source>
        <translation>Dans un jumelage proposé ou en cours</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="157"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="158"/>
        <source>Gender preference</source>
        <translation>Préférence de genre</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="159"/>
        <source>Cultural background</source>
        <translation>Origine culturelle</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="69"/>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <location filename="../../ui/models/participant_columns.py" line="72"/>
        <source>Whether the program&apos;s eligibility rules let them be matched</source>
        <translation>Si les règles d&apos;admissibilité du programme permettent de les jumeler</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="151"/>
        <source>Open the &amp;demo…</source>
        <translation>Ouvrir la &amp;démo…</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="153"/>
        <source>Add the fictional demo program to try every page</source>
        <translation>Ajouter le programme fictif de démonstration pour essayer chaque page</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="161"/>
        <source>&amp;Help for this page</source>
        <translation>&amp;Aide sur cette page</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="165"/>
        <source>A short guide to the page on screen</source>
        <translation>Un court guide de la page affichée</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="170"/>
        <source>The &amp;year in steps…</source>
        <translation>L&apos;&amp;année en étapes…</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="172"/>
        <source>A tour of a program year, from set-up to the next cycle</source>
        <translation>Une visite de l&apos;année d&apos;un programme, de la préparation au cycle suivant</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="225"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="226"/>
        <source>The demo adds a fictional program, {name}, beside your own programs; your data is not changed. Add it?</source>
        <translation>La démo ajoute un programme fictif, {name}, à côté de vos programmes; vos données ne sont pas modifiées. L&apos;ajouter?</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="71"/>
        <source>MentorDesk help</source>
        <translation>Aide de MentorDesk</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/models/labels.py" line="17"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="18"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="19"/>
        <source>Notified</source>
        <translation>Avisé</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="20"/>
        <location filename="../../ui/models/labels.py" line="30"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="21"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="22"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="26"/>
        <source>Unmatched</source>
        <translation>Sans jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="27"/>
        <location filename="../../ui/models/labels.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="34"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="35"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="36"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="37"/>
        <source>Email / text</source>
        <translation>Courriel / texto</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="40"/>
        <source>Not recorded</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="41"/>
        <source>The mentor</source>
        <translation>Le mentor</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="42"/>
        <source>The mentee</source>
        <translation>Le mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="43"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="44"/>
        <source>The coordinator</source>
        <translation>La coordination</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="47"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="48"/>
        <source>Never met</source>
        <translation>Jamais rencontrés</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="49"/>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="50"/>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="53"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="54"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="57"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="58"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language_menu.py" line="30"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.py" line="36"/>
        <source>Show MentorDesk in English from its next start</source>
        <translation>Afficher MentorDesk en anglais dès son prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.py" line="39"/>
        <source>Show MentorDesk in French from its next start</source>
        <translation>Afficher MentorDesk en français dès son prochain démarrage</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>The program and cycle every page shows</source>
        <translation>Le programme et le cycle affichés sur chaque page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Program:</source>
        <translation>Programme :</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>&amp;New program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Create a program and its first cycle</source>
        <translation>Créer un programme et son premier cycle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Import sign-ups…</source>
        <translation>&amp;Importer des inscriptions…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Add people from a spreadsheet</source>
        <translation>Ajouter des personnes depuis un tableur</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Past imports of this cycle, and undoing one</source>
        <translation>Importations passées de ce cycle, et leur annulation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Import &amp;attendance…</source>
        <translation>Importer les &amp;présences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Add orientation sessions from an attendance sheet</source>
        <translation>Ajouter des séances d&apos;orientation depuis une feuille de présence</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Consigner un contact…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Record a meeting, call or message of a match</source>
        <translation>Noter une rencontre, un appel ou un message d’un jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Save participants, matches or meetings as Excel or CSV</source>
        <translation>Enregistrer les participants, jumelages ou rencontres en Excel ou CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Save a verified copy of the data</source>
        <translation>Enregistrer une copie vérifiée des données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Close MentorDesk; your data is already saved</source>
        <translation>Fermer MentorDesk; vos données sont déjà enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Search this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Answer &amp;catalogue…</source>
        <translation>&amp;Catalogue des réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>The answers of the sign-up forms, in English and French</source>
        <translation>Les réponses des formulaires d’inscription, en anglais et en français</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Topics…</source>
        <translation>&amp;Sujets…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>The topics a contact can cover, in English and French</source>
        <translation>Les sujets qu&apos;un contact peut aborder, en anglais et en français</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Program</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>&amp;Eligibility rules…</source>
        <translation>Règles d&apos;&amp;admissibilité…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Who may be matched in each role</source>
        <translation>Qui peut être jumelé dans chaque rôle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>&amp;About MentorDesk</source>
        <translation>À &amp;propos de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>The version, and where the database is</source>
        <translation>La version, et l&apos;emplacement de la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>No program yet — File → New program…</source>
        <translation>Aucun programme — Fichier → Nouveau programme…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>This page has nothing to search.</source>
        <translation>Cette page n’a rien à rechercher.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <location filename="../../ui/main_window.py" line="419"/>
        <location filename="../../ui/main_window.py" line="434"/>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Create a program first.</source>
        <translation>Créez d’abord un programme.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Import attendance</source>
        <translation>Importer les présences</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Eligibility rules</source>
        <translation>Règles d&apos;admissibilité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>Answer catalogue</source>
        <translation>Catalogue des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548"/>
        <source>About MentorDesk</source>
        <translation>À propos de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>Run a mentorship program from one laptop: rosters, matching, meetings, letters and backups.</source>
        <translation>Gérez un programme de mentorat depuis un seul ordinateur : participants, jumelages, rencontres, lettres et sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="555"/>
        <source>Your data stays on this computer.</source>
        <translation>Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
</context>
<context>
    <name>MatchingLists</name>
    <message>
        <location filename="../../ui/models/matching.py" line="41"/>
        <source>{name} (pinned)</source>
        <translation>{name} (épinglé)</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="70"/>
        <source>Over capacity by {count}</source>
        <translation>Capacité dépassée de {count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="73"/>
        <source>{left} of {capacity}</source>
        <translation>{left} sur {capacity}</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="81"/>
        <source>Not allowed: {rule}</source>
        <translation>Interdit : {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/models/matching.py" line="84"/>
        <source>Nothing notable in common</source>
        <translation>Rien de notable en commun</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <location filename="../../ui/widgets/chart_view.py" line="121"/>
        <source>No contacts logged yet</source>
        <translation>Aucun contact consigné pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_view.py" line="128"/>
        <location filename="../../ui/widgets/chart_view.py" line="130"/>
        <source>Contacts logged in each month of the cycle</source>
        <translation>Contacts consignés chaque mois du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_view.py" line="129"/>
        <source>{chart}: {figures}</source>
        <translation>{chart} : {figures}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/chart_view.py" line="134"/>
        <source>{month}: %Ln contact(s)</source>
        <translation>
            <numerusform>{month} : %Ln contact</numerusform>
            <numerusform>{month} : %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/chart_view.py" line="136"/>
        <source>(%Ln with a concern)</source>
        <translation>
            <numerusform>(%Ln avec une préoccupation)</numerusform>
            <numerusform>(%Ln avec une préoccupation)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../ui/worker.py" line="76"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="97"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="102"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="104"/>
        <location filename="../../ui/worker.py" line="197"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/worker.py" line="191"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/page_registry.py" line="64"/>
        <source>Roster</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="65"/>
        <source>Everyone taking part in this cycle (Ctrl+1)</source>
        <translation>Toutes les personnes inscrites à ce cycle (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="71"/>
        <source>Matching</source>
        <translation>Jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="72"/>
        <source>Propose, accept and manage matches (Ctrl+2)</source>
        <translation>Proposer, accepter et gérer les jumelages (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="78"/>
        <source>Engagement</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="79"/>
        <source>Which matches are in touch, and who to nudge (Ctrl+3)</source>
        <translation>Les jumelages en contact, et qui relancer (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="85"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="86"/>
        <source>Match letters: write, preview, print, email (Ctrl+4)</source>
        <translation>Lettres de jumelage : rédiger, prévisualiser, imprimer, envoyer (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="92"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="93"/>
        <source>Back up and restore the database (Ctrl+5)</source>
        <translation>Sauvegarder et restaurer la base de données (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="99"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="100"/>
        <source>The program&apos;s model, roles and relations (Ctrl+6)</source>
        <translation>Le modèle, les rôles et les relations du programme (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="106"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="107"/>
        <source>Mentoring agreements, goals and their reviews (Ctrl+7)</source>
        <translation>Ententes de mentorat, objectifs et bilans (Ctrl+7)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="113"/>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="114"/>
        <source>Questions, answers and results of surveys (Ctrl+8)</source>
        <translation>Questions, réponses et résultats des sondages (Ctrl+8)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="120"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="121"/>
        <source>The cycle&apos;s figures for a board or a funder (Ctrl+9)</source>
        <translation>Les données du cycle pour un conseil ou un bailleur de fonds (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="127"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../ui/page_registry.py" line="128"/>
        <source>Form mentoring groups and work with them on a board</source>
        <translation>Former des groupes de mentorat et les gérer sur un tableau</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="115"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="123"/>
        <source>Print: {title}</source>
        <translation>Imprimer : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="181"/>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="184"/>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="189"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="191"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="191"/>
        <source>Fit the page to the width of the window</source>
        <translation>Ajuster la page à la largeur de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="194"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="207"/>
        <source>Nothing to preview yet.</source>
        <translation>Rien à prévisualiser pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="289"/>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="322"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="323"/>
        <source>Print through the system print dialog</source>
        <translation>Imprimer avec la fenêtre d’impression du système</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_preview.py" line="326"/>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <location filename="../../ui/safety.py" line="70"/>
        <source>The database was changed outside MentorDesk</source>
        <translation>La base de données a été modifiée hors de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="73"/>
        <source>A database changed by another program can carry instructions that quietly alter or erase its data the next time it is used, so MentorDesk does not open it. Restoring a backup is the safe choice; the changed file is kept as a safety copy.</source>
        <translation>Une base de données modifiée par un autre programme peut contenir des instructions qui changent ou effacent ses données en silence à sa prochaine utilisation : MentorDesk ne l’ouvre donc pas. Restaurer une sauvegarde est le choix sûr; le fichier modifié est gardé comme copie de sécurité.</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="80"/>
        <source>The backup folder holds no backup: choose a backup file saved elsewhere, or quit and keep the file for someone who can look at it.</source>
        <translation>Le dossier des sauvegardes n’en contient aucune : choisissez un fichier de sauvegarde enregistré ailleurs, ou quittez et gardez le fichier pour une personne qui pourra l’examiner.</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="41"/>
        <location filename="../../ui/safety.py" line="87"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="30"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="34"/>
        <source>Restoring the latest good backup is the safe choice. You can also look at the data read-only, at your own risk: some of it may be missing or wrong.</source>
        <translation>Restaurer la dernière sauvegarde valide est le choix sûr. Vous pouvez aussi consulter les données en lecture seule, à vos risques : certaines peuvent manquer ou être fausses.</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="45"/>
        <source>Continue read-only</source>
        <translation>Continuer en lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="49"/>
        <location filename="../../ui/safety.py" line="91"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="20"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status.py" line="23"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln jumelage</numerusform>
            <numerusform>%Ln jumelages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../ui/text.py" line="23"/>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../ui/commands/actions.py" line="18"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/commands/actions.py" line="20"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/commands/actions.py" line="23"/>
        <source>Take back the last matching edit</source>
        <translation>Annuler la dernière modification des jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/commands/actions.py" line="24"/>
        <source>Do it again</source>
        <translation>Refaire la modification</translation>
    </message>
</context>
</TS>
