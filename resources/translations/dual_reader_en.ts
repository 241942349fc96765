<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="76" />
        <source>%n highlight(s) need review after the text changed: see the Notes panel.</source>
        <translation>
            <numerusform>%n highlight need review after the text changed: see the Notes panel.</numerusform><numerusform>%n highlights need review after the text changed: see the Notes panel.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="207" />
        <source>%n annotation(s) imported.</source>
        <translation>
            <numerusform>%n annotation imported.</numerusform><numerusform>%n annotations imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="209" />
        <source>%n were already in the library.</source>
        <translation>
            <numerusform>%n were already in the library.</numerusform><numerusform>%n were already in the library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="211" />
        <source>%n belong to articles not in this library.</source>
        <translation>
            <numerusform>%n belong to articles not in this library.</numerusform><numerusform>%n belong to articles not in this library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="213" />
        <source>%n need review.</source>
        <translation>
            <numerusform>%n need review.</numerusform><numerusform>%n need review.</numerusform></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <location filename="../../reader/ui/annotations_ui.py" line="208" />
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform><numerusform>%n highlights</numerusform></translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message numerus="yes">
        <location filename="../../reader/ui/facts_view.py" line="135" />
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform><numerusform>%n facts</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="237" />
        <source>Imported %n articles.</source>
        <translation>
            <numerusform>Imported %n articles.</numerusform><numerusform>Imported %n articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="240" />
        <source>%n files could not be imported.</source>
        <translation>
            <numerusform>%n files could not be imported.</numerusform><numerusform>%n files could not be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="243" />
        <source>%n were already in the library.</source>
        <translation>
            <numerusform>%n were already in the library.</numerusform><numerusform>%n were already in the library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="246" />
        <source>%n articles were updated to a newer version.</source>
        <translation>
            <numerusform>%n articles were updated to a newer version.</numerusform><numerusform>%n articles were updated to a newer version.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="249" />
        <source>%n highlight(s) need review.</source>
        <translation>
            <numerusform>%n highlight need review.</numerusform><numerusform>%n highlights need review.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="339" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="339" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="602" />
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform><numerusform>Delete %n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="603" />
        <source>Deleted %n article(s). Undo with %1.</source>
        <translation>
            <numerusform>Deleted %n article. Undo with %1.</numerusform><numerusform>Deleted %n articles. Undo with %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="624" />
        <source>The %n selected articles</source>
        <translation>
            <numerusform>The %n selected articles</numerusform><numerusform>The %n selected articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="664" />
        <source>Exported %n highlight(s)</source>
        <translation>
            <numerusform>Exported %n highlight</numerusform><numerusform>Exported %n highlights</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="666" />
        <source>(%n without a paired sentence left out)</source>
        <translation>
            <numerusform>(%n without a paired sentence left out)</numerusform><numerusform>(%n without a paired sentence left out)</numerusform></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/tags_ui.py" line="427" />
        <source>Merge %n tags into:</source>
        <translation>
            <numerusform>Merge %n tags into:</numerusform><numerusform>Merge %n tags into:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tags_ui.py" line="447" />
        <source>%n articles</source>
        <translation>
            <numerusform>%n articles</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tags_ui.py" line="449" />
        <source>Delete %n tags? They are on {articles}.</source>
        <translation>
            <numerusform>Delete %n tags? They are on {articles}.</numerusform><numerusform>Delete %n tags? They are on {articles}.</numerusform></translation>
    </message>
</context>
</TS>