<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendanceImport</name>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="40"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="41"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="42"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="43"/>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="210"/>
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln ligne lue dans {file}.</numerusform>
            <numerusform>%Ln lignes lues dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="213"/>
        <source>%Ln session(s) would be added.</source>
        <translation>
            <numerusform>%Ln séance serait ajoutée.</numerusform>
            <numerusform>%Ln séances seraient ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="217"/>
        <source>%Ln session(s) were added.</source>
        <translation>
            <numerusform>%Ln séance a été ajoutée.</numerusform>
            <numerusform>%Ln séances ont été ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="223"/>
        <source>%Ln row(s) already recorded and skipped.</source>
        <translation>
            <numerusform>%Ln ligne déjà inscrite, ignorée.</numerusform>
            <numerusform>%Ln lignes déjà inscrites, ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="229"/>
        <source>%Ln row(s) rejected: fix the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln ligne refusée&#xa0;: corrigez le chiffrier et importez de nouveau.</numerusform>
            <numerusform>%Ln lignes refusées&#xa0;: corrigez le chiffrier et importez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="237"/>
        <source>Nothing has been saved yet.</source>
        <translation>Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="260"/>
        <source>Attendance sheets {patterns};;All files (*)</source>
        <translation>Feuilles de présence {patterns};;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="265"/>
        <location filename="../../ui/dialogs/orientation.py" line="276"/>
        <source>Import attendance</source>
        <translation>Importer les présences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="279"/>
        <source>Choose the sheet that holds the attendance to import.</source>
        <translation>Choisissez la feuille qui contient les présences à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="315"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="317"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="322"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
</context>
<context>
    <name>ClosedCycleBanner</name>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="37"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="38"/>
        <source>Make this cycle editable again</source>
        <translation>Permettre de modifier ce cycle à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="51"/>
        <source>This cycle is closed (read-only): {label} was carried into its next cycle. Reopen it to change it.</source>
        <translation>Ce cycle est fermé (lecture seule) : {label} a été reporté dans le cycle suivant. Rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="67"/>
        <source>Reopen cycle</source>
        <translation>Rouvrir le cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="69"/>
        <source>Reopen {label}? Its pairs, people and contacts can be changed again; the next cycle stays as it is.</source>
        <translation>Rouvrir {label}? Ses jumelages, personnes et contacts pourront être modifiés à nouveau; le cycle suivant reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="97"/>
        <source>Start next cycle</source>
        <translation>Créer le cycle suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="98"/>
        <source>{label} is closed: its next cycle was started already. Reopen it first to start another.</source>
        <translation>{label} est fermé : son cycle suivant a déjà été créé. Rouvrez-le d&apos;abord pour en créer un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="118"/>
        <source>Start ne&amp;xt cycle…</source>
        <translation>Créer le cycle &amp;suivant…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_banner.py" line="120"/>
        <source>Carry this cycle&apos;s pairs, groups and returning people into the next one</source>
        <translation>Reporter les jumelages, groupes et personnes de retour de ce cycle dans le suivant</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="59"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="62"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="67"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="306"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="307"/>
        <source>Last step: nothing has changed yet.</source>
        <translation>Dernière étape&#xa0;: rien n&apos;a encore changé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="310"/>
        <source>I understand that the current data will be replaced</source>
        <translation>Je comprends que les données actuelles seront remplacées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_wizard.py" line="323"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_wizard.py" line="324"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n jumelage</numerusform>
            <numerusform>%n jumelages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="327"/>
        <source>MentorDesk will replace all current data with the backup made on {when} ({participants}, {matches}).

Before anything is replaced, the backup is checked again and the current data is saved as a safety copy in {folder}. MentorDesk closes the database during the restore and reopens it afterwards.</source>
        <translation>MentorDesk remplacera toutes les données actuelles par la sauvegarde faite le {when} ({participants}, {matches}).

Avant tout remplacement, la sauvegarde est vérifiée de nouveau et les données actuelles sont enregistrées dans une copie de sécurité, dans {folder}. MentorDesk ferme la base de données pendant la restauration et la rouvre ensuite.</translation>
    </message>
</context>
<context>
    <name>ContentsPage</name>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="242"/>
        <source>What this backup holds</source>
        <translation>Contenu de cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="243"/>
        <source>Check that this is the backup you want before restoring it.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de la sauvegarde voulue avant de la restaurer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="247"/>
        <source>Made on:</source>
        <translation>Faite le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="248"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="249"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="250"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="251"/>
        <source>Made by:</source>
        <translation>Faite par :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="275"/>
        <source>Unknown (the file could not be read)</source>
        <translation>Inconnu (le fichier n&apos;a pas pu être lu)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="277"/>
        <source>An earlier MentorDesk (upgraded after the restore)</source>
        <translation>Une version antérieure de MentorDesk (mise à jour après la restauration)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="279"/>
        <source>This version of MentorDesk</source>
        <translation>Cette version de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="252"/>
        <source>Programs:</source>
        <translation>Programmes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="253"/>
        <source>Cycles:</source>
        <translation>Cycles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="254"/>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="255"/>
        <source>Matches:</source>
        <translation>Jumelages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="256"/>
        <source>Contacts logged:</source>
        <translation>Contacts notés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="288"/>
        <source>Yes, encrypted</source>
        <translation>Oui, chiffrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="288"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="139"/>
        <source>No other answers. Questions of a sign-up form that have no field of their own are kept here when the spreadsheet is imported.</source>
        <translation>Aucune autre réponse. Les questions d&apos;un formulaire d&apos;inscription qui n&apos;ont pas de champ à elles sont conservées ici à l&apos;importation du chiffrier.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="171"/>
        <source>Cycle / partner</source>
        <translation>Cycle / partenaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="172"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="173"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="174"/>
        <source>How it ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="182"/>
        <source>A new participant has no history yet.</source>
        <translation>Un nouveau participant n&apos;a pas encore d&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="185"/>
        <source>This cycle</source>
        <translation>Ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="198"/>
        <source>No earlier cycles: this is their first time in the program.</source>
        <translation>Aucun cycle antérieur&#xa0;: c&apos;est sa première participation au programme.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="208"/>
        <source>No match</source>
        <translation>Aucun jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="211"/>
        <source>Mentee: {name}</source>
        <translation>Mentoré&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="211"/>
        <source>Mentor: {name}</source>
        <translation>Mentor&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="215"/>
        <source>Group: {name}</source>
        <translation>Groupe : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="216"/>
        <source>Group mentor</source>
        <translation>Mentor du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="216"/>
        <source>Group member</source>
        <translation>Membre du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="225"/>
        <source>{status}, continued</source>
        <translation>{status}, poursuivi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="228"/>
        <source>{category}: {reason}</source>
        <translation>{category} : {reason}</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <location filename="../../ui/dialogs/template_preview.py" line="47"/>
        <source>Mentee&apos;s letter</source>
        <translation>Lettre au mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_preview.py" line="48"/>
        <source>Mentor&apos;s letter</source>
        <translation>Lettre au mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_preview.py" line="57"/>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_preview.py" line="91"/>
        <source>Sample people: no confirmed match yet</source>
        <translation>Personnes fictives&#xa0;: aucun jumelage confirmé pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_preview.py" line="93"/>
        <source>Letter to {name}, a confirmed match</source>
        <translation>Lettre à {name}, jumelage confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_preview.py" line="113"/>
        <source>The preview could not be made.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être produit.</translation>
    </message>
</context>
<context>
    <name>MatchPicker</name>
    <message>
        <location filename="../../ui/dialogs/match_picker.py" line="99"/>
        <source>Type part of a name or email…</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un courriel…</translation>
    </message>
</context>
<context>
    <name>MatchingSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="81"/>
        <source>Matching settings</source>
        <translation>Paramètres de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="89"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="90"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="91"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="103"/>
        <source>These settings apply to the whole program; proposals made after saving use them. Pairs you saved stay as they are.</source>
        <translation>Ces paramètres s&apos;appliquent à tout le programme; les propositions faites après l&apos;enregistrement les utilisent. Les jumelages déjà enregistrés restent tels quels.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="129"/>
        <source>Shared interests</source>
        <translation>Intérêts communs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="130"/>
        <source>Subspecialties, research, advocacy… in common</source>
        <translation>Surspécialités, recherche, défense des intérêts… en commun</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="133"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="134"/>
        <source>Close enough to meet, as the mentee prefers</source>
        <translation>Assez près pour se rencontrer, selon la préférence du mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="137"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="138"/>
        <source>A language in common, best the mentee&apos;s preferred one</source>
        <translation>Une langue commune, idéalement celle que préfère le mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="141"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="142"/>
        <source>Same or different school, as the rule below says</source>
        <translation>Même établissement ou non, selon la règle ci-contre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="144"/>
        <source>Mentoring style</source>
        <translation>Style de mentorat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="144"/>
        <source>Hands-on or laid-back, as both said</source>
        <translation>Encadrant ou souple, selon les réponses des deux</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="145"/>
        <source>Gender preference</source>
        <translation>Préférence de genre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="145"/>
        <source>Only when the mentee stated one</source>
        <translation>Seulement si le mentoré en a indiqué une</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="147"/>
        <source>Cultural background</source>
        <translation>Origine culturelle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="148"/>
        <source>Similar, unless the family does not mind; only where the relation asks</source>
        <translation>Semblable, sauf si la famille n&apos;y tient pas; seulement si la relation le demande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="151"/>
        <source>Continuity</source>
        <translation>Continuité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="152"/>
        <source>Last year&apos;s pairs, as the rule below says</source>
        <translation>Jumelages de l&apos;an dernier, selon la règle ci-contre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="158"/>
        <source>Prefer a different school (widens the network)</source>
        <translation>Préférer un autre établissement (élargit le réseau)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="159"/>
        <source>Prefer the same school</source>
        <translation>Préférer le même établissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="160"/>
        <source>Do not consider the school</source>
        <translation>Ne pas tenir compte de l&apos;établissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="165"/>
        <source>Keep last year&apos;s mentor when possible</source>
        <translation>Garder le mentor de l&apos;an dernier si possible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="166"/>
        <source>Prefer a new mentor</source>
        <translation>Préférer un nouveau mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="167"/>
        <source>Do not consider earlier years</source>
        <translation>Ne pas tenir compte des années passées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="172"/>
        <source>Follow each mentee&apos;s stated preference</source>
        <translation>Suivre la préférence indiquée par chaque mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="173"/>
        <source>Prefer a nearby mentor unless the mentee said “anywhere”</source>
        <translation>Préférer un mentor proche, sauf si le mentoré a dit « n&apos;importe où »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="174"/>
        <source>Do not consider location</source>
        <translation>Ne pas tenir compte du lieu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="179"/>
        <source>What counts, and how much</source>
        <translation>Ce qui compte, et combien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="196"/>
        <source>0 = not considered</source>
        <translation>0 = non pris en compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="205"/>
        <source>No participant of this cycle answered this, so it cannot count</source>
        <translation>Aucun participant de ce cycle n&apos;a répondu à cette question; elle ne peut donc pas compter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="212"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="218"/>
        <source>School:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="219"/>
        <source>Returning pairs:</source>
        <translation>Jumelages reconduits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="220"/>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="223"/>
        <source>Mentees per mentor when a sign-up does not say</source>
        <translation>Mentorés par mentor quand l&apos;inscription ne le précise pas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="225"/>
        <source>Default mentees per mentor:</source>
        <translation>Mentorés par mentor (par défaut)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="229"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="231"/>
        <source>Match as many mentees as possible</source>
        <translation>Jumeler le plus de mentorés possible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="232"/>
        <source>Only good matches (some mentees may wait)</source>
        <translation>Seulement de bons jumelages (certains mentorés pourraient attendre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="239"/>
        <source>Never propose a pair scoring under</source>
        <translation>Ne jamais proposer un jumelage sous</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="243"/>
        <source>0 % proposes any allowed pair</source>
        <translation>0 % propose tout jumelage permis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="247"/>
        <source>Serve first the mentees left unmatched last cycle</source>
        <translation>Servir en priorité les mentorés sans jumelage au dernier cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="249"/>
        <source>As many of them as possible are matched before the total score counts</source>
        <translation>Le plus grand nombre possible d&apos;entre eux est jumelé avant que le score total compte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="251"/>
        <source>Prefer a stable set</source>
        <translation>Préférer un jumelage stable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="254"/>
        <source>No mentee and mentor who would both rather be together, at the least cost in total score found</source>
        <translation>Aucun mentoré et aucun mentor qui préféreraient tous deux être ensemble, au moindre coût trouvé en score total</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="263"/>
        <source>Never pair (conflicts of interest)</source>
        <translation>Ne jamais jumeler (conflits d&apos;intérêts)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="279"/>
        <source>Reason (required), e.g. supervisor of the student</source>
        <translation>Motif (obligatoire), p. ex. superviseur de l&apos;étudiant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="281"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="283"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="287"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="306"/>
        <source>Weights and rules back to MentorDesk&apos;s defaults (the list stays)</source>
        <translation>Remettre les poids et les règles par défaut de MentorDesk (la liste reste)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="310"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="313"/>
        <source>Save these settings to a file (for mentordesk match --settings)</source>
        <translation>Enregistrer ces réglages dans un fichier (pour mentordesk match --settings)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="317"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="320"/>
        <source>Fill in the settings from a file; the never-pair list stays</source>
        <translation>Remplir les réglages à partir d&apos;un fichier; la liste des paires à ne jamais jumeler reste</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="358"/>
        <source>Export matching settings</source>
        <translation>Exporter les réglages de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="373"/>
        <source>Import matching settings</source>
        <translation>Importer les réglages de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="404"/>
        <source>Choose a mentor and a mentee.</source>
        <translation>Choisissez un mentor et un mentoré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="406"/>
        <source>Choose two different people.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="408"/>
        <source>Say why these two must never be paired.</source>
        <translation>Indiquez pourquoi ces deux personnes ne doivent jamais être jumelées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="410"/>
        <source>These two are already on the list.</source>
        <translation>Ces deux personnes sont déjà dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/matching_settings.py" line="444"/>
        <source>Give at least one criterion a weight above 0.</source>
        <translation>Donnez un poids supérieur à 0 à au moins un critère.</translation>
    </message>
</context>
<context>
    <name>MentoringChain</name>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="25"/>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="26"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="27"/>
        <source>notified</source>
        <translation>avisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="28"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>MentoringChainDialog</name>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="37"/>
        <source>Mentoring chain of {name}</source>
        <translation>Chaîne de mentorat de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="41"/>
        <source>Person or group</source>
        <translation>Personne ou groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="41"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="41"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="43"/>
        <source>Mentored by</source>
        <translation>Mentoré par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="49"/>
        <source>Nobody (top of the ladder, or not yet)</source>
        <translation>Personne (haut de l&apos;échelle, ou pas encore)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="54"/>
        <source>Mentors nobody yet</source>
        <translation>N&apos;est mentor de personne pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="65"/>
        <source>Group “{name}”</source>
        <translation>Groupe «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mentoring_chain.py" line="66"/>
        <source>group of {role}</source>
        <translation>groupe de {role}</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="141"/>
        <source>New program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="145"/>
        <source>e.g. Paediatrics Mentorship Program</source>
        <translation>p. ex. Programme de mentorat en pédiatrie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="147"/>
        <source>e.g. Canadian Paediatric Society (optional)</source>
        <translation>p. ex. Société canadienne de pédiatrie (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="159"/>
        <source>The roles of the program, most senior first</source>
        <translation>Les rôles du programme, le plus expérimenté d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="158"/>
        <source>Roles, most senior first: Mentor → Mentee</source>
        <translation>Rôles, le plus expérimenté d&apos;abord&#xa0;: Mentor → Mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="154"/>
        <source>How the program works; you can change it later</source>
        <translation>Le fonctionnement du programme; vous pourrez le changer plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="166"/>
        <source>A name for this year or term of the program</source>
        <translation>Un nom pour cette année ou cette session du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="198"/>
        <source>Program name:</source>
        <translation>Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="199"/>
        <source>Organisation:</source>
        <translation>Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="200"/>
        <source>Program model:</source>
        <translation>Modèle de programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="202"/>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="204"/>
        <source>First cycle:</source>
        <translation>Premier cycle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="205"/>
        <source>Starts on:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="206"/>
        <source>Ends on:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="215"/>
        <source>Create program</source>
        <translation>Créer le programme</translation>
    </message>
</context>
<context>
    <name>NextCycle</name>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="30"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="31"/>
        <source>Re-match</source>
        <translation>Rejumeler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="32"/>
        <source>Close</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="38"/>
        <source>Cycle ended</source>
        <translation>Fin du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="39"/>
        <source>Goals met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="40"/>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="41"/>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="42"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="43"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="49"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="50"/>
        <source>Returning</source>
        <translation>De retour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="51"/>
        <source>Leaving</source>
        <translation>Partant</translation>
    </message>
</context>
<context>
    <name>NextCycleDialog</name>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="92"/>
        <source>Start next cycle — {cycle}</source>
        <translation>Créer le cycle suivant — {cycle}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="110"/>
        <source>Create cycle and close {label}…</source>
        <translation>Créer le cycle et fermer {label}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="132"/>
        <source>New cycle:</source>
        <translation>Nouveau cycle :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="134"/>
        <source>Starts:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="136"/>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="169"/>
        <source>Continue all on track</source>
        <translation>Continuer tous ceux en bonne voie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="170"/>
        <source>Re-match all</source>
        <translation>Tout rejumeler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="171"/>
        <source>Close all</source>
        <translation>Tout terminer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="189"/>
        <source>People of continued pairs and groups are always carried; people to re-match unless they are leaving; anyone else when marked returning. The buttons change the selected people, or everyone when none is selected.</source>
        <translation>Les personnes des jumelages et groupes qui continuent sont toujours reportées; celles à rejumeler, sauf si elles partent; les autres, si elles sont marquées de retour. Les boutons changent les personnes sélectionnées, ou tout le monde si personne n&apos;est sélectionné.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="198"/>
        <source>Mark returning</source>
        <translation>Marquer de retour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="199"/>
        <source>Mark leaving</source>
        <translation>Marquer partant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="200"/>
        <source>Mark not known</source>
        <translation>Marquer inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="207"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="210"/>
        <source>Export re-sign-up list…</source>
        <translation>Exporter la liste de réinscription…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="213"/>
        <source>Returning and undecided people with their answers, in the columns the sign-up import reads, to pre-fill a form</source>
        <translation>Les personnes de retour ou indécises avec leurs réponses, dans les colonnes que lit l&apos;importation des inscriptions, pour préremplir un formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="234"/>
        <source>Pairs and groups ({count})</source>
        <translation>Jumelages et groupes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="236"/>
        <source>People ({count})</source>
        <translation>Personnes ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="238"/>
        <source>{continued} continue, {rematched} to re-match, {closed} closed; {people} people carried into the new cycle.</source>
        <translation>{continued} continuent, {rematched} à rejumeler, {closed} terminés; {people} personnes reportées dans le nouveau cycle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="250"/>
        <source>Marked leaving but continuing: {names}.</source>
        <translation>Marqués comme partants mais qui continuent : {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="268"/>
        <source>Create cycle {label} and close {old}?

{summary}

{old} becomes read-only until you reopen it.</source>
        <translation>Créer le cycle {label} et fermer {old}?

{summary}

{old} sera en lecture seule jusqu&apos;à ce que vous le rouvriez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="271"/>
        <source>Start next cycle</source>
        <translation>Créer le cycle suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="291"/>
        <source>Starting the next cycle…</source>
        <translation>Création du cycle suivant…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="309"/>
        <location filename="../../ui/dialogs/next_cycle.py" line="322"/>
        <source>Export re-sign-up list</source>
        <translation>Exporter la liste de réinscription</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle.py" line="309"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/next_cycle.py" line="323"/>
        <source>Saved {file}: %n row(s).</source>
        <translation>
            <numerusform>{file} enregistré : %n ligne.</numerusform>
            <numerusform>{file} enregistré : %n lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrientationDialog</name>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="81"/>
        <source>Orientation of {name}</source>
        <translation>Orientation de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="93"/>
        <source>not recorded</source>
        <translation>non inscrit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="96"/>
        <source>e.g. Welcome evening</source>
        <translation>p. ex. Soirée d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="100"/>
        <source>Add session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="101"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="102"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="111"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="112"/>
        <source>Hours:</source>
        <translation>Heures&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="113"/>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/orientation.py" line="186"/>
        <source>Orientation…</source>
        <translation>Orientation…</translation>
    </message>
</context>
<context>
    <name>ParticipantFields</name>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="28"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="29"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="30"/>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="31"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="32"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="33"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="34"/>
        <source>Share phone</source>
        <translation>Partager le téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="35"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="36"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="37"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="38"/>
        <source>Letter language</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="39"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="40"/>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="41"/>
        <source>Stage</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="42"/>
        <source>Interests</source>
        <translation>Intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="43"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="44"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="45"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="46"/>
        <source>Other answers</source>
        <translation>Autres réponses</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="58"/>
        <source>a first name is required</source>
        <translation>le prénom est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="61"/>
        <source>a role is required</source>
        <translation>le rôle est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="62"/>
        <source>an email address is required</source>
        <translation>l&apos;adresse courriel est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="65"/>
        <source>not a phone number (expected e.g. 416-555-0123)</source>
        <translation>numéro de téléphone invalide (attendu&#xa0;: p. ex. 416-555-0123)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="68"/>
        <source>not a complete phone number (expected e.g. 416-555-0123)</source>
        <translation>numéro de téléphone incomplet (attendu&#xa0;: p. ex. 416-555-0123)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="71"/>
        <source>capacity must be a whole number of mentees (0 or more)</source>
        <translation>la capacité doit être un nombre entier de mentorés (0 ou plus)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="79"/>
        <source>longer than {count} characters</source>
        <translation>plus de {count} caractères</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_parts.py" line="83"/>
        <source>not a valid email address</source>
        <translation>adresse courriel invalide</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="73"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="75"/>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="95"/>
        <source>What they like to be called (optional)</source>
        <translation>Le nom qu&apos;on veut qu&apos;on lui donne (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="97"/>
        <source>e.g. she/her, il/lui (optional)</source>
        <translation>p. ex. elle, il, iel (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="99"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="101"/>
        <source>e.g. 416-555-0123</source>
        <translation>p. ex. 416-555-0123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="102"/>
        <source>May be shared with their match</source>
        <translation>Peut être transmis à son jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="110"/>
        <source>e.g. English, French</source>
        <translation>p. ex. anglais, français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="111"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="111"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="112"/>
        <source>The language of their letters</source>
        <translation>La langue de ses lettres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="116"/>
        <source>School or residency program</source>
        <translation>Faculté ou programme de résidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="118"/>
        <source>e.g. Year 2, PGY-3</source>
        <translation>p. ex. 2e année, R3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="121"/>
        <source>Separated by ; e.g. Neonatology; Research</source>
        <translation>Séparés par ; p. ex. Néonatologie; Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="125"/>
        <source>How many mentees a mentor can take</source>
        <translation>Combien de mentorés un mentor peut accompagner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="126"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="126"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="128"/>
        <source>Anything worth remembering about this person</source>
        <translation>Tout ce qui vaut la peine d&apos;être noté sur cette personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="144"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="172"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="173"/>
        <source>This cycle</source>
        <translation>Ce cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="177"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="182"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="182"/>
        <source>Add participant</source>
        <translation>Ajouter le participant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/participant_form.py" line="271"/>
        <source>Fill in a first name and an email address.</source>
        <translation>Inscrivez un prénom et une adresse courriel.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="183"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="184"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="185"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="186"/>
        <source>Coming back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="187"/>
        <source>Next cycle</source>
        <translation>Cycle suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="211"/>
        <source>Carried</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="211"/>
        <source>Not carried</source>
        <translation>Non reporté</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="102"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="105"/>
        <source>Everything changed since the backup was made will be replaced. The current data is saved as a safety copy first, so a restore can itself be undone.</source>
        <translation>Tout ce qui a changé depuis la sauvegarde sera remplacé. Les données actuelles sont d&apos;abord enregistrées dans une copie de sécurité&#xa0;: une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="119"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="149"/>
        <source>Chosen: {file}</source>
        <translation>Choisi&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="151"/>
        <source>Or restore a backup file from elsewhere.</source>
        <translation>Ou restaurez un fichier de sauvegarde venant d&apos;ailleurs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="159"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="161"/>
        <source>MentorDesk backups (*.mentordesk-backup *.db *.sqlite);;All files (*)</source>
        <translation>Sauvegardes MentorDesk (*.mentordesk-backup *.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProgramModels</name>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="58"/>
        <source>One-to-one national program</source>
        <translation>Programme national individuel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="59"/>
        <source>Cascading program</source>
        <translation>Programme en cascade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="60"/>
        <source>Small interprofessional groups</source>
        <translation>Petits groupes interprofessionnels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="63"/>
        <source>Assigned groups over several years</source>
        <translation>Groupes attitrés sur plusieurs années</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="66"/>
        <source>Faculty career mentoring</source>
        <translation>Mentorat de carrière du corps professoral</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="67"/>
        <location filename="../../ui/dialogs/new_program.py" line="69"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="75"/>
        <source>Each medical student has one resident mentor, for the year.</source>
        <translation>Chaque étudiant en médecine a un résident mentor, pour l&apos;année.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="78"/>
        <source>A program lead oversees resident mentors; residents work in groups with student mentors, and each student mentors one youth.</source>
        <translation>Un responsable encadre les résidents mentors; les résidents travaillent en groupes avec des étudiants mentors, et chaque étudiant est le mentor d&apos;un jeune.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="83"/>
        <source>One mentor with about four students of different disciplines, over two terms.</source>
        <translation>Un mentor avec environ quatre étudiants de disciplines différentes, sur deux sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="87"/>
        <source>Groups of students kept with the same mentor from year to year.</source>
        <translation>Des groupes d&apos;étudiants gardés avec le même mentor d&apos;une année à l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="90"/>
        <source>Junior faculty with a faculty mentor, with agreements, eligibility rules, orientation and surveys before and after.</source>
        <translation>Des professeurs en début de carrière avec un mentor du corps professoral&#xa0;: ententes de mentorat, règles d&apos;admissibilité, orientation et sondages avant et après.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="95"/>
        <source>Your own roles, most senior first; each relation starts as pairs.</source>
        <translation>Vos propres rôles, du plus expérimenté au moins expérimenté; chaque relation commence en paires.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/new_program.py" line="115"/>
        <source>{relation}: groups of {low}–{high}, %n mentor(s) each</source>
        <translation>
            <numerusform>{relation}&#xa0;: groupes de {low} à {high}, %n mentor chacun</numerusform>
            <numerusform>{relation}&#xa0;: groupes de {low} à {high}, %n mentors chacun</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="122"/>
        <source>{relation}: pairs</source>
        <translation>{relation}&#xa0;: paires</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../ui/dialogs/match_picker.py" line="50"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/match_picker.py" line="51"/>
        <source>never met</source>
        <translation>jamais rencontrés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/match_picker.py" line="52"/>
        <source>due soon</source>
        <translation>à faire bientôt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/match_picker.py" line="53"/>
        <source>on track</source>
        <translation>à jour</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="74"/>
        <source>Pair or group</source>
        <translation>Jumelage ou groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="75"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="76"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="77"/>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="78"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="79"/>
        <source>Closing reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="80"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="120"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_cycle_models.py" line="126"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="53"/>
        <source>dddd d MMMM yyyy &apos;at&apos; HH:mm</source>
        <translation>dddd d MMMM yyyy &apos;à&apos; HH &apos;h&apos; mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="55"/>
        <source>d MMMM yyyy &apos;at&apos; HH:mm</source>
        <translation>d MMMM yyyy &apos;à&apos; HH &apos;h&apos; mm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="71"/>
        <source>The passphrase is wrong or the backup is damaged.</source>
        <translation>La phrase de passe est erronée ou la sauvegarde est endommagée.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="228"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_wizard.py" line="232"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="353"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="356"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="402"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="403"/>
        <source>The data now comes from {backup}.

The data as it was before is kept in:
{copy}</source>
        <translation>Les données proviennent maintenant de {backup}.

Les données telles qu&apos;elles étaient avant sont conservées dans&#xa0;:
{copy}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="419"/>
        <source>Checking and restoring the backup…</source>
        <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>SafetyNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/safety_note.py" line="21"/>
        <source>Safety and boundary notes</source>
        <translation>Notes de sécurité et de limites</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/safety_note.py" line="30"/>
        <source>Only you see this note, here in MentorDesk. It never appears in letters, emails, PDFs or reports, and an export includes it only when you tick “Include safety notes”.</source>
        <translation>Vous seul voyez cette note, ici dans MentorDesk. Elle n&apos;apparaît jamais dans les lettres, courriels, PDF ou rapports, et une exportation ne l&apos;inclut que si vous cochez « Inclure les notes de sécurité ».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/safety_note.py" line="39"/>
        <source>Boundaries agreed, places to meet or avoid, who to call if worried…</source>
        <translation>Limites convenues, lieux de rencontre à privilégier ou à éviter, qui appeler en cas d&apos;inquiétude…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/safety_note.py" line="63"/>
        <source>{used} of {most} characters</source>
        <translation>{used} caractères sur {most}</translation>
    </message>
</context>
<context>
    <name>SurveyEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="123"/>
        <source>Edit survey</source>
        <translation>Modifier le sondage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="132"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="135"/>
        <source>Anonymous: keep no link to the person who answered</source>
        <translation>Anonyme : ne garder aucun lien avec la personne qui répond</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="149"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="153"/>
        <source>Sent:</source>
        <translation>Envoi :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="158"/>
        <source>Asked (none ticked: everyone):</source>
        <translation>Sollicités (aucun coché : tous) :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="163"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="163"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="164"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="164"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="180"/>
        <source>An answer is required</source>
        <translation>Une réponse est obligatoire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="182"/>
        <source>One answer a line: English | Français</source>
        <translation>Une réponse par ligne : English | Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="183"/>
        <source>Answers, one a line (English | Français):</source>
        <translation>Réponses, une par ligne (English | Français) :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="185"/>
        <source>In English:</source>
        <translation>En anglais :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="186"/>
        <source>In French:</source>
        <translation>En français :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="187"/>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="196"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="283"/>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="39"/>
        <source>Start of the cycle</source>
        <translation>Début du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="40"/>
        <source>Mid-year</source>
        <translation>Mi-année</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="41"/>
        <source>End of the cycle</source>
        <translation>Fin du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="42"/>
        <source>Days after a match begins</source>
        <translation>Jours après le début d&apos;un jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="43"/>
        <source>Before the program (pre)</source>
        <translation>Avant le programme (pré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="44"/>
        <source>After the program (post)</source>
        <translation>Après le programme (post)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="47"/>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="48"/>
        <source>Scale with labels</source>
        <translation>Échelle avec libellés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="49"/>
        <source>Rating 1 to 5</source>
        <translation>Note de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="50"/>
        <source>One choice</source>
        <translation>Un seul choix</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="51"/>
        <source>Several choices</source>
        <translation>Plusieurs choix</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="52"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="53"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="55"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_editor.py" line="56"/>
        <source>time sent</source>
        <translation>heure d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_editor.py" line="62"/>
        <source>%n day(s) after a match begins</source>
        <translation>
            <numerusform>%n jour après le début d&apos;un jumelage</numerusform>
            <numerusform>%n jours après le début d&apos;un jumelage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="78"/>
        <source>Letter templates and letterhead</source>
        <translation>Modèles de lettre et en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="98"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="98"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="108"/>
        <source>Wording</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="109"/>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="134"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="155"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="187"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="191"/>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="193"/>
        <source>Use the chosen version&apos;s words again (saved as a new version)</source>
        <translation>Reprendre le texte de la version choisie (enregistré comme nouvelle version)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="196"/>
        <source>Reset to standard wording</source>
        <translation>Revenir au texte standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="197"/>
        <source>Go back to the wording MentorDesk ships with</source>
        <translation>Revenir au texte fourni avec MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="201"/>
        <source>What changed (optional), e.g. “New coordinator&apos;s wording”</source>
        <translation>Ce qui a changé (facultatif), p. ex. « Nouvelle formule »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="203"/>
        <source>Save as new version</source>
        <translation>Enregistrer une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="220"/>
        <source>Save letterhead</source>
        <translation>Enregistrer l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="257"/>
        <source>Standard wording, as shipped (no saved version yet)</source>
        <translation>Texte standard, tel que fourni (aucune version enregistrée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="261"/>
        <source>no note</source>
        <translation>sans note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="262"/>
        <source>v{version}  ·  {when}  ·  {note}</source>
        <translation>v{version}  ·  {when}  ·  {note}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="266"/>
        <source>{version}   (in use)</source>
        <translation>{version}   (en usage)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="318"/>
        <source>Click to insert into “{field}”:</source>
        <translation>Cliquez pour insérer dans « {field} »&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="320"/>
        <source>“{field}” takes no placeholders.</source>
        <translation>« {field} » n&apos;accepte aucune variable.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="352"/>
        <source>Unsaved wording</source>
        <translation>Texte non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="353"/>
        <source>The wording has changes that are not saved as a version. Discard them?</source>
        <translation>Le texte comporte des modifications qui ne sont pas enregistrées comme version. Les abandonner?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="365"/>
        <source>program name</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="366"/>
        <source>organisation</source>
        <translation>organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="367"/>
        <source>coordinator&apos;s title</source>
        <translation>titre de la coordination</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="371"/>
        <source>The French letterhead is not filled in ({fields}): this letter prints it in English. Fill in the French column on the Letterhead tab.</source>
        <translation>L’en-tête français n’est pas rempli ({fields}) : cette lettre l’imprime en anglais. Remplissez la colonne Français de l’onglet En-tête.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="427"/>
        <source>Reset the wording</source>
        <translation>Revenir au texte standard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="429"/>
        <source>Go back to the standard wording for this language? Your versions stay in the history and can be restored.</source>
        <translation>Revenir au texte standard pour cette langue? Vos versions restent dans l&apos;historique et peuvent être restaurées.</translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="18"/>
        <source>Subject and introduction</source>
        <translation>Objet et introduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="21"/>
        <source>The match</source>
        <translation>Le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="22"/>
        <source>What happens next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="23"/>
        <source>Before the first meeting</source>
        <translation>Avant la première rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="26"/>
        <source>Closing and dates</source>
        <translation>Conclusion et dates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="27"/>
        <source>Email draft</source>
        <translation>Brouillon de courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="28"/>
        <source>Group letters</source>
        <translation>Lettres de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="36"/>
        <source>Subject (mentee, one mentor)</source>
        <translation>Objet (mentoré, un mentor)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="39"/>
        <source>Subject (mentee, several mentors)</source>
        <translation>Objet (mentoré, plusieurs mentors)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="42"/>
        <source>Subject (mentor, one mentee)</source>
        <translation>Objet (mentor, un mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="45"/>
        <source>Subject (mentor, several mentees)</source>
        <translation>Objet (mentor, plusieurs mentorés)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="48"/>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="49"/>
        <source>Introduction (mentee, one mentor)</source>
        <translation>Introduction (mentoré, un mentor)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="52"/>
        <source>Introduction (mentee, several mentors)</source>
        <translation>Introduction (mentoré, plusieurs mentors)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="55"/>
        <source>Introduction (mentor, one mentee)</source>
        <translation>Introduction (mentor, un mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="58"/>
        <source>Introduction (mentor, several mentees)</source>
        <translation>Introduction (mentor, plusieurs mentorés)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="61"/>
        <source>Heading (mentee, one mentor)</source>
        <translation>Titre (mentoré, un mentor)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="64"/>
        <source>Heading (mentee, several mentors)</source>
        <translation>Titre (mentoré, plusieurs mentors)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="67"/>
        <source>Heading (mentor, one mentee)</source>
        <translation>Titre (mentor, un mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="70"/>
        <source>Heading (mentor, several mentees)</source>
        <translation>Titre (mentor, plusieurs mentorés)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="73"/>
        <source>Label: email</source>
        <translation>Étiquette du courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="74"/>
        <source>Label: phone</source>
        <translation>Étiquette du téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="75"/>
        <source>Label: institution</source>
        <translation>Étiquette de l&apos;établissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="76"/>
        <source>Label: year or stage</source>
        <translation>Étiquette de l&apos;année ou du niveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="77"/>
        <source>Label: city</source>
        <translation>Étiquette de la ville</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="78"/>
        <source>Heading: why they were matched</source>
        <translation>Titre des raisons du jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="81"/>
        <source>Heading: conversation ideas</source>
        <translation>Titre des idées de conversation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="84"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="85"/>
        <source>First contact (mentee)</source>
        <translation>Premier contact (mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="86"/>
        <source>First contact (mentor, one mentee)</source>
        <translation>Premier contact (mentor, un mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="89"/>
        <source>First contact (mentor, several mentees)</source>
        <translation>Premier contact (mentor, plusieurs mentorés)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="92"/>
        <source>Rhythm of contacts</source>
        <translation>Rythme des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="93"/>
        <source>Cycle dates (start and end)</source>
        <translation>Dates du cycle (début et fin)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="94"/>
        <source>Cycle dates (start only)</source>
        <translation>Dates du cycle (début seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="95"/>
        <source>Cycle dates (end only)</source>
        <translation>Dates du cycle (fin seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="96"/>
        <source>Heading (mentee)</source>
        <translation>Titre (mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="97"/>
        <source>Introduction to the questions (mentee)</source>
        <translation>Introduction aux questions (mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="100"/>
        <source>Questions, one per line (mentee)</source>
        <translation>Questions, une par ligne (mentoré)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="101"/>
        <source>Paragraph for mentors</source>
        <translation>Paragraphe pour les mentors</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="102"/>
        <source>Questions sentence</source>
        <translation>Phrase sur les questions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="103"/>
        <source>Closing</source>
        <translation>Formule de conclusion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="104"/>
        <source>Header of later pages</source>
        <translation>En-tête des pages suivantes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="105"/>
        <source>Date pattern</source>
        <translation>Format de la date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="106"/>
        <source>How the 1st of a month is written</source>
        <translation>Façon d&apos;écrire le 1er du mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="109"/>
        <source>Email message</source>
        <translation>Message du courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="120"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="121"/>
        <source>Introduction (member)</source>
        <translation>Introduction (membre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="122"/>
        <source>Introduction (mentor)</source>
        <translation>Introduction (mentor)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="123"/>
        <source>Heading: the group&apos;s mentors</source>
        <translation>Titre : les mentors du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="126"/>
        <source>Heading: the group&apos;s members</source>
        <translation>Titre : les membres du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="129"/>
        <source>Heading: the first meeting</source>
        <translation>Titre : la première rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="132"/>
        <source>Label: when</source>
        <translation>Étiquette : quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="133"/>
        <source>Label: where</source>
        <translation>Étiquette : où</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="134"/>
        <source>Label: how</source>
        <translation>Étiquette : comment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="135"/>
        <source>First meeting not yet set</source>
        <translation>Première rencontre pas encore fixée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="138"/>
        <source>Rhythm of meetings</source>
        <translation>Rythme des rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="139"/>
        <source>Mode: in person</source>
        <translation>Moyen : en personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="140"/>
        <source>Mode: video call</source>
        <translation>Moyen : appel vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="141"/>
        <source>Mode: phone</source>
        <translation>Moyen : téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="142"/>
        <source>Mode: email or text</source>
        <translation>Moyen : courriel ou texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="149"/>
        <source>the recipient&apos;s name</source>
        <translation>le nom du destinataire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="150"/>
        <source>the program&apos;s name</source>
        <translation>le nom du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="151"/>
        <source>the cycle, e.g. 2025-2026</source>
        <translation>le cycle, p. ex. 2025-2026</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="152"/>
        <source>the organisation</source>
        <translation>l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="153"/>
        <source>the coordinator&apos;s name</source>
        <translation>le nom de la personne coordonnatrice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="154"/>
        <source>days to make first contact</source>
        <translation>jours pour le premier contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="155"/>
        <source>days between contacts</source>
        <translation>jours entre les contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="156"/>
        <source>how many mentors or mentees</source>
        <translation>le nombre de mentors ou de mentorés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="157"/>
        <source>the cycle&apos;s first day</source>
        <translation>le premier jour du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="158"/>
        <source>the cycle&apos;s last day</source>
        <translation>le dernier jour du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="159"/>
        <source>the coordinator and their email</source>
        <translation>la personne coordonnatrice et son courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="160"/>
        <source>the page number</source>
        <translation>le numéro de page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="161"/>
        <source>the day of the month</source>
        <translation>le jour du mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="162"/>
        <source>the month&apos;s name</source>
        <translation>le nom du mois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="163"/>
        <source>the year</source>
        <translation>l&apos;année</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="164"/>
        <source>the group&apos;s name</source>
        <translation>le nom du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/template_labels.py" line="178"/>
        <source>{section} › {field}: {names} cannot be filled here.</source>
        <translation>{section} › {field}&#xa0;: {names} ne peut pas être rempli ici.</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="71"/>
        <source>e.g. Wellness and burnout</source>
        <translation>p. ex. Bien-être et épuisement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="72"/>
        <source>e.g. Training</source>
        <translation>p. ex. Formation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="74"/>
        <source>Topic:</source>
        <translation>Sujet (anglais)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="75"/>
        <source>In French:</source>
        <translation>En français&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="76"/>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="33"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="35"/>
        <source>Topic</source>
        <translation>Sujet (anglais)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="37"/>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="40"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="44"/>
        <source>Contacts that mention this topic</source>
        <translation>Contacts qui mentionnent ce sujet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="49"/>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="51"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="53"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="98"/>
        <source>Topic catalogue</source>
        <translation>Catalogue des sujets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="104"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="106"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="108"/>
        <location filename="../../ui/dialogs/topics.py" line="147"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="123"/>
        <source>Topics appear in the contact dialogs, grouped by category. A hidden topic stays on the contacts that mention it.</source>
        <translation>Les sujets apparaissent dans les fenêtres de contact, groupés par catégorie. Un sujet masqué reste sur les contacts qui le mentionnent.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="147"/>
        <source>Show again</source>
        <translation>Afficher de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="177"/>
        <source>Add a topic</source>
        <translation>Ajouter un sujet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/topics.py" line="182"/>
        <source>Rename a topic</source>
        <translation>Renommer un sujet</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="32"/>
        <source>The year in steps</source>
        <translation>L&apos;année en étapes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="47"/>
        <source>Open the sample files folder</source>
        <translation>Ouvrir le dossier des fichiers d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="50"/>
        <source>Read more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="51"/>
        <source>Open this step&apos;s guide in the help window</source>
        <translation>Ouvrir le guide de cette étape dans la fenêtre d&apos;aide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="53"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="54"/>
        <location filename="../../ui/dialogs/tour.py" line="164"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="56"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="81"/>
        <source>1. Set up the program</source>
        <translation>1. Préparer le programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="83"/>
        <source>File → New program… names your program, its model and its first cycle (a cycle is one program year). The Program page then sets, for each relation, pairs or groups, how often they should meet and the criteria that count. Program → Eligibility rules… says who may be matched. To look around first, File → Open the demo… adds a fictional program.</source>
        <translation>Fichier → Nouveau programme… nomme votre programme, son modèle et son premier cycle (un cycle est une année du programme). La page Programme fixe ensuite, pour chaque relation, paires ou groupes, la fréquence des rencontres et les critères qui comptent. Programme → Règles d&apos;admissibilité… dit qui peut être jumelé. Pour explorer d&apos;abord, Fichier → Ouvrir la démo… ajoute un programme fictif.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="92"/>
        <source>2. Import the sign-ups</source>
        <translation>2. Importer les inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="94"/>
        <source>File → Import sign-ups… reads the spreadsheet of your sign-up form (CSV, Excel or OpenDocument), one file per role; you can also drop the file on the window. Every row is checked before anything is saved. Sample sign-up files to try are in this folder: {folder}</source>
        <translation>Fichier → Importer des inscriptions… lit le chiffrier de votre formulaire d&apos;inscription (CSV, Excel ou OpenDocument), un fichier par rôle; vous pouvez aussi déposer le fichier sur la fenêtre. Chaque ligne est vérifiée avant que rien ne soit enregistré. Des fichiers d&apos;inscription d&apos;exemple à essayer sont dans ce dossier : {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="102"/>
        <source>3. Match</source>
        <translation>3. Jumeler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="104"/>
        <source>On the Matching page, Propose finds the best overall set of matches with a score and its reasons. Accept or reject each proposal, or pair people by hand by dragging a mentor onto a mentee.</source>
        <translation>Sur la page Jumelage, Proposer trouve le meilleur ensemble de jumelages, avec une note et ses raisons. Acceptez ou rejetez chaque proposition, ou jumelez à la main en glissant un mentor sur un mentoré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="111"/>
        <source>4. Send the match letters</source>
        <translation>4. Envoyer les lettres de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="113"/>
        <source>The Letters page writes each person&apos;s match letter in their own language: preview it, save the PDFs and print them, or export e-mail drafts. Edit the templates and the letterhead from the same page.</source>
        <translation>La page Lettres rédige la lettre de jumelage de chaque personne dans sa langue : prévisualisez-la, enregistrez les PDF et imprimez-les, ou exportez des brouillons de courriel. Les modèles et l&apos;en-tête se modifient depuis la même page.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="120"/>
        <source>5. Follow the contacts</source>
        <translation>5. Suivre les contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="122"/>
        <source>Through the year, log each meeting, call or message (Ctrl+L). The Engagement page shows which pairs are on track, due soon, overdue or have never met, and who to nudge. The Agreements page keeps each pair&apos;s goals and their reviews.</source>
        <translation>Pendant l&apos;année, notez chaque rencontre, appel ou message (Ctrl+L). La page Suivi montre quelles paires sont à jour, bientôt dues, en retard ou ne se sont jamais rencontrées, et qui relancer. La page Ententes garde les objectifs de chaque paire et leurs bilans.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="130"/>
        <source>6. Surveys and the year&apos;s report</source>
        <translation>6. Sondages et bilan de l&apos;année</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="132"/>
        <source>The Surveys page makes a survey from a template, prints it or copies its questions into an online form, then imports the answers and shows the results. Back up often: the Backups page keeps verified copies.</source>
        <translation>La page Sondages crée un sondage d&apos;après un modèle, l&apos;imprime ou copie ses questions dans un formulaire en ligne, puis importe les réponses et montre les résultats. Sauvegardez souvent : la page Sauvegardes garde des copies vérifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="139"/>
        <source>7. Start the next cycle</source>
        <translation>7. Commencer le cycle suivant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="141"/>
        <source>At the end of the year, File → Start next cycle… decides in one screen which pairs continue, are re-matched or close, and who returns. The old cycle is then closed and kept as history. Press F1 on any page for its guide.</source>
        <translation>À la fin de l&apos;année, Fichier → Créer le cycle suivant… décide en un seul écran quelles paires continuent, sont rejumelées ou prennent fin, et qui revient. L&apos;ancien cycle est alors fermé et gardé comme historique. Appuyez sur F1 sur n&apos;importe quelle page pour son guide.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="156"/>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tour.py" line="164"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="192"/>
        <source>Type the backup&apos;s passphrase</source>
        <translation>Tapez la phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="193"/>
        <source>This backup is encrypted. Only its passphrase can open it.</source>
        <translation>Cette sauvegarde est chiffrée. Seule sa phrase de passe peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_wizard.py" line="199"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="250"/>
        <source>Welcome to MentorDesk</source>
        <translation>Bienvenue dans MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="254"/>
        <source>&lt;h3&gt;Welcome to MentorDesk&lt;/h3&gt;&lt;p&gt;Start by creating your program and this year&apos;s cycle. You can then import the sign-up spreadsheets, propose matches and write the match letters.&lt;/p&gt;&lt;p&gt;To look around first, load a demo program of fictional people; you can create your own program whenever you like.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans MentorDesk&lt;/h3&gt;&lt;p&gt;Commencez par créer votre programme et le cycle de cette année. Vous pourrez ensuite importer les chiffriers d&apos;inscription, proposer des jumelages et rédiger les lettres de jumelage.&lt;/p&gt;&lt;p&gt;Pour explorer d&apos;abord, chargez un programme de démonstration aux personnes fictives; vous pourrez créer votre propre programme quand vous voudrez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="262"/>
        <source>Create a program…</source>
        <translation>Créer un programme…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="264"/>
        <source>Load the demo program</source>
        <translation>Charger le programme de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_program.py" line="265"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
</TS>
