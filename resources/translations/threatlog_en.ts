<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n file(s) are not photos (videos, documents…): their metadata was not read and may also hold a location.</source>
        <translation>
            <numerusform>%n file is not a photo (a video, a document…): its metadata was not read and may also hold a location.</numerusform>
            <numerusform>%n files are not photos (videos, documents…): their metadata was not read and may also hold a location.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Included: the private notes of %n incident.</numerusform>
            <numerusform>Included: the private notes of %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the private notes of %n incident(s).</source>
        <translation>
            <numerusform>Left out: the private notes of %n incident.</numerusform>
            <numerusform>Left out: the private notes of %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Included: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Included: the locations of %n incident.</numerusform>
            <numerusform>Included: the locations of %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: the locations of %n incident(s).</source>
        <translation>
            <numerusform>Left out: the locations of %n incident.</numerusform>
            <numerusform>Left out: the locations of %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more incident(s)</source>
        <translation>
            <numerusform>… and %n more incident</numerusform>
            <numerusform>… and %n more incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message numerus="yes">
        <source>Threatlog also locks itself after %n minute(s) without use; you can change this in Settings.</source>
        <translation>
            <numerusform>Threatlog also locks itself after %n minute without use; you can change this in Settings.</numerusform>
            <numerusform>Threatlog also locks itself after %n minutes without use; you can change this in Settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportChoices</name>
    <message numerus="yes">
        <source>%1 (%n message(s))</source>
        <translation>
            <numerusform>%1 (%n message)</numerusform>
            <numerusform>%1 (%n messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n incident(s)</source>
        <translation>
            <numerusform>&amp;Import %n incident</numerusform>
            <numerusform>&amp;Import %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n incident(s)… Cancel undoes all of it.</source>
        <translation>
            <numerusform>Importing %n incident… Cancel undoes all of it.</numerusform>
            <numerusform>Importing %n incidents… Cancel undoes all of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s)</source>
        <translation>
            <numerusform>Imported %n incident</numerusform>
            <numerusform>Imported %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %n evidence file(s).</source>
        <translation>
            <numerusform> with %n evidence file.</numerusform>
            <numerusform> with %n evidence files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already in the vault and were not imported again.</source>
        <translation>
            <numerusform>%n item was already in the vault and was not imported again.</numerusform>
            <numerusform>%n items were already in the vault and were not imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%1: %2 — %n item(s) found</source>
        <translation>
            <numerusform>%1: %2 — %n item found</numerusform>
            <numerusform>%1: %2 — %n items found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>%n new incident</numerusform>
            <numerusform>%n new incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n item(s) chosen are already in the vault: importing again creates nothing.</source>
        <translation>
            <numerusform>The %n item chosen is already in the vault: importing again creates nothing.</numerusform>
            <numerusform>All %n items chosen are already in the vault: importing again creates nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) chosen are already in the vault and will not be imported again.</source>
        <translation>
            <numerusform>%n item chosen is already in the vault and will not be imported again.</numerusform>
            <numerusform>%n items chosen are already in the vault and will not be imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) named in the export are not in it. Their messages are imported all the same, and each incident&apos;s notes say what is missing:</source>
        <translation>
            <numerusform>%n file named in the export is not in it. Its messages are imported all the same, and each incident's notes say what is missing:</numerusform>
            <numerusform>%n files named in the export are not in it. Their messages are imported all the same, and each incident's notes say what is missing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityReportDialog</name>
    <message numerus="yes">
        <source>Damaged: %n problem(s) found.</source>
        <translation>
            <numerusform>Damaged: %n problem found.</numerusform>
            <numerusform>Damaged: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message numerus="yes">
        <source>%n period(s); arrow keys choose one, Enter lists its incidents.</source>
        <translation>
            <numerusform>%n period; arrow keys choose one, Enter lists its incidents.</numerusform>
            <numerusform>%n periods; arrow keys choose one, Enter lists its incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incident</numerusform>
            <numerusform>%1: %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>%n key(s) from %1</source>
        <translation>
            <numerusform>%n key from %1</numerusform>
            <numerusform>%n keys from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message numerus="yes">
        <source>A name for the campaign of the %n selected incident(s):</source>
        <translation>
            <numerusform>A name for the campaign of the %n selected incident:</numerusform>
            <numerusform>A name for the campaign of the %n selected incidents:</numerusform>
        </translation>
    </message>
</context>
</TS>
