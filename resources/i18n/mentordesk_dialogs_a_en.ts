<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerCatalogueDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/answer_catalogue.py" line="291"/>
        <source>“{drop}” becomes part of “{keep}”: %Ln participant(s) who gave it will have “{keep}” instead, and its spellings are recognised as “{keep}”. This cannot be undone.</source>
        <translation>
            <numerusform>“{drop}” becomes part of “{keep}”: %Ln participant who gave it will have “{keep}” instead, and its spellings are recognised as “{keep}”. This cannot be undone.</numerusform>
            <numerusform>“{drop}” becomes part of “{keep}”: %Ln participants who gave it will have “{keep}” instead, and its spellings are recognised as “{keep}”. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/answers_model.py" line="62"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/answers_page.py" line="93"/>
        <source>%Ln answer(s) are not in the catalogue: map each to a value or add it. Likely matches are listed first.</source>
        <translation>
            <numerusform>%Ln answer is not in the catalogue: map it to a value or add it. Likely matches are listed first.</numerusform>
            <numerusform>%Ln answers are not in the catalogue: map each to a value or add it. Likely matches are listed first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_settings.py" line="107"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_settings.py" line="109"/>
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/backup_settings.py" line="110"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkContactDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_contact.py" line="146"/>
        <source>%Ln match(es) ticked</source>
        <translation>
            <numerusform>%Ln match ticked</numerusform>
            <numerusform>%Ln matches ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_contact.py" line="147"/>
        <source>Log %Ln contact(s)</source>
        <translation>
            <numerusform>Log %Ln contact</numerusform>
            <numerusform>Log %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="34"/>
        <source>Change %Ln selected participant(s). Only what you tick changes.</source>
        <translation>
            <numerusform>Change %Ln selected participant. Only what you tick changes.</numerusform>
            <numerusform>Change %Ln selected participants. Only what you tick changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/bulk_edit.py" line="78"/>
        <source>Change %Ln participant(s)</source>
        <translation>
            <numerusform>Change %Ln participant</numerusform>
            <numerusform>Change %Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="89"/>
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; in {file}:</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row&lt;/b&gt; in {file}:</numerusform>
            <numerusform>&lt;b&gt;%Ln rows&lt;/b&gt; in {file}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="113"/>
        <source>&lt;b&gt;%Ln row(s)&lt;/b&gt; rejected.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row&lt;/b&gt; rejected.</numerusform>
            <numerusform>&lt;b&gt;%Ln rows&lt;/b&gt; rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/check_page.py" line="275"/>
        <source>%Ln row(s) will not be imported. Export them, fix them in the spreadsheet program and import that file afterwards.</source>
        <translation>
            <numerusform>%Ln row will not be imported. Export it, fix it in the spreadsheet program and import that file afterwards.</numerusform>
            <numerusform>%Ln rows will not be imported. Export them, fix them in the spreadsheet program and import that file afterwards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/history.py" line="47"/>
        <source>%Ln person(s) matched — cannot undo</source>
        <translation>
            <numerusform>%Ln person matched — cannot undo</numerusform>
            <numerusform>%Ln people matched — cannot undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/history.py" line="166"/>
        <source>The %Ln participant(s) it added will be removed. Details it updated on people already known are not restored.</source>
        <translation>
            <numerusform>The %Ln participant it added will be removed. Details it updated on people already known are not restored.</numerusform>
            <numerusform>The %Ln participants it added will be removed. Details it updated on people already known are not restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMeetingsDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="59"/>
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln row read from {file}.</numerusform>
            <numerusform>%Ln rows read from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="62"/>
        <source>%Ln contact(s) would be added.</source>
        <translation>
            <numerusform>%Ln contact would be added.</numerusform>
            <numerusform>%Ln contacts would be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="66"/>
        <source>%Ln contact(s) were added.</source>
        <translation>
            <numerusform>%Ln contact was added.</numerusform>
            <numerusform>%Ln contacts were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="72"/>
        <source>%Ln row(s) would be already logged and skipped.</source>
        <translation>
            <numerusform>%Ln row would be already logged and skipped.</numerusform>
            <numerusform>%Ln rows would be already logged and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="79"/>
        <source>%Ln row(s) were already logged and skipped.</source>
        <translation>
            <numerusform>%Ln row was already logged and skipped.</numerusform>
            <numerusform>%Ln rows were already logged and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="88"/>
        <source>%Ln row(s) would be rejected: fix them in the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln row would be rejected: fix it in the spreadsheet and import again.</numerusform>
            <numerusform>%Ln rows would be rejected: fix them in the spreadsheet and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="95"/>
        <source>%Ln row(s) were rejected: fix them in the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln row was rejected: fix it in the spreadsheet and import again.</numerusform>
            <numerusform>%Ln rows were rejected: fix them in the spreadsheet and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_meetings.py" line="110"/>
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="163"/>
        <source>Import %Ln person(s)</source>
        <translation>
            <numerusform>Import %Ln person</numerusform>
            <numerusform>Import %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="31"/>
        <source>Remove the %Ln participant(s) this import added?</source>
        <translation>
            <numerusform>Remove the %Ln participant this import added?</numerusform>
            <numerusform>Remove the %Ln participants this import added?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/actions.py" line="155"/>
        <source>%Ln row(s) saved to {file}. Fix them there and import that file; its last column says what to fix and is not imported.</source>
        <translation>
            <numerusform>%Ln row saved to {file}. Fix it there and import that file; its last column says what to fix and is not imported.</numerusform>
            <numerusform>%Ln rows saved to {file}. Fix them there and import that file; its last column says what to fix and is not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/mapping_page.py" line="115"/>
        <source>%Ln row(s) of data</source>
        <translation>
            <numerusform>%Ln row of data</numerusform>
            <numerusform>%Ln rows of data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetChoice</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_common.py" line="32"/>
        <source>{sheet} (%Ln row(s), hidden)</source>
        <translation>
            <numerusform>{sheet} (%Ln row, hidden)</numerusform>
            <numerusform>{sheet} (%Ln rows, hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_common.py" line="36"/>
        <source>{sheet} (%Ln row(s))</source>
        <translation>
            <numerusform>{sheet} (%Ln row)</numerusform>
            <numerusform>{sheet} (%Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_common.py" line="120"/>
        <source>This workbook holds data on %Ln sheet(s). Choose the one to import; the others are left out.</source>
        <translation>
            <numerusform>This workbook holds data on %Ln sheet. Choose the one to import; the others are left out.</numerusform>
            <numerusform>This workbook holds data on %Ln sheets. Choose the one to import; the others are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="21"/>
        <source>%Ln participant(s) added to the roster</source>
        <translation>
            <numerusform>%Ln participant added to the roster</numerusform>
            <numerusform>%Ln participants added to the roster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="26"/>
        <source>%Ln of them returning from an earlier cycle, linked to their record</source>
        <translation>
            <numerusform>%Ln of them returning from an earlier cycle, linked to their record</numerusform>
            <numerusform>%Ln of them returning from an earlier cycle, linked to their record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="34"/>
        <source>%Ln person(s) had their details updated</source>
        <translation>
            <numerusform>%Ln person had their details updated</numerusform>
            <numerusform>%Ln people had their details updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="42"/>
        <source>%Ln already in this cycle, unchanged</source>
        <translation>
            <numerusform>%Ln already in this cycle, unchanged</numerusform>
            <numerusform>%Ln already in this cycle, unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="50"/>
        <source>&lt;b&gt;%Ln row(s) not imported&lt;/b&gt; — export them, fix them and import that file</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row not imported&lt;/b&gt; — export it, fix it and import that file</numerusform>
            <numerusform>&lt;b&gt;%Ln rows not imported&lt;/b&gt; — export them, fix them and import that file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard/summary_page.py" line="105"/>
        <source>&lt;p&gt;&lt;b&gt;The import was undone.&lt;/b&gt; %Ln participant(s) removed from the roster.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;The import was undone.&lt;/b&gt; %Ln participant removed from the roster.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;The import was undone.&lt;/b&gt; %Ln participants removed from the roster.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
