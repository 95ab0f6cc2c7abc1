<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/agreements.py" line="243"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/agreements.py" line="245"/>
        <source>%Ln without one</source>
        <translation>
            <numerusform>%Ln without one</numerusform>
            <numerusform>%Ln without one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/agreements.py" line="421"/>
        <source>%Ln agreement(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln agreement written to {path}.</numerusform>
            <numerusform>%Ln agreements written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
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
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="98"/>
        <source>%Ln contact(s) logged.</source>
        <translation>
            <numerusform>%Ln contact logged.</numerusform>
            <numerusform>%Ln contacts logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="185"/>
        <source>Remove the %Ln contact(s) imported from {file} on {day}?

Pairs the import marked as active go back to their earlier status, unless a contact was logged for them since.</source>
        <translation>
            <numerusform>Remove the %Ln contact imported from {file} on {day}?

Pairs the import marked as active go back to their earlier status, unless a contact was logged for them since.</numerusform>
            <numerusform>Remove the %Ln contacts imported from {file} on {day}?

Pairs the import marked as active go back to their earlier status, unless a contact was logged for them since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="238"/>
        <source>%Ln pair(s) to nudge written to {path}.</source>
        <translation>
            <numerusform>%Ln pair to nudge written to {path}.</numerusform>
            <numerusform>%Ln pairs to nudge written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/actions.py" line="257"/>
        <source>%Ln follow-up reminder(s) written to {path}.
Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%Ln follow-up reminder written to {path}.
Open the file with your calendar program to add them.</numerusform>
            <numerusform>%Ln follow-up reminders written to {path}.
Open the file with your calendar program to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementCadence</name>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/cadence_text.py" line="31"/>
        <source>%Ln day(s) ({relation})</source>
        <translation>
            <numerusform>%Ln day ({relation})</numerusform>
            <numerusform>%Ln days ({relation})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/page.py" line="221"/>
        <source>%Ln live match(es)</source>
        <translation>
            <numerusform>%Ln live match</numerusform>
            <numerusform>%Ln live matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/page.py" line="223"/>
        <source>contact expected every %Ln day(s)</source>
        <translation>
            <numerusform>contact expected every %Ln day</numerusform>
            <numerusform>contact expected every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupingDialog</name>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/settings_dialog.py" line="132"/>
        <source>%n kept together</source>
        <translation>
            <numerusform>%n kept together</numerusform>
            <numerusform>%n kept together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/settings_dialog.py" line="133"/>
        <source>%n kept apart</source>
        <translation>
            <numerusform>%n kept apart</numerusform>
            <numerusform>%n kept apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="289"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="290"/>
        <source>%n member(s) placed</source>
        <translation>
            <numerusform>%n member placed</numerusform>
            <numerusform>%n members placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="292"/>
        <source>%n not in a group</source>
        <translation>
            <numerusform>%n not in a group</numerusform>
            <numerusform>%n not in a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="374"/>
        <source>Confirm %n group(s)</source>
        <translation>
            <numerusform>Confirm %n group</numerusform>
            <numerusform>Confirm %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/groups/page.py" line="415"/>
        <source>Proposed %n group(s).</source>
        <translation>
            <numerusform>Proposed %n group.</numerusform>
            <numerusform>Proposed %n groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/groups.py" line="349"/>
        <source>Wrote {letters} letters for %Ln group(s) to {file}.</source>
        <translation>
            <numerusform>Wrote {letters} letters for %Ln group to {file}.</numerusform>
            <numerusform>Wrote {letters} letters for %Ln groups to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="291"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="292"/>
        <source>%Ln letter(s)</source>
        <translation>
            <numerusform>%Ln letter</numerusform>
            <numerusform>%Ln letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="296"/>
        <source>%Ln email draft(s)</source>
        <translation>
            <numerusform>%Ln email draft</numerusform>
            <numerusform>%Ln email drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/__init__.py" line="311"/>
        <source>%Ln single letter(s) saved in {folder} too.</source>
        <translation>
            <numerusform>%Ln single letter saved in {folder} too.</numerusform>
            <numerusform>%Ln single letters saved in {folder} too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="326"/>
        <source>Save and confirm all %Ln proposed match(es)? You can undo it.</source>
        <translation>
            <numerusform>Save and confirm all %Ln proposed match? You can undo it.</numerusform>
            <numerusform>Save and confirm all %Ln proposed matches? You can undo it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="336"/>
        <source>accept %Ln proposal(s)</source>
        <translation>
            <numerusform>accept %Ln proposal</numerusform>
            <numerusform>accept %Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="349"/>
        <source>confirm %Ln match(es)</source>
        <translation>
            <numerusform>confirm %Ln match</numerusform>
            <numerusform>confirm %Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/page.py" line="357"/>
        <source>reject %Ln match(es)</source>
        <translation>
            <numerusform>reject %Ln match</numerusform>
            <numerusform>reject %Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsMixin</name>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/proposals.py" line="57"/>
        <source>%Ln proposed</source>
        <translation>
            <numerusform>%Ln proposed</numerusform>
            <numerusform>%Ln proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matching/proposals.py" line="61"/>
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentees</numerusform>
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
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_actions.py" line="37"/>
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster_actions.py" line="67"/>
        <source>%Ln participation(s)</source>
        <translation>
            <numerusform>%Ln participation</numerusform>
            <numerusform>%Ln participations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="232"/>
        <source>%Ln not matched yet</source>
        <translation>
            <numerusform>%Ln not matched yet</numerusform>
            <numerusform>%Ln not matched yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="235"/>
        <source>%Ln withdrawn</source>
        <translation>
            <numerusform>%Ln withdrawn</numerusform>
            <numerusform>%Ln withdrawn</numerusform>
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
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="258"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="370"/>
        <source>Withdrew %Ln participant(s). Reactivate to undo.</source>
        <translation>
            <numerusform>Withdrew %Ln participant. Reactivate to undo.</numerusform>
            <numerusform>Withdrew %Ln participants. Reactivate to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="372"/>
        <source>Reactivated %Ln participant(s). Withdraw to undo.</source>
        <translation>
            <numerusform>Reactivated %Ln participant. Withdraw to undo.</numerusform>
            <numerusform>Reactivated %Ln participants. Withdraw to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/roster.py" line="395"/>
        <source>Changed %Ln participant(s).</source>
        <translation>
            <numerusform>Changed %Ln participant.</numerusform>
            <numerusform>Changed %Ln participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentMixin</name>
    <message numerus="yes">
        <location filename="../../ui/pages/letters/sent.py" line="117"/>
        <source>mark the letters of %Ln match(es) as sent</source>
        <translation>
            <numerusform>mark the letters of %Ln match as sent</numerusform>
            <numerusform>mark the letters of %Ln matches as sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stewardship</name>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="45"/>
        <source>%Ln cycle(s) ended before {date}: {cycles}.</source>
        <translation>
            <numerusform>%Ln cycle ended before {date}: {cycles}.</numerusform>
            <numerusform>%Ln cycles ended before {date}: {cycles}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StewardshipPanel</name>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="182"/>
        <source>%Ln person(s) anonymised</source>
        <translation>
            <numerusform>%Ln person anonymised</numerusform>
            <numerusform>%Ln people anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="184"/>
        <source>%Ln person(s) deleted</source>
        <translation>
            <numerusform>%Ln person deleted</numerusform>
            <numerusform>%Ln people deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/stewardship.py" line="187"/>
        <source>%Ln cycle(s) purged</source>
        <translation>
            <numerusform>%Ln cycle purged</numerusform>
            <numerusform>%Ln cycles purged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="27"/>
        <source>%Ln row(s) read from {file}.</source>
        <translation>
            <numerusform>%Ln row read from {file}.</numerusform>
            <numerusform>%Ln rows read from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="31"/>
        <source>%Ln response(s) would be added to “{survey}”.</source>
        <translation>
            <numerusform>%Ln response would be added to “{survey}”.</numerusform>
            <numerusform>%Ln responses would be added to “{survey}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="35"/>
        <source>%Ln response(s) were added to “{survey}”.</source>
        <translation>
            <numerusform>%Ln response were added to “{survey}”.</numerusform>
            <numerusform>%Ln responses were added to “{survey}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="44"/>
        <source>A new survey: %Ln question(s) learned from the columns.</source>
        <translation>
            <numerusform>A new survey: %Ln question learned from the columns.</numerusform>
            <numerusform>A new survey: %Ln questions learned from the columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="49"/>
        <source>%Ln row(s) already imported and skipped.</source>
        <translation>
            <numerusform>%Ln row already imported and skipped.</numerusform>
            <numerusform>%Ln rows already imported and skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_import.py" line="54"/>
        <source>%Ln row(s) rejected: fix them in the spreadsheet and import again.</source>
        <translation>
            <numerusform>%Ln row rejected: fix them in the spreadsheet and import again.</numerusform>
            <numerusform>%Ln rows rejected: fix them in the spreadsheet and import again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_results.py" line="116"/>
        <source>%Ln response(s) of {invited} people asked</source>
        <translation>
            <numerusform>%Ln response of {invited} people asked</numerusform>
            <numerusform>%Ln responses of {invited} people asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surveys_results.py" line="154"/>
        <source>{cycle}: %Ln response(s) of {invited}</source>
        <translation>
            <numerusform>{cycle}: %Ln response of {invited}</numerusform>
            <numerusform>{cycle}: %Ln responses of {invited}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../../ui/pages/engagement/timeline.py" line="136"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
