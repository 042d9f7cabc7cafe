<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EditFindingDialog</name>
    <message>
        <source>Edit the Proposed Text</source>
        <translation>Vorgeschlagenen Text bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Proposed text of the clause:</source>
        <translation>&amp;Vorgeschlagener Text der Klausel:</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Vorgeschlagener Text</translation>
    </message>
    <message>
        <source>The tracked changes this makes (computed word by word against the original):</source>
        <translation>Die Änderungen, die daraus werden (Wort für Wort mit dem Original verglichen):</translation>
    </message>
    <message>
        <source>Preview of the tracked changes</source>
        <translation>Vorschau der nachverfolgten Änderungen</translation>
    </message>
    <message>
        <source>&amp;Restore the Proposal</source>
        <translation>Vorschlag &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the reviewer&apos;s proposal</source>
        <translation>Den Vorschlag des Prüfers wiederherstellen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Befunde nach Text filtern</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>Show decision</source>
        <translation>Entscheidung anzeigen</translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation>Liste der Befunde</translation>
    </message>
    <message>
        <source>Rationale and proposed change</source>
        <translation>Begründung und vorgeschlagene Änderung</translation>
    </message>
    <message>
        <source>Findings and their changes</source>
        <translation>Befunde und Änderungen der Gegenseite</translation>
    </message>
    <message>
        <source>Their Changes</source>
        <translation>Änderungen der Gegenseite</translation>
    </message>
    <message>
        <source>No tracked changes or comments from others.</source>
        <translation>Keine nachverfolgten Änderungen oder Kommentare von anderen.</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Änderungen der Gegenseite</translation>
    </message>
    <message>
        <source>Their tracked changes and comments</source>
        <translation>Nachverfolgte Änderungen und Kommentare der Gegenseite</translation>
    </message>
    <message>
        <source>The other side&apos;s tracked changes and comments, with your answer to each change and the playbook&apos;s view of its clause. Select one to show it in the document; accept or reject the selected changes with the buttons below.</source>
        <translation>Die nachverfolgten Änderungen und Kommentare der Gegenseite, mit Ihrer Antwort auf jede Änderung und der Sicht des Playbooks auf ihre Klausel. Wählen Sie eine aus, um sie im Dokument zu zeigen; nehmen Sie die ausgewählten Änderungen mit den Schaltflächen darunter an oder lehnen Sie sie ab.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>&amp;Alle annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>Alle a&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Word document (.docx) to review</source>
        <translation>Ein Word-Dokument (.docx) zur Prüfung öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the document; your decisions are kept</source>
        <translation>Dokument schließen; Ihre Entscheidungen bleiben erhalten</translation>
    </message>
    <message>
        <source>&amp;Export Redlined DOCX…</source>
        <translation>Überarbeitetes DOCX &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the accepted changes as Word tracked changes into a new document</source>
        <translation>Die angenommenen Änderungen als Word-Überarbeitungen in ein neues Dokument schreiben</translation>
    </message>
    <message>
        <source>Export Report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Write the findings and decisions as a web page</source>
        <translation>Befunde und Entscheidungen als Webseite schreiben</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Bericht als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Write the findings and decisions as a PDF</source>
        <translation>Befunde und Entscheidungen als PDF schreiben</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the findings and decisions</source>
        <translation>Befunde und Entscheidungen drucken</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Documents</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected findings: their changes go into the export</source>
        <translation>Die ausgewählten Befunde annehmen: ihre Änderungen kommen in den Export</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected findings: the text stays as it is</source>
        <translation>Die ausgewählten Befunde ablehnen: der Text bleibt, wie er ist</translation>
    </message>
    <message>
        <source>&amp;Edit Proposed Text…</source>
        <translation>Vorgeschlagenen Text &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Rewrite the proposed text of the selected finding</source>
        <translation>Den vorgeschlagenen Text des ausgewählten Befunds umschreiben</translation>
    </message>
    <message>
        <source>Restore the &amp;Proposal</source>
        <translation>&amp;Vorschlag wiederherstellen</translation>
    </message>
    <message>
        <source>Undo your edit of the proposed text</source>
        <translation>Ihre Bearbeitung des vorgeschlagenen Textes verwerfen</translation>
    </message>
    <message>
        <source>&amp;High Severity</source>
        <translation>&amp;Hoher Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Medium Severity</source>
        <translation>&amp;Mittlerer Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Low Severity</source>
        <translation>&amp;Niedriger Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Filter Findings</source>
        <translation>Befunde &amp;filtern</translation>
    </message>
    <message>
        <source>Filter the findings by text</source>
        <translation>Die Befunde nach Text filtern</translation>
    </message>
    <message>
        <source>&amp;Redline Only</source>
        <translation>Nur &amp;Überarbeitung</translation>
    </message>
    <message>
        <source>Show only the redline, without the original beside it</source>
        <translation>Nur die Überarbeitung zeigen, ohne das Original daneben</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>&amp;Synchrones Blättern</translation>
    </message>
    <message>
        <source>Keep both panes on the same paragraph</source>
        <translation>Beide Seiten auf demselben Absatz halten</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation>Zur nächsten Änderung gehen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation>Zur vorherigen Änderung gehen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Start Review</source>
        <translation>Prüfung &amp;starten</translation>
    </message>
    <message>
        <source>Review the document with the chosen reviewer, side and playbook</source>
        <translation>Das Dokument mit dem gewählten Prüfer, der Partei und dem Playbook prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel Review</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the review; the findings received so far stay</source>
        <translation>Die Prüfung anhalten; die bisher erhaltenen Befunde bleiben</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Clauses</source>
        <translation>Fehlgeschlagene Klauseln &amp;erneut senden</translation>
    </message>
    <message>
        <source>Send the clauses a network reviewer could not review again</source>
        <translation>Die Klauseln, die ein Netzwerk-Prüfer nicht prüfen konnte, erneut senden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Author, default side and playbook, providers and keys, language</source>
        <translation>Autor, übliche Partei und Playbook, Anbieter und Schlüssel, Sprache</translation>
    </message>
    <message>
        <source>&amp;About Redliner</source>
        <translation>&amp;Über Redliner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show every difference from an earlier version of this document as tracked changes, including changes nobody marked</source>
        <translation>Jeden Unterschied zu einer früheren Fassung dieses Dokuments als nachverfolgte Änderung zeigen, auch Änderungen, die niemand markiert hat</translation>
    </message>
    <message>
        <source>Compare with Previous &amp;Version…</source>
        <translation>Mit früherer &amp;Fassung vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Their Changes</source>
        <translation>Änderungen der &amp;Gegenseite</translation>
    </message>
    <message>
        <source>&amp;Accept Their Change</source>
        <translation>Änderung der Gegenseite &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept the selected tracked changes of the other side: the export keeps them as plain text</source>
        <translation>Die ausgewählten nachverfolgten Änderungen der Gegenseite annehmen: der Export behält sie als normalen Text</translation>
    </message>
    <message>
        <source>&amp;Reject Their Change</source>
        <translation>Änderung der Gegenseite a&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected tracked changes of the other side: the export undoes them</source>
        <translation>Die ausgewählten nachverfolgten Änderungen der Gegenseite ablehnen: der Export macht sie rückgängig</translation>
    </message>
    <message>
        <source>Accept All by &amp;This Author</source>
        <translation>Alle von &amp;diesem Autor annehmen</translation>
    </message>
    <message>
        <source>Accept every tracked change by the author of the selected change</source>
        <translation>Jede nachverfolgte Änderung des Autors der ausgewählten Änderung annehmen</translation>
    </message>
    <message>
        <source>Reject All by T&amp;his Author</source>
        <translation>Alle von d&amp;iesem Autor ablehnen</translation>
    </message>
    <message>
        <source>Reject every tracked change by the author of the selected change</source>
        <translation>Jede nachverfolgte Änderung des Autors der ausgewählten Änderung ablehnen</translation>
    </message>
    <message>
        <source>&amp;Leave Undecided</source>
        <translation>&amp;Unentschieden lassen</translation>
    </message>
    <message>
        <source>Take back your answer to the selected tracked changes: the export keeps them as they came</source>
        <translation>Ihre Antwort auf die ausgewählten nachverfolgten Änderungen zurücknehmen: der Export behält sie, wie sie kamen</translation>
    </message>
    <message>
        <source>Re&amp;ply to Comment…</source>
        <translation>Auf Kommentar &amp;antworten…</translation>
    </message>
    <message>
        <source>Write or change your reply to the selected comment: the export adds it to the comment&apos;s thread</source>
        <translation>Ihre Antwort auf den ausgewählten Kommentar schreiben oder ändern: der Export fügt sie dem Verlauf des Kommentars hinzu</translation>
    </message>
    <message>
        <source>Review &amp;Folder…</source>
        <translation>&amp;Ordner prüfen…</translation>
    </message>
    <message>
        <source>Review every NDA in a folder at once and sort them in a triage table</source>
        <translation>Alle Geheimhaltungsvereinbarungen eines Ordners auf einmal prüfen und in einer Übersichtstabelle sortieren</translation>
    </message>
    <message>
        <source>&amp;Playbooks…</source>
        <translation>&amp;Playbooks…</translation>
    </message>
    <message>
        <source>The playbook library: edit your playbooks, preview them on the document, choose the default for each side</source>
        <translation>Die Playbook-Bibliothek: eigene Playbooks bearbeiten, am Dokument in der Vorschau prüfen, den Standard für jede Seite wählen</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ComparisonView</name>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Redline (proposed changes)</source>
        <translation>Überarbeitung (vorgeschlagene Änderungen)</translation>
    </message>
    <message>
        <source>Original document</source>
        <translation>Originaldokument</translation>
    </message>
    <message>
        <source>Redlined document</source>
        <translation>Überarbeitetes Dokument</translation>
    </message>
    <message>
        <source>Change map</source>
        <translation>Änderungsübersicht</translation>
    </message>
    <message>
        <source>Where the changes are; click one to go to it</source>
        <translation>Wo die Änderungen sind; ein Klick führt hin</translation>
    </message>
    <message>
        <source>Original — %1</source>
        <translation>Original — %1</translation>
    </message>
    <message>
        <source>Earlier version — %1</source>
        <translation>Frühere Fassung — %1</translation>
    </message>
</context>
<context>
    <name>Redliner::App::DocumentLoader</name>
    <message>
        <source>Reading the document</source>
        <translation>Dokument wird gelesen</translation>
    </message>
    <message>
        <source>Finding the clauses</source>
        <translation>Klauseln werden erkannt</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message>
        <source>%1: these differences cannot be shown as tracked changes: %2</source>
        <translation>%1: Diese Unterschiede lassen sich nicht als nachverfolgte Änderungen zeigen: %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::DocumentSession</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Restore the proposal of %1</source>
        <translation>Vorschlag von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Auf einen Kommentar antworten</translation>
    </message>
    <message>
        <source>Take back a reply</source>
        <translation>Eine Antwort zurücknehmen</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ExportController</name>
    <message>
        <source>%1: this is the document under review; the redline is always written to a new file.</source>
        <translation>%1: Das ist das geprüfte Dokument; die Überarbeitung wird immer in eine neue Datei geschrieben.</translation>
    </message>
    <message>
        <source>No finding is accepted yet: accept the changes you want, then export.</source>
        <translation>Noch ist kein Befund angenommen: Nehmen Sie die gewünschten Änderungen an und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>None of the accepted findings can be written as a tracked change.</source>
        <translation>Keiner der angenommenen Befunde lässt sich als nachverfolgte Änderung schreiben.</translation>
    </message>
    <message>
        <source>An export is already being written.</source>
        <translation>Ein Export wird bereits geschrieben.</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Eine Antwort</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FileReview</name>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FindingsModel</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Offline playbook</source>
        <translation>Offline-Playbook</translation>
    </message>
    <message>
        <source>%1 (both agree)</source>
        <translation>%1 (beide einig)</translation>
    </message>
    <message>
        <source>%1 (%2 proposes otherwise)</source>
        <translation>%1 (%2 schlägt anderes vor)</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted, edited</source>
        <translation>Angenommen, bearbeitet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1 · to raise</source>
        <translation>%1 · zur Diskussion</translation>
    </message>
    <message>
        <source>%1 · overlaps</source>
        <translation>%1 · überschneidet sich</translation>
    </message>
    <message>
        <source>No change to the text is proposed: a point to raise with the other side. It is in the report, not in the redline.</source>
        <translation>Keine Textänderung vorgeschlagen: ein Punkt, den Sie mit der Gegenseite besprechen. Er steht im Bericht, nicht in der Überarbeitung.</translation>
    </message>
    <message>
        <source>Not shown in the redline: its change overlaps another finding&apos;s that is accepted or comes first. Reject that one to see this one.</source>
        <translation>Nicht in der Überarbeitung angezeigt: Die Änderung überschneidet sich mit der eines anderen Befunds, der angenommen ist oder vorher kommt. Lehnen Sie jenen ab, um diesen zu sehen.</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No findings: the document meets the playbook.</source>
        <translation>Keine Befunde: Das Dokument entspricht dem Playbook.</translation>
    </message>
    <message>
        <source>Start a review to see findings here.</source>
        <translation>Starten Sie eine Prüfung, um hier Befunde zu sehen.</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and what is proposed.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, warum er wichtig ist und was vorgeschlagen wird.</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Vorgeschlagene Änderung</translation>
    </message>
    <message>
        <source>No change to the text is proposed: a point to raise.</source>
        <translation>Keine Textänderung vorgeschlagen: ein Punkt zur Diskussion.</translation>
    </message>
    <message>
        <source>%1 proposes instead</source>
        <translation>%1 schlägt stattdessen vor</translation>
    </message>
    <message>
        <source>Their Changes (%1)</source>
        <translation>Änderungen der Gegenseite (%1)</translation>
    </message>
    <message>
        <source>Their Changes</source>
        <translation>Änderungen der Gegenseite</translation>
    </message>
    <message>
        <source>No tracked changes or comments from others.</source>
        <translation>Keine nachverfolgten Änderungen oder Kommentare von anderen.</translation>
    </message>
    <message>
        <source>The other side&apos;s tracked changes and comments could not be read. %1</source>
        <translation>Die nachverfolgten Änderungen und Kommentare der Gegenseite konnten nicht gelesen werden. %1</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FolderReviewModel</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Reviewed; %1</source>
        <translation>Geprüft; %1</translation>
    </message>
    <message>
        <source>Not an NDA: %1</source>
        <translation>Keine Geheimhaltungsvereinbarung: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Einseitig</translation>
    </message>
    <message>
        <source>Perpetual</source>
        <translation>Unbefristet</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Mutual or One-way</source>
        <translation>Gegenseitig oder einseitig</translation>
    </message>
    <message>
        <source>Governing Law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Top Issues</source>
        <translation>Wichtigste Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FolderReviewRunner</name>
    <message>
        <source>A folder review is already running.</source>
        <translation>Eine Ordnerprüfung läuft bereits.</translation>
    </message>
    <message>
        <source>No provider is configured for this reviewer.</source>
        <translation>Für diesen Prüfer ist kein Anbieter eingerichtet.</translation>
    </message>
    <message>
        <source>This reviewer is not available in this build.</source>
        <translation>Dieser Prüfer ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>the review stopped before it ended</source>
        <translation>die Prüfung wurde vor ihrem Ende beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed: %1</source>
        <translation>
            <numerusform>%n Klausel konnte nicht geprüft werden: %1</numerusform>
            <numerusform>%n Klauseln konnten nicht geprüft werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed</source>
        <translation>
            <numerusform>%n Klausel konnte nicht geprüft werden</numerusform>
            <numerusform>%n Klauseln konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redliner::App::FolderReviewWindow</name>
    <message>
        <source>A folder review is already running: cancel it first.</source>
        <translation>Eine Ordnerprüfung läuft bereits: brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>The redlines are being written; wait until they are.</source>
        <translation>Die überarbeiteten Dokumente werden geschrieben; warten Sie, bis sie fertig sind.</translation>
    </message>
    <message>
        <source>There is no Word document (.docx) in %1.</source>
        <translation>In %1 gibt es kein Word-Dokument (.docx).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) done</source>
        <translation>
            <numerusform>%1 von %n Datei erledigt</numerusform>
            <numerusform>%1 von %n Dateien erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %1 of %n file(s).</source>
        <translation>
            <numerusform>%1 von %n Datei geprüft.</numerusform>
            <numerusform>%1 von %n Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) reviewed.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Datei geprüft.</numerusform>
            <numerusform>Abgebrochen: %1 von %n Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not look like an NDA.</source>
        <translation>
            <numerusform>%n sah nicht wie eine Geheimhaltungsvereinbarung aus.</numerusform>
            <numerusform>%n sahen nicht wie Geheimhaltungsvereinbarungen aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write All Redlines Into</source>
        <translation>Alle überarbeiteten Dokumente schreiben nach</translation>
    </message>
    <message>
        <source>Wait until the review has finished, then write the redlines.</source>
        <translation>Warten Sie, bis die Prüfung beendet ist, und schreiben Sie dann die überarbeiteten Dokumente.</translation>
    </message>
    <message>
        <source>No document is reviewed yet.</source>
        <translation>Noch ist kein Dokument geprüft.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made.</source>
        <translation>%1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Writing redline %1 of %2…</source>
        <translation>Überarbeitetes Dokument %1 von %2 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n redline(s) written into %1.</source>
        <translation>
            <numerusform>%n überarbeitetes Dokument nach %1 geschrieben.</numerusform>
            <numerusform>%n überarbeitete Dokumente nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) could not be written as tracked changes.</source>
        <translation>
            <numerusform>%n Befund konnte nicht als nachverfolgte Änderung geschrieben werden.</numerusform>
            <numerusform>%n Befunde konnten nicht als nachverfolgte Änderungen geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review a Folder of NDAs</source>
        <translation>Einen Ordner mit Geheimhaltungsvereinbarungen prüfen</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Review &amp;Folder…</source>
        <translation>&amp;Ordner prüfen…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>Review again the files that failed or were cancelled</source>
        <translation>Die fehlgeschlagenen oder abgebrochenen Dateien erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Export All Redlines…</source>
        <translation>Alle überarbeiteten Dokumente &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write each reviewed document with its findings as tracked changes into a folder you choose, as &quot;NAME (redline).docx&quot;</source>
        <translation>Jedes geprüfte Dokument mit seinen Befunden als nachverfolgte Änderungen in einen Ordner Ihrer Wahl schreiben, als „NAME (redline).docx“</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Double-click a document to open it with its findings</source>
        <translation>Doppelklicken Sie auf ein Dokument, um es mit seinen Befunden zu öffnen</translation>
    </message>
    <message>
        <source>Documents of the folder</source>
        <translation>Dokumente des Ordners</translation>
    </message>
</context>
<context>
    <name>Redliner::App::KeyStore</name>
    <message>
        <source>No keychain is available to keep the %1 key (%2). Allow keys in a file under Settings › Providers, or set the key in the environment.</source>
        <translation>Es gibt keinen Schlüsselbund für den %1-Schlüssel (%2). Erlauben Sie Schlüssel in einer Datei unter Einstellungen › Anbieter, oder setzen Sie den Schlüssel in der Umgebung.</translation>
    </message>
    <message>
        <source>turned off by REDLINER_KEYCHAIN=none</source>
        <translation>abgeschaltet durch REDLINER_KEYCHAIN=none</translation>
    </message>
    <message>
        <source>The keychain refused to keep the %1 key: %2</source>
        <translation>Der Schlüsselbund hat den %1-Schlüssel nicht angenommen: %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::MainWindow</name>
    <message>
        <source>Open a Word Document</source>
        <translation>Word-Dokument öffnen</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No further change.</source>
        <translation>Keine weitere Änderung.</translation>
    </message>
    <message>
        <source>No earlier change.</source>
        <translation>Keine frühere Änderung.</translation>
    </message>
    <message>
        <source>About Redliner</source>
        <translation>Über Redliner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Redliner %1&lt;/h3&gt;&lt;p&gt;Reviews NDAs on your own machine and hands back the counterparty&apos;s Word file with real tracked changes and rationale comments.&lt;/p&gt;&lt;p&gt;The offline reviewer never uses the network.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Redliner %1&lt;/h3&gt;&lt;p&gt;Prüft Geheimhaltungsvereinbarungen auf Ihrem eigenen Rechner und gibt die Word-Datei der Gegenseite mit echten nachverfolgten Änderungen und begründenden Kommentaren zurück.&lt;/p&gt;&lt;p&gt;Der Offline-Prüfer nutzt nie das Netzwerk.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Opening %1: %2</source>
        <translation>%1 wird geöffnet: %2</translation>
    </message>
    <message>
        <source>The redline was not written. %1</source>
        <translation>Die Überarbeitung wurde nicht geschrieben. %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n accepted finding(s) as tracked changes.</source>
        <translation>
            <numerusform>%1 mit %n angenommenen Befund als nachverfolgte Änderung geschrieben.</numerusform>
            <numerusform>%1 mit %n angenommenen Befunden als nachverfolgte Änderungen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided finding(s) were left out.</source>
        <translation>
            <numerusform>%n offener Befund wurde ausgelassen.</numerusform>
            <numerusform>%n offene Befunde wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Review Toolbar</source>
        <translation>Prüfungsleiste</translation>
    </message>
    <message>
        <source>Finding counts</source>
        <translation>Anzahl der Befunde</translation>
    </message>
    <message>
        <source>%1 — Redliner</source>
        <translation>%1 — Redliner</translation>
    </message>
    <message>
        <source>Redliner</source>
        <translation>Redliner</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low · %4 accepted, %5 rejected, %6 undecided</source>
        <translation>
            <numerusform>%n Befund: %1 hoch, %2 mittel, %3 niedrig · %4 angenommen, %5 abgelehnt, %6 offen</numerusform>
            <numerusform>%n Befunde: %1 hoch, %2 mittel, %3 niedrig · %4 angenommen, %5 abgelehnt, %6 offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Dokument wird gelesen</translation>
    </message>
    <message>
        <source>Your decisions could not be saved: %1</source>
        <translation>Ihre Entscheidungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your earlier review of this document is back: %n finding(s), %1 decided.</source>
        <translation>
            <numerusform>Ihre frühere Prüfung dieses Dokuments ist wieder da: %n Befund, %1 entschieden.</numerusform>
            <numerusform>Ihre frühere Prüfung dieses Dokuments ist wieder da: %n Befunde, %1 entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier decisions for this document could not be read: %1</source>
        <translation>Die früheren Entscheidungen zu diesem Dokument konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file could not be opened. %1</source>
        <translation>Diese Datei konnte nicht geöffnet werden. %1</translation>
    </message>
    <message>
        <source>Open a document first, then start the review.</source>
        <translation>Öffnen Sie zuerst ein Dokument und starten Sie dann die Prüfung.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 (model %2, %3)</source>
        <translation>%1 (Modell %2, %3)</translation>
    </message>
    <message>
        <source>Send the Document?</source>
        <translation>Dokument senden?</translation>
    </message>
    <message>
        <source>The text of %1 will be sent to %2 for review.</source>
        <translation>Der Text von %1 wird zur Prüfung an %2 gesendet.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Party names and addresses are replaced by placeholders before sending and put back in the answers.</source>
        <translation>Namen und Anschriften der Parteien werden vor dem Senden durch Platzhalter ersetzt und in den Antworten wieder eingesetzt.</translation>
    </message>
    <message>
        <source>Party names and addresses are sent as they are: pseudonymisation is off in Settings › Providers.</source>
        <translation>Namen und Anschriften der Parteien werden unverändert gesendet: Die Pseudonymisierung ist unter Einstellungen › Anbieter ausgeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Send for Review</source>
        <translation>Zur Prüfung &amp;senden</translation>
    </message>
    <message>
        <source>Nothing was sent; the review did not start.</source>
        <translation>Nichts wurde gesendet; die Prüfung wurde nicht gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed:</source>
        <translation>
            <numerusform>%n Klausel konnte nicht geprüft werden:</numerusform>
            <numerusform>%n Klauseln konnten nicht geprüft werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Accept all %1</source>
        <translation>Alle mit Schweregrad %1 annehmen</translation>
    </message>
    <message>
        <source>Reject all %1</source>
        <translation>Alle mit Schweregrad %1 ablehnen</translation>
    </message>
    <message>
        <source>Export the Redlined Document</source>
        <translation>Überarbeitetes Dokument exportieren</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>%1 is the document under review. The redline is always written to a new file; choose another name.</source>
        <translation>%1 ist das geprüfte Dokument. Die Überarbeitung wird immer in eine neue Datei geschrieben; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>%1 is the document under review; choose another name.</source>
        <translation>%1 ist das geprüfte Dokument; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <source>Choose a Playbook</source>
        <translation>Playbook wählen</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>This playbook cannot be used. %1</source>
        <translation>Dieses Playbook kann nicht verwendet werden. %1</translation>
    </message>
    <message>
        <source>The comparison&apos;s differences are tracked changes too.</source>
        <translation>Die Unterschiede des Vergleichs sind ebenfalls nachverfolgte Änderungen.</translation>
    </message>
    <message>
        <source>%1 compared with %2 — Redliner</source>
        <translation>%1 verglichen mit %2 — Redliner</translation>
    </message>
    <message>
        <source>Compare with a Previous Version</source>
        <translation>Mit einer früheren Fassung vergleichen</translation>
    </message>
    <message>
        <source>%1 and %2 have the same text: there is nothing to mark.</source>
        <translation>%1 und %2 haben denselben Text: Es gibt nichts zu markieren.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n change(s) (%2 paragraph(s) edited, %3 inserted, %4 deleted), listed under Their Changes. Export keeps them as tracked changes.</source>
        <translation>
            <numerusform>Verglichen mit %1: %n Änderung (%2 Absätze bearbeitet, %3 eingefügt, %4 gelöscht), aufgeführt unter „Änderungen der Gegenseite“. Der Export behält sie als nachverfolgte Änderungen.</numerusform>
            <numerusform>Verglichen mit %1: %n Änderungen (%2 Absätze bearbeitet, %3 eingefügt, %4 gelöscht), aufgeführt unter „Änderungen der Gegenseite“. Der Export behält sie als nachverfolgte Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) or page break(s) of the deleted text cannot be shown.</source>
        <translation>
            <numerusform>%n Bild oder Seitenumbruch des gelöschten Textes kann nicht gezeigt werden.</numerusform>
            <numerusform>%n Bilder oder Seitenumbrüche des gelöschten Textes können nicht gezeigt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison with %1 could not be made. %2</source>
        <translation>Der Vergleich mit %1 war nicht möglich. %2</translation>
    </message>
    <message>
        <source>It could not be remembered for checking the version that comes back: %1</source>
        <translation>Sie konnte nicht vermerkt werden, um die zurückkommende Fassung zu prüfen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has changes that are not tracked since you exported it on %2: %n place(s).</source>
        <translation>
            <numerusform>%1 enthält seit Ihrem Export am %2 nicht nachverfolgte Änderungen: %n Stelle.</numerusform>
            <numerusform>%1 enthält seit Ihrem Export am %2 nicht nachverfolgte Änderungen: %n Stellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>aus %1 wurde %2</translation>
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>Absatz %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answers to %n of their tracked change(s) are applied; the others are kept as they came.</source>
        <translation>
            <numerusform>Ihre Antwort auf %n nachverfolgte Änderung der Gegenseite ist umgesetzt; die übrigen bleiben, wie sie kamen.</numerusform>
            <numerusform>Ihre Antworten auf %n nachverfolgte Änderungen der Gegenseite sind umgesetzt; die übrigen bleiben, wie sie kamen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n of their change(s) undecided</source>
        <translation>
            <numerusform>%n Änderung der Gegenseite unentschieden lassen</numerusform>
            <numerusform>%n Änderungen der Gegenseite unentschieden lassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n of their change(s)</source>
        <translation>
            <numerusform>%n Änderung der Gegenseite annehmen</numerusform>
            <numerusform>%n Änderungen der Gegenseite annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n of their change(s)</source>
        <translation>
            <numerusform>%n Änderung der Gegenseite ablehnen</numerusform>
            <numerusform>%n Änderungen der Gegenseite ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed author</source>
        <translation>einem unbenannten Autor</translation>
    </message>
    <message>
        <source>Accept all changes by %1</source>
        <translation>Alle Änderungen von %1 annehmen</translation>
    </message>
    <message>
        <source>Reject all changes by %1</source>
        <translation>Alle Änderungen von %1 ablehnen</translation>
    </message>
    <message>
        <source>Some of their changes were left as they are, because Redliner cannot write that answer: %1</source>
        <translation>Einige ihrer Änderungen bleiben, wie sie sind, weil Redliner diese Antwort nicht schreiben kann: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y/ies) added to their comments.</source>
        <translation>
            <numerusform>%n Antwort zu ihren Kommentaren hinzugefügt.</numerusform>
            <numerusform>%n Antworten zu ihren Kommentaren hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>%1 wrote: “%2”

Your reply (leave it empty to take it back):</source>
        <translation>%1 schrieb: „%2“

Ihre Antwort (leer lassen, um sie zurückzunehmen):</translation>
    </message>
    <message>
        <source>Table rows: %1 inserted, %2 deleted.</source>
        <translation>Tabellenzeilen: %1 eingefügt, %2 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Formatting changed in %n paragraph(s).</source>
        <translation>
            <numerusform>Formatierung in %n Absatz geändert.</numerusform>
            <numerusform>Formatierung in %n Absätzen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review a Folder of NDAs</source>
        <translation>Einen Ordner mit Geheimhaltungsvereinbarungen prüfen</translation>
    </message>
    <message>
        <source>The reviewer chosen in the review toolbar cannot be used; the main window says why.</source>
        <translation>Der in der Prüfleiste gewählte Prüfer kann nicht verwendet werden; das Hauptfenster nennt den Grund.</translation>
    </message>
    <message>
        <source>Send the Documents?</source>
        <translation>Dokumente senden?</translation>
    </message>
    <message>
        <source>The text of every NDA in %1 will be sent to %2 for review.</source>
        <translation>Der Text jeder Geheimhaltungsvereinbarung in %1 wird zur Prüfung an %2 gesendet.</translation>
    </message>
    <message>
        <source>%1 changed after the folder review: review it again (F5) for findings that match it.</source>
        <translation>%1 wurde nach der Ordnerprüfung geändert: Prüfen Sie es erneut (F5), um passende Befunde zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The folder review&apos;s %n finding(s) for this document.</source>
        <translation>
            <numerusform>%n Befund der Ordnerprüfung für dieses Dokument.</numerusform>
            <numerusform>%n Befunde der Ordnerprüfung für dieses Dokument.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Redliner::App::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookEditor</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every known issue is in this playbook</source>
        <translation>Alle bekannten Punkte sind in diesem Playbook</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Left as it is, saving a changed playbook counts the version up (1.0.3 becomes 1.0.4)</source>
        <translation>Unverändert gelassen, zählt das Speichern eines geänderten Playbooks die Version hoch (aus 1.0.3 wird 1.0.4)</translation>
    </message>
    <message>
        <source>Playbook name</source>
        <translation>Name des Playbooks</translation>
    </message>
    <message>
        <source>Playbook version</source>
        <translation>Version des Playbooks</translation>
    </message>
    <message>
        <source>Playbook description</source>
        <translation>Beschreibung des Playbooks</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>&amp;Add Issue</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an issue the reviewer knows, from its template</source>
        <translation>Einen Punkt, den der Prüfer kennt, aus seiner Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Issue</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected issue from this playbook</source>
        <translation>Den ausgewählten Punkt aus diesem Playbook entfernen</translation>
    </message>
    <message>
        <source>Checked: the reviewer checks this issue</source>
        <translation>Angehakt: der Prüfer prüft diesen Punkt</translation>
    </message>
    <message>
        <source>Not checked: the reviewer skips this issue</source>
        <translation>Nicht angehakt: der Prüfer überspringt diesen Punkt</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Issues (&amp;checked: reviewed):</source>
        <translation>Pun&amp;kte (angehakt: werden geprüft):</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookHistoryView</name>
    <message>
        <source>Playbook history</source>
        <translation>Verlauf des Playbooks</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No saved versions: the built-in playbook changes only with Redliner.</source>
        <translation>Keine gespeicherten Versionen: das eingebaute Playbook ändert sich nur mit Redliner.</translation>
    </message>
    <message>
        <source>No history recorded for this playbook: the next save starts it.</source>
        <translation>Für dieses Playbook ist kein Verlauf verzeichnet: Das nächste Speichern beginnt ihn.</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookIssueForm</name>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Issue:</source>
        <translation>Punkt:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Off: the reviewer skips this issue altogether</source>
        <translation>Aus: der Prüfer überspringt diesen Punkt ganz</translation>
    </message>
    <message>
        <source>Issue title</source>
        <translation>Titel des Punkts</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Positions by side</source>
        <translation>Positionen je Seite</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source> %1</source>
        <comment>a unit this form does not know yet</comment>
        <translation> %1</translation>
    </message>
    <message>
        <source>Longest term accepted</source>
        <translation>Längste akzeptierte Laufzeit</translation>
    </message>
    <message>
        <source>Longest survival accepted</source>
        <translation>Längste akzeptierte Fortgeltung</translation>
    </message>
    <message>
        <source>Longest non-solicitation accepted</source>
        <translation>Längstes akzeptiertes Abwerbeverbot</translation>
    </message>
    <message>
        <source>Term proposed</source>
        <translation>Vorgeschlagene Laufzeit</translation>
    </message>
    <message>
        <source>Survival proposed</source>
        <translation>Vorgeschlagene Fortgeltung</translation>
    </message>
    <message>
        <source>Shortest time to return or destroy</source>
        <translation>Kürzeste Frist für Rückgabe oder Vernichtung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Chec&amp;k this issue</source>
        <translation>Diesen Punkt prüfen</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Empfangende Partei</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Offenlegende Partei</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>%1: from %2 to %3%4</source>
        <comment>a parameter: its words, least, most, unit</comment>
        <translation>%1: von %2 bis %3%4</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form&apos;s label</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookLibraryDialog</name>
    <message>
        <source>Default Playbook</source>
        <translation>Standard-Playbook</translation>
    </message>
    <message>
        <source>Import a Playbook</source>
        <translation>Playbook importieren</translation>
    </message>
    <message>
        <source>Playbooks (*.json);;All files (*)</source>
        <translation>Playbooks (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the Playbook</source>
        <translation>Playbook exportieren</translation>
    </message>
    <message>
        <source>Delete the Playbook?</source>
        <translation>Playbook löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” and its history? Reviews that used it keep its name, version and SHA-256.</source>
        <translation>„%1“ mit seinem Verlauf löschen? Prüfungen, die es verwendet haben, behalten Name, Version und SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Make an editable copy of this playbook</source>
        <translation>Eine bearbeitbare Kopie dieses Playbooks anlegen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add a playbook file (.json) to the library</source>
        <translation>Eine Playbook-Datei (.json) zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this playbook to a file, for redliner-cli --playbook or a colleague</source>
        <translation>Dieses Playbook in eine Datei schreiben, für redliner-cli --playbook oder eine Kollegin</translation>
    </message>
    <message>
        <source>Delete this playbook and its history from the library</source>
        <translation>Dieses Playbook mit seinem Verlauf aus der Bibliothek löschen</translation>
    </message>
    <message>
        <source>Default for reviews of the:</source>
        <translation>Standard für Prüfungen für die:</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Empfangende Partei</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Offenlegende Partei</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>The review toolbar picks this playbook when this side is chosen</source>
        <translation>Die Prüfungsleiste wählt dieses Playbook, wenn diese Seite gewählt wird</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;arbeiten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 (does not load)</source>
        <translation>%1 (lässt sich nicht laden)</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>Eingebaut, schreibgeschützt</translation>
    </message>
    <message>
        <source>Default for: %1</source>
        <translation>Standard für: %1</translation>
    </message>
    <message>
        <source>The built-in playbook is read-only: Duplicate it to make your own.</source>
        <translation>Das eingebaute Playbook ist schreibgeschützt: Duplizieren Sie es, um ein eigenes anzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s).</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung.</numerusform>
            <numerusform>%n ungespeicherte Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate the Playbook</source>
        <translation>Playbook duplizieren</translation>
    </message>
    <message>
        <source>“%1” is yours to edit.</source>
        <translation>„%1“ können Sie nun bearbeiten.</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Delete the Playbook</source>
        <translation>Playbook löschen</translation>
    </message>
    <message>
        <source>Play&amp;books:</source>
        <translation>&amp;Playbooks:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Save a new version of this playbook (%1)</source>
        <translation>Eine neue Version dieses Playbooks speichern (%1)</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved: the file exported is the playbook as saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind: Exportiert wird das Playbook, wie es gespeichert ist.</translation>
    </message>
    <message>
        <source>&amp;Save, then Export</source>
        <translation>&amp;Speichern, dann exportieren</translation>
    </message>
    <message>
        <source>Export the Saved &amp;Version</source>
        <translation>Gespeicherte &amp;Version exportieren</translation>
    </message>
    <message>
        <source>The edits cannot be saved as they are: %1</source>
        <translation>Die Änderungen können so nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookPreview</name>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Preview on a Document</source>
        <translation>Vorschau an einem Dokument</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Document to preview on</source>
        <translation>Dokument für die Vorschau</translation>
    </message>
    <message>
        <source>Preview on another Word document</source>
        <translation>Vorschau an einem anderen Word-Dokument</translation>
    </message>
    <message>
        <source>Reviewed &amp;for:</source>
        <translation>Geprüft &amp;für:</translation>
    </message>
    <message>
        <source>Side to preview for</source>
        <translation>Seite für die Vorschau</translation>
    </message>
    <message>
        <source>Findings of the saved playbook</source>
        <translation>Befunde des gespeicherten Playbooks</translation>
    </message>
    <message>
        <source>Findings of the edited playbook</source>
        <translation>Befunde des bearbeiteten Playbooks</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Vorgeschlagener Text</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Empfangende Partei</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Offenlegende Partei</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Open a document in the main window, or choose one, to preview the playbook on it.</source>
        <translation>Öffnen Sie ein Dokument im Hauptfenster oder wählen Sie eines, um das Playbook daran in der Vorschau zu prüfen.</translation>
    </message>
    <message>
        <source>The edited playbook has errors: fix them to preview it.</source>
        <translation>Das bearbeitete Playbook enthält Fehler: beheben Sie sie für die Vorschau.</translation>
    </message>
    <message>
        <source>Reviewing %1 with both playbooks…</source>
        <translation>%1 wird mit beiden Playbooks geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the edited playbook gives the same %n finding(s) as the saved one.</source>
        <translation>
            <numerusform>An %1 ergibt das bearbeitete Playbook denselben %n Befund wie das gespeicherte.</numerusform>
            <numerusform>An %1 ergibt das bearbeitete Playbook dieselben %n Befunde wie das gespeicherte.</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1: the saved playbook gives %2 finding(s), the edited one %3; %4 new or changed (marked), %5 no longer the same.</source>
        <translation>An %1: das gespeicherte Playbook ergibt %2 Befund(e), das bearbeitete %3; %4 neu oder geändert (markiert), %5 nicht mehr gleich.</translation>
    </message>
    <message>
        <source>New or changed with the edited playbook</source>
        <translation>Neu oder geändert mit dem bearbeiteten Playbook</translation>
    </message>
    <message>
        <source>Not the same with the edited playbook</source>
        <translation>Mit dem bearbeiteten Playbook nicht mehr gleich</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Sa&amp;ved playbook</source>
        <translation>&amp;Gespeichertes Playbook</translation>
    </message>
    <message>
        <source>Edi&amp;ted playbook</source>
        <translation>&amp;Bearbeitetes Playbook</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PositionEditor</name>
    <message>
        <source>Off: this side does not object, and the issue is only shown in the report</source>
        <translation>Aus: diese Seite hat keine Einwände, der Punkt erscheint nur im Bericht</translation>
    </message>
    <message>
        <source>&amp;Preferred:</source>
        <translation>&amp;Bevorzugt:</translation>
    </message>
    <message>
        <source>&amp;Fallback:</source>
        <translation>&amp;Rückfallposition:</translation>
    </message>
    <message>
        <source>Preferred position</source>
        <translation>Bevorzugte Position</translation>
    </message>
    <message>
        <source>Fallback position</source>
        <translation>Rückfallposition</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the change is market: the comment on the tracked change</source>
        <translation>Warum die Änderung marktüblich ist: der Kommentar zur nachverfolgten Änderung</translation>
    </message>
    <message>
        <source>Language to propose</source>
        <translation>Vorzuschlagende Formulierung</translation>
    </message>
    <message>
        <source>The clause text to propose: a whole clause, a sentence or a phrase</source>
        <translation>Der vorzuschlagende Klauseltext: eine ganze Klausel, ein Satz oder eine Wendung</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 einfügen</translation>
    </message>
    <message>
        <source>Insert %1 into the language at the cursor</source>
        <translation>%1 an der Schreibmarke in die Formulierung einfügen</translation>
    </message>
    <message>
        <source>This language takes no placeholders: it is proposed as written.</source>
        <translation>Diese Formulierung hat keine Platzhalter: sie wird so vorgeschlagen, wie sie steht.</translation>
    </message>
    <message>
        <source>Placeholders filled in from the parameters: %1</source>
        <translation>Aus den Parametern ausgefüllte Platzhalter: %1</translation>
    </message>
    <message>
        <source>Not a placeholder here: %1</source>
        <translation>Hier kein Platzhalter: %1</translation>
    </message>
    <message>
        <source>Raise this issue for this side</source>
        <translation>Diesen Punkt für diese Seite beanstanden</translation>
    </message>
    <message>
        <source>Rati&amp;onale:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Formulierung:</translation>
    </message>
</context>
<context>
    <name>Redliner::App::RedlineBatch</name>
    <message>
        <source>%1: no change to propose</source>
        <translation>%1: keine Änderung vorzuschlagen</translation>
    </message>
    <message>
        <source>%1: the file changed after it was reviewed; review the folder again</source>
        <translation>%1: Die Datei wurde nach der Prüfung geändert; prüfen Sie den Ordner erneut</translation>
    </message>
</context>
<context>
    <name>Redliner::App::RedlineRenderer</name>
    <message>
        <source>an unnamed author</source>
        <translation>einer Person ohne Namen</translation>
    </message>
    <message>
        <source>Inserted by %1</source>
        <translation>Eingefügt von %1</translation>
    </message>
    <message>
        <source>Moved here by %1</source>
        <translation>Hierher verschoben von %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <source>Moved away by %1</source>
        <translation>Weggeschoben von %1</translation>
    </message>
    <message>
        <source>%1 (you rejected it)</source>
        <translation>%1 (von Ihnen abgelehnt)</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ReportWriter</name>
    <message>
        <source>the receiving party</source>
        <translation>die empfangende Partei</translation>
    </message>
    <message>
        <source>the disclosing party</source>
        <translation>die offenlegende Partei</translation>
    </message>
    <message>
        <source>both parties (mutual)</source>
        <translation>beide Parteien (gegenseitig)</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Reviewed for</source>
        <translation>Geprüft für</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 high, %2 medium, %3 low</source>
        <translation>%1 hoch, %2 mittel, %3 niedrig</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 undecided</source>
        <translation>%1 angenommen, %2 abgelehnt, %3 offen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted, as edited</source>
        <translation>Angenommen, in bearbeiteter Fassung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>No change to the text is proposed: a point to raise.</source>
        <translation>Keine Textänderung vorgeschlagen: ein Punkt zur Diskussion.</translation>
    </message>
    <message>
        <source>Made with Redliner %1.</source>
        <translation>Erstellt mit Redliner %1.</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ReviewController</name>
    <message>
        <source>Offline playbook</source>
        <translation>Offline-Playbook</translation>
    </message>
    <message>
        <source>OpenAI and Anthropic</source>
        <translation>OpenAI und Anthropic</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>%1 of %2 requests answered</source>
        <translation>%1 von %2 Anfragen beantwortet</translation>
    </message>
    <message>
        <source>A review is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <source>This reviewer is not available in this build.</source>
        <translation>Dieser Prüfer ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reviewing %1 with the offline playbook…</source>
        <translation>%1 wird mit dem Offline-Playbook geprüft…</translation>
    </message>
    <message>
        <source>Reviewing with the offline playbook…</source>
        <translation>Prüfung mit dem Offline-Playbook…</translation>
    </message>
    <message>
        <source>The document was closed before the review finished.</source>
        <translation>Das Dokument wurde geschlossen, bevor die Prüfung fertig war.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offline review found %n point(s) to raise.</source>
        <translation>
            <numerusform>Die Offline-Prüfung hat %n Punkt zur Diskussion gefunden.</numerusform>
            <numerusform>Die Offline-Prüfung hat %n Punkte zur Diskussion gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review cancelled; the findings you had are unchanged.</source>
        <translation>Prüfung abgebrochen; Ihre bisherigen Befunde sind unverändert.</translation>
    </message>
    <message>
        <source>No provider is configured for this reviewer.</source>
        <translation>Für diesen Prüfer ist kein Anbieter eingerichtet.</translation>
    </message>
    <message>
        <source>Reviewing %1 with %2…</source>
        <translation>%1 wird mit %2 geprüft…</translation>
    </message>
    <message>
        <source>Sending the clauses…</source>
        <translation>Die Klauseln werden gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Review cancelled; the %n finding(s) received so far are kept.</source>
        <translation>
            <numerusform>Prüfung abgebrochen; der bisher erhaltene Befund bleibt erhalten.</numerusform>
            <numerusform>Prüfung abgebrochen; die %n bisher erhaltenen Befunde bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review found %n point(s) to raise.</source>
        <translation>
            <numerusform>Die Prüfung hat %n Punkt zur Diskussion gefunden.</numerusform>
            <numerusform>Die Prüfung hat %n Punkte zur Diskussion gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed.</source>
        <translation>
            <numerusform>%n Klausel konnte nicht geprüft werden.</numerusform>
            <numerusform>%n Klauseln konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clause %1 (%2): %3</source>
        <translation>Klausel %1 (%2): %3</translation>
    </message>
    <message>
        <source>Sending the clauses that failed again…</source>
        <translation>Die fehlgeschlagenen Klauseln werden erneut gesendet…</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ReviewToolBar</name>
    <message>
        <source>Review Toolbar</source>
        <translation>Prüfungsleiste</translation>
    </message>
    <message>
        <source>Review toolbar</source>
        <translation>Prüfungsleiste</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>Play&amp;book:</source>
        <translation>Play&amp;book:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Side you represent</source>
        <translation>Partei, die Sie vertreten</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Empfangende Partei</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Offenlegende Partei</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>Built-in NDA playbook</source>
        <translation>Eingebautes NDA-Playbook</translation>
    </message>
    <message>
        <source>The playbook that ships with Redliner</source>
        <translation>Das mit Redliner gelieferte Playbook</translation>
    </message>
    <message>
        <source>Other Playbook…</source>
        <translation>Anderes Playbook…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::SettingsDialog</name>
    <message>
        <source>Choose a Playbook</source>
        <translation>Playbook wählen</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Empfangende Partei</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Offenlegende Partei</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Gegenseitig</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The key will be removed when you press OK.</source>
        <translation>Der Schlüssel wird entfernt, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>A key is stored. Type a new one to replace it.</source>
        <translation>Ein Schlüssel ist gespeichert. Geben Sie einen neuen ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Gespeichert (verborgen)</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1).</translation>
    </message>
    <message>
        <source>%1: the base URL must be an http or https address.</source>
        <translation>%1: Die Basis-URL muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <source>%1: a model is needed.</source>
        <translation>%1: Ein Modell ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 (older gateways and proxies)</source>
        <translation>%1 (ältere Gateways und Proxys)</translation>
    </message>
</context>
<context>
    <name>Redliner::App::StartPage</name>
    <message>
        <source>Opening %1: %2</source>
        <translation>%1 wird geöffnet: %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::TheirChangesModel</name>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Verschoben (von hier)</translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation>Verschoben (hierher)</translation>
    </message>
    <message>
        <source>Paragraph break inserted</source>
        <translation>Absatzumbruch eingefügt</translation>
    </message>
    <message>
        <source>Paragraph break deleted</source>
        <translation>Absatzumbruch gelöscht</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Paragraph formatting</source>
        <translation>Absatzformatierung</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No playbook issue in this clause</source>
        <translation>Kein Playbook-Punkt in dieser Klausel</translation>
    </message>
    <message>
        <source>Reply, resolved</source>
        <translation>Antwort, erledigt</translation>
    </message>
    <message>
        <source>Comment, resolved</source>
        <translation>Kommentar, erledigt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Tracked-change &amp;author:</source>
        <translation>&amp;Autor der Änderungen:</translation>
    </message>
    <message>
        <source>Tracked-change author</source>
        <translation>Autor der nachverfolgten Änderungen</translation>
    </message>
    <message>
        <source>Default &amp;side:</source>
        <translation>Übliche &amp;Partei:</translation>
    </message>
    <message>
        <source>Side you usually represent</source>
        <translation>Partei, die Sie üblicherweise vertreten</translation>
    </message>
    <message>
        <source>Default &amp;playbook:</source>
        <translation>Standard-Play&amp;book:</translation>
    </message>
    <message>
        <source>Built-in NDA playbook</source>
        <translation>Eingebautes NDA-Playbook</translation>
    </message>
    <message>
        <source>Default playbook file</source>
        <translation>Standard-Playbook-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a playbook file</source>
        <translation>Eine Playbook-Datei wählen</translation>
    </message>
    <message>
        <source>B&amp;uilt-in</source>
        <translation>Ein&amp;gebaut</translation>
    </message>
    <message>
        <source>Use the built-in playbook</source>
        <translation>Das eingebaute Playbook verwenden</translation>
    </message>
    <message>
        <source>Add the &amp;rationale as a comment on each tracked change</source>
        <translation>Die &amp;Begründung als Kommentar an jede Änderung anfügen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Connection settings of the network reviewers. API keys are kept in your system&apos;s keychain, never in the settings file.</source>
        <translation>Verbindungseinstellungen der Netzwerk-Prüfer. API-Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Replace party &amp;names and addresses before text is sent to a cloud provider</source>
        <translation>&amp;Namen und Anschriften der Parteien ersetzen, bevor Text an einen Cloud-Anbieter geht</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>OpenAI base URL</source>
        <translation>Basis-URL für OpenAI</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>Modell für OpenAI</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Parallele Anfragen:</translation>
    </message>
    <message>
        <source>OpenAI parallel requests</source>
        <translation>Parallele Anfragen an OpenAI</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>OpenAI timeout in seconds</source>
        <translation>Zeitlimit für OpenAI in Sekunden</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>API-Schlüssel für OpenAI</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Remove the OpenAI API key</source>
        <translation>Den API-Schlüssel für OpenAI entfernen</translation>
    </message>
    <message>
        <source>Anthropic base URL</source>
        <translation>Basis-URL für Anthropic</translation>
    </message>
    <message>
        <source>Anthropic model</source>
        <translation>Modell für Anthropic</translation>
    </message>
    <message>
        <source>Anthropic parallel requests</source>
        <translation>Parallele Anfragen an Anthropic</translation>
    </message>
    <message>
        <source>Anthropic timeout in seconds</source>
        <translation>Zeitlimit für Anthropic in Sekunden</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>API-Schlüssel für Anthropic</translation>
    </message>
    <message>
        <source>Remove the Anthropic API key</source>
        <translation>Den API-Schlüssel für Anthropic entfernen</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>Lokaler Server (Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) base URL</source>
        <translation>Basis-URL des lokalen Servers</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) model</source>
        <translation>Modell des lokalen Servers</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) parallel requests</source>
        <translation>Parallele Anfragen an den lokalen Server</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) timeout in seconds</source>
        <translation>Zeitlimit des lokalen Servers in Sekunden</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) API key</source>
        <translation>API-Schlüssel des lokalen Servers</translation>
    </message>
    <message>
        <source>Remove the Local server (Ollama, llama.cpp, LM Studio, vLLM) API key</source>
        <translation>Den API-Schlüssel des lokalen Servers entfernen</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>Aufbewahrung der Schlüssel</translation>
    </message>
    <message>
        <source>When no keychain is available, keep keys in a &amp;file that only I can read</source>
        <translation>Wenn kein Schlüsselbund verfügbar ist, Schlüssel in einer &amp;Datei aufbewahren, die nur ich lesen kann</translation>
    </message>
    <message>
        <source>Warning: that file is not encrypted. Anyone with access to your user account, or to a backup of it, can read the keys. Prefer a keychain, or set the keys in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY).</source>
        <translation>Warnung: Diese Datei ist nicht verschlüsselt. Wer Zugriff auf Ihr Benutzerkonto oder eine Sicherung davon hat, kann die Schlüssel lesen. Nutzen Sie besser einen Schlüsselbund oder setzen Sie die Schlüssel in der Umgebung (OPENAI_API_KEY, ANTHROPIC_API_KEY).</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Anthropic API version</source>
        <translation>Anthropic-API-Version</translation>
    </message>
    <message>
        <source>2026-10-21 is what current Anthropic clients send. Choose 2023-06-01 for a gateway or proxy that knows only the older version; a server that refuses one version is sent the other once.</source>
        <translation>2026-10-21 senden die aktuellen Anthropic-Clients. Wählen Sie 2023-06-01 für ein Gateway oder einen Proxy, der nur die ältere Version kennt; ein Server, der eine Version ablehnt, erhält einmal die andere.</translation>
    </message>
    <message>
        <source>Remember each e&amp;xport, to find changes made without tracking in the version that comes back</source>
        <translation>Jeden E&amp;xport merken, um in der zurückkommenden Fassung Änderungen ohne Nachverfolgung zu finden</translation>
    </message>
    <message>
        <source>Keeps the exported text, as if every tracked change were rejected, in the application data directory under the file&apos;s name</source>
        <translation>Bewahrt den exportierten Text, als wären alle nachverfolgten Änderungen abgelehnt, unter dem Dateinamen im Datenverzeichnis der Anwendung auf</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Drop a Word document here</source>
        <translation>Word-Dokument hier ablegen</translation>
    </message>
    <message>
        <source>Drop an NDA (.docx) here</source>
        <translation>NDA (.docx) hier ablegen</translation>
    </message>
    <message>
        <source>Redliner reviews it against your playbook and shows the proposed changes beside the original. Nothing leaves this computer with the offline reviewer.</source>
        <translation>Redliner prüft es anhand Ihres Playbooks und zeigt die vorgeschlagenen Änderungen neben dem Original. Mit dem Offline-Prüfer verlässt nichts diesen Rechner.</translation>
    </message>
    <message>
        <source>&amp;Open a Document…</source>
        <translation>Dokument ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ein Dokument öffnen</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Fortschritt beim Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Öffnen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>&amp;Zuletzt geöffnete Dokumente</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Zuletzt geöffnete Dokumente</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review NDAs and export Word tracked changes.</source>
        <translation>NDAs prüfen und Word-Überarbeitungen exportieren.</translation>
    </message>
    <message>
        <source>The document to open.</source>
        <translation>Das zu öffnende Dokument.</translation>
    </message>
    <message>
        <source>Start a review once the document is open.</source>
        <translation>Eine Prüfung starten, sobald das Dokument offen ist.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Ein Bild des Fensters in DATEI speichern und beenden.</translation>
    </message>
    <message>
        <source>The reviewer for --review: offline, openai, anthropic, both or local.</source>
        <translation>Der Prüfer für --review: offline, openai, anthropic, both oder local.</translation>
    </message>
    <message>
        <source>Print the longest UI stall while opening the document (and reviewing it, with --review) as JSON, and quit.</source>
        <translation>Die längste Blockade der Oberfläche beim Öffnen (und mit --review beim Prüfen) als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: show the Their Changes tab, its first change selected.</source>
        <translation>Mit --screenshot: den Reiter „Änderungen der Gegenseite“ zeigen, seine erste Änderung ausgewählt.</translation>
    </message>
    <message>
        <source>Review every Word document of DIR in the triage view (File › Review Folder…).</source>
        <translation>Jedes Word-Dokument in DIR in der Übersicht prüfen (Datei › Ordner prüfen…).</translation>
    </message>
    <message>
        <source>Open the playbook library (Tools › Playbooks…) once the window is up; with --screenshot, save a picture of it and quit.</source>
        <translation>Die Playbook-Bibliothek (Extras › Playbooks…) öffnen, sobald das Fenster da ist; mit --screenshot ein Bild davon speichern und beenden.</translation>
    </message>
</context>
</TS>
