<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="227"/>
        <source>Mentoring agreement</source>
        <translation>Entente de mentorat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="230"/>
        <source>Agreement of {names}</source>
        <translation>Entente de {names}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="239"/>
        <source>For the coordinator only; never printed</source>
        <translation>Pour la coordination seulement; jamais imprimé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="259"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="261"/>
        <source>The program&apos;s cadence ({days} days)</source>
        <translation>Fréquence du programme ({days} jours)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="264"/>
        <source>This becomes the pair&apos;s cadence on the Engagement page</source>
        <translation>Devient la fréquence de ce jumelage à la page Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="265"/>
        <source>Signed on</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="282"/>
        <source>Types of support</source>
        <translation>Types de soutien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="292"/>
        <source>Meet at least every:</source>
        <translation>Se rencontrer au moins tous les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="297"/>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="298"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="302"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="303"/>
        <source>How either side may end the relationship</source>
        <translation>Comment chacun peut mettre fin à la relation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="309"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AnswerCatalogue</name>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="40"/>
        <source>Areas of interest</source>
        <translation>Domaines d’intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="41"/>
        <source>Mentoring style</source>
        <translation>Style de mentorat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="42"/>
        <source>Local or anywhere</source>
        <translation>Local ou n’importe où</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="43"/>
        <source>Way of meeting</source>
        <translation>Façon de se rencontrer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="44"/>
        <source>Yes or no answers</source>
        <translation>Réponses oui ou non</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="45"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="46"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="47"/>
        <source>Year of study or PGY</source>
        <translation>Année d’études ou de résidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="110"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="111"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="113"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="117"/>
        <source>Participants of this program who gave this answer</source>
        <translation>Participants de ce programme qui ont donné cette réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="122"/>
        <source>Also written</source>
        <translation>Aussi écrit</translation>
    </message>
</context>
<context>
    <name>AnswerCatalogueDialog</name>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="144"/>
        <source>Answer catalogue</source>
        <translation>Catalogue des réponses</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="155"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="157"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="159"/>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="161"/>
        <source>Make the selected value part of another one; its answers move there</source>
        <translation>Fondre la valeur choisie dans une autre; ses réponses y passent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="172"/>
        <source>Each answer of a sign-up form is matched to one of these values, in English or French, whatever the spelling. Matching and letters compare values, and show each one in the reader&apos;s language.</source>
        <translation>Chaque réponse d’un formulaire d’inscription est associée à l’une de ces valeurs, en anglais ou en français, quelle que soit l’orthographe. Le jumelage et les lettres comparent les valeurs et affichent chacune dans la langue du lecteur.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="179"/>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="183"/>
        <source>Program: {name}</source>
        <translation>Programme : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="251"/>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="266"/>
        <source>Rename a value</source>
        <translation>Renommer une valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="278"/>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="289"/>
        <source>Merge two values</source>
        <translation>Fusionner deux valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="279"/>
        <source>Merge “{value}” into:</source>
        <translation>Fusionner « {value} » avec :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/answer_catalogue.py" line="291"/>
        <source>“{drop}” becomes part of “{keep}”: %Ln participant(s) who gave it will have “{keep}” instead, and its spellings are recognised as “{keep}”. This cannot be undone.</source>
        <translation>
            <numerusform>« {drop} » est fondu dans « {keep} » : %Ln participant qui l’a donné aura « {keep} » à la place, et ses orthographes seront reconnues comme « {keep} ». Cette action est définitive.</numerusform>
            <numerusform>« {drop} » est fondu dans « {keep} » : %Ln participants qui l’ont donné auront « {keep} » à la place, et ses orthographes seront reconnues comme « {keep} ». Cette action est définitive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="43"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="44"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="45"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="46"/>
        <source>Maps to</source>
        <translation>Correspond à</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="62"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="163"/>
        <source>{value} (likely)</source>
        <translation>{value} (probable)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="175"/>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="182"/>
        <source>Keep as given</source>
        <translation>Garder telle quelle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="176"/>
        <source>Add as a new value…</source>
        <translation>Ajouter comme nouvelle valeur…</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="37"/>
        <source>Answers not in the catalogue</source>
        <translation>Réponses absentes du catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="59"/>
        <source>Use the suggestions</source>
        <translation>Utiliser les suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="61"/>
        <source>Map each answer to its most likely value; you can still change any</source>
        <translation>Associer chaque réponse à sa valeur la plus probable; chacune reste modifiable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="64"/>
        <source>Keep all as given</source>
        <translation>Tout garder tel quel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="65"/>
        <source>Import every answer as the person wrote it</source>
        <translation>Importer chaque réponse telle que la personne l’a écrite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="69"/>
        <source>An answer kept as given is imported as written; it does not count as the same as any catalogue value when matching. Your choices are remembered for the next import.</source>
        <translation>Une réponse gardée telle quelle est importée comme elle est écrite; au jumelage, elle ne compte comme aucune valeur du catalogue. Vos choix sont retenus pour la prochaine importation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="93"/>
        <source>%Ln answer(s) are not in the catalogue: map each to a value or add it. Likely matches are listed first.</source>
        <translation>
            <numerusform>%Ln réponse n’est pas dans le catalogue : associez-la à une valeur ou ajoutez-la. Les valeurs probables sont en tête de liste.</numerusform>
            <numerusform>%Ln réponses ne sont pas dans le catalogue : associez chacune à une valeur ou ajoutez-la. Les valeurs probables sont en tête de liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="103"/>
        <source>Use the suggestions ({count})</source>
        <translation>Utiliser les suggestions ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/answers_step.py" line="58"/>
        <source>Add to the catalogue</source>
        <translation>Ajouter au catalogue</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="49"/>
        <source>{name} (mentor)</source>
        <translation>{name} (mentor)</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="44"/>
        <source>A lost passphrase means a lost backup: nobody, not even MentorDesk&apos;s authors, can open an encrypted backup without it. Write it down and keep it somewhere safe.</source>
        <translation>Phrase de passe perdue, sauvegarde perdue : personne, pas même les auteurs de MentorDesk, ne peut ouvrir une sauvegarde chiffrée sans elle. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="52"/>
        <source>Backups you make yourself are kept until you delete them.</source>
        <translation>Les sauvegardes que vous faites vous-même sont conservées jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="58"/>
        <source>Backups made with “Back up now”, Ctrl+B or “mentordesk backup”, and the safety copies taken before a restore, are never deleted by MentorDesk: delete them on the Backups page when you no longer need them.</source>
        <translation>Les sauvegardes faites avec « Sauvegarder maintenant », Ctrl+B ou « mentordesk backup », et les copies de sécurité prises avant une restauration, ne sont jamais supprimées par MentorDesk : supprimez-les dans la page Sauvegardes quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="67"/>
        <source>This computer has no system keyring MentorDesk can use, so automatic backups are saved without a passphrase, readable only by your user account. To protect a copy you take elsewhere, use “Protect with a passphrase” on the Backups page.</source>
        <translation>Cet ordinateur n’a pas de trousseau système utilisable par MentorDesk : les sauvegardes automatiques sont donc enregistrées sans phrase de passe, lisibles seulement par votre compte. Pour protéger une copie que vous emportez ailleurs, utilisez « Protéger par une phrase de passe » dans la page Sauvegardes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_settings.py" line="107"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_settings.py" line="109"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_settings.py" line="110"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="126"/>
        <source>Automatic backups: keep only the newest.</source>
        <translation>Sauvegardes automatiques : garder seulement la plus récente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="129"/>
        <source>Automatic backups: keep the last {periods}.</source>
        <translation>Sauvegardes automatiques : garder la dernière de chaque période sur {periods}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="197"/>
        <source>Backup settings</source>
        <translation>Paramètres de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="203"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="205"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="213"/>
        <source>Back up automatically when MentorDesk closes and once a day</source>
        <translation>Sauvegarder automatiquement à la fermeture de MentorDesk et une fois par jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="219"/>
        <source>Automatic backups to keep</source>
        <translation>Sauvegardes automatiques à conserver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="222"/>
        <source>The last backup of each of the last</source>
        <comment>days</comment>
        <translation>La dernière sauvegarde de chaque jour, pendant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="223"/>
        <source>…and of each of the last</source>
        <comment>weeks</comment>
        <translation>…de chaque semaine, pendant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="224"/>
        <source>…and of each of the last</source>
        <comment>months</comment>
        <translation>…de chaque mois, pendant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="233"/>
        <source>Backups folder:</source>
        <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="254"/>
        <source>Encryption of automatic backups</source>
        <translation>Chiffrement des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="257"/>
        <source>Encrypt automatic backups with a passphrase kept in the keyring</source>
        <translation>Chiffrer les sauvegardes automatiques avec une phrase de passe gardée dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="262"/>
        <source>Leave empty to keep the stored passphrase</source>
        <translation>Laisser vide pour garder la phrase de passe enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="266"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="267"/>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="283"/>
        <source>{kept} Older automatic backups are deleted. {manual}</source>
        <translation>{kept} Les sauvegardes automatiques plus anciennes sont supprimées. {manual}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="300"/>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="322"/>
        <source>Choose a folder for the backups.</source>
        <translation>Choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="328"/>
        <source>MentorDesk cannot create or write to {folder}.</source>
        <translation>MentorDesk ne peut pas créer le dossier {folder} ni y écrire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="344"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="349"/>
        <source>Type the passphrase for automatic backups twice.</source>
        <translation>Tapez deux fois la phrase de passe des sauvegardes automatiques.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_settings.py" line="352"/>
        <source>The system keyring refused the passphrase; nothing was changed.</source>
        <translation>Le trousseau système a refusé la phrase de passe; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>BulkContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="47"/>
        <source>Log a contact for many matches</source>
        <translation>Noter un contact pour plusieurs jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="51"/>
        <source>Filter by name or email…</source>
        <translation>Filtrer par nom ou courriel…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="58"/>
        <source>Tick all shown</source>
        <translation>Cocher tout l’affichage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="60"/>
        <source>Untick all shown</source>
        <translation>Décocher tout l’affichage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="68"/>
        <source>e.g. Monthly group meeting: journal club</source>
        <translation>p. ex. Rencontre de groupe mensuelle : club de lecture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="95"/>
        <source>&lt;b&gt;Who attended?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui était présent?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="105"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="106"/>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="107"/>
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="108"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_contact.py" line="111"/>
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_contact.py" line="146"/>
        <source>%Ln match(es) ticked</source>
        <translation>
            <numerusform>%Ln jumelage coché</numerusform>
            <numerusform>%Ln jumelages cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_contact.py" line="147"/>
        <source>Log %Ln contact(s)</source>
        <translation>
            <numerusform>Noter %Ln contact</numerusform>
            <numerusform>Noter %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="30"/>
        <source>Edit selected participants</source>
        <translation>Modifier les participants sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="34"/>
        <source>Change %Ln selected participant(s). Only what you tick changes.</source>
        <translation>
            <numerusform>Modifier %Ln participant sélectionné. Seul ce que vous cochez change.</numerusform>
            <numerusform>Modifier %Ln participants sélectionnés. Seul ce que vous cochez change.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="37"/>
        <source>Capacity (mentees)</source>
        <translation>Capacité (mentorés)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="41"/>
        <source>How many mentees each of them can take</source>
        <translation>Nombre de mentorés que chacun peut accompagner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="42"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="44"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="45"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="46"/>
        <source>Stage</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="48"/>
        <source>e.g. Year 2, PGY-3</source>
        <translation>p. ex. 2e année, R3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="49"/>
        <source>Letter language</source>
        <translation>Langue des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="51"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="52"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="53"/>
        <source>The language of their letters and messages</source>
        <translation>La langue de leurs lettres et messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="78"/>
        <source>Change %Ln participant(s)</source>
        <translation>
            <numerusform>Modifier %Ln participant</numerusform>
            <numerusform>Modifier %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="91"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="93"/>
        <source>e.g. English, French (replaces theirs)</source>
        <translation>p. ex. anglais, français (remplace les leurs)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="94"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="100"/>
        <source>Only people without a live match can change role</source>
        <translation>Seules les personnes sans jumelage en cours peuvent changer de rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="101"/>
        <source>Add interests</source>
        <translation>Ajouter des intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="103"/>
        <source>e.g. Research, Advocacy (added to theirs)</source>
        <translation>p. ex. recherche, défense des intérêts (ajoutés aux leurs)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="104"/>
        <source>Next cycle</source>
        <translation>Prochain cycle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="106"/>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="107"/>
        <source>Coming back</source>
        <translation>Revient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="108"/>
        <source>Leaving</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_edit.py" line="109"/>
        <source>Whether they take part in the next cycle</source>
        <translation>S&apos;ils participent au prochain cycle</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="94"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="96"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="106"/>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="156"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="107"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="109"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="110"/>
        <source>What would change</source>
        <translation>Ce qui changerait</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="156"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="36"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="37"/>
        <source>Returning — linked to their earlier record</source>
        <translation>De retour — lié à sa fiche antérieure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="40"/>
        <source>Already known — linked to their record</source>
        <translation>Déjà connu — lié à sa fiche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="41"/>
        <source>Already in this cycle</source>
        <translation>Déjà dans ce cycle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="89"/>
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; in {file}:</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ligne&lt;/b&gt; dans {file} :</numerusform>
            <numerusform>&lt;b&gt;%Ln lignes&lt;/b&gt; dans {file} :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="92"/>
        <source>{count} new,</source>
        <translation>{count} nouveaux,</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="96"/>
        <source>{count} returning from an earlier cycle (linked),</source>
        <translation>{count} de retour d’un cycle précédent (liés),</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="102"/>
        <source>{count} already known in another role (linked),</source>
        <translation>{count} déjà connus dans un autre rôle (liés),</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="108"/>
        <source>{count} already in this cycle,</source>
        <translation>{count} déjà dans ce cycle,</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="113"/>
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; rejected.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ligne&lt;/b&gt; rejetée.</numerusform>
            <numerusform>&lt;b&gt;%Ln lignes&lt;/b&gt; rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="117"/>
        <source>Nothing has been saved yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="124"/>
        <source>Check what will happen</source>
        <translation>Vérifier ce qui va se passer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="153"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="285"/>
        <source>New</source>
        <comment>tab</comment>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="154"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="286"/>
        <source>Already known</source>
        <translation>Déjà connus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="155"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="287"/>
        <source>Changed details</source>
        <translation>Coordonnées modifiées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="156"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="288"/>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="159"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="305"/>
        <source>Preferred mentors to check</source>
        <translation>Mentors souhaités à vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="176"/>
        <source>Update all</source>
        <translation>Tout mettre à jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="177"/>
        <source>Apply the file&apos;s details to every returning person listed</source>
        <translation>Appliquer les données du fichier à chaque personne de retour listée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="179"/>
        <source>Keep all</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="180"/>
        <source>Keep every stored detail as it is; they are still linked</source>
        <translation>Garder toutes les données enregistrées telles quelles; les personnes restent liées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="184"/>
        <source>Ticked: the file&apos;s details replace the stored ones. Unticked: the stored details are kept (the person is still linked).</source>
        <translation>Coché : les données du fichier remplacent celles enregistrées. Décoché : les données enregistrées sont gardées (la personne reste liée).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="200"/>
        <source>Export rejected rows as CSV…</source>
        <translation>Exporter les lignes rejetées en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="202"/>
        <source>Save the rejected rows with what to fix, correct them and import that file</source>
        <translation>Enregistrer les lignes rejetées avec ce qu’il faut corriger, les corriger, puis importer ce fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="227"/>
        <source>These names, given as preferred mentors, fit several mentors of this cycle or none. The import changes nothing about them; matching counts a name only once it fits exactly one mentor.</source>
        <translation>Ces noms, donnés comme mentors souhaités, correspondent à plusieurs mentors de ce cycle ou à aucun. L&apos;importation n&apos;y change rien; le jumelage ne tient compte d&apos;un nom que lorsqu&apos;il correspond à un seul mentor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="256"/>
        <source>Nobody new in this file.</source>
        <translation>Personne de nouveau dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="258"/>
        <source>Nobody in this file is known yet.</source>
        <translation>Personne de ce fichier n’est déjà connu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="264"/>
        <source>No stored details would change.</source>
        <translation>Aucune donnée enregistrée ne changerait.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="270"/>
        <source>Every row can be imported.</source>
        <translation>Toutes les lignes peuvent être importées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="275"/>
        <source>%Ln row(s) will not be imported. Export them, fix them in the spreadsheet program and import that file afterwards.</source>
        <translation>
            <numerusform>%Ln ligne ne sera pas importée. Exportez-la, corrigez-la dans le tableur, puis importez ce fichier.</numerusform>
            <numerusform>%Ln lignes ne seront pas importées. Exportez-les, corrigez-les dans le tableur, puis importez ce fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="19"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="48"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="59"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="69"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="53"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="54"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="55"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="74"/>
        <source>Preferred mentor named</source>
        <translation>Mentor souhaité nommé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="75"/>
        <source>What matching finds</source>
        <translation>Ce que trouve le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="24"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="64"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="25"/>
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="65"/>
        <source>What to fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="59"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="63"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="64"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="66"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="72"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="78"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="84"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="89"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="89"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="90"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="91"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="92"/>
        <source>Called</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="94"/>
        <source>Leaves out</source>
        <translation>Écarte</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/corrections.py" line="93"/>
        <source>Row {number}</source>
        <translation>Ligne {number}</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/corrections.py" line="150"/>
        <source>Correct the highlighted cells here (point at one to see what is wrong), then check again. The file itself is not changed.</source>
        <translation>Corrigez ici les cellules surlignées (pointez-en une pour voir le problème), puis vérifiez de nouveau. Le fichier lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/corrections.py" line="155"/>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/corrections.py" line="158"/>
        <source>Check the rows again with your corrections; nothing is saved yet</source>
        <translation>Vérifier de nouveau les lignes avec vos corrections; rien n’est encore enregistré</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="24"/>
        <source>MentorDesk ran into a problem</source>
        <translation>MentorDesk a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="27"/>
        <source>The details were saved to &lt;b&gt;{path}&lt;/b&gt;.</source>
        <translation>Les détails ont été enregistrés dans &lt;b&gt;{path}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="29"/>
        <source>The details could not be saved to a file; copy them below.</source>
        <translation>Les détails n’ont pas pu être enregistrés dans un fichier; copiez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="33"/>
        <source>Something unexpected went wrong. Your data is safe: the last action was either saved completely or not at all.&lt;br&gt;&lt;br&gt;{where} Please send this file to your support contact.</source>
        <translation>Un problème imprévu est survenu. Vos données sont en sécurité : la dernière action a été enregistrée en entier ou pas du tout.&lt;br&gt;&lt;br&gt;{where} Veuillez envoyer ce fichier à votre personne-ressource du soutien technique.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="42"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="46"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>EligibilityRules</name>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="43"/>
        <source>is answered</source>
        <translation>a une réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="44"/>
        <source>is yes</source>
        <translation>est oui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="45"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="46"/>
        <source>is one of (separate with ;)</source>
        <translation>fait partie de (séparer par ;)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="47"/>
        <source>is at least (number)</source>
        <translation>est d&apos;au moins (nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="48"/>
        <source>is at most (number)</source>
        <translation>est d&apos;au plus (nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="49"/>
        <source>orientation attended by (date)</source>
        <translation>orientation suivie au plus tard le (date)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="50"/>
        <source>orientation hours at least</source>
        <translation>heures d&apos;orientation d&apos;au moins</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="53"/>
        <source>e.g. yes</source>
        <translation>p. ex. oui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="54"/>
        <source>e.g. North; East</source>
        <translation>p. ex. Nord; Est</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="55"/>
        <source>e.g. 3</source>
        <translation>p. ex. 3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="56"/>
        <source>e.g. 5</source>
        <translation>p. ex. 5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="57"/>
        <source>e.g. 2026-09-30</source>
        <translation>p. ex. 2026-09-30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="58"/>
        <source>e.g. 2</source>
        <translation>p. ex. 2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="69"/>
        <source>Orientation records</source>
        <translation>Séances d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="71"/>
        <source>Returning</source>
        <translation>De retour</translation>
    </message>
</context>
<context>
    <name>EligibilityRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="114"/>
        <source>Eligibility rules</source>
        <translation>Règles d&apos;admissibilité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="145"/>
        <source>e.g. years in the specialty</source>
        <translation>p. ex. années dans la spécialité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="146"/>
        <source>Add rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="148"/>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="165"/>
        <source>Rules for:</source>
        <translation>Règles pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="167"/>
        <source>Field:</source>
        <translation>Champ&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="168"/>
        <source>Test:</source>
        <translation>Test&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="169"/>
        <source>Value:</source>
        <translation>Valeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="170"/>
        <source>Called in reasons:</source>
        <translation>Nom dans les raisons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="259"/>
        <source>No rules: everyone in this role can be matched.</source>
        <translation>Aucune règle&#xa0;: tous les participants de ce rôle peuvent être jumelés.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/eligibility_rules.py" line="262"/>
        <source>These rules leave out {count} of {total} active participants.</source>
        <translation>Ces règles écartent {count} des {total} participants actifs.</translation>
    </message>
</context>
<context>
    <name>EndMatchDialog</name>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="23"/>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="24"/>
        <source>Conflict between them</source>
        <translation>Conflit entre eux</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="22"/>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="25"/>
        <source>Goals met</source>
        <translation>Objectifs atteints</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="26"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="41"/>
        <location filename="../../ui/dialogs/end_match.py" line="74"/>
        <source>End match</source>
        <translation>Mettre fin au jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="45"/>
        <source>End the match of {pair}?
They become unmatched and can be matched again. The reason is kept in the match&apos;s record.</source>
        <translation>Mettre fin au jumelage de {pair}?
Ils redeviennent non jumelés et pourront être jumelés de nouveau. La raison est gardée dans la fiche du jumelage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="54"/>
        <source>Optional note (required for “Other”)</source>
        <translation>Note facultative (requise pour « Autre »)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="57"/>
        <source>Re-match {name} now</source>
        <translation>Jumeler {name} de nouveau maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="59"/>
        <source>Re-match the mentee now</source>
        <translation>Jumeler le mentoré de nouveau maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="62"/>
        <source>After ending, open “Pair by hand” with the mentee chosen</source>
        <translation>Après la fin, ouvrir « Jumeler à la main » avec ce mentoré choisi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="69"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="68"/>
        <source>Why:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="95"/>
        <source>{cause}: {details}</source>
        <translation>{cause} : {details}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/end_match.py" line="99"/>
        <source>Say why the match ends.</source>
        <translation>Indiquez pourquoi le jumelage prend fin.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export.py" line="30"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="31"/>
        <source>Everyone in the cycle with every answer of their sign-up.</source>
        <translation>Toutes les personnes du cycle avec toutes les réponses de leur inscription.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="37"/>
        <source>Matches (mail merge)</source>
        <translation>Jumelages (publipostage)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="38"/>
        <source>One line per match with both people&apos;s names, emails, phones (when they agreed to share them) and institutions: ready for a mail merge.</source>
        <translation>Une ligne par jumelage avec les noms, courriels, téléphones (s’ils ont accepté de les partager) et établissements des deux personnes : prêt pour un publipostage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="46"/>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="47"/>
        <source>Every contact logged this cycle. Concern notes stay in MentorDesk.</source>
        <translation>Tous les contacts notés pendant ce cycle. Les notes de préoccupation restent dans MentorDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="60"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="61"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="65"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="66"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="76"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="80"/>
        <source>What to export:</source>
        <translation>Quoi exporter :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="99"/>
        <source>Cells that Excel would run as formulas are written as text</source>
        <translation>Les cellules qu’Excel exécuterait comme formules sont écrites comme du texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="102"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="105"/>
        <source>Include safety notes (matches only)</source>
        <translation>Inclure les notes de sécurité (jumelages seulement)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="107"/>
        <source>Adds each pair&apos;s safety and boundary note; leave unticked to share the file</source>
        <translation>Ajoute la note de sécurité et de limites de chaque jumelage; laissez décoché pour partager le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="116"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="148"/>
        <source>participants</source>
        <comment>file name</comment>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="149"/>
        <source>matches</source>
        <comment>file name</comment>
        <translation>jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export.py" line="150"/>
        <source>meetings</source>
        <comment>file name</comment>
        <translation>rencontres</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="28"/>
        <source>Choose the sign-up file</source>
        <translation>Choisir le fichier d’inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="39"/>
        <source>A CSV, Excel (.xlsx) or OpenDocument (.ods) file</source>
        <translation>Un fichier CSV, Excel (.xlsx) ou OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="42"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="51"/>
        <source>Choose the role…</source>
        <translation>Choisissez le rôle…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="54"/>
        <source>Everyone in this file signs up for this role</source>
        <translation>Toutes les personnes de ce fichier s’inscrivent pour ce rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="62"/>
        <source>Import into:</source>
        <translation>Importer dans :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="63"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="66"/>
        <source>People in this file are:</source>
        <translation>Les personnes de ce fichier sont :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="69"/>
        <source>Exports from Google Forms or Microsoft Forms work as they are, in English or French. Nothing is saved until you press Import at the end; every step shows what will happen first.</source>
        <translation>Les exportations de Google Forms ou de Microsoft Forms fonctionnent telles quelles, en français ou en anglais. Rien n’est enregistré avant que vous cliquiez sur Importer à la fin; chaque étape montre d’abord ce qui va se passer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="116"/>
        <source>Choose the spreadsheet to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="118"/>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="120"/>
        <source>Choose the sheet to import.</source>
        <translation>Choisissez la feuille à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="122"/>
        <source>Choose the role the people in this file sign up for.</source>
        <translation>Choisissez le rôle auquel s&apos;inscrivent les personnes de ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="127"/>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.xls *.ods *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="129"/>
        <source>Import sign-ups</source>
        <translation>Importer des inscriptions</translation>
    </message>
</context>
<context>
    <name>FirstMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="194"/>
        <source>First meeting of {group}</source>
        <translation>Première rencontre de {group}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="197"/>
        <source>The day is set</source>
        <translation>Le jour est fixé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="207"/>
        <source>e.g. 18:00</source>
        <translation>p. ex. 18 h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="210"/>
        <source>A room, an address or a video link</source>
        <translation>Une salle, une adresse ou un lien vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="213"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="221"/>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="222"/>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="223"/>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="224"/>
        <source>How:</source>
        <translation>Moyen :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="226"/>
        <source>The group&apos;s letters say this. Leave everything empty to say it will follow.</source>
        <translation>Les lettres du groupe l&apos;indiquent. Laissez tout vide pour dire que l&apos;information suivra.</translation>
    </message>
</context>
<context>
    <name>GenerateLettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="34"/>
        <source>Each recipient&apos;s own language</source>
        <translation>La langue de chaque destinataire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="37"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="38"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="86"/>
        <source>Write match letters</source>
        <translation>Rédiger les lettres de jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="91"/>
        <source>All confirmed matches ({count})</source>
        <translation>Tous les jumelages confirmés ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="94"/>
        <source>Only the selected matches ({count})</source>
        <translation>Seulement les jumelages sélectionnés ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="107"/>
        <source>Write every letter in one language, or each in its reader&apos;s</source>
        <translation>Rédiger toutes les lettres dans une langue, ou chacune dans celle de son lecteur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="109"/>
        <source>One PDF with every letter, to print</source>
        <translation>Un seul PDF avec toutes les lettres, à imprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="114"/>
        <location filename="../../ui/dialogs/generate_letters.py" line="122"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="116"/>
        <source>Start each letter on a new sheet (double-sided printing)</source>
        <translation>Commencer chaque lettre sur une feuille neuve (recto verso)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="117"/>
        <source>Adds a blank page after letters that end on an odd page</source>
        <translation>Ajoute une page blanche après les lettres qui finissent sur une page impaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="118"/>
        <source>One PDF per recipient, in a folder (to email them)</source>
        <translation>Un PDF par destinataire, dans un dossier (pour les envoyer par courriel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="120"/>
        <source>Letters {cycle}</source>
        <translation>Lettres {cycle}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="134"/>
        <source>Match letters {program} {cycle}</source>
        <translation>Lettres de jumelage {program} {cycle}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="139"/>
        <source>Which matches</source>
        <translation>Quels jumelages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="143"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="146"/>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="149"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="151"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="156"/>
        <source>Write letters</source>
        <translation>Rédiger les lettres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="164"/>
        <source>Before you write:</source>
        <translation>Avant de rédiger :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="181"/>
        <source>Save letters as</source>
        <translation>Enregistrer les lettres sous</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="188"/>
        <source>Folder for the letters</source>
        <translation>Dossier des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/generate_letters.py" line="207"/>
        <source>Choose a file name or a folder for the letters.</source>
        <translation>Choisissez un nom de fichier ou un dossier pour les lettres.</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="126"/>
        <source>Desired learning outcome</source>
        <translation>Résultat d&apos;apprentissage visé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="126"/>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="126"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="148"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="149"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="150"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="151"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="43"/>
        <source>Undone {when}</source>
        <translation>Annulée le {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/history.py" line="47"/>
        <source>%Ln person(s) matched — cannot undo</source>
        <translation>
            <numerusform>%Ln personne jumelée — annulation impossible</numerusform>
            <numerusform>%Ln personnes jumelées — annulation impossible</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="50"/>
        <source>Can be undone</source>
        <translation>Peut être annulée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="97"/>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="107"/>
        <source>Undo import…</source>
        <translation>Annuler l’importation…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="109"/>
        <source>Remove everyone the chosen import added (details it updated are not restored)</source>
        <translation>Retirer toutes les personnes ajoutées par l’importation choisie (les données qu’elle a mises à jour ne sont pas rétablies)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="112"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="122"/>
        <source>Sign-up imports into &lt;b&gt;{cycle}&lt;/b&gt;, newest first.</source>
        <translation>Importations d’inscriptions dans &lt;b&gt;{cycle}&lt;/b&gt;, les plus récentes en premier.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="143"/>
        <source>No sign-ups were imported into this cycle yet.</source>
        <translation>Aucune inscription n’a encore été importée dans ce cycle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="160"/>
        <source>Undo import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="161"/>
        <source>Undo the import of {file} ({when})?</source>
        <translation>Annuler l’importation de {file} ({when})?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/history.py" line="166"/>
        <source>The %Ln participant(s) it added will be removed. Details it updated on people already known are not restored.</source>
        <translation>
            <numerusform>Le participant qu’elle a ajouté sera retiré. Les données qu’elle a mises à jour pour des personnes déjà connues ne sont pas rétablies.</numerusform>
            <numerusform>Les %Ln participants qu’elle a ajoutés seront retirés. Les données qu’elle a mises à jour pour des personnes déjà connues ne sont pas rétablies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/history.py" line="184"/>
        <source>Undoing the import…</source>
        <translation>Annulation de l’importation…</translation>
    </message>
</context>
<context>
    <name>ImportMeetingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="31"/>
        <source>mentor&apos;s email</source>
        <translation>courriel du mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="32"/>
        <source>mentee&apos;s email</source>
        <translation>courriel du mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="33"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="34"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="35"/>
        <source>how they met</source>
        <translation>mode de rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="36"/>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="37"/>
        <source>who reached out</source>
        <translation>qui a pris contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="38"/>
        <source>topics</source>
        <translation>sujets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="39"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="40"/>
        <source>concern</source>
        <translation>préoccupation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="41"/>
        <source>concern details</source>
        <translation>détails de la préoccupation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="42"/>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="43"/>
        <source>who was absent</source>
        <translation>absents</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="44"/>
        <source>who was present</source>
        <translation>présents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="59"/>
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln ligne lue dans {file}.</numerusform>
            <numerusform>%Ln lignes lues dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="62"/>
        <source>%Ln contact(s) would be added.</source>
        <translation>
            <numerusform>%Ln contact serait ajouté.</numerusform>
            <numerusform>%Ln contacts seraient ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="66"/>
        <source>%Ln contact(s) were added.</source>
        <translation>
            <numerusform>%Ln contact a été ajouté.</numerusform>
            <numerusform>%Ln contacts ont été ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="72"/>
        <source>%Ln row(s) would be already logged and skipped.</source>
        <translation>
            <numerusform>%Ln ligne est déjà notée et serait ignorée.</numerusform>
            <numerusform>%Ln lignes sont déjà notées et seraient ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="79"/>
        <source>%Ln row(s) were already logged and skipped.</source>
        <translation>
            <numerusform>%Ln ligne était déjà notée et a été ignorée.</numerusform>
            <numerusform>%Ln lignes étaient déjà notées et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="88"/>
        <source>%Ln row(s) would be rejected: fix them in the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln ligne serait rejetée : corrigez-la dans le tableur et importez de nouveau.</numerusform>
            <numerusform>%Ln lignes seraient rejetées : corrigez-les dans le tableur et importez de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="95"/>
        <source>%Ln row(s) were rejected: fix them in the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln ligne a été rejetée : corrigez-la dans le tableur et importez de nouveau.</numerusform>
            <numerusform>%Ln lignes ont été rejetées : corrigez-les dans le tableur et importez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="104"/>
        <source>Nothing has been saved yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="110"/>
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… et %Ln autre.</numerusform>
            <numerusform>… et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="142"/>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="147"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="152"/>
        <source>Columns read:</source>
        <translation>Colonnes lues :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="153"/>
        <location filename="../../ui/dialogs/import_meetings.py" line="212"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="163"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="179"/>
        <source>. Not used: {columns}</source>
        <translation>. Non utilisées : {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="187"/>
        <source>Every row can be imported.</source>
        <translation>Toutes les lignes peuvent être importées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_meetings.py" line="199"/>
        <source>Choose the sheet that holds the contacts to import.</source>
        <translation>Choisissez la feuille qui contient les contacts à importer.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="64"/>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="352"/>
        <source>Import sign-ups</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="104"/>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="106"/>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="150"/>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="158"/>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="109"/>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="146"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="138"/>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="146"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="154"/>
        <source>Check the rows &gt;</source>
        <translation>Vérifier les lignes &gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="163"/>
        <source>Import %Ln person(s)</source>
        <translation>
            <numerusform>Importer %Ln personne</numerusform>
            <numerusform>Importer %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="166"/>
        <source>Save these people in one step; Undo stays possible</source>
        <translation>Enregistrer ces personnes en une seule étape; l’annulation reste possible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="221"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="264"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="310"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="30"/>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="31"/>
        <source>Remove the %Ln participant(s) this import added?</source>
        <translation>
            <numerusform>Retirer le participant ajouté par cette importation?</numerusform>
            <numerusform>Retirer les %Ln participants ajoutés par cette importation?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="54"/>
        <source>Undoing the import…</source>
        <translation>Annulation de l’importation…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="90"/>
        <source>Save column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="91"/>
        <source>Name of this mapping:</source>
        <translation>Nom de cette correspondance :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="109"/>
        <source>Delete mapping</source>
        <translation>Supprimer la correspondance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="110"/>
        <source>Delete the saved mapping “{name}”?</source>
        <translation>Supprimer la correspondance enregistrée « {name} »?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="134"/>
        <source>{name} - rejected rows.csv</source>
        <translation>{name} - lignes rejetées.csv</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="141"/>
        <source>Export rejected rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="143"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="154"/>
        <source>Rejected rows exported</source>
        <translation>Lignes rejetées exportées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="155"/>
        <source>%Ln row(s) saved to {file}. Fix them there and import that file; its last column says what to fix and is not imported.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans {file}. Corrigez-la dans ce fichier, puis importez-le; sa dernière colonne indique quoi corriger et n’est pas importée.</numerusform>
            <numerusform>%Ln lignes enregistrées dans {file}. Corrigez-les dans ce fichier, puis importez-le; sa dernière colonne indique quoi corriger et n’est pas importée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="353"/>
        <source>Create a program first.</source>
        <translation>Créez d’abord un programme.</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="51"/>
        <source>The program&apos;s name; rename it in the program</source>
        <translation>Le nom du programme ; renommez-le dans le programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="58"/>
        <source>Same as English</source>
        <translation>Comme en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="59"/>
        <source>The program&apos;s name as French letters print it</source>
        <translation>Le nom du programme tel qu’il paraît dans les lettres en français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="61"/>
        <source>How the coordinator signs French letters, e.g. “Dre Ada Lovelace”</source>
        <translation>Comment la coordination signe les lettres en français, p. ex. « Dre Ada Lovelace »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="63"/>
        <source>e.g. Canadian Paediatric Society</source>
        <translation>p. ex. Société de pédiatrie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="64"/>
        <source>Who signs the letters</source>
        <translation>Qui signe les lettres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="65"/>
        <source>e.g. Mentorship coordinator</source>
        <translation>p. ex. Coordonnatrice du mentorat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="67"/>
        <source>Where participants can write with questions</source>
        <translation>Où les participants peuvent écrire pour leurs questions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="73"/>
        <source>Choose logo…</source>
        <translation>Choisir le logo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="75"/>
        <source>A PNG or JPEG image under 1 MB, drawn in the letterhead</source>
        <translation>Une image PNG ou JPEG de moins de 1 Mo, placée dans l’en-tête</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="78"/>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="105"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="105"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="112"/>
        <source>Program name:</source>
        <translation>Nom du programme :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="113"/>
        <source>Organisation:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="114"/>
        <source>Coordinator:</source>
        <translation>Coordination :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="115"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="116"/>
        <source>Email:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="117"/>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="135"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="141"/>
        <source>The letterhead appears at the top of every letter, in the reader&apos;s language: a French field left empty prints the English words. The logo is kept in the program&apos;s database, so backups carry it.</source>
        <translation>L’en-tête paraît en haut de chaque lettre, dans la langue du lecteur : un champ français laissé vide reprend le texte anglais. Le logo est conservé dans la base de données du programme, les sauvegardes l’incluent donc.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="170"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="170"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letterhead_form.py" line="195"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="117"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="118"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="119"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="120"/>
        <source>Email / text</source>
        <translation>Courriel / texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="128"/>
        <location filename="../../ui/dialogs/log_contact.py" line="151"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="129"/>
        <source>The mentor</source>
        <translation>Le mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="130"/>
        <source>The mentee</source>
        <translation>Le mentoré</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="131"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="132"/>
        <source>The coordinator</source>
        <translation>La coordination</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="150"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="173"/>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="176"/>
        <source>The pair who were in touch</source>
        <translation>Le jumelage qui a été en contact</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="189"/>
        <source>Anything worth remembering (optional)</source>
        <translation>Tout ce qui mérite d’être retenu (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="192"/>
        <source>Flag a concern to follow up (boundaries, safety, wellbeing…)</source>
        <translation>Signaler une préoccupation à suivre (limites, sécurité, bien-être…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="196"/>
        <source>What is the concern?</source>
        <translation>Quelle est la préoccupation?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="215"/>
        <source>&lt;b&gt;Who was in touch?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui a été en contact?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="218"/>
        <source>There are no confirmed matches in this cycle to log a contact for.</source>
        <translation>Aucun jumelage confirmé dans ce cycle pour lequel noter un contact.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="224"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="225"/>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="226"/>
        <source>Length:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="227"/>
        <source>Who reached out:</source>
        <translation>Qui a pris contact :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="228"/>
        <source>Topics:</source>
        <translation>Sujets :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="229"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="203"/>
        <source>Log contact</source>
        <translation>Noter le contact</translation>
    </message>
</context>
<context>
    <name>LogGroupMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="90"/>
        <source>Change meeting</source>
        <translation>Modifier la rencontre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="92"/>
        <source>Log program meeting</source>
        <translation>Inscrire une rencontre du programme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="94"/>
        <source>Log group meeting</source>
        <translation>Inscrire une rencontre de groupe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="107"/>
        <source>Anything worth remembering (optional)</source>
        <translation>Ce qui mérite d&apos;être retenu (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="113"/>
        <source>Everyone present</source>
        <translation>Tout le monde présent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="115"/>
        <source>Nobody present</source>
        <translation>Personne de présent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="126"/>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="127"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="128"/>
        <source>How:</source>
        <translation>Moyen :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="129"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="130"/>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="143"/>
        <source>Attendance (untick who was absent):</source>
        <translation>Présences (décochez les absents) :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_group_meeting.py" line="167"/>
        <source>{present} of {total} present</source>
        <translation>{present} présents sur {total}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="28"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="30"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (texte Unicode d’Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="33"/>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="34"/>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="35"/>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="39"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="40"/>
        <source>Excel 97 workbook</source>
        <translation>Classeur Excel 97</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="44"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="45"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="46"/>
        <source>Full name (split into first and last)</source>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="47"/>
        <source>Preferred name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="48"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="49"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="50"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="51"/>
        <source>May share phone (yes/no)</source>
        <translation>Téléphone partageable (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="52"/>
        <source>School / residency program</source>
        <translation>École / programme de résidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="53"/>
        <source>Year of study / PGY</source>
        <translation>Année d’études / résidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="54"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="55"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="56"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="57"/>
        <source>Preferred language (English/French)</source>
        <translation>Langue préférée (anglais/français)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="58"/>
        <source>Areas of interest</source>
        <translation>Domaines d’intérêt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="59"/>
        <source>Local or anywhere</source>
        <translation>Local ou n’importe où</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="60"/>
        <source>Mentoring style (hands-on/laid-back)</source>
        <translation>Style de mentorat (encadrant/souple)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="61"/>
        <source>Gender preference for the match</source>
        <translation>Préférence de genre pour le jumelage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="62"/>
        <source>Own gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="63"/>
        <source>Cultural background (sensitive)</source>
        <translation>Origine culturelle (confidentiel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="64"/>
        <source>Mentor of a similar background wished (yes/no)</source>
        <translation>Mentor d&apos;origine semblable souhaité (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="67"/>
        <source>Capacity (mentees a mentor can take)</source>
        <translation>Capacité (mentorés par mentor)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="68"/>
        <source>Preferred mentors (names or emails)</source>
        <translation>Mentors souhaités (noms ou courriels)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="69"/>
        <source>Mentor must speak French (yes/no)</source>
        <translation>Le mentor doit parler français (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="70"/>
        <source>Mentor must speak English (yes/no)</source>
        <translation>Le mentor doit parler anglais (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="71"/>
        <source>Mentor must be local (yes/no)</source>
        <translation>Le mentor doit être local (oui/non)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="72"/>
        <source>Timestamp (kept as a custom field)</source>
        <translation>Horodateur (champ personnalisé)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="73"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="93"/>
        <source>sheet “{sheet}”</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="105"/>
        <source>{delimiter}-separated</source>
        <translation>séparé par {delimiter}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="110"/>
        <source>header on row {row}</source>
        <translation>en-tête à la ligne {row}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="115"/>
        <source>%Ln row(s) of data</source>
        <translation>
            <numerusform>%Ln ligne de données</numerusform>
            <numerusform>%Ln lignes de données</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="135"/>
        <source>“{header}”</source>
        <translation>« {header} »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="138"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="142"/>
        <source>{columns} both go to {field}: choose one of them.</source>
        <translation>{columns} vont toutes deux vers {field} : choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="148"/>
        <source>No column goes to Email: choose the column with email addresses.</source>
        <translation>Aucune colonne ne va vers Courriel : choisissez la colonne des adresses courriel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="154"/>
        <source>No column goes to First name or Full name.</source>
        <translation>Aucune colonne ne va vers Prénom ou Nom complet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="162"/>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="187"/>
        <source>Save mapping as…</source>
        <translation>Enregistrer la correspondance sous…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="188"/>
        <source>Keep this mapping to reuse with next year&apos;s form</source>
        <translation>Garder cette correspondance pour le formulaire de l’an prochain</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="190"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="191"/>
        <source>Delete the chosen saved mapping</source>
        <translation>Supprimer la correspondance enregistrée choisie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="206"/>
        <source>Column mapping:</source>
        <translation>Correspondance des colonnes :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="216"/>
        <source>Each column’s field is under its header (“Maps to”). Columns that match no field are kept as custom fields on each person, never dropped.</source>
        <translation>Le champ de chaque colonne est sous son en-tête (« Va vers »). Les colonnes qui ne correspondent à aucun champ sont gardées comme champs personnalisés de chaque personne, jamais perdues.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="240"/>
        <source>Automatic (from the column headers)</source>
        <translation>Automatique (d’après les en-têtes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="255"/>
        <source>Keep as custom field</source>
        <translation>Garder comme champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="258"/>
        <source>Ignore this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="259"/>
        <source>Where the column “{header}” goes</source>
        <translation>Où va la colonne « {header} »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="307"/>
        <source>Kept as custom fields: {columns}</source>
        <translation>Gardées comme champs personnalisés : {columns}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="310"/>
        <source>Not imported: {columns}</source>
        <translation>Non importées : {columns}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/models.py" line="80"/>
        <source>Maps to</source>
        <translation>Va vers</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="350"/>
        <source>Mid-year review</source>
        <translation>Bilan de mi-parcours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="350"/>
        <source>End-of-year review</source>
        <translation>Bilan de fin d&apos;année</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="352"/>
        <source>Where does each goal of {names} stand?</source>
        <translation>Où en est chaque objectif de {names}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/agreement_editor.py" line="374"/>
        <source>Reviewed on:</source>
        <translation>Bilan fait le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="73"/>
        <source>{role} (mentee of {above}, mentor of {below})</source>
        <translation>{role} (mentoré de {above}, mentor de {below})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="77"/>
        <source>{role} (mentor of {below})</source>
        <translation>{role} (mentor de {below})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="79"/>
        <source>{role} (mentee of {above})</source>
        <translation>{role} (mentoré de {above})</translation>
    </message>
</context>
<context>
    <name>SheetChoice</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_common.py" line="32"/>
        <source>{sheet} (%Ln row(s), hidden)</source>
        <translation>
            <numerusform>{sheet} (%Ln ligne, masquée)</numerusform>
            <numerusform>{sheet} (%Ln lignes, masquée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_common.py" line="36"/>
        <source>{sheet} (%Ln row(s))</source>
        <translation>
            <numerusform>{sheet} (%Ln ligne)</numerusform>
            <numerusform>{sheet} (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="94"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_common.py" line="113"/>
        <source>Choose a sheet…</source>
        <translation>Choisir une feuille…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_common.py" line="120"/>
        <source>This workbook holds data on %Ln sheet(s). Choose the one to import; the others are left out.</source>
        <translation>
            <numerusform>Ce classeur contient des données sur %Ln feuille. Choisissez celle à importer; les autres sont laissées de côté.</numerusform>
            <numerusform>Ce classeur contient des données sur %Ln feuilles. Choisissez celle à importer; les autres sont laissées de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="17"/>
        <source>&lt;p&gt;&lt;b&gt;{file}&lt;/b&gt; was imported.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{file}&lt;/b&gt; a été importé.&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="21"/>
        <source>%Ln participant(s) added to the roster</source>
        <translation>
            <numerusform>%Ln participant ajouté à la liste</numerusform>
            <numerusform>%Ln participants ajoutés à la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="26"/>
        <source>%Ln of them returning from an earlier cycle, linked to their record</source>
        <translation>
            <numerusform>dont %Ln de retour d’un cycle précédent, lié à sa fiche</numerusform>
            <numerusform>dont %Ln de retour d’un cycle précédent, liés à leur fiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="34"/>
        <source>%Ln person(s) had their details updated</source>
        <translation>
            <numerusform>%Ln personne a eu ses données mises à jour</numerusform>
            <numerusform>%Ln personnes ont eu leurs données mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="42"/>
        <source>%Ln already in this cycle, unchanged</source>
        <translation>
            <numerusform>%Ln déjà dans ce cycle, inchangé</numerusform>
            <numerusform>%Ln déjà dans ce cycle, inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="50"/>
        <source>&lt;b&gt;%Ln row(s) not imported&lt;/b&gt; — export them, fix them and import that file</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ligne non importée&lt;/b&gt; — exportez-la, corrigez-la et importez ce fichier</numerusform>
            <numerusform>&lt;b&gt;%Ln lignes non importées&lt;/b&gt; — exportez-les, corrigez-les et importez ce fichier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="65"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="76"/>
        <source>Changed your mind? Undo removes everyone this import added (people it only updated keep their new details). Later, use File → Import history…</source>
        <translation>Vous avez changé d’idée? Annuler retire toutes les personnes ajoutées par cette importation (celles qu’elle a seulement mises à jour gardent leurs nouvelles données). Plus tard, utilisez Fichier → Historique des importations…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="82"/>
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="100"/>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="84"/>
        <source>Export rejected rows as CSV…</source>
        <translation>Exporter les lignes rejetées en CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="105"/>
        <source>&lt;p&gt;&lt;b&gt;The import was undone.&lt;/b&gt; %Ln participant(s) removed from the roster.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;L’importation a été annulée.&lt;/b&gt; %Ln participant retiré de la liste.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;L’importation a été annulée.&lt;/b&gt; %Ln participants retirés de la liste.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="48"/>
        <source>Career path</source>
        <translation>Parcours de carrière</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="49"/>
        <source>Professional growth</source>
        <translation>Développement professionnel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="50"/>
        <source>Research and advocacy</source>
        <translation>Recherche et défense des intérêts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="51"/>
        <source>Residency application</source>
        <translation>Candidature en résidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="52"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="53"/>
        <source>Well-being</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="69"/>
        <source>Tick what they talked about</source>
        <translation>Cochez les sujets abordés</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/log_contact.py" line="61"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ValueForm</name>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="81"/>
        <source>Other spellings, separated by commas</source>
        <translation>Autres orthographes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="83"/>
        <source>In English:</source>
        <translation>En anglais :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="84"/>
        <source>In French:</source>
        <translation>En français :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/answer_catalogue.py" line="86"/>
        <source>Also written:</source>
        <translation>Aussi écrit :</translation>
    </message>
</context>
</TS>
