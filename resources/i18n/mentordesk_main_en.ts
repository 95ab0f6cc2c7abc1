<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MonthChart</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/chart_view.py" line="134"/>
        <source>{month}: %Ln contact(s)</source>
        <translation>
            <numerusform>{month}: %Ln contact</numerusform>
            <numerusform>{month}: %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/chart_view.py" line="136"/>
        <source>(%Ln with a concern)</source>
        <translation>
            <numerusform>(%Ln with a concern)</numerusform>
            <numerusform>(%Ln with a concern)</numerusform>
        </translation>
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
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
</TS>
