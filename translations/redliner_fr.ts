<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EditFindingDialog</name>
    <message>
        <source>Edit the Proposed Text</source>
        <translation>Modifier le texte proposé</translation>
    </message>
    <message>
        <source>&amp;Proposed text of the clause:</source>
        <translation>Texte &amp;proposé pour la clause :</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <source>The tracked changes this makes (computed word by word against the original):</source>
        <translation>Les modifications suivies qui en résultent (calculées mot à mot par rapport à l’original) :</translation>
    </message>
    <message>
        <source>Preview of the tracked changes</source>
        <translation>Aperçu des modifications suivies</translation>
    </message>
    <message>
        <source>&amp;Restore the Proposal</source>
        <translation>&amp;Rétablir la proposition</translation>
    </message>
    <message>
        <source>Restore the reviewer&apos;s proposal</source>
        <translation>Rétablir la proposition du réviseur</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Filter findings by text</source>
        <translation>Filtrer les constats par texte</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>Afficher la gravité</translation>
    </message>
    <message>
        <source>Show decision</source>
        <translation>Afficher la décision</translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation>Liste des constats</translation>
    </message>
    <message>
        <source>Rationale and proposed change</source>
        <translation>Justification et modification proposée</translation>
    </message>
    <message>
        <source>Findings and their changes</source>
        <translation>Constats et modifications de l&apos;autre partie</translation>
    </message>
    <message>
        <source>Their Changes</source>
        <translation>Modifications de l&apos;autre partie</translation>
    </message>
    <message>
        <source>No tracked changes or comments from others.</source>
        <translation>Aucune modification suivie ni aucun commentaire d&apos;autres personnes.</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Modifications de l&apos;autre partie</translation>
    </message>
    <message>
        <source>Their tracked changes and comments</source>
        <translation>Modifications suivies et commentaires de l&apos;autre partie</translation>
    </message>
    <message>
        <source>The other side&apos;s tracked changes and comments, with your answer to each change and the playbook&apos;s view of its clause. Select one to show it in the document; accept or reject the selected changes with the buttons below.</source>
        <translation>Les modifications suivies et les commentaires de l&apos;autre partie, avec votre réponse à chaque modification et l&apos;avis du playbook sur sa clause. Sélectionnez-en une pour l&apos;afficher dans le document ; acceptez ou refusez les modifications sélectionnées avec les boutons ci-dessous.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>Tout &amp;refuser</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Word document (.docx) to review</source>
        <translation>Ouvrir un document Word (.docx) à réviser</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the document; your decisions are kept</source>
        <translation>Fermer le document ; vos décisions sont conservées</translation>
    </message>
    <message>
        <source>&amp;Export Redlined DOCX…</source>
        <translation>&amp;Exporter le DOCX annoté…</translation>
    </message>
    <message>
        <source>Write the accepted changes as Word tracked changes into a new document</source>
        <translation>Écrire les modifications acceptées comme modifications suivies Word dans un nouveau document</translation>
    </message>
    <message>
        <source>Export Report as &amp;HTML…</source>
        <translation>Exporter le rapport en &amp;HTML…</translation>
    </message>
    <message>
        <source>Write the findings and decisions as a web page</source>
        <translation>Écrire les constats et les décisions sous forme de page web</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exporter le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the findings and decisions as a PDF</source>
        <translation>Écrire les constats et les décisions en PDF</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print the findings and decisions</source>
        <translation>Imprimer les constats et les décisions</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Documents</source>
        <translation>&amp;Effacer les documents récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the selected findings: their changes go into the export</source>
        <translation>Accepter les constats sélectionnés : leurs modifications iront dans l’export</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Reject the selected findings: the text stays as it is</source>
        <translation>Refuser les constats sélectionnés : le texte reste tel quel</translation>
    </message>
    <message>
        <source>&amp;Edit Proposed Text…</source>
        <translation>&amp;Modifier le texte proposé…</translation>
    </message>
    <message>
        <source>Rewrite the proposed text of the selected finding</source>
        <translation>Réécrire le texte proposé du constat sélectionné</translation>
    </message>
    <message>
        <source>Restore the &amp;Proposal</source>
        <translation>Rétablir la &amp;proposition</translation>
    </message>
    <message>
        <source>Undo your edit of the proposed text</source>
        <translation>Annuler votre modification du texte proposé</translation>
    </message>
    <message>
        <source>&amp;High Severity</source>
        <translation>Gravité é&amp;levée</translation>
    </message>
    <message>
        <source>&amp;Medium Severity</source>
        <translation>Gravité &amp;moyenne</translation>
    </message>
    <message>
        <source>&amp;Low Severity</source>
        <translation>Gravité &amp;faible</translation>
    </message>
    <message>
        <source>&amp;Filter Findings</source>
        <translation>&amp;Filtrer les constats</translation>
    </message>
    <message>
        <source>Filter the findings by text</source>
        <translation>Filtrer les constats par texte</translation>
    </message>
    <message>
        <source>&amp;Redline Only</source>
        <translation>&amp;Version annotée seule</translation>
    </message>
    <message>
        <source>Show only the redline, without the original beside it</source>
        <translation>N’afficher que la version annotée, sans l’original à côté</translation>
    </message>
    <message>
        <source>&amp;Synchronised Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>Keep both panes on the same paragraph</source>
        <translation>Garder les deux volets sur le même paragraphe</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next change</source>
        <translation>Aller à la modification suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous change</source>
        <translation>Aller à la modification précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Start Review</source>
        <translation>&amp;Lancer la révision</translation>
    </message>
    <message>
        <source>Review the document with the chosen reviewer, side and playbook</source>
        <translation>Réviser le document avec le réviseur, la partie et le playbook choisis</translation>
    </message>
    <message>
        <source>&amp;Cancel Review</source>
        <translation>&amp;Annuler la révision</translation>
    </message>
    <message>
        <source>Stop the review; the findings received so far stay</source>
        <translation>Arrêter la révision ; les constats déjà reçus sont conservés</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Clauses</source>
        <translation>&amp;Renvoyer les clauses en échec</translation>
    </message>
    <message>
        <source>Send the clauses a network reviewer could not review again</source>
        <translation>Renvoyer les clauses qu’un réviseur en ligne n’a pas pu réviser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Author, default side and playbook, providers and keys, language</source>
        <translation>Auteur, partie et playbook par défaut, fournisseurs et clés, langue</translation>
    </message>
    <message>
        <source>&amp;About Redliner</source>
        <translation>À &amp;propos de Redliner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Show every difference from an earlier version of this document as tracked changes, including changes nobody marked</source>
        <translation>Afficher chaque différence avec une version antérieure de ce document en modification suivie, y compris les modifications que personne n’a marquées</translation>
    </message>
    <message>
        <source>Compare with Previous &amp;Version…</source>
        <translation>Comparer avec une &amp;version précédente…</translation>
    </message>
    <message>
        <source>&amp;Their Changes</source>
        <translation>&amp;Leurs modifications</translation>
    </message>
    <message>
        <source>&amp;Accept Their Change</source>
        <translation>&amp;Accepter leur modification</translation>
    </message>
    <message>
        <source>Accept the selected tracked changes of the other side: the export keeps them as plain text</source>
        <translation>Accepter les modifications suivies sélectionnées de l&apos;autre partie : l&apos;export les garde comme texte ordinaire</translation>
    </message>
    <message>
        <source>&amp;Reject Their Change</source>
        <translation>&amp;Refuser leur modification</translation>
    </message>
    <message>
        <source>Reject the selected tracked changes of the other side: the export undoes them</source>
        <translation>Refuser les modifications suivies sélectionnées de l&apos;autre partie : l&apos;export les annule</translation>
    </message>
    <message>
        <source>Accept All by &amp;This Author</source>
        <translation>Tout accepter de &amp;cet auteur</translation>
    </message>
    <message>
        <source>Accept every tracked change by the author of the selected change</source>
        <translation>Accepter chaque modification suivie de l&apos;auteur de la modification sélectionnée</translation>
    </message>
    <message>
        <source>Reject All by T&amp;his Author</source>
        <translation>Tout refuser de c&amp;et auteur</translation>
    </message>
    <message>
        <source>Reject every tracked change by the author of the selected change</source>
        <translation>Refuser chaque modification suivie de l&apos;auteur de la modification sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Leave Undecided</source>
        <translation>&amp;Laisser sans réponse</translation>
    </message>
    <message>
        <source>Take back your answer to the selected tracked changes: the export keeps them as they came</source>
        <translation>Retirer votre réponse aux modifications suivies sélectionnées : l&apos;export les garde telles qu&apos;elles sont venues</translation>
    </message>
    <message>
        <source>Re&amp;ply to Comment…</source>
        <translation>&amp;Répondre au commentaire…</translation>
    </message>
    <message>
        <source>Write or change your reply to the selected comment: the export adds it to the comment&apos;s thread</source>
        <translation>Écrire ou modifier votre réponse au commentaire sélectionné : l&apos;export l&apos;ajoute à son fil</translation>
    </message>
    <message>
        <source>Review &amp;Folder…</source>
        <translation>Réviser un &amp;dossier…</translation>
    </message>
    <message>
        <source>Review every NDA in a folder at once and sort them in a triage table</source>
        <translation>Réviser en une fois tous les accords de confidentialité d’un dossier et les trier dans un tableau de tri</translation>
    </message>
    <message>
        <source>&amp;Playbooks…</source>
        <translation>&amp;Playbooks…</translation>
    </message>
    <message>
        <source>The playbook library: edit your playbooks, preview them on the document, choose the default for each side</source>
        <translation>La bibliothèque de playbooks : modifier vos playbooks, les prévisualiser sur le document, choisir celui par défaut pour chaque partie</translation>
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
        <translation>Version annotée (modifications proposées)</translation>
    </message>
    <message>
        <source>Original document</source>
        <translation>Document original</translation>
    </message>
    <message>
        <source>Redlined document</source>
        <translation>Document annoté</translation>
    </message>
    <message>
        <source>Change map</source>
        <translation>Carte des modifications</translation>
    </message>
    <message>
        <source>Where the changes are; click one to go to it</source>
        <translation>Emplacement des modifications ; cliquez pour y aller</translation>
    </message>
    <message>
        <source>Original — %1</source>
        <translation>Original — %1</translation>
    </message>
    <message>
        <source>Earlier version — %1</source>
        <translation>Version antérieure — %1</translation>
    </message>
</context>
<context>
    <name>Redliner::App::DocumentLoader</name>
    <message>
        <source>Reading the document</source>
        <translation>Lecture du document</translation>
    </message>
    <message>
        <source>Finding the clauses</source>
        <translation>Repérage des clauses</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Comparaison avec %1</translation>
    </message>
    <message>
        <source>%1: these differences cannot be shown as tracked changes: %2</source>
        <translation>%1 : ces différences ne peuvent pas être montrées en modifications suivies : %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::DocumentSession</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Restore the proposal of %1</source>
        <translation>Rétablir la proposition de %1</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Répondre à un commentaire</translation>
    </message>
    <message>
        <source>Take back a reply</source>
        <translation>Retirer une réponse</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ExportController</name>
    <message>
        <source>%1: this is the document under review; the redline is always written to a new file.</source>
        <translation>%1 : c’est le document en cours de révision ; la version annotée est toujours écrite dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>No finding is accepted yet: accept the changes you want, then export.</source>
        <translation>Aucun constat n’est encore accepté : acceptez les modifications voulues, puis exportez.</translation>
    </message>
    <message>
        <source>None of the accepted findings can be written as a tracked change.</source>
        <translation>Aucun des constats acceptés ne peut être écrit comme modification suivie.</translation>
    </message>
    <message>
        <source>An export is already being written.</source>
        <translation>Un export est déjà en cours d’écriture.</translation>
    </message>
    <message>
        <source>A reply</source>
        <translation>Une réponse</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FileReview</name>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FindingsModel</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Offline playbook</source>
        <translation>Playbook hors ligne</translation>
    </message>
    <message>
        <source>%1 (both agree)</source>
        <translation>%1 (tous deux d’accord)</translation>
    </message>
    <message>
        <source>%1 (%2 proposes otherwise)</source>
        <translation>%1 (%2 propose autre chose)</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>%1 seulement</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Accepted, edited</source>
        <translation>Accepté, modifié</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 · to raise</source>
        <translation>%1 · à soulever</translation>
    </message>
    <message>
        <source>%1 · overlaps</source>
        <translation>%1 · chevauchement</translation>
    </message>
    <message>
        <source>No change to the text is proposed: a point to raise with the other side. It is in the report, not in the redline.</source>
        <translation>Aucune modification du texte n’est proposée : un point à soulever avec l’autre partie. Il figure dans le rapport, pas dans la version annotée.</translation>
    </message>
    <message>
        <source>Not shown in the redline: its change overlaps another finding&apos;s that is accepted or comes first. Reject that one to see this one.</source>
        <translation>Non affiché dans la version annotée : sa modification chevauche celle d’un autre constat, accepté ou placé avant. Refusez l’autre pour voir celui-ci.</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FindingsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No findings: the document meets the playbook.</source>
        <translation>Aucun constat : le document respecte le playbook.</translation>
    </message>
    <message>
        <source>Start a review to see findings here.</source>
        <translation>Lancez une révision pour voir les constats ici.</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and what is proposed.</source>
        <translation>Sélectionnez un constat pour voir pourquoi il compte et ce qui est proposé.</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <source>Proposed change</source>
        <translation>Modification proposée</translation>
    </message>
    <message>
        <source>No change to the text is proposed: a point to raise.</source>
        <translation>Aucune modification du texte n’est proposée : un point à soulever.</translation>
    </message>
    <message>
        <source>%1 proposes instead</source>
        <translation>%1 propose plutôt</translation>
    </message>
    <message>
        <source>Their Changes (%1)</source>
        <translation>Modifications de l&apos;autre partie (%1)</translation>
    </message>
    <message>
        <source>Their Changes</source>
        <translation>Modifications de l&apos;autre partie</translation>
    </message>
    <message>
        <source>No tracked changes or comments from others.</source>
        <translation>Aucune modification suivie ni aucun commentaire d&apos;autres personnes.</translation>
    </message>
    <message>
        <source>The other side&apos;s tracked changes and comments could not be read. %1</source>
        <translation>Les modifications suivies et les commentaires de l&apos;autre partie n&apos;ont pas pu être lus. %1</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FolderReviewModel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Révision…</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <source>Reviewed; %1</source>
        <translation>Révisé ; %1</translation>
    </message>
    <message>
        <source>Not an NDA: %1</source>
        <translation>Pas un accord de confidentialité : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>Unilatéral</translation>
    </message>
    <message>
        <source>Perpetual</source>
        <translation>Perpétuel</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Mutual or One-way</source>
        <translation>Mutuel ou unilatéral</translation>
    </message>
    <message>
        <source>Governing Law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Top Issues</source>
        <translation>Points principaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Redliner::App::FolderReviewRunner</name>
    <message>
        <source>A folder review is already running.</source>
        <translation>Une révision de dossier est déjà en cours.</translation>
    </message>
    <message>
        <source>No provider is configured for this reviewer.</source>
        <translation>Aucun fournisseur n’est configuré pour ce réviseur.</translation>
    </message>
    <message>
        <source>This reviewer is not available in this build.</source>
        <translation>Ce réviseur n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>the review stopped before it ended</source>
        <translation>la révision s’est arrêtée avant sa fin</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed: %1</source>
        <translation>
            <numerusform>%n clause n’a pas pu être révisée : %1</numerusform>
            <numerusform>%n clauses n’ont pas pu être révisées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed</source>
        <translation>
            <numerusform>%n clause n’a pas pu être révisée</numerusform>
            <numerusform>%n clauses n’ont pas pu être révisées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redliner::App::FolderReviewWindow</name>
    <message>
        <source>A folder review is already running: cancel it first.</source>
        <translation>Une révision de dossier est déjà en cours : annulez-la d’abord.</translation>
    </message>
    <message>
        <source>The redlines are being written; wait until they are.</source>
        <translation>Les versions annotées sont en cours d’écriture ; attendez qu’elles soient terminées.</translation>
    </message>
    <message>
        <source>There is no Word document (.docx) in %1.</source>
        <translation>Il n’y a aucun document Word (.docx) dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) done</source>
        <translation>
            <numerusform>%1 fichier sur %n traité</numerusform>
            <numerusform>%1 fichiers sur %n traités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>encore environ %n seconde</numerusform>
            <numerusform>encore environ %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %1 of %n file(s).</source>
        <translation>
            <numerusform>%1 fichier sur %n révisé.</numerusform>
            <numerusform>%1 fichiers sur %n révisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) reviewed.</source>
        <translation>
            <numerusform>Annulé : %1 fichier sur %n révisé.</numerusform>
            <numerusform>Annulé : %1 fichiers sur %n révisés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n en échec.</numerusform>
            <numerusform>%n en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not look like an NDA.</source>
        <translation>
            <numerusform>%n ne ressemblait pas à un accord de confidentialité.</numerusform>
            <numerusform>%n ne ressemblaient pas à des accords de confidentialité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write All Redlines Into</source>
        <translation>Écrire toutes les versions annotées dans</translation>
    </message>
    <message>
        <source>Wait until the review has finished, then write the redlines.</source>
        <translation>Attendez la fin de la révision, puis écrivez les versions annotées.</translation>
    </message>
    <message>
        <source>No document is reviewed yet.</source>
        <translation>Aucun document n’est encore révisé.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made.</source>
        <translation>%1 : le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Writing redline %1 of %2…</source>
        <translation>Écriture de la version annotée %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n redline(s) written into %1.</source>
        <translation>
            <numerusform>%n version annotée écrite dans %1.</numerusform>
            <numerusform>%n versions annotées écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) could not be written as tracked changes.</source>
        <translation>
            <numerusform>%n constat n’a pas pu être écrit en modification suivie.</numerusform>
            <numerusform>%n constats n’ont pas pu être écrits en modifications suivies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review a Folder of NDAs</source>
        <translation>Réviser un dossier d’accords de confidentialité</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi.</translation>
    </message>
    <message>
        <source>Review &amp;Folder…</source>
        <translation>Réviser un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Review again the files that failed or were cancelled</source>
        <translation>Réviser à nouveau les fichiers en échec ou annulés</translation>
    </message>
    <message>
        <source>&amp;Export All Redlines…</source>
        <translation>&amp;Exporter toutes les versions annotées…</translation>
    </message>
    <message>
        <source>Write each reviewed document with its findings as tracked changes into a folder you choose, as &quot;NAME (redline).docx&quot;</source>
        <translation>Écrire chaque document révisé avec ses constats en modifications suivies dans un dossier de votre choix, sous le nom « NOM (redline).docx »</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Double-click a document to open it with its findings</source>
        <translation>Double-cliquez sur un document pour l’ouvrir avec ses constats</translation>
    </message>
    <message>
        <source>Documents of the folder</source>
        <translation>Documents du dossier</translation>
    </message>
</context>
<context>
    <name>Redliner::App::KeyStore</name>
    <message>
        <source>No keychain is available to keep the %1 key (%2). Allow keys in a file under Settings › Providers, or set the key in the environment.</source>
        <translation>Aucun trousseau n’est disponible pour conserver la clé %1 (%2). Autorisez les clés dans un fichier sous Paramètres › Fournisseurs, ou définissez la clé dans l’environnement.</translation>
    </message>
    <message>
        <source>turned off by REDLINER_KEYCHAIN=none</source>
        <translation>désactivé par REDLINER_KEYCHAIN=none</translation>
    </message>
    <message>
        <source>The keychain refused to keep the %1 key: %2</source>
        <translation>Le trousseau a refusé de conserver la clé %1 : %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::MainWindow</name>
    <message>
        <source>Open a Word Document</source>
        <translation>Ouvrir un document Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No further change.</source>
        <translation>Aucune autre modification.</translation>
    </message>
    <message>
        <source>No earlier change.</source>
        <translation>Aucune modification précédente.</translation>
    </message>
    <message>
        <source>About Redliner</source>
        <translation>À propos de Redliner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Redliner %1&lt;/h3&gt;&lt;p&gt;Reviews NDAs on your own machine and hands back the counterparty&apos;s Word file with real tracked changes and rationale comments.&lt;/p&gt;&lt;p&gt;The offline reviewer never uses the network.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Redliner %1&lt;/h3&gt;&lt;p&gt;Révise les accords de confidentialité sur votre propre machine et rend le fichier Word de la partie adverse avec de vraies modifications suivies et des commentaires justificatifs.&lt;/p&gt;&lt;p&gt;Le réviseur hors ligne n’utilise jamais le réseau.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>L’ouverture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Opening %1: %2</source>
        <translation>Ouverture de %1 : %2</translation>
    </message>
    <message>
        <source>The redline was not written. %1</source>
        <translation>La version annotée n’a pas été écrite. %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n accepted finding(s) as tracked changes.</source>
        <translation>
            <numerusform>%1 écrit avec %n constat accepté en modification suivie.</numerusform>
            <numerusform>%1 écrit avec %n constats acceptés en modifications suivies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n’a pas été écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n undecided finding(s) were left out.</source>
        <translation>
            <numerusform>%n constat non décidé a été laissé de côté.</numerusform>
            <numerusform>%n constats non décidés ont été laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Review Toolbar</source>
        <translation>Barre de révision</translation>
    </message>
    <message>
        <source>Finding counts</source>
        <translation>Nombre de constats</translation>
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
        <translation>Pas encore révisé</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low · %4 accepted, %5 rejected, %6 undecided</source>
        <translation>
            <numerusform>%n constat : %1 élevé, %2 moyen, %3 faible · %4 accepté, %5 refusé, %6 non décidé</numerusform>
            <numerusform>%n constats : %1 élevés, %2 moyens, %3 faibles · %4 acceptés, %5 refusés, %6 non décidés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the document</source>
        <translation>Lecture du document</translation>
    </message>
    <message>
        <source>Your decisions could not be saved: %1</source>
        <translation>Vos décisions n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Your earlier review of this document is back: %n finding(s), %1 decided.</source>
        <translation>
            <numerusform>Votre révision précédente de ce document est rétablie : %n constat, %1 décidé.</numerusform>
            <numerusform>Votre révision précédente de ce document est rétablie : %n constats, %1 décidés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier decisions for this document could not be read: %1</source>
        <translation>Les décisions précédentes pour ce document n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>This file could not be opened. %1</source>
        <translation>Ce fichier n’a pas pu être ouvert. %1</translation>
    </message>
    <message>
        <source>Open a document first, then start the review.</source>
        <translation>Ouvrez d’abord un document, puis lancez la révision.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>%1 (model %2, %3)</source>
        <translation>%1 (modèle %2, %3)</translation>
    </message>
    <message>
        <source>Send the Document?</source>
        <translation>Envoyer le document ?</translation>
    </message>
    <message>
        <source>The text of %1 will be sent to %2 for review.</source>
        <translation>Le texte de %1 sera envoyé à %2 pour révision.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Party names and addresses are replaced by placeholders before sending and put back in the answers.</source>
        <translation>Les noms et adresses des parties sont remplacés par des marqueurs avant l’envoi, puis rétablis dans les réponses.</translation>
    </message>
    <message>
        <source>Party names and addresses are sent as they are: pseudonymisation is off in Settings › Providers.</source>
        <translation>Les noms et adresses des parties sont envoyés tels quels : la pseudonymisation est désactivée dans Paramètres › Fournisseurs.</translation>
    </message>
    <message>
        <source>&amp;Send for Review</source>
        <translation>&amp;Envoyer pour révision</translation>
    </message>
    <message>
        <source>Nothing was sent; the review did not start.</source>
        <translation>Rien n’a été envoyé ; la révision n’a pas commencé.</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed:</source>
        <translation>
            <numerusform>%n clause n’a pas pu être révisée :</numerusform>
            <numerusform>%n clauses n’ont pas pu être révisées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Refuser %1</translation>
    </message>
    <message>
        <source>Accept all %1</source>
        <translation>Accepter tous les constats de gravité %1</translation>
    </message>
    <message>
        <source>Reject all %1</source>
        <translation>Refuser tous les constats de gravité %1</translation>
    </message>
    <message>
        <source>Export the Redlined Document</source>
        <translation>Exporter le document annoté</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>%1 is the document under review. The redline is always written to a new file; choose another name.</source>
        <translation>%1 est le document en cours de révision. La version annotée est toujours écrite dans un nouveau fichier ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the Report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>%1 is the document under review; choose another name.</source>
        <translation>%1 est le document en cours de révision ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Révision de %1</translation>
    </message>
    <message>
        <source>Choose a Playbook</source>
        <translation>Choisir un playbook</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>This playbook cannot be used. %1</source>
        <translation>Ce playbook ne peut pas être utilisé. %1</translation>
    </message>
    <message>
        <source>The comparison&apos;s differences are tracked changes too.</source>
        <translation>Les différences de la comparaison sont aussi des modifications suivies.</translation>
    </message>
    <message>
        <source>%1 compared with %2 — Redliner</source>
        <translation>%1 comparé avec %2 — Redliner</translation>
    </message>
    <message>
        <source>Compare with a Previous Version</source>
        <translation>Comparer avec une version précédente</translation>
    </message>
    <message>
        <source>%1 and %2 have the same text: there is nothing to mark.</source>
        <translation>%1 et %2 ont le même texte : il n’y a rien à marquer.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with %1: %n change(s) (%2 paragraph(s) edited, %3 inserted, %4 deleted), listed under Their Changes. Export keeps them as tracked changes.</source>
        <translation>
            <numerusform>Comparé avec %1 : %n modification (%2 paragraphes modifiés, %3 insérés, %4 supprimés), listée sous « Modifications de l’autre partie ». L’export les garde en modifications suivies.</numerusform>
            <numerusform>Comparé avec %1 : %n modifications (%2 paragraphes modifiés, %3 insérés, %4 supprimés), listées sous « Modifications de l’autre partie ». L’export les garde en modifications suivies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) or page break(s) of the deleted text cannot be shown.</source>
        <translation>
            <numerusform>%n image ou saut de page du texte supprimé ne peut pas être montré.</numerusform>
            <numerusform>%n images ou sauts de page du texte supprimé ne peuvent pas être montrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison with %1 could not be made. %2</source>
        <translation>La comparaison avec %1 n’a pas pu être faite. %2</translation>
    </message>
    <message>
        <source>It could not be remembered for checking the version that comes back: %1</source>
        <translation>Il n’a pas pu être mémorisé pour vérifier la version qui reviendra : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has changes that are not tracked since you exported it on %2: %n place(s).</source>
        <translation>
            <numerusform>%1 contient des modifications non suivies depuis votre export du %2 : %n endroit.</numerusform>
            <numerusform>%1 contient des modifications non suivies depuis votre export du %2 : %n endroits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>%1 became %2</source>
        <translation>%1 est devenu %2</translation>
    </message>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>Paragraphe %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answers to %n of their tracked change(s) are applied; the others are kept as they came.</source>
        <translation>
            <numerusform>Votre réponse à %n de leurs modifications suivies est appliquée ; les autres restent telles qu&apos;elles sont venues.</numerusform>
            <numerusform>Vos réponses à %n de leurs modifications suivies sont appliquées ; les autres restent telles qu&apos;elles sont venues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %n of their change(s) undecided</source>
        <translation>
            <numerusform>Laisser %n de leurs modifications sans réponse</numerusform>
            <numerusform>Laisser %n de leurs modifications sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n of their change(s)</source>
        <translation>
            <numerusform>Accepter %n de leurs modifications</numerusform>
            <numerusform>Accepter %n de leurs modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n of their change(s)</source>
        <translation>
            <numerusform>Refuser %n de leurs modifications</numerusform>
            <numerusform>Refuser %n de leurs modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed author</source>
        <translation>un auteur sans nom</translation>
    </message>
    <message>
        <source>Accept all changes by %1</source>
        <translation>Accepter toutes les modifications de %1</translation>
    </message>
    <message>
        <source>Reject all changes by %1</source>
        <translation>Refuser toutes les modifications de %1</translation>
    </message>
    <message>
        <source>Some of their changes were left as they are, because Redliner cannot write that answer: %1</source>
        <translation>Certaines de leurs modifications restent telles quelles, car Redliner ne peut pas écrire cette réponse : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repl(y/ies) added to their comments.</source>
        <translation>
            <numerusform>%n réponse ajoutée à leurs commentaires.</numerusform>
            <numerusform>%n réponses ajoutées à leurs commentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>%1 wrote: “%2”

Your reply (leave it empty to take it back):</source>
        <translation>%1 a écrit : « %2 »

Votre réponse (laissez-la vide pour la retirer) :</translation>
    </message>
    <message>
        <source>Table rows: %1 inserted, %2 deleted.</source>
        <translation>Lignes de tableau : %1 insérée(s), %2 supprimée(s).</translation>
    </message>
    <message numerus="yes">
        <source>Formatting changed in %n paragraph(s).</source>
        <translation>
            <numerusform>Mise en forme modifiée dans %n paragraphe.</numerusform>
            <numerusform>Mise en forme modifiée dans %n paragraphes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review a Folder of NDAs</source>
        <translation>Réviser un dossier d’accords de confidentialité</translation>
    </message>
    <message>
        <source>The reviewer chosen in the review toolbar cannot be used; the main window says why.</source>
        <translation>Le réviseur choisi dans la barre de révision ne peut pas être utilisé ; la fenêtre principale indique pourquoi.</translation>
    </message>
    <message>
        <source>Send the Documents?</source>
        <translation>Envoyer les documents ?</translation>
    </message>
    <message>
        <source>The text of every NDA in %1 will be sent to %2 for review.</source>
        <translation>Le texte de chaque accord de confidentialité de %1 sera envoyé à %2 pour révision.</translation>
    </message>
    <message>
        <source>%1 changed after the folder review: review it again (F5) for findings that match it.</source>
        <translation>%1 a changé après la révision du dossier : révisez-le à nouveau (F5) pour obtenir des constats qui lui correspondent.</translation>
    </message>
    <message numerus="yes">
        <source>The folder review&apos;s %n finding(s) for this document.</source>
        <translation>
            <numerusform>%n constat de la révision du dossier pour ce document.</numerusform>
            <numerusform>%n constats de la révision du dossier pour ce document.</numerusform>
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
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookEditor</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every known issue is in this playbook</source>
        <translation>Tous les points connus figurent dans ce playbook</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Left as it is, saving a changed playbook counts the version up (1.0.3 becomes 1.0.4)</source>
        <translation>Laissée telle quelle, l’enregistrement d’un playbook modifié incrémente la version (1.0.3 devient 1.0.4)</translation>
    </message>
    <message>
        <source>Playbook name</source>
        <translation>Nom du playbook</translation>
    </message>
    <message>
        <source>Playbook version</source>
        <translation>Version du playbook</translation>
    </message>
    <message>
        <source>Playbook description</source>
        <translation>Description du playbook</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Add Issue</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>Add an issue the reviewer knows, from its template</source>
        <translation>Ajouter un point connu de l’analyse, à partir de son modèle</translation>
    </message>
    <message>
        <source>Re&amp;move Issue</source>
        <translation>Retirer &amp;le point</translation>
    </message>
    <message>
        <source>Remove the selected issue from this playbook</source>
        <translation>Retirer le point sélectionné de ce playbook</translation>
    </message>
    <message>
        <source>Checked: the reviewer checks this issue</source>
        <translation>Coché : l’analyse vérifie ce point</translation>
    </message>
    <message>
        <source>Not checked: the reviewer skips this issue</source>
        <translation>Non coché : l’analyse ignore ce point</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Issues (&amp;checked: reviewed):</source>
        <translation>P&amp;oints (cochés : examinés) :</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookHistoryView</name>
    <message>
        <source>Playbook history</source>
        <translation>Historique du playbook</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No saved versions: the built-in playbook changes only with Redliner.</source>
        <translation>Aucune version enregistrée : le playbook intégré ne change qu’avec Redliner.</translation>
    </message>
    <message>
        <source>No history recorded for this playbook: the next save starts it.</source>
        <translation>Aucun historique pour ce playbook : le prochain enregistrement le commence.</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookIssueForm</name>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Issue:</source>
        <translation>Point :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Off: the reviewer skips this issue altogether</source>
        <translation>Désactivé : l’analyse ignore entièrement ce point</translation>
    </message>
    <message>
        <source>Issue title</source>
        <translation>Titre du point</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Positions by side</source>
        <translation>Positions par partie</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source> %1</source>
        <comment>a unit this form does not know yet</comment>
        <translation> %1</translation>
    </message>
    <message>
        <source>Longest term accepted</source>
        <translation>Durée la plus longue acceptée</translation>
    </message>
    <message>
        <source>Longest survival accepted</source>
        <translation>Survie la plus longue acceptée</translation>
    </message>
    <message>
        <source>Longest non-solicitation accepted</source>
        <translation>Non-sollicitation la plus longue acceptée</translation>
    </message>
    <message>
        <source>Term proposed</source>
        <translation>Durée proposée</translation>
    </message>
    <message>
        <source>Survival proposed</source>
        <translation>Survie proposée</translation>
    </message>
    <message>
        <source>Shortest time to return or destroy</source>
        <translation>Délai le plus court pour restituer ou détruire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Chec&amp;k this issue</source>
        <translation>&amp;Vérifier ce point</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Partie destinataire</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Partie divulgatrice</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <source>%1: from %2 to %3%4</source>
        <comment>a parameter: its words, least, most, unit</comment>
        <translation>%1 : de %2 à %3%4</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form&apos;s label</comment>
        <translation>%1 :</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookLibraryDialog</name>
    <message>
        <source>Default Playbook</source>
        <translation>Playbook par défaut</translation>
    </message>
    <message>
        <source>Import a Playbook</source>
        <translation>Importer un playbook</translation>
    </message>
    <message>
        <source>Playbooks (*.json);;All files (*)</source>
        <translation>Playbooks (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the Playbook</source>
        <translation>Exporter le playbook</translation>
    </message>
    <message>
        <source>Delete the Playbook?</source>
        <translation>Supprimer le playbook ?</translation>
    </message>
    <message>
        <source>Delete “%1” and its history? Reviews that used it keep its name, version and SHA-256.</source>
        <translation>Supprimer « %1 » et son historique ? Les analyses qui l’ont utilisé en gardent le nom, la version et le SHA-256.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Make an editable copy of this playbook</source>
        <translation>Créer une copie modifiable de ce playbook</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add a playbook file (.json) to the library</source>
        <translation>Ajouter un fichier de playbook (.json) à la bibliothèque</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write this playbook to a file, for redliner-cli --playbook or a colleague</source>
        <translation>Écrire ce playbook dans un fichier, pour redliner-cli --playbook ou un collègue</translation>
    </message>
    <message>
        <source>Delete this playbook and its history from the library</source>
        <translation>Supprimer ce playbook et son historique de la bibliothèque</translation>
    </message>
    <message>
        <source>Default for reviews of the:</source>
        <translation>Par défaut pour les analyses de la :</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Partie destinataire</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Partie divulgatrice</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <source>The review toolbar picks this playbook when this side is chosen</source>
        <translation>La barre d’analyse choisit ce playbook lorsque cette partie est choisie</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Forget the changes since the last save</source>
        <translation>Oublier les modifications depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 (does not load)</source>
        <translation>%1 (ne se charge pas)</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>Intégré, en lecture seule</translation>
    </message>
    <message>
        <source>Default for: %1</source>
        <translation>Par défaut pour : %1</translation>
    </message>
    <message>
        <source>The built-in playbook is read-only: Duplicate it to make your own.</source>
        <translation>Le playbook intégré est en lecture seule : dupliquez-le pour créer le vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s).</source>
        <translation>
            <numerusform>%n modification non enregistrée.</numerusform>
            <numerusform>%n modifications non enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate the Playbook</source>
        <translation>Dupliquer le playbook</translation>
    </message>
    <message>
        <source>“%1” is yours to edit.</source>
        <translation>« %1 » est à vous de le modifier.</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Version %1 enregistrée.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Delete the Playbook</source>
        <translation>Supprimer le playbook</translation>
    </message>
    <message>
        <source>Play&amp;books:</source>
        <translation>Pla&amp;ybooks :</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Save a new version of this playbook (%1)</source>
        <translation>Enregistrer une nouvelle version de ce playbook (%1)</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved: the file exported is the playbook as saved.</source>
        <translation>« %1 » comporte des modifications non enregistrées : le fichier exporté est le playbook tel qu’il est enregistré.</translation>
    </message>
    <message>
        <source>&amp;Save, then Export</source>
        <translation>&amp;Enregistrer, puis exporter</translation>
    </message>
    <message>
        <source>Export the Saved &amp;Version</source>
        <translation>Exporter la &amp;version enregistrée</translation>
    </message>
    <message>
        <source>The edits cannot be saved as they are: %1</source>
        <translation>Les modifications ne peuvent pas être enregistrées en l’état : %1</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PlaybookPreview</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Preview on a Document</source>
        <translation>Aperçu sur un document</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Document to preview on</source>
        <translation>Document de l’aperçu</translation>
    </message>
    <message>
        <source>Preview on another Word document</source>
        <translation>Aperçu sur un autre document Word</translation>
    </message>
    <message>
        <source>Reviewed &amp;for:</source>
        <translation>Analysé &amp;pour :</translation>
    </message>
    <message>
        <source>Side to preview for</source>
        <translation>Partie de l’aperçu</translation>
    </message>
    <message>
        <source>Findings of the saved playbook</source>
        <translation>Constats du playbook enregistré</translation>
    </message>
    <message>
        <source>Findings of the edited playbook</source>
        <translation>Constats du playbook modifié</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Proposed text</source>
        <translation>Texte proposé</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Partie destinataire</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Partie divulgatrice</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Open a document in the main window, or choose one, to preview the playbook on it.</source>
        <translation>Ouvrez un document dans la fenêtre principale, ou choisissez-en un, pour y prévisualiser le playbook.</translation>
    </message>
    <message>
        <source>The edited playbook has errors: fix them to preview it.</source>
        <translation>Le playbook modifié contient des erreurs : corrigez-les pour le prévisualiser.</translation>
    </message>
    <message>
        <source>Reviewing %1 with both playbooks…</source>
        <translation>Analyse de %1 avec les deux playbooks…</translation>
    </message>
    <message numerus="yes">
        <source>On %1 the edited playbook gives the same %n finding(s) as the saved one.</source>
        <translation>
            <numerusform>Sur %1, le playbook modifié donne le même %n constat que celui enregistré.</numerusform>
            <numerusform>Sur %1, le playbook modifié donne les mêmes %n constats que celui enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1: the saved playbook gives %2 finding(s), the edited one %3; %4 new or changed (marked), %5 no longer the same.</source>
        <translation>Sur %1 : le playbook enregistré donne %2 constat(s), le modifié %3 ; %4 nouveau(x) ou modifié(s) (marqués), %5 plus identique(s).</translation>
    </message>
    <message>
        <source>New or changed with the edited playbook</source>
        <translation>Nouveau ou modifié avec le playbook modifié</translation>
    </message>
    <message>
        <source>Not the same with the edited playbook</source>
        <translation>Plus identique avec le playbook modifié</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Sa&amp;ved playbook</source>
        <translation>Playbook enre&amp;gistré</translation>
    </message>
    <message>
        <source>Edi&amp;ted playbook</source>
        <translation>Playbook modi&amp;fié</translation>
    </message>
</context>
<context>
    <name>Redliner::App::PositionEditor</name>
    <message>
        <source>Off: this side does not object, and the issue is only shown in the report</source>
        <translation>Désactivé : cette partie n’objecte pas, le point n’apparaît que dans le rapport</translation>
    </message>
    <message>
        <source>&amp;Preferred:</source>
        <translation>&amp;Préférée :</translation>
    </message>
    <message>
        <source>&amp;Fallback:</source>
        <translation>&amp;Repli :</translation>
    </message>
    <message>
        <source>Preferred position</source>
        <translation>Position préférée</translation>
    </message>
    <message>
        <source>Fallback position</source>
        <translation>Position de repli</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why the change is market: the comment on the tracked change</source>
        <translation>Pourquoi la modification est usuelle : le commentaire sur la modification suivie</translation>
    </message>
    <message>
        <source>Language to propose</source>
        <translation>Formulation à proposer</translation>
    </message>
    <message>
        <source>The clause text to propose: a whole clause, a sentence or a phrase</source>
        <translation>Le texte de clause à proposer : une clause entière, une phrase ou une expression</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
    <message>
        <source>Insert %1 into the language at the cursor</source>
        <translation>Insérer %1 dans la formulation au curseur</translation>
    </message>
    <message>
        <source>This language takes no placeholders: it is proposed as written.</source>
        <translation>Cette formulation ne prend aucun espace réservé : elle est proposée telle quelle.</translation>
    </message>
    <message>
        <source>Placeholders filled in from the parameters: %1</source>
        <translation>Espaces réservés remplis à partir des paramètres : %1</translation>
    </message>
    <message>
        <source>Not a placeholder here: %1</source>
        <translation>Pas un espace réservé ici : %1</translation>
    </message>
    <message>
        <source>Raise this issue for this side</source>
        <translation>Soulever ce point pour cette partie</translation>
    </message>
    <message>
        <source>Rati&amp;onale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Formulation :</translation>
    </message>
</context>
<context>
    <name>Redliner::App::RedlineBatch</name>
    <message>
        <source>%1: no change to propose</source>
        <translation>%1 : aucune modification à proposer</translation>
    </message>
    <message>
        <source>%1: the file changed after it was reviewed; review the folder again</source>
        <translation>%1 : le fichier a changé après sa révision ; révisez à nouveau le dossier</translation>
    </message>
</context>
<context>
    <name>Redliner::App::RedlineRenderer</name>
    <message>
        <source>an unnamed author</source>
        <translation>une personne sans nom</translation>
    </message>
    <message>
        <source>Inserted by %1</source>
        <translation>Inséré par %1</translation>
    </message>
    <message>
        <source>Moved here by %1</source>
        <translation>Déplacé ici par %1</translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Supprimé par %1</translation>
    </message>
    <message>
        <source>Moved away by %1</source>
        <translation>Déplacé ailleurs par %1</translation>
    </message>
    <message>
        <source>%1 (you rejected it)</source>
        <translation>%1 (refusée par vous)</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ReportWriter</name>
    <message>
        <source>the receiving party</source>
        <translation>la partie réceptrice</translation>
    </message>
    <message>
        <source>the disclosing party</source>
        <translation>la partie divulgatrice</translation>
    </message>
    <message>
        <source>both parties (mutual)</source>
        <translation>les deux parties (mutuel)</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation>Révision de %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Reviewed for</source>
        <translation>Révisé pour</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Révisé le</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1 high, %2 medium, %3 low</source>
        <translation>%1 élevée(s), %2 moyenne(s), %3 faible(s)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>%1 accepted, %2 rejected, %3 undecided</source>
        <translation>%1 accepté(s), %2 refusé(s), %3 non décidé(s)</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Accepted, as edited</source>
        <translation>Accepté, tel que modifié</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Clause %1</translation>
    </message>
    <message>
        <source>No change to the text is proposed: a point to raise.</source>
        <translation>Aucune modification du texte n’est proposée : un point à soulever.</translation>
    </message>
    <message>
        <source>Made with Redliner %1.</source>
        <translation>Réalisé avec Redliner %1.</translation>
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
        <translation>Playbook hors ligne</translation>
    </message>
    <message>
        <source>OpenAI and Anthropic</source>
        <translation>OpenAI et Anthropic</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>%1 of %2 requests answered</source>
        <translation>%1 requêtes sur %2 traitées</translation>
    </message>
    <message>
        <source>A review is already running.</source>
        <translation>Une révision est déjà en cours.</translation>
    </message>
    <message>
        <source>This reviewer is not available in this build.</source>
        <translation>Ce réviseur n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Reviewing %1 with the offline playbook…</source>
        <translation>Révision de %1 avec le playbook hors ligne…</translation>
    </message>
    <message>
        <source>Reviewing with the offline playbook…</source>
        <translation>Révision avec le playbook hors ligne…</translation>
    </message>
    <message>
        <source>The document was closed before the review finished.</source>
        <translation>Le document a été fermé avant la fin de la révision.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offline review found %n point(s) to raise.</source>
        <translation>
            <numerusform>La révision hors ligne a trouvé %n point à soulever.</numerusform>
            <numerusform>La révision hors ligne a trouvé %n points à soulever.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review cancelled; the findings you had are unchanged.</source>
        <translation>Révision annulée ; vos constats sont inchangés.</translation>
    </message>
    <message>
        <source>No provider is configured for this reviewer.</source>
        <translation>Aucun fournisseur n’est configuré pour ce réviseur.</translation>
    </message>
    <message>
        <source>Reviewing %1 with %2…</source>
        <translation>Révision de %1 avec %2…</translation>
    </message>
    <message>
        <source>Sending the clauses…</source>
        <translation>Envoi des clauses…</translation>
    </message>
    <message numerus="yes">
        <source>Review cancelled; the %n finding(s) received so far are kept.</source>
        <translation>
            <numerusform>Révision annulée ; le constat déjà reçu est conservé.</numerusform>
            <numerusform>Révision annulée ; les %n constats déjà reçus sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review found %n point(s) to raise.</source>
        <translation>
            <numerusform>La révision a trouvé %n point à soulever.</numerusform>
            <numerusform>La révision a trouvé %n points à soulever.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) could not be reviewed.</source>
        <translation>
            <numerusform>%n clause n’a pas pu être révisée.</numerusform>
            <numerusform>%n clauses n’ont pas pu être révisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clause %1 (%2): %3</source>
        <translation>Clause %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Sending the clauses that failed again…</source>
        <translation>Renvoi des clauses en échec…</translation>
    </message>
</context>
<context>
    <name>Redliner::App::ReviewToolBar</name>
    <message>
        <source>Review Toolbar</source>
        <translation>Barre de révision</translation>
    </message>
    <message>
        <source>Review toolbar</source>
        <translation>Barre de révision</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Ré&amp;viseur :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Play&amp;book:</source>
        <translation>Play&amp;book :</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Side you represent</source>
        <translation>Partie que vous représentez</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progression de la révision</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Partie réceptrice</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Partie divulgatrice</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <source>Built-in NDA playbook</source>
        <translation>Playbook NDA intégré</translation>
    </message>
    <message>
        <source>The playbook that ships with Redliner</source>
        <translation>Le playbook fourni avec Redliner</translation>
    </message>
    <message>
        <source>Other Playbook…</source>
        <translation>Autre playbook…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::SettingsDialog</name>
    <message>
        <source>Choose a Playbook</source>
        <translation>Choisir un playbook</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Partie réceptrice</translation>
    </message>
    <message>
        <source>Disclosing party</source>
        <translation>Partie divulgatrice</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The key will be removed when you press OK.</source>
        <translation>La clé sera supprimée quand vous appuierez sur OK.</translation>
    </message>
    <message>
        <source>A key is stored. Type a new one to replace it.</source>
        <translation>Une clé est enregistrée. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation>Aucune clé n’est enregistrée.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Enregistrée (masquée)</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d’API</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Les clés sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Aucun trousseau système n’est disponible (%1).</translation>
    </message>
    <message>
        <source>%1: the base URL must be an http or https address.</source>
        <translation>%1 : l’URL de base doit être une adresse http ou https.</translation>
    </message>
    <message>
        <source>%1: a model is needed.</source>
        <translation>%1 : un modèle est nécessaire.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>%1 (older gateways and proxies)</source>
        <translation>%1 (anciennes passerelles et proxys)</translation>
    </message>
</context>
<context>
    <name>Redliner::App::StartPage</name>
    <message>
        <source>Opening %1: %2</source>
        <translation>Ouverture de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Redliner::App::TheirChangesModel</name>
    <message>
        <source>Inserted</source>
        <translation>Inséré</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Déplacé (d&apos;ici)</translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation>Déplacé (ici)</translation>
    </message>
    <message>
        <source>Paragraph break inserted</source>
        <translation>Saut de paragraphe inséré</translation>
    </message>
    <message>
        <source>Paragraph break deleted</source>
        <translation>Saut de paragraphe supprimé</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Paragraph formatting</source>
        <translation>Mise en forme du paragraphe</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No playbook issue in this clause</source>
        <translation>Aucun point du playbook dans cette clause</translation>
    </message>
    <message>
        <source>Reply, resolved</source>
        <translation>Réponse, résolue</translation>
    </message>
    <message>
        <source>Comment, resolved</source>
        <translation>Commentaire, résolu</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Tracked-change &amp;author:</source>
        <translation>&amp;Auteur des modifications :</translation>
    </message>
    <message>
        <source>Tracked-change author</source>
        <translation>Auteur des modifications suivies</translation>
    </message>
    <message>
        <source>Default &amp;side:</source>
        <translation>&amp;Partie par défaut :</translation>
    </message>
    <message>
        <source>Side you usually represent</source>
        <translation>Partie que vous représentez habituellement</translation>
    </message>
    <message>
        <source>Default &amp;playbook:</source>
        <translation>Play&amp;book par défaut :</translation>
    </message>
    <message>
        <source>Built-in NDA playbook</source>
        <translation>Playbook NDA intégré</translation>
    </message>
    <message>
        <source>Default playbook file</source>
        <translation>Fichier du playbook par défaut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a playbook file</source>
        <translation>Choisir un fichier de playbook</translation>
    </message>
    <message>
        <source>B&amp;uilt-in</source>
        <translation>&amp;Intégré</translation>
    </message>
    <message>
        <source>Use the built-in playbook</source>
        <translation>Utiliser le playbook intégré</translation>
    </message>
    <message>
        <source>Add the &amp;rationale as a comment on each tracked change</source>
        <translation>Ajouter la &amp;justification en commentaire de chaque modification</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Connection settings of the network reviewers. API keys are kept in your system&apos;s keychain, never in the settings file.</source>
        <translation>Paramètres de connexion des réviseurs en ligne. Les clés d’API sont conservées dans le trousseau de votre système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Replace party &amp;names and addresses before text is sent to a cloud provider</source>
        <translation>Remplacer les &amp;noms et adresses des parties avant l’envoi à un fournisseur en ligne</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>OpenAI base URL</source>
        <translation>URL de base d’OpenAI</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>OpenAI model</source>
        <translation>Modèle OpenAI</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>Requêtes &amp;parallèles :</translation>
    </message>
    <message>
        <source>OpenAI parallel requests</source>
        <translation>Requêtes parallèles vers OpenAI</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>OpenAI timeout in seconds</source>
        <translation>Délai pour OpenAI en secondes</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove the OpenAI API key</source>
        <translation>Supprimer la clé d’API OpenAI</translation>
    </message>
    <message>
        <source>Anthropic base URL</source>
        <translation>URL de base d’Anthropic</translation>
    </message>
    <message>
        <source>Anthropic model</source>
        <translation>Modèle Anthropic</translation>
    </message>
    <message>
        <source>Anthropic parallel requests</source>
        <translation>Requêtes parallèles vers Anthropic</translation>
    </message>
    <message>
        <source>Anthropic timeout in seconds</source>
        <translation>Délai pour Anthropic en secondes</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé d’API Anthropic</translation>
    </message>
    <message>
        <source>Remove the Anthropic API key</source>
        <translation>Supprimer la clé d’API Anthropic</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM)</source>
        <translation>Serveur local (Ollama, llama.cpp, LM Studio, vLLM)</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) base URL</source>
        <translation>URL de base du serveur local</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) model</source>
        <translation>Modèle du serveur local</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) parallel requests</source>
        <translation>Requêtes parallèles vers le serveur local</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) timeout in seconds</source>
        <translation>Délai du serveur local en secondes</translation>
    </message>
    <message>
        <source>Local server (Ollama, llama.cpp, LM Studio, vLLM) API key</source>
        <translation>Clé d’API du serveur local</translation>
    </message>
    <message>
        <source>Remove the Local server (Ollama, llama.cpp, LM Studio, vLLM) API key</source>
        <translation>Supprimer la clé d’API du serveur local</translation>
    </message>
    <message>
        <source>Key storage</source>
        <translation>Stockage des clés</translation>
    </message>
    <message>
        <source>When no keychain is available, keep keys in a &amp;file that only I can read</source>
        <translation>Sans trousseau disponible, conserver les clés dans un &amp;fichier que moi seul peux lire</translation>
    </message>
    <message>
        <source>Warning: that file is not encrypted. Anyone with access to your user account, or to a backup of it, can read the keys. Prefer a keychain, or set the keys in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY).</source>
        <translation>Attention : ce fichier n’est pas chiffré. Toute personne ayant accès à votre compte, ou à une sauvegarde de celui-ci, peut lire les clés. Préférez un trousseau, ou définissez les clés dans l’environnement (OPENAI_API_KEY, ANTHROPIC_API_KEY).</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l’API :</translation>
    </message>
    <message>
        <source>Anthropic API version</source>
        <translation>Version de l’API Anthropic</translation>
    </message>
    <message>
        <source>2026-10-21 is what current Anthropic clients send. Choose 2023-06-01 for a gateway or proxy that knows only the older version; a server that refuses one version is sent the other once.</source>
        <translation>2026-10-21 est la version qu’envoient les clients Anthropic actuels. Choisissez 2023-06-01 pour une passerelle ou un proxy qui ne connaît que l’ancienne version ; un serveur qui refuse une version reçoit l’autre une fois.</translation>
    </message>
    <message>
        <source>Remember each e&amp;xport, to find changes made without tracking in the version that comes back</source>
        <translation>Garder chaque e&amp;xport, pour trouver dans la version qui revient les modifications faites sans suivi</translation>
    </message>
    <message>
        <source>Keeps the exported text, as if every tracked change were rejected, in the application data directory under the file&apos;s name</source>
        <translation>Conserve le texte exporté, comme si chaque modification suivie était refusée, sous le nom du fichier dans le dossier de données de l&apos;application</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Page d’accueil</translation>
    </message>
    <message>
        <source>Drop a Word document here</source>
        <translation>Déposez un document Word ici</translation>
    </message>
    <message>
        <source>Drop an NDA (.docx) here</source>
        <translation>Déposez un NDA (.docx) ici</translation>
    </message>
    <message>
        <source>Redliner reviews it against your playbook and shows the proposed changes beside the original. Nothing leaves this computer with the offline reviewer.</source>
        <translation>Redliner le révise selon votre playbook et montre les modifications proposées à côté de l’original. Avec le réviseur hors ligne, rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Open a Document…</source>
        <translation>&amp;Ouvrir un document…</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Opening progress</source>
        <translation>Progression de l’ouverture</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel opening</source>
        <translation>Annuler l’ouverture</translation>
    </message>
    <message>
        <source>&amp;Recent documents</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review NDAs and export Word tracked changes.</source>
        <translation>Réviser des NDA et exporter des modifications suivies Word.</translation>
    </message>
    <message>
        <source>The document to open.</source>
        <translation>Le document à ouvrir.</translation>
    </message>
    <message>
        <source>Start a review once the document is open.</source>
        <translation>Lancer une révision dès que le document est ouvert.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FICHIER et quitter.</translation>
    </message>
    <message>
        <source>The reviewer for --review: offline, openai, anthropic, both or local.</source>
        <translation>Le réviseur pour --review : offline, openai, anthropic, both ou local.</translation>
    </message>
    <message>
        <source>Print the longest UI stall while opening the document (and reviewing it, with --review) as JSON, and quit.</source>
        <translation>Afficher en JSON le plus long blocage de l’interface à l’ouverture (et pendant la révision avec --review), puis quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: show the Their Changes tab, its first change selected.</source>
        <translation>Avec --screenshot : afficher l’onglet « Modifications de l’autre partie », sa première modification sélectionnée.</translation>
    </message>
    <message>
        <source>Review every Word document of DIR in the triage view (File › Review Folder…).</source>
        <translation>Réviser chaque document Word de DIR dans la vue de tri (Fichier › Réviser un dossier…).</translation>
    </message>
    <message>
        <source>Open the playbook library (Tools › Playbooks…) once the window is up; with --screenshot, save a picture of it and quit.</source>
        <translation>Ouvrir la bibliothèque de playbooks (Outils › Playbooks…) une fois la fenêtre affichée ; avec --screenshot, en enregistrer une image et quitter.</translation>
    </message>
</context>
</TS>
