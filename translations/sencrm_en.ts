<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLineTool</name>
    <message numerus="yes">
        <source>Added %Ln demo lead(s).</source>
        <translation>
            <numerusform>Added %Ln demo lead.</numerusform>
            <numerusform>Added %Ln demo leads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(ies)</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
