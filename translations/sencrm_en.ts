<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%Ln day(s) in stage</source>
        <translation><numerusform>%Ln day in stage</numerusform><numerusform>%Ln days in stage</numerusform></translation>
    </message>
</context>
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
    <name>LostReasonDialog</name>
    <message numerus="yes">
        <source>Moving %n deal(s) to “%1”. Choose why the deal was lost; the reason is kept for the win/loss report.</source>
        <translation><numerusform>Moving %n deal to “%1”. Choose why the deal was lost; the reason is kept for the win/loss report.</numerusform><numerusform>Moving %n deals to “%1”. Choose why the deal was lost; the reason is kept for the win/loss report.</numerusform></translation>
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
    <name>MoveDealsCommand</name>
    <message numerus="yes">
        <source>Move %n deal(s) to “%1”</source>
        <translation><numerusform>Move %n deal to “%1”</numerusform><numerusform>Move %n deals to “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message numerus="yes">
        <source>The stage “%1” holds %Ln deal(s). Move them to:</source>
        <translation><numerusform>The stage “%1” holds %Ln deal. Move them to:</numerusform><numerusform>The stage “%1” holds %Ln deals. Move them to:</numerusform></translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPage</name>
    <message numerus="yes">
        <source>The stage “%1” holds %Ln deal(s) and there is no other stage of the same kind to move them to: add one first, then delete this one.</source>
        <translation><numerusform>The stage “%1” holds %Ln deal and there is no other stage of the same kind to move them to: add one first, then delete this one.</numerusform><numerusform>The stage “%1” holds %Ln deals and there is no other stage of the same kind to move them to: add one first, then delete this one.</numerusform></translation>
    </message>
</context>
<context>
    <name>PipelineSettingsService</name>
    <message numerus="yes">
        <source>The stage “%1” holds %n deal(s): choose the stage to move them to.</source>
        <translation><numerusform>The stage “%1” holds %n deal: choose the stage to move them to.</numerusform><numerusform>The stage “%1” holds %n deals: choose the stage to move them to.</numerusform></translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation><numerusform>%Ln day</numerusform><numerusform>%Ln days</numerusform></translation>
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
    <message numerus="yes">
        <source>Remove the tag “%1” from %n lead(s)</source>
        <translation><numerusform>Remove the tag “%1” from %n lead</numerusform><numerusform>Remove the tag “%1” from %n leads</numerusform></translation>
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