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
    <name>Argparse</name>
    <message numerus="yes">
        <source>expected %s argument</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DAMAGED — %n problem(s) found; the first: {first}</source>
        <translation>
            <numerusform>DAMAGED — %n problem found; the first: {first}</numerusform>
            <numerusform>DAMAGED — %n problems found; the first: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), {size} bytes, every one matches its SHA-256</source>
        <translation>
            <numerusform>%n item, {size} bytes, every one matches its SHA-256</numerusform>
            <numerusform>%n items, {size} bytes, every one matches its SHA-256</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n page(s) authentic</source>
        <translation>
            <numerusform>all %n page authentic</numerusform>
            <numerusform>all %n pages authentic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y|ies), hash chain intact</source>
        <translation>
            <numerusform>%n entry, hash chain intact</numerusform>
            <numerusform>%n entries, hash chain intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n readable, every revision matches its SHA-256</source>
        <translation>
            <numerusform>%n readable, every revision matches its SHA-256</numerusform>
            <numerusform>%n readable, every revision matches its SHA-256</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s)</source>
        <translation>
            <numerusform>%n saved change</numerusform>
            <numerusform>%n saved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %n byte(s) to {path}; SHA-256 checked.</source>
        <translation>
            <numerusform>Wrote %n byte to {path}; SHA-256 checked.</numerusform>
            <numerusform>Wrote %n bytes to {path}; SHA-256 checked.</numerusform>
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
        <source>Merged {merged} into {kept}: %n incident link(s) moved.</source>
        <translation>
            <numerusform>Merged {merged} into {kept}: %n incident link moved.</numerusform>
            <numerusform>Merged {merged} into {kept}: %n incident links moved.</numerusform>
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
        <source>Left out: the private notes of %n incident(s) (add {option} to include them).</source>
        <translation>
            <numerusform>Left out: the private notes of %n incident (add {option} to include them).</numerusform>
            <numerusform>Left out: the private notes of %n incidents (add {option} to include them).</numerusform>
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
        <source>Left out: the locations of %n incident(s) (add {option} to include them).</source>
        <translation>
            <numerusform>Left out: the locations of %n incident (add {option} to include them).</numerusform>
            <numerusform>Left out: the locations of %n incidents (add {option} to include them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the metadata of %n non-image file(s) was not read; it may also hold a location.</source>
        <translation>
            <numerusform>Note: the metadata of %n non-image file was not read; it may also hold a location.</numerusform>
            <numerusform>Note: the metadata of %n non-image files was not read; it may also hold a location.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) {from_accounts}, {span}</source>
        <translation>
            <numerusform>%n message {from_accounts}, {span}</numerusform>
            <numerusform>%n messages {from_accounts}, {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n account(s)</source>
        <translation>
            <numerusform>from %n account</numerusform>
            <numerusform>from %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo vault built in {seconds} s: %n incident(s), all fictional.</source>
        <translation>
            <numerusform>Demo vault built in {seconds} s: %n incident, all fictional.</numerusform>
            <numerusform>Demo vault built in {seconds} s: %n incidents, all fictional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
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
        <source>with %n evidence file(s)</source>
        <translation>
            <numerusform>with %n evidence file</numerusform>
            <numerusform>with %n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) {with_files}; {items} already in the vault.</source>
        <translation>
            <numerusform>Imported %n incident {with_files}; {items} already in the vault.</numerusform>
            <numerusform>Imported %n incidents {with_files}; {items} already in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The vault is damaged, so no bundle was written: {first} (%n more problem(s)) Run &apos;threatlog check&apos; for the full report, and restore from a backup.</source>
        <translation>
            <numerusform>The vault is damaged, so no bundle was written: {first} (%n more problem) Run &apos;threatlog check&apos; for the full report, and restore from a backup.</numerusform>
            <numerusform>The vault is damaged, so no bundle was written: {first} (%n more problems) Run &apos;threatlog check&apos; for the full report, and restore from a backup.</numerusform>
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
    <name>Import</name>
    <message numerus="yes">
        <source>%n service message(s) (joins, pins, calls)</source>
        <translation>
            <numerusform>%n service message (joins, pins, calls)</numerusform>
            <numerusform>%n service messages (joins, pins, calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system message(s) (encryption notice, joins, changes)</source>
        <translation>
            <numerusform>%n system message (encryption notice, joins, changes)</numerusform>
            <numerusform>%n system messages (encryption notice, joins, changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) identical to another in the source</source>
        <translation>
            <numerusform>%n e-mail identical to another in the source</numerusform>
            <numerusform>%n e-mails identical to another in the source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or system file(s)</source>
        <translation>
            <numerusform>%n hidden or system file</numerusform>
            <numerusform>%n hidden or system files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) identical to another in the folder</source>
        <translation>
            <numerusform>%n file identical to another in the folder</numerusform>
            <numerusform>%n files identical to another in the folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in other chats</source>
        <translation>
            <numerusform>%n in other chats</numerusform>
            <numerusform>%n in other chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from other senders</source>
        <translation>
            <numerusform>%n from other senders</numerusform>
            <numerusform>%n from other senders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a date (a date range was chosen)</source>
        <translation>
            <numerusform>%n without a date (a date range was chosen)</numerusform>
            <numerusform>%n without a date (a date range was chosen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the dates chosen</source>
        <translation>
            <numerusform>%n outside the dates chosen</numerusform>
            <numerusform>%n outside the dates chosen</numerusform>
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
            <numerusform>%n file named in the export is not in it. Its messages are imported all the same, and each incident&apos;s notes say what is missing:</numerusform>
            <numerusform>%n files named in the export are not in it. Their messages are imported all the same, and each incident&apos;s notes say what is missing:</numerusform>
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
    <name>Report</name>
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
        <source>GPS coordinates in the metadata of %n file(s): share with care</source>
        <translation>
            <numerusform>GPS coordinates in the metadata of %n file: share with care</numerusform>
            <numerusform>GPS coordinates in the metadata of %n files: share with care</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported incident(s) per month, from {first} to {last}, by type. An incident counts in the month in which it started (as stated by the user, or when it was recorded if no date was stated).</source>
        <translation>
            <numerusform>%n exported incident per month, from {first} to {last}, by type. An incident counts in the month in which it started (as stated by the user, or when it was recorded if no date was stated).</numerusform>
            <numerusform>%n exported incidents per month, from {first} to {last}, by type. An incident counts in the month in which it started (as stated by the user, or when it was recorded if no date was stated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exported incident(s) per week, from {first} to {last}, by type. An incident counts in the week in which it started (as stated by the user, or when it was recorded if no date was stated).</source>
        <translation>
            <numerusform>%n exported incident per week, from {first} to {last}, by type. An incident counts in the week in which it started (as stated by the user, or when it was recorded if no date was stated).</numerusform>
            <numerusform>%n exported incidents per week, from {first} to {last}, by type. An incident counts in the week in which it started (as stated by the user, or when it was recorded if no date was stated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
