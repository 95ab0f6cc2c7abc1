<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceImport</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="210"/>
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln row read from {file}.</numerusform>
            <numerusform>%Ln rows read from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="213"/>
        <source>%Ln session(s) would be added.</source>
        <translation>
            <numerusform>%Ln session would be added.</numerusform>
            <numerusform>%Ln sessions would be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="217"/>
        <source>%Ln session(s) were added.</source>
        <translation>
            <numerusform>%Ln session were added.</numerusform>
            <numerusform>%Ln sessions were added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="223"/>
        <source>%Ln row(s) already recorded and skipped.</source>
        <translation>
            <numerusform>%Ln row already recorded and skipped.</numerusform>
            <numerusform>%Ln rows already recorded and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/orientation.py" line="229"/>
        <source>%Ln row(s) rejected: fix the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln row rejected: fix the spreadsheet and import again.</numerusform>
            <numerusform>%Ln rows rejected: fix the spreadsheet and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
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
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextCycleDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/next_cycle.py" line="323"/>
        <source>Saved {file}: %n row(s).</source>
        <translation>
            <numerusform>Saved {file}: %n row.</numerusform>
            <numerusform>Saved {file}: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramModels</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/new_program.py" line="115"/>
        <source>{relation}: groups of {low}–{high}, %n mentor(s) each</source>
        <translation>
            <numerusform>{relation}: groups of {low}–{high}, %n mentor each</numerusform>
            <numerusform>{relation}: groups of {low}–{high}, %n mentors each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/restore_wizard.py" line="232"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_editor.py" line="62"/>
        <source>%n day(s) after a match begins</source>
        <translation>
            <numerusform>%n day after a match begins</numerusform>
            <numerusform>%n days after a match begins</numerusform>
        </translation>
    </message>
</context>
</TS>
