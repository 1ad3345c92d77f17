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
    <message numerus="yes">
        <source>%Ln record(s) moved to the trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%Ln record moved to the trash. Ctrl+Z brings them back.</numerusform>
            <numerusform>%Ln records moved to the trash. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln lead(s).</source>
        <translation>
            <numerusform>%1: %Ln lead.</numerusform>
            <numerusform>%1: %Ln leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored from the trash.</source>
        <translation>
            <numerusform>%Ln record restored from the trash.</numerusform>
            <numerusform>%Ln records restored from the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue task(s)</source>
        <translation>
            <numerusform>%Ln overdue task</numerusform>
            <numerusform>%Ln overdue tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) due today</source>
        <translation>
            <numerusform>%Ln task due today</numerusform>
            <numerusform>%Ln tasks due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message numerus="yes">
        <source>Tag %n lead(s) “%1”</source>
        <translation>
            <numerusform>Tag %n lead “%1”</numerusform>
            <numerusform>Tag %n leads “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message numerus="yes">
        <source>Move %n record(s) to the trash</source>
        <translation>
            <numerusform>Move %n record to the trash</numerusform>
            <numerusform>Move %n records to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s) from the trash</source>
        <translation>
            <numerusform>Restore %n record from the trash</numerusform>
            <numerusform>Restore %n records from the trash</numerusform>
        </translation>
    </message>
</context>
</TS>
