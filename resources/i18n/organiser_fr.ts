<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Cannot create the sample event</source>
        <translation>Impossible de créer l’événement d’exemple</translation>
    </message>
</context>
<context>
    <name>AttendeeImport</name>
    <message>
        <source>— not imported —</source>
        <extracomment>marks the preview&apos;s &quot;Same person?&quot; section</extracomment>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>full name (split into given and family name)</source>
        <translation>nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>position</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>registration status</source>
        <translation>statut d’inscription</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>country (kept in the notes)</source>
        <translation>pays (conservé dans les notes)</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>régime alimentaire</translation>
    </message>
    <message>
        <source>access needs</source>
        <translation>besoins d’accessibilité</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Organiser ID</source>
        <translation>identifiant Organiser</translation>
    </message>
    <message>
        <source>set that column to “{ignore}” above: new people are added as participants, and “Set the category of the selected people” in the list changes it afterwards</source>
        <translation>réglez cette colonne sur «&#x202f;{ignore}&#x202f;» ci-dessus&#x202f;: les nouvelles personnes sont ajoutées comme participants, et «&#x202f;Passer la catégorie des personnes sélectionnées à&#x202f;» dans la liste la change ensuite</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>Appliquer l’import</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <extracomment>the user&apos;s corrections of full-name splits, (given, family) by line of the file, and answers to &quot;same person?&quot; by line: both kept when the preview is rebuilt</extracomment>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Attendee lists (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listes de participants (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(colonne {n})</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>line {n}: {person}</source>
        <translation>ligne {n}&#x202f;: {person}</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>line {n}: {person} (matched by {how})</source>
        <translation>ligne {n}&#x202f;: {person} (retrouvé par {how})</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Same person? ({n}): ticked, the person already in the event is updated; unticked, the row is added as someone new</source>
        <translation>Même personne&#x202f;? ({n})&#x202f;: coché, la personne déjà inscrite est mise à jour&#x202f;; décoché, la ligne est ajoutée comme une nouvelle personne</translation>
    </message>
    <message>
        <source>if the same: {change}</source>
        <translation>si c’est la même&#x202f;: {change}</translation>
    </message>
    <message>
        <source>corrected by you</source>
        <translation>corrigé par vous</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n’a été importé&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>, 1 problem row skipped</source>
        <translation>, 1 ligne en erreur ignorée</translation>
    </message>
    <message>
        <source>, {n} problem rows skipped</source>
        <translation>, {n} lignes en erreur ignorées</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated{skipped}. Undo takes it back.</source>
        <translation>{file} importé&#x202f;: {added} ajoutés, {updated} mis à jour{skipped}. Annuler défait tout.</translation>
    </message>
    <message>
        <source>{file}, {rows} rows: {summary}</source>
        <translation>{file}, {rows} lignes&#x202f;: {summary}</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose a CSV or XLSX file…</source>
        <translation>&amp;Choisir un fichier CSV ou XLSX…</translation>
    </message>
    <message>
        <source>Columns: check what each column of the file is imported as</source>
        <translation>Colonnes&#x202f;: vérifiez ce que devient chaque colonne du fichier</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>&amp;Names split from the full-name column: check each FAMILY name; type a correction in a cell, or swap the two parts</source>
        <translation>&amp;Noms séparés depuis la colonne du nom complet&#x202f;: vérifiez chaque NOM DE FAMILLE&#x202f;; tapez une correction dans une cellule, ou inversez les deux parties</translation>
    </message>
    <message>
        <source>S&amp;wap given and family name</source>
        <translation>In&amp;verser prénom et nom de famille</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nom tel qu’écrit</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>FAMILY NAME</source>
        <translation>NOM DE FAMILLE</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Skip the problem rows and import the rest</source>
        <translation>&amp;Ignorer les lignes en erreur et importer le reste</translation>
    </message>
    <message>
        <source>The import is written all at once. Edit ▸ Undo takes all of it back.</source>
        <translation>L’import est écrit en une seule fois. Édition ▸ Annuler le défait entièrement.</translation>
    </message>
</context>
<context>
    <name>Attendees</name>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Filter by name, organisation, e-mail or ID (Ctrl+F)</source>
        <translation>Filtrer par nom, organisation, e-mail ou identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Statut d’inscription</translation>
    </message>
    <message>
        <source>Checked in or not</source>
        <translation>Arrivé ou non</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Set the &amp;category of the selected people to</source>
        <translation>Passer la &amp;catégorie des personnes sélectionnées à</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>AttendeesView</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>changed since printed</source>
        <translation>modifié depuis l’impression</translation>
    </message>
    <message>
        <source>Find attendee</source>
        <translation>Chercher un participant</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Any registration</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Arrived or not</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Pas encore arrivé</translation>
    </message>
    <message>
        <source>Any badge</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>The attendee list cannot be read: {reason}</source>
        <translation>La liste des participants ne peut pas être lue&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{shown} of {total} people shown · {arrived} checked in</source>
        <translation>{shown} personnes affichées sur {total} · {arrived} arrivées</translation>
    </message>
    <message>
        <source>{total} people · {arrived} checked in</source>
        <translation>{total} personnes · {arrived} arrivées</translation>
    </message>
    <message>
        <source>Set for {n}</source>
        <translation>Appliquer à {n}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>The selected people are already {category}.</source>
        <translation>Les personnes sélectionnées sont déjà dans la catégorie {category}.</translation>
    </message>
    <message>
        <source>Set category of {n} people to {category}</source>
        <translation>Passer {n} personnes dans la catégorie {category}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n’a été modifié&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{n} people set to {category}. Undo takes it back.</source>
        <translation>{n} personnes passées dans la catégorie {category}. Annuler défait le changement.</translation>
    </message>
    <message>
        <source>{event} attendees</source>
        <translation>{event} participants</translation>
    </message>
    <message>
        <source>Export the attendee list</source>
        <translation>Exporter la liste des participants</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was not exported: {reason}</source>
        <translation>La liste n’a pas été exportée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} people to {file}.</source>
        <translation>{n} personnes exportées dans {file}.</translation>
    </message>
</context>
<context>
    <name>BadgeOptions</name>
    <message>
        <source>Find layou&amp;t</source>
        <translation>Chercher un &amp;modèle</translation>
    </message>
    <message>
        <source>Brand or part number, e.g. avery 5395</source>
        <translation>Marque ou référence, par exemple avery 5395</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>Mo&amp;dèle</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>&amp;Import gLabels templates…</source>
        <translation>&amp;Importer des modèles gLabels…</translation>
    </message>
    <message>
        <source>&amp;Calibrate…</source>
        <translation>É&amp;talonner…</translation>
    </message>
    <message>
        <source>Use this layout at the des&amp;k</source>
        <translation>Utiliser ce modèle à l’a&amp;ccueil</translation>
    </message>
    <message>
        <source>People view, Print badge (Ctrl+P) prints one badge on this layout</source>
        <translation>Dans la vue Personnes, Imprimer le badge (Ctrl+P) imprime un badge sur ce modèle</translation>
    </message>
    <message>
        <source>At the desk, save the badge as a PDF instead of printing it</source>
        <translation>À l’accueil, enregistrer le badge en PDF au lieu de l’imprimer</translation>
    </message>
    <message>
        <source>Start at &amp;label</source>
        <translation>Commencer à l’éti&amp;quette</translation>
    </message>
    <message>
        <source>&amp;Outline each badge</source>
        <translation>&amp;Contour de chaque badge</translation>
    </message>
    <message>
        <source>Double-sided (&amp;back pages mirror the fronts)</source>
        <translation>Recto verso (le &amp;verso reflète le recto)</translation>
    </message>
    <message>
        <source>Fold-over (n&amp;ame on both halves)</source>
        <translation>À plier (n&amp;om sur les deux moitiés)</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>Code &amp;QR</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>Colo&amp;ur band</source>
        <translation>&amp;Bandeau de couleur</translation>
    </message>
</context>
<context>
    <name>BriefOptions</name>
    <message>
        <source>&amp;Briefs for:</source>
        <translation>&amp;Notes pour&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#x202f;:</translation>
    </message>
    <message>
        <source>Each brief holds the online passcode and that person&apos;s own travel, hotel and needs: send it to that person only.</source>
        <translation>Chaque note contient le code secret de la réunion en ligne ainsi que le voyage, l’hôtel et les besoins de la personne&#x202f;: ne l’envoyez qu’à elle.</translation>
    </message>
    <message>
        <source>Save &amp;one PDF per person…</source>
        <translation>Enregistrer un PDF par &amp;personne…</translation>
    </message>
    <message>
        <source>A folder with one brief per person, named after them, ready to e-mail</source>
        <translation>Un dossier avec une note par personne, à son nom, prête à être envoyée par e-mail</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>Calibration {layout}.pdf</source>
        <translation>Étalonnage {layout}.pdf</translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation>Enregistrer la page d’étalonnage</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The page was not saved: {reason}</source>
        <translation>La page n’a pas été enregistrée&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Enregistré&#x202f;: {file}</translation>
    </message>
    <message>
        <source>Calibration – {layout}</source>
        <translation>Étalonnage – {layout}</translation>
    </message>
    <message>
        <source>Printed. Measure, then enter the offset.</source>
        <translation>Imprimé. Mesurez, puis saisissez le décalage.</translation>
    </message>
    <message>
        <source>Nothing was printed: {reason}</source>
        <translation>Rien n’a été imprimé&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the printer</source>
        <translation>Étalonner l’imprimante</translation>
    </message>
    <message>
        <source>Print the calibration page on plain paper and hold it against a blank label sheet: each cross should sit at the centre of its label. Enter the correction: + across moves the print right, + down moves it down (crosses 2 mm too far right: enter −2 across). The page is printed with the offset saved so far, so print it again after saving to check.</source>
        <translation>Imprimez la page d’étalonnage sur papier ordinaire et superposez-la à une planche d’étiquettes vierge&#x202f;: chaque croix doit tomber au centre de son étiquette. Saisissez la correction&#x202f;: + en largeur décale l’impression vers la droite, + en hauteur vers le bas (croix trop à droite de 2 mm&#x202f;: saisissez −2 en largeur). La page est imprimée avec le décalage déjà enregistré&#x202f;: réimprimez-la après l’enregistrement pour vérifier.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Across</source>
        <translation>En &amp;largeur</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>En &amp;hauteur</translation>
    </message>
    <message>
        <source>&amp;Save calibration page…</source>
        <translation>&amp;Enregistrer la page d’étalonnage…</translation>
    </message>
    <message>
        <source>&amp;Print calibration page…</source>
        <translation>&amp;Imprimer la page d’étalonnage…</translation>
    </message>
</context>
<context>
    <name>CheckBeforeExport</name>
    <message>
        <source>The event has no errors or warnings.</source>
        <extracomment>How many findings the box names before &quot;and N more&quot;.</extracomment>
        <translation>L’événement ne comporte ni erreur ni alerte.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>The event has {problems}.</source>
        <translation>L’événement comporte {problems}.</translation>
    </message>
    <message>
        <source>Check before export</source>
        <extracomment>the answer once given: True export, False do not (None: not yet)</extracomment>
        <translation>Vérification avant l’export</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <source>Look at them first, or export {document} anyway?</source>
        <translation>Les examiner d’abord, ou exporter {document} quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Voir les problèmes</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier «&#x202f;{field}&#x202f;»</translation>
    </message>
    <message>
        <source>event</source>
        <extracomment>the ``ctx.navigate`` kind a row of each table is shown as tables whose rows are shown within their parent&apos;s item, by the column naming it</extracomment>
        <translation>événement</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>questions directrices</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>fonctions</translation>
    </message>
    <message>
        <source>time zones</source>
        <translation>fuseaux horaires</translation>
    </message>
    <message>
        <source>Edit {item}</source>
        <translation>Modification ({item})</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <extracomment>with ``merge``: only commits of the same spell of typing merge (binding.py)</extracomment>
        <translation>Ajout ({item})</translation>
    </message>
    <message>
        <source>Delete {item}</source>
        <extracomment>columns whose typing right after the insert is part of adding (the name)</extracomment>
        <translation>Suppression ({item})</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>Modifier un réglage</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <extracomment>each kind of desk command defines the write and its reversal</extracomment>
        <translation>Arrivée de {name}</translation>
    </message>
    <message>
        <source>Walk-in {name}</source>
        <translation>Inscription sur place de {name}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import de {file}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Check-in desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Arrived 0 / 0</source>
        <translation>Arrivés 0 / 0</translation>
    </message>
    <message>
        <source>Badge &amp;layout</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>The badge stock at this desk: one badge per card, or the next free label of a sheet</source>
        <translation>Le support de badges de cet accueil&#x202f;: un badge par carte, ou la prochaine étiquette libre d’une planche</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>Inscription &amp;sur place…</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Annuler l’arrivée</translation>
    </message>
    <message>
        <source>Open badge fol&amp;der</source>
        <translation>&amp;Dossier des badges</translation>
    </message>
    <message>
        <source>Type a name or scan a badge</source>
        <translation>Tapez un nom ou scannez un badge</translation>
    </message>
    <message>
        <source>Type a few letters of a name, or scan a badge, then press Enter</source>
        <translation>Tapez quelques lettres d’un nom, ou scannez un badge, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Print badge again</source>
        <translation>&amp;Réimprimer le badge</translation>
    </message>
    <message>
        <source>Last checked in at this desk</source>
        <translation>Dernières arrivées à cet accueil</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Only the built-in badge layouts: {reason}</source>
        <extracomment>Event settings the desk remembers between sessions. The badge layout is the one setting People › Print badge and Print &amp; Export&apos;s &quot;Use this layout at the desk&quot; share. What a desk action may run into; each becomes a message in the view, never a crash.</extracomment>
        <translation>Seuls les modèles de badge intégrés&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{layout}: next free label of {count}</source>
        <translation>{layout}&#x202f;: étiquette suivante sur {count}</translation>
    </message>
    <message>
        <source>Save the PDF in the desk folder</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the PDF and open it</source>
        <translation>Enregistrer en PDF et ouvrir</translation>
    </message>
    <message>
        <source>Print on {printer}</source>
        <translation>Imprimer sur {printer}</translation>
    </message>
    <message>
        <source>The choice was not saved: {reason}</source>
        <translation>Le choix n’a pas été enregistré&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>{event} desk badges</source>
        <translation>{event} badges de l’accueil</translation>
    </message>
    <message>
        <source>✓ checked in {when}</source>
        <translation>✓ arrivé {when}</translation>
    </message>
    <message>
        <source>not yet today (in {day})</source>
        <translation>pas encore aujourd’hui (arrivé le {day})</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>pas encore arrivé</translation>
    </message>
    <message>
        <source>{found} — Enter checks in the highlighted one (↑ ↓ to choose)</source>
        <translation>{found} — Entrée enregistre l’arrivée de la personne en surbrillance (↑ ↓ pour choisir)</translation>
    </message>
    <message>
        <source>Results (Enter to check in)</source>
        <translation>Résultats (Entrée pour enregistrer l’arrivée)</translation>
    </message>
    <message>
        <source>Last checked in at this desk</source>
        <translation>Dernières arrivées à cet accueil</translation>
    </message>
    <message>
        <source> ({found}: the highlighted one was taken)</source>
        <translation> ({found}&#x202f;: la personne en surbrillance a été retenue)</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”. Check the spelling, or add a walk-in.</source>
        <translation>Personne ne correspond à «&#x202f;{text}&#x202f;». Vérifiez l’orthographe, ou faites une inscription sur place.</translation>
    </message>
    <message>
        <source>That person is no longer in the event.</source>
        <translation>Cette personne ne fait plus partie de l’événement.</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}</source>
        <translation>✓ {name} arrivé à {time}</translation>
    </message>
    <message>
        <source>, on a day that is not an event day</source>
        <translation>, un jour qui n’est pas un jour de l’événement</translation>
    </message>
    <message>
        <source> (see the note above)</source>
        <translation> (voir la remarque ci-dessus)</translation>
    </message>
    <message>
        <source>{name} was already checked in {when}</source>
        <translation>L’arrivée de {name} était déjà enregistrée {when}</translation>
    </message>
    <message>
        <source>{message}; the print record cannot be read: {reason}</source>
        <translation>{message}&#x202f;; le registre d’impression ne peut pas être lu&#x202f;: {reason}</translation>
    </message>
    <message>
        <source> Its details changed since.</source>
        <translation> Ses informations ont changé depuis.</translation>
    </message>
    <message>
        <source>{message}. A badge was already printed on {day} at {time}; not printed again.</source>
        <translation>{message}. Un badge a déjà été imprimé le {day} à {time}&#x202f;; il n’est pas réimprimé.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>the badge was not printed: {reason}</source>
        <translation>le badge n’a pas été imprimé&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Try the badge again</source>
        <translation>Réessayer le badge</translation>
    </message>
    <message>
        <source>, label {n}</source>
        <translation>, étiquette {n}</translation>
    </message>
    <message>
        <source>badge {where}{label}{warnings}.</source>
        <translation>badge {where}{label}{warnings}.</translation>
    </message>
    <message>
        <source>opened ({file})</source>
        <translation>ouvert ({file})</translation>
    </message>
    <message>
        <source>sent to {printer}</source>
        <translation>envoyé à {printer}</translation>
    </message>
    <message>
        <source>saved as {file}</source>
        <translation>enregistré sous {file}</translation>
    </message>
    <message>
        <source>✓ walk-in {name} added and checked in</source>
        <translation>✓ inscription sur place&#x202f;: {name} ajouté et arrivé</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>Non annulé&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Annulé&#x202f;: {what}.</translation>
    </message>
    <message>
        <source>Print badge again</source>
        <translation>Réimprimer le badge</translation>
    </message>
    <message>
        <source>Counts unavailable: {reason}</source>
        <translation>Décomptes indisponibles&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Arrived {arrived} / {expected}</source>
        <translation>Arrivés {arrived} / {expected}</translation>
    </message>
    <message>
        <source>Today ({today} at the venue) is not a day of this event ({days}): check-ins are kept but count for no day.</source>
        <translation>Aujourd’hui ({today} sur place) n’est pas un jour de cet événement ({days})&#x202f;: les arrivées sont conservées mais ne comptent pour aucun jour.</translation>
    </message>
    <message>
        <source>No check-in to undo</source>
        <translation>Aucune arrivée à annuler</translation>
    </message>
    <message>
        <source>The attendee list cannot be read: {reason}</source>
        <translation>La liste des participants ne peut pas être lue&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>at least 20 people match “{text}”</source>
        <translation>au moins 20 personnes correspondent à «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <source>{n} people match “{text}”</source>
        <translation>{n} personnes correspondent à «&#x202f;{text}&#x202f;»</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>aujourd’hui à {time}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd’hui {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>le {day} à {time}</translation>
    </message>
    <message>
        <source>on {day} {time}</source>
        <translation>le {day} {time}</translation>
    </message>
    <message>
        <source>By day — {days}</source>
        <translation>Par jour — {days}</translation>
    </message>
</context>
<context>
    <name>DesksPanel</name>
    <message>
        <source>sharing state</source>
        <translation>état du partage</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>Arrê&amp;ter le partage</translation>
    </message>
    <message>
        <source>other desks</source>
        <translation>autres postes</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Heard, sent</source>
        <translation>Nouvelles, envois</translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation>Conflits résolus</translation>
    </message>
    <message>
        <source>conflicts resolved</source>
        <translation>conflits résolus</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Person ID (for check-in)</source>
        <translation>Identifiant de la personne (pour l’accueil)</translation>
    </message>
    <message>
        <source>vCard (contact card)</source>
        <translation>vCard (carte de visite)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Role in the programme</source>
        <translation>Rôle dans le programme</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <extracomment>QSettings key: the desk saves its badge as a PDF instead of printing it how many names a question or warning lists before &quot;and N more&quot;</extracomment>
        <translation>… et {n} de plus</translation>
    </message>
    <message>
        <source>nobody to print a badge for</source>
        <translation>personne pour qui imprimer un badge</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>{event} - badges {layout}</source>
        <translation>{event} - badges {layout}</translation>
    </message>
    <message>
        <source>No layout matches “{text}”.</source>
        <extracomment>a print was logged (for tests and the status line): how many badges</extracomment>
        <translation>Aucun modèle ne correspond à «&#x202f;{text}&#x202f;».</translation>
    </message>
    <message>
        <source> · offset {across}, {down} mm</source>
        <translation> · décalage {across}, {down} mm</translation>
    </message>
    <message>
        <source>{page}, {grid}, badge {size}</source>
        <translation>{page}, {grid}, badge {size}</translation>
    </message>
    <message>
        <source>Import gLabels templates</source>
        <translation>Importer des modèles gLabels</translation>
    </message>
    <message>
        <source>gLabels templates (*.xml);;All files (*)</source>
        <translation>Modèles gLabels (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

{reason}</source>
        <translation>Rien n’a été importé.

{reason}</translation>
    </message>
    <message>
        <source>Imported 1 layout from {file}.</source>
        <translation>1 modèle importé depuis {file}.</translation>
    </message>
    <message>
        <source>Imported {n} layouts from {file}.</source>
        <translation>{n} modèles importés depuis {file}.</translation>
    </message>
    <message>
        <source>{n} already built in.</source>
        <translation>{n} déjà intégrés.</translation>
    </message>
    <message>
        <source>{n} skipped (not badge labels).</source>
        <translation>{n} ignorés (pas des étiquettes de badge).</translation>
    </message>
    <message>
        <source>Desk badges on {layout}</source>
        <translation>Badges de l’accueil sur {layout}</translation>
    </message>
    <message>
        <source>The check-in desk and People › Print badge now use {layout}.</source>
        <translation>L’accueil et Personnes › Imprimer le badge utilisent désormais {layout}.</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Everyone chosen already has a badge: nothing to save.</source>
        <translation>Toutes les personnes choisies ont déjà un badge&#x202f;: rien à enregistrer.</translation>
    </message>
    <message>
        <source>Everyone chosen already has a badge: nothing to print.</source>
        <translation>Toutes les personnes choisies ont déjà un badge&#x202f;: rien à imprimer.</translation>
    </message>
    <message>
        <source>Before printing, please check:</source>
        <translation>Avant d’imprimer, vérifiez&#x202f;:</translation>
    </message>
    <message>
        <source>Put their badges in the PDF again, or leave them out?</source>
        <translation>Remettre leurs badges dans le PDF, ou les laisser de côté&#x202f;?</translation>
    </message>
    <message>
        <source>Print their badges again, or skip them?</source>
        <translation>Réimprimer leurs badges, ou les passer&#x202f;?</translation>
    </message>
    <message>
        <source>1 of the people chosen already has a badge:</source>
        <translation>1 des personnes choisies a déjà un badge&#x202f;:</translation>
    </message>
    <message>
        <source>{n} of the people chosen already have badges:</source>
        <translation>{n} des personnes choisies ont déjà un badge&#x202f;:</translation>
    </message>
    <message>
        <source>Include them again</source>
        <translation>Les inclure à nouveau</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les passer</translation>
    </message>
    <message>
        <source>language of the document</source>
        <extracomment>each document&apos;s panel defines it: the user&apos;s choices as plain data for the renderer</extracomment>
        <translation>langue du document</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Everyone with a role ({n})</source>
        <extracomment>a test sets this to skip the folder dialog</extracomment>
        <translation>Toutes les personnes ayant un rôle ({n})</translation>
    </message>
    <message>
        <source>Nobody holds a role yet, so there are no briefs to print.</source>
        <translation>Personne n’a encore de rôle&#x202f;: il n’y a donc aucune note à imprimer.</translation>
    </message>
    <message>
        <source>Folder for the briefs</source>
        <translation>Dossier des notes</translation>
    </message>
    <message>
        <source>Writing the briefs…</source>
        <translation>Rédaction des notes…</translation>
    </message>
    <message>
        <source>Writing one brief per person…</source>
        <translation>Une note par personne en cours d’écriture…</translation>
    </message>
    <message>
        <source>Speaker briefs</source>
        <translation>Notes d’information</translation>
    </message>
    <message>
        <source>Not written: {reason}</source>
        <translation>Non écrit&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Wrote 1 brief to {folder}.</source>
        <translation>1 note écrite dans {folder}.</translation>
    </message>
    <message>
        <source>Wrote {n} briefs to {folder}.</source>
        <translation>{n} notes écrites dans {folder}.</translation>
    </message>
    <message>
        <source>Warnings ({n}): {first}</source>
        <translation>Alertes ({n})&#x202f;: {first}</translation>
    </message>
    <message>
        <source>Brief - </source>
        <translation>Note - </translation>
    </message>
    <message>
        <source>{event} - speaker briefs.pdf</source>
        <translation>{event} - notes d’information.pdf</translation>
    </message>
    <message>
        <source>Badge</source>
        <extracomment>The desk&apos;s output modes: write the PDF only, write and open it, write and print it (``printer:NAME``). The event setting naming the badge layout of the desk and of People › Print badge. Where the check-in desk kept its own choice before the two were one setting.</extracomment>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <source>{name} already has a badge, printed {when} on {layout}.

Print a second badge?</source>
        <translation>{name} a déjà un badge, imprimé le {when} sur {layout}.

Imprimer un second badge&#x202f;?</translation>
    </message>
    <message>
        <source>No badge was printed for {name}.

{reason}</source>
        <translation>Aucun badge n’a été imprimé pour {name}.

{reason}</translation>
    </message>
    <message>
        <source>saved to {file}</source>
        <translation>enregistré dans {file}</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>envoyé à l’imprimante</translation>
    </message>
    <message>
        <source>, label {n}</source>
        <translation>, étiquette {n}</translation>
    </message>
    <message>
        <source>Badge for {name} ({layout}{label}) {where}.</source>
        <translation>Badge de {name} ({layout}{label}) {where}.</translation>
    </message>
    <message>
        <source>1 table tent was not printed whole; check it before handing it out:</source>
        <translation>1 chevalet n’a pas été imprimé en entier&#x202f;; vérifiez-le avant de le remettre&#x202f;:</translation>
    </message>
    <message>
        <source>{n} table tents were not printed whole; check them before handing them out:</source>
        <translation>{n} chevalets n’ont pas été imprimés en entier&#x202f;; vérifiez-les avant de les remettre&#x202f;:</translation>
    </message>
    <message>
        <source>1 badge was not printed whole; check it before handing it out:</source>
        <translation>1 badge n’a pas été imprimé en entier&#x202f;; vérifiez-le avant de le remettre&#x202f;:</translation>
    </message>
    <message>
        <source>{n} badges were not printed whole; check them before handing them out:</source>
        <translation>{n} badges n’ont pas été imprimés en entier&#x202f;; vérifiez-les avant de les remettre&#x202f;:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Afficher des pages entières</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>sur {n}</translation>
    </message>
    <message>
        <source>of –</source>
        <translation>sur –</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>the printer “{name}” is not available on this computer</source>
        <extracomment>The preview dialog&apos;s printer: sharp on screen, quick to paint, fine if printed from there.</extracomment>
        <translation>l’imprimante «&#x202f;{name}&#x202f;» n’est pas disponible sur cet ordinateur</translation>
    </message>
    <message>
        <source>the PDF could not be read ({reason})</source>
        <translation>le PDF n’a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>l’imprimante n’a pas pu être lancée</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Full programme</source>
        <translation>Programme complet</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Room grid (rooms × time, landscape)</source>
        <translation>Grille des salles (salles × horaires, paysage)</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Affiches de porte</translation>
    </message>
    <message>
        <source>Add a zone: type a city, e.g. Tokyo or New York</source>
        <translation>Ajouter un fuseau&#x202f;: tapez une ville, ex. Tokyo</translation>
    </message>
    <message>
        <source>“{text}” is not one time zone: pick one from the list.</source>
        <translation>«&#x202f;{text}&#x202f;» ne désigne pas un seul fuseau horaire&#x202f;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source> - at a glance</source>
        <translation> - en un coup d’œil</translation>
    </message>
    <message>
        <source> - door signs</source>
        <translation> - affiches de porte</translation>
    </message>
    <message>
        <source> - grid</source>
        <translation> - grille</translation>
    </message>
    <message>
        <source>{event} - run sheet (staff only).pdf</source>
        <translation>{event} - feuille de route (équipe uniquement).pdf</translation>
    </message>
    <message>
        <source>Run sheet (staff)</source>
        <translation>Feuille de route (équipe)</translation>
    </message>
    <message>
        <source>Every day ({n})</source>
        <translation>Tous les jours ({n})</translation>
    </message>
    <message>
        <source>The event has no days yet, so there are no sign-in sheets to print.</source>
        <translation>L’événement n’a pas encore de jours&#x202f;: il n’y a donc aucune feuille d’émargement à imprimer.</translation>
    </message>
    <message>
        <source>{event} - sign-in sheet {date}.pdf</source>
        <translation>{event} - feuille d’émargement {date}.pdf</translation>
    </message>
    <message>
        <source>{event} - sign-in sheets.pdf</source>
        <translation>{event} - feuilles d’émargement.pdf</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles d’émargement</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>nobody to print a table tent for</source>
        <translation>personne pour qui imprimer un chevalet</translation>
    </message>
    <message>
        <source>{event} - table tents.pdf</source>
        <translation>{event} - chevalets.pdf</translation>
    </message>
    <message>
        <source>Table tents</source>
        <translation>Chevalets</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Une catégorie</translation>
    </message>
    <message>
        <source>A role</source>
        <translation>Un rôle</translation>
    </message>
    <message>
        <source>Hand-picked people</source>
        <translation>Des personnes choisies une à une</translation>
    </message>
    <message>
        <source>Only those never printed</source>
        <translation>Seulement celles jamais imprimées</translation>
    </message>
    <message>
        <source>Only those changed since printed</source>
        <translation>Seulement celles modifiées depuis l’impression</translation>
    </message>
    <message>
        <source>1 person ticked</source>
        <translation>1 personne cochée</translation>
    </message>
    <message>
        <source>{n} people ticked</source>
        <translation>{n} personnes cochées</translation>
    </message>
    <message>
        <source>Tick the people to print for.</source>
        <translation>Cochez les personnes pour qui imprimer.</translation>
    </message>
    <message>
        <source>Everyone already has a badge.</source>
        <translation>Tout le monde a déjà un badge.</translation>
    </message>
    <message>
        <source>No badge has changed since it was printed.</source>
        <translation>Aucun badge n’a changé depuis son impression.</translation>
    </message>
    <message>
        <source>Nobody matches this choice.</source>
        <translation>Personne ne correspond à ce choix.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>S&amp;ubtitle</source>
        <translation>So&amp;us-titre</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>Fo&amp;rmat</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>&amp;Invitation</source>
        <translation>&amp;Invitation</translation>
    </message>
    <message>
        <source>invitation text</source>
        <translation>texte d’invitation</translation>
    </message>
    <message>
        <source>Paragraphs separated by a blank line; *emphasis* in stars.</source>
        <translation>Paragraphes séparés par une ligne vide&#x202f;; *mise en valeur* entre astérisques.</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>e.g. English, French</source>
        <translation>par exemple anglais, français</translation>
    </message>
    <message>
        <source>Short title for badge&amp;s</source>
        <translation>Titre court (badge&amp;s)</translation>
    </message>
    <message>
        <source>short title</source>
        <translation>titre court</translation>
    </message>
    <message>
        <source>Printed on badges instead of the title, which is often too long for one line</source>
        <translation>Imprimé sur les badges à la place du titre, souvent trop long pour une seule ligne</translation>
    </message>
    <message>
        <source>for badges, e.g. Rethinking Stability 2021</source>
        <translation>pour les badges, par exemple Rethinking Stability 2021</translation>
    </message>
    <message>
        <source>print language</source>
        <translation>langue d’impression</translation>
    </message>
    <message>
        <source>The language of the programme, badges, briefs and the other documents, unless Print &amp; Export chooses another for one of them</source>
        <translation>La langue du programme, des badges, des notes et des autres documents, sauf si Impression et export en choisit une autre pour l’un d’eux</translation>
    </message>
    <message>
        <source>Printed in</source>
        <translation>Imprimé en</translation>
    </message>
    <message>
        <source>Printed in both languages</source>
        <translation>Imprimé dans les deux langues</translation>
    </message>
    <message>
        <source>printed in both languages</source>
        <translation>imprimé dans les deux langues</translation>
    </message>
    <message>
        <source>The documents go out in English and in French: each session should have its French title, summary, problem statement and questions (Programme › In French), and the checks list those that lack some.</source>
        <translation>Les documents sont diffusés en anglais et en français&#x202f;: chaque séance devrait avoir son titre, son résumé, sa problématique et ses questions en français (Programme › En français), et les vérifications signalent celles à qui il en manque.</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>venue name</source>
        <translation>nom du lieu</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>venue address</source>
        <translation>adresse du lieu</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>venue time zone</source>
        <translation>fuseau horaire du lieu</translation>
    </message>
    <message>
        <source>Type to search, e.g. Bamako</source>
        <translation>Tapez pour chercher, par exemple Bamako</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation>Aucune salle pour l’instant</translation>
    </message>
    <message>
        <source>R&amp;ooms…</source>
        <translation>Sall&amp;es…</translation>
    </message>
    <message>
        <source>edit rooms</source>
        <translation>modifier les salles</translation>
    </message>
    <message>
        <source>Add, rename and describe the venue&apos;s rooms (Logistics › Venue)</source>
        <translation>Ajouter, renommer et décrire les salles du lieu (Logistique › Lieu)</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Réunion en ligne</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>e.g. Zoom</source>
        <translation>par exemple Zoom</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>Lie&amp;n</translation>
    </message>
    <message>
        <source>meeting link</source>
        <translation>lien de la réunion</translation>
    </message>
    <message>
        <source>Meetin&amp;g ID</source>
        <translation>&amp;ID de réunion</translation>
    </message>
    <message>
        <source>meeting ID</source>
        <translation>ID de réunion</translation>
    </message>
    <message>
        <source>Pass&amp;code (private)</source>
        <translation>&amp;Code secret (privé)</translation>
    </message>
    <message>
        <source>Private: printed only where you choose to print it.</source>
        <translation>Privé&#x202f;: imprimé seulement là où vous choisissez de l’imprimer.</translation>
    </message>
    <message>
        <source>passcode</source>
        <translation>code secret</translation>
    </message>
    <message>
        <source>Private: not printed unless you choose</source>
        <translation>Privé&#x202f;: non imprimé sauf si vous le choisissez</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mail du contact</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>day date</source>
        <translation>date du jour</translation>
    </message>
    <message>
        <source>Type the date as you write it: 16/11/2021, 16 Nov 2021, 16 novembre 2021</source>
        <translation>Tapez la date comme vous l’écrivez&#x202f;: 16/11/2021, 16 nov. 2021, 16 novembre 2021</translation>
    </message>
    <message>
        <source>La&amp;bel</source>
        <translation>Li&amp;bellé</translation>
    </message>
    <message>
        <source>day label</source>
        <translation>libellé du jour</translation>
    </message>
    <message>
        <source>optional, e.g. Day One</source>
        <translation>facultatif, par exemple Journée d’ouverture</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>set the day&apos;s hours</source>
        <translation>fixer les horaires du jour</translation>
    </message>
    <message>
        <source>Unticked: the day opens with its first session and closes with its last.</source>
        <translation>Décoché&#x202f;: le jour commence avec sa première séance et finit avec sa dernière.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>fixés</translation>
    </message>
    <message>
        <source>day opens</source>
        <translation>ouverture du jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>day closes</source>
        <translation>fermeture du jour</translation>
    </message>
    <message>
        <source>Days run until</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>days run until</source>
        <translation>fin de journée</translation>
    </message>
    <message>
        <source>For a programme that runs into the night (04:00 at a congress): a session that starts before this hour belongs to the day before, after its midnight. 00:00 for a daytime event.</source>
        <translation>Pour un programme qui se prolonge dans la nuit (04:00 pour un congrès)&#x202f;: une séance qui commence avant cette heure appartient à la veille, après son minuit. 00:00 pour un événement de journée.</translation>
    </message>
    <message>
        <source>the next morning (00:00: days end at midnight)</source>
        <translation>le lendemain matin (00:00&#x202f;: les jours finissent à minuit)</translation>
    </message>
    <message>
        <source>Add da&amp;y</source>
        <translation>Ajouter un &amp;jour</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Supprimer le jour</translation>
    </message>
    <message>
        <source>Time zones shown in the programme</source>
        <translation>Fuseaux horaires affichés dans le programme</translation>
    </message>
    <message>
        <source>display time zones</source>
        <translation>fuseaux horaires affichés</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Sho&amp;w also the time in</source>
        <translation>Affic&amp;her aussi l’heure de</translation>
    </message>
    <message>
        <source>time zone to add</source>
        <translation>fuseau horaire à ajouter</translation>
    </message>
    <message>
        <source>Add a time zone: type a city, e.g. New York</source>
        <translation>Ajouter un fuseau horaire&#x202f;: tapez une ville, par exemple New York</translation>
    </message>
    <message>
        <source>Type a city and press Enter</source>
        <translation>Tapez une ville et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Organisers and partners</source>
        <translation>Organisateurs et partenaires</translation>
    </message>
    <message>
        <source>organisers and partners</source>
        <translation>organisateurs et partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Day {n} · {date}</source>
        <translation>Jour {n} · {date}</translation>
    </message>
    <message>
        <source>No rooms yet</source>
        <translation>Aucune salle pour l’instant</translation>
    </message>
    <message>
        <source>from the sessions</source>
        <translation>selon les séances</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>aucune séance pour l’instant</translation>
    </message>
    <message>
        <source>Set the day&apos;s hours</source>
        <translation>Fixer les horaires du jour</translation>
    </message>
    <message>
        <source>Take the day&apos;s hours from its sessions</source>
        <translation>Prendre les horaires du jour de ses séances</translation>
    </message>
    <message>
        <source>Change the day&apos;s opening time</source>
        <translation>Modifier l’heure d’ouverture du jour</translation>
    </message>
    <message>
        <source>Change the day&apos;s closing time</source>
        <translation>Modifier l’heure de fermeture du jour</translation>
    </message>
    <message>
        <source>Another day is already on {date}.</source>
        <translation>Un autre jour tombe déjà le {date}.</translation>
    </message>
    <message>
        <source>Change day date</source>
        <translation>Modifier la date du jour</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <source>Remove day and its sessions</source>
        <translation>Supprimer le jour et ses séances</translation>
    </message>
    <message>
        <source>“{text}” names several time zones: pick one from the list.</source>
        <translation>«&#x202f;{text}&#x202f;» désigne plusieurs fuseaux horaires&#x202f;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Type a city, e.g. New York or São Paulo, and pick it from the list.</source>
        <translation>Tapez une ville, par exemple New York ou São Paulo, et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Show {city} time</source>
        <translation>Afficher l’heure de {city}</translation>
    </message>
    <message>
        <source>Remove time zone</source>
        <translation>Retirer le fuseau horaire</translation>
    </message>
    <message>
        <source>Reorder time zones</source>
        <translation>Réordonner les fuseaux horaires</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>Reorder partners</source>
        <translation>Réordonner les partenaires</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&apos;{text}&apos; names several time zones; pick one from the list</source>
        <extracomment>whether the field holds text it refused, kept for the user to correct the spell of typing commits belong to: commits of one spell merge (one step)</extracomment>
        <translation>«&#x202f;{text}&#x202f;» désigne plusieurs fuseaux horaires&#x202f;; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time zone; type a city, e.g. Bamako or New York</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un fuseau horaire&#x202f;; tapez une ville, par exemple Bamako ou New York</translation>
    </message>
    <message>
        <source>A time zone is needed; type a city, e.g. Bamako or New York</source>
        <translation>Il faut un fuseau horaire&#x202f;; tapez une ville, par exemple Bamako ou New York</translation>
    </message>
    <message>
        <source>e.g. {example} or 16 Nov 2021</source>
        <extracomment>what to show for the value, and how to read text; subclasses define them</extracomment>
        <translation>par exemple {example} ou 16 nov. 2021</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} n’a pas pu être lu&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Create event file…</source>
        <translation>Créer le fichier de l’événement…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>“{zone}” is not an IANA time zone (such as Africa/Bamako); the file is read as before.</source>
        <translation>«&#x202f;{zone}&#x202f;» n’est pas un fuseau horaire IANA (comme Africa/Bamako)&#x202f;; le fichier est lu comme avant.</translation>
    </message>
    <message>
        <source>{title}: {sessions} sessions, {people} people, {rooms} rooms, {days} days (venue time zone {zone}). Nothing has been written yet.</source>
        <translation>{title}&#x202f;: {sessions} séances, {people} personnes, {rooms} salles, {days} jours (fuseau horaire du lieu {zone}). Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>Nothing had to be guessed or left out.</source>
        <translation>Rien n’a dû être deviné ni laissé de côté.</translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation>{file} ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>Nouveau fichier d’événement</translation>
    </message>
    <message>
        <source>Event files (*{suffix})</source>
        <translation>Fichiers d’événement (*{suffix})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a schedule or calendar</source>
        <translation>Importer un programme ou un agenda</translation>
    </message>
    <message>
        <source>Schedules and calendars (*.xml *.json *.ics);;All files (*)</source>
        <translation>Programmes et agendas (*.xml *.json *.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Schedule or calendar (frab, pretalx, iCalendar)…</source>
        <translation>Programme ou agenda (frab, pretalx, iCalendar)…</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Venue &amp;time zone:</source>
        <translation>&amp;Fuseau horaire du lieu&#x202f;:</translation>
    </message>
    <message>
        <source>As the file says (type to search, e.g. bamako)</source>
        <translation>Comme l’indique le fichier (tapez pour chercher, par exemple bamako)</translation>
    </message>
    <message>
        <source>Read the file&apos;s times at this IANA time zone instead of the one it names or implies. Leave empty to use the file&apos;s own.</source>
        <translation>Lire les heures du fichier dans ce fuseau horaire IANA plutôt que celui qu’il indique ou suppose. Laissez vide pour garder celui du fichier.</translation>
    </message>
    <message>
        <source>What the import had to guess or leave out appears here.</source>
        <translation>Ce que l’import a dû deviner ou laisser de côté apparaît ici.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <extracomment>emitted after finished/failed/cancelled, whatever the outcome</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared event</source>
        <translation>Rejoindre un événement partagé</translation>
    </message>
    <message>
        <source>Type the address and join code shown on a desk that shares the event (File › Share this event… there). This laptop gets its own copy of the event and shares it at once.</source>
        <translation>Tapez l’adresse et le code d’accès affichés sur un poste qui partage l’événement (Fichier › Partager cet événement… sur ce poste). Cet ordinateur reçoit sa propre copie de l’événement et la partage aussitôt.</translation>
    </message>
    <message>
        <source>Join &amp;code</source>
        <translation>&amp;Code d’accès</translation>
    </message>
    <message>
        <source>e.g. K7QM-2XCA-9HPF</source>
        <translation>p. ex. K7QM-2XCA-9HPF</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20:8765</source>
        <translation>p. ex. 192.168.1.20:8765</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Look for desks on this network that share an event with this join code</source>
        <translation>Chercher sur ce réseau les postes qui partagent un événement avec ce code d’accès</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;name</source>
        <translation>&amp;Nom de ce poste</translation>
    </message>
    <message>
        <source>e.g. Door 2</source>
        <translation>p. ex. Porte 2</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>new event file</source>
        <translation>nouveau fichier d’événement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>Logistics</name>
    <message>
        <source>Link task</source>
        <extracomment>tasks due before this day and not done stand out (a test may move it)</extracomment>
        <translation>Relier la tâche</translation>
    </message>
    <message>
        <source>Session: {session}</source>
        <translation>Séance&#x202f;: {session}</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Personne&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Edit role brief</source>
        <translation>Modifier la consigne du rôle</translation>
    </message>
    <message>
        <source>Edit role brief in French</source>
        <translation>Modifier la consigne du rôle en français</translation>
    </message>
    <message>
        <source>Room {n}</source>
        <translation>Salle {n}</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Custom role {n}</source>
        <translation>Rôle personnalisé {n}</translation>
    </message>
    <message>
        <source>Custom roles {n}</source>
        <translation>Rôles personnalisés {n}</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>“{role}” is a built-in role; edit it instead of removing it.</source>
        <translation>«&#x202f;{role}&#x202f;» est un rôle intégré&#x202f;; modifiez-le au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>“{role}” is held once in the programme; reassign first.</source>
        <translation>«&#x202f;{role}&#x202f;» est tenu une fois dans le programme&#x202f;; réattribuez-le d’abord.</translation>
    </message>
    <message>
        <source>“{role}” is held {n} times in the programme; reassign first.</source>
        <translation>«&#x202f;{role}&#x202f;» est tenu {n} fois dans le programme&#x202f;; réattribuez-le d’abord.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Retirer la salle</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>Travel and stay of {name}</source>
        <translation>Voyage et séjour de {name}</translation>
    </message>
    <message>
        <source>Select a person</source>
        <translation>Sélectionnez une personne</translation>
    </message>
    <message>
        <source>Logistics of {session}</source>
        <translation>Logistique de {session}</translation>
    </message>
    <message>
        <source>Select a session</source>
        <translation>Sélectionnez une séance</translation>
    </message>
    <message>
        <source>theatre</source>
        <translation>théâtre</translation>
    </message>
    <message>
        <source>round tables</source>
        <translation>tables rondes</translation>
    </message>
    <message>
        <source>U-shape</source>
        <translation>en U</translation>
    </message>
    <message>
        <source>classroom</source>
        <translation>salle de classe</translation>
    </message>
    <message>
        <source>boardroom</source>
        <translation>salle de conseil</translation>
    </message>
    <message>
        <source>cabaret</source>
        <translation>cabaret</translation>
    </message>
    <message>
        <source>type it as 2021-11-15 18:05 or 15/11/2021 18:05</source>
        <translation>saisissez-la sous la forme 2021-11-15 18:05 ou 15/11/2021 18:05</translation>
    </message>
    <message>
        <source>“{text}” is not a UTC offset</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un décalage UTC</translation>
    </message>
    <message>
        <source>“{text}” has a date but no time; add it, e.g. {text} 18:05</source>
        <translation>«&#x202f;{text}&#x202f;» a une date mais pas d’heure&#x202f;; ajoutez-la, par exemple {text} 18:05</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time; {how}</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une date avec une heure&#x202f;; {how}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; {how}</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une date&#x202f;; {how}</translation>
    </message>
    <message>
        <source>“{text}”: give the minutes too, e.g. {hour}:00</source>
        <translation>«&#x202f;{text}&#x202f;»&#x202f;: donnez aussi les minutes, par exemple {hour}:00</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une heure de la journée</translation>
    </message>
    <message>
        <source>“{text}” gives a UTC offset but the event has no venue time zone to convert it to; set the time zone on the Event page or type venue time</source>
        <translation>«&#x202f;{text}&#x202f;» donne un décalage UTC mais l’événement n’a pas de fuseau horaire du lieu vers lequel le convertir&#x202f;; choisissez le fuseau dans la vue Événement ou tapez l’heure locale</translation>
    </message>
    <message>
        <source>Read as {shown} {offset}, which is {local} venue time ({city})</source>
        <translation>Lu comme {shown} {offset}, soit {local} heure locale ({city})</translation>
    </message>
    <message>
        <source>Read as {shown}</source>
        <translation>Lu comme {shown}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as 2021-11-15 or 15/11/2021</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une date&#x202f;; saisissez-la sous la forme 2021-11-15 ou 15/11/2021</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A room needs a name</source>
        <translation>Une salle doit avoir un nom</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contact doit avoir un nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>à prévoir</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hôtel</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Arrivée hôtel</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ hôtel</translation>
    </message>
    <message>
        <source>Booking ref. (private)</source>
        <translation>Réservation (privé)</translation>
    </message>
    <message>
        <source>Needs (private)</source>
        <translation>Besoins (privé)</translation>
    </message>
    <message>
        <source>Visa / letter</source>
        <translation>Visa / lettre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>A task needs a name</source>
        <translation>Une tâche doit avoir un nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A role needs a name</source>
        <translation>Un rôle doit avoir un nom</translation>
    </message>
    <message>
        <source>Plural</source>
        <translation>Pluriel</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>Feminine</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>In French, for a woman: Animatrice, Intervenante</source>
        <translation>En français, pour une femme&#x202f;: Animatrice, Intervenante</translation>
    </message>
    <message>
        <source>French plural</source>
        <translation>Pluriel en français</translation>
    </message>
    <message>
        <source>Feminine plural</source>
        <translation>Pluriel féminin</translation>
    </message>
    <message>
        <source>In French, when all who hold it are women</source>
        <translation>En français, quand toutes les personnes qui le tiennent sont des femmes</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>the column written when the cell is edited; None: read-only text -&gt; stored value; raises BadValue with a message for combo cells: () -&gt; [(label, value)]</extracomment>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>LogisticsView</name>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rooms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Salles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>Retirer la salle</translation>
    </message>
    <message>
        <source>&lt;b&gt;On-site contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contacts sur place&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Ven&amp;ue</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <source>Find a person …</source>
        <translation>Chercher une personne…</translation>
    </message>
    <message>
        <source>Travel and stay of the selected person</source>
        <translation>Voyage et séjour de la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Arrivée&#x202f;:</translation>
    </message>
    <message>
        <source>2021-11-15 18:05 or 15/11/2021 18:05</source>
        <translation>2021-11-15 18:05 ou 15/11/2021 18:05</translation>
    </message>
    <message>
        <source>Arrival &amp;mode:</source>
        <translation>&amp;Moyen d’arrivée&#x202f;:</translation>
    </message>
    <message>
        <source>flight, train, car …</source>
        <translation>avion, train, voiture…</translation>
    </message>
    <message>
        <source>Arrival number:</source>
        <translation>N° d’arrivée&#x202f;:</translation>
    </message>
    <message>
        <source>AF 528</source>
        <translation>AF 528</translation>
    </message>
    <message>
        <source>Arriving from:</source>
        <translation>En provenance de&#x202f;:</translation>
    </message>
    <message>
        <source>Paris CDG</source>
        <translation>Paris CDG</translation>
    </message>
    <message>
        <source>Pick-up:</source>
        <translation>Accueil&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;needed</source>
        <translation>à &amp;prévoir</translation>
    </message>
    <message>
        <source>Pick-up &amp;by:</source>
        <translation>Accueil &amp;par&#x202f;:</translation>
    </message>
    <message>
        <source>driver or colleague</source>
        <translation>chauffeur ou collègue</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Départ&#x202f;:</translation>
    </message>
    <message>
        <source>2021-11-18 09:40 or 18/11/2021 09:40</source>
        <translation>2021-11-18 09:40 ou 18/11/2021 09:40</translation>
    </message>
    <message>
        <source>Departure m&amp;ode:</source>
        <translation>M&amp;oyen de départ&#x202f;:</translation>
    </message>
    <message>
        <source>Departure number:</source>
        <translation>N° de départ&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hôtel&#x202f;:</translation>
    </message>
    <message>
        <source>Hotel address:</source>
        <translation>Adresse de l’hôtel&#x202f;:</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>Arrivée à l’&amp;hôtel&#x202f;:</translation>
    </message>
    <message>
        <source>2021-11-15</source>
        <translation>2021-11-15</translation>
    </message>
    <message>
        <source>Check-out:</source>
        <translation>Départ de l’hôtel&#x202f;:</translation>
    </message>
    <message>
        <source>2021-11-18</source>
        <translation>2021-11-18</translation>
    </message>
    <message>
        <source>Booking reference (private):</source>
        <translation>Réservation (privée)&#x202f;:</translation>
    </message>
    <message>
        <source>Private: printed only in this person&apos;s own brief and in the staff run sheet</source>
        <translation>Privé&#x202f;: imprimé seulement dans la note de cette personne et dans la feuille de route de l’équipe</translation>
    </message>
    <message>
        <source>Dietary needs (private):</source>
        <translation>Régime alimentaire (privé)&#x202f;:</translation>
    </message>
    <message>
        <source>A&amp;ccess needs (private):</source>
        <translation>A&amp;ccessibilité (privé)&#x202f;:</translation>
    </message>
    <message>
        <source>Visa / invitation &amp;letter:</source>
        <translation>Visa / &amp;lettre d’invitation&#x202f;:</translation>
    </message>
    <message>
        <source>letter sent, visa granted …</source>
        <translation>lettre envoyée, visa accordé…</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Travel and stay</source>
        <translation>&amp;Voyages et séjours</translation>
    </message>
    <message>
        <source>Logistics of the selected session</source>
        <translation>Logistique de la séance sélectionnée</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle&#x202f;:</translation>
    </message>
    <message>
        <source>Set-up:</source>
        <translation>Installation&#x202f;:</translation>
    </message>
    <message>
        <source>Equipment:</source>
        <translation>Équipement&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Vidéoprojecteur</translation>
    </message>
    <message>
        <source>&amp;Microphones:</source>
        <translation>&amp;Micros&#x202f;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Interpretation:</source>
        <translation>&amp;Interprétation&#x202f;:</translation>
    </message>
    <message>
        <source>languages, e.g. English, French</source>
        <translation>langues, par exemple anglais, français</translation>
    </message>
    <message>
        <source>&amp;Catering:</source>
        <translation>&amp;Restauration&#x202f;:</translation>
    </message>
    <message>
        <source>coffee, lunch …</source>
        <translation>café, déjeuner…</translation>
    </message>
    <message>
        <source>&amp;Head count:</source>
        <translation>&amp;Nombre de couverts&#x202f;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Media:</source>
        <translation>Médias&#x202f;:</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Diffusée en ligne</translation>
    </message>
    <message>
        <source>Own online &amp;link:</source>
        <translation>&amp;Lien de connexion propre&#x202f;:</translation>
    </message>
    <message>
        <source>only if it differs from the event&apos;s</source>
        <translation>seulement s’il diffère de celui de l’événement</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Overdue tasks that are not done are shown in red</source>
        <translation>Les tâches en retard et non terminées sont en rouge</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Tâ&amp;ches</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>What this role &amp;asks (printed in speaker briefs):</source>
        <translation>Ce que ce rôle &amp;demande (imprimé dans les notes d’information)&#x202f;:</translation>
    </message>
    <message>
        <source>what this role asks</source>
        <translation>ce que ce rôle demande</translation>
    </message>
    <message>
        <source>The same in French (printed in French &amp;briefs):</source>
        <translation>La même chose en français (imprimée dans les &amp;notes en français)&#x202f;:</translation>
    </message>
    <message>
        <source>what this role asks, in French</source>
        <translation>ce que ce rôle demande, en français</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organiser events (*{suffix});;All files (*)</source>
        <translation>Événements Organiser (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Programmes, badges and speaker briefs for policy dialogues.</source>
        <translation>Programmes, badges et notes d’information pour vos dialogues politiques.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>Ouvrir l’événement d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Recent events</source>
        <translation>Événements &amp;récents</translation>
    </message>
    <message>
        <source>views</source>
        <extracomment>shown while the open event can only be viewed (read-only file or folder)</extracomment>
        <translation>vues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>filled by other modules (e.g. import of schedules)</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>Show or hide the list of problems the checks found</source>
        <translation>Afficher ou masquer la liste des problèmes relevés par les vérifications</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler&#x202f;: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir&#x202f;: {action}</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation>Impossible de créer l’événement</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>Impossible d’ouvrir l’événement</translation>
    </message>
    <message>
        <source>Take over the event?</source>
        <translation>Prendre la main sur l’événement&#x202f;?</translation>
    </message>
    <message>
        <source>{reason}

Take it over? Only do so if Organiser is no longer open there: two people editing one file at once undo each other&apos;s work.</source>
        <translation>{reason}

Prendre la main&#x202f;? Ne le faites que si Organiser n’y est plus ouvert&#x202f;: deux personnes qui modifient le même fichier en même temps défont le travail l’une de l’autre.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the event as it was is kept in {folder}.</source>
        <translation>Sauvegarde du {when} restaurée&#x202f;; l’événement tel qu’il était est conservé dans {folder}.</translation>
    </message>
    <message>
        <source>File › Save a Copy As makes a copy you can edit.</source>
        <translation>Fichier › Enregistrer une copie sous crée une copie que vous pouvez modifier.</translation>
    </message>
    <message>
        <source>What was not saved (copy it if you need it):
{text}</source>
        <translation>Ce qui n’a pas été enregistré (copiez-le si vous en avez besoin)&#x202f;:
{text}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} copie</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <source>Copy saved as {name}</source>
        <translation>Copie enregistrée sous {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; {reason} &lt;a href=&apos;copy&apos;&gt;Save a copy…&lt;/a&gt;</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; {reason} &lt;a href=&apos;copy&apos;&gt;Enregistrer une copie…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Événement sans titre</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
</context>
<context>
    <name>NewEvent</name>
    <message>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>From the venue: {city} time.</source>
        <translation>D’après le lieu&#x202f;: heure de {city}.</translation>
    </message>
    <message>
        <source>“{text}” is not one time zone; type the venue&apos;s city and pick it.</source>
        <translation>«&#x202f;{text}&#x202f;» ne désigne pas un seul fuseau horaire&#x202f;; tapez la ville du lieu et choisissez-la.</translation>
    </message>
    <message>
        <source>In which time zone is the venue? Type its city, e.g. Bamako; every time in the programme is venue time.</source>
        <translation>Dans quel fuseau horaire se trouve le lieu&#x202f;? Tapez sa ville, par exemple Bamako&#x202f;; toutes les heures du programme sont à l’heure du lieu.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>e.g. Rethinking Stability: a dialogue in Bamako</source>
        <translation>par exemple Rethinking Stability&#x202f;: un dialogue à Bamako</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Place and city, e.g. Azalai Hotel, Bamako</source>
        <translation>Lieu et ville, par exemple Azalai Hotel, Bamako</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>The venue&apos;s city, e.g. Bamako or New York</source>
        <translation>La ville du lieu, par exemple Bamako ou New York</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Days</source>
        <translation>&amp;Jours</translation>
    </message>
    <message>
        <source>How many days in a row, from the first; more can be added later</source>
        <translation>Combien de jours d’affilée à partir du premier&#x202f;; vous pourrez en ajouter ensuite</translation>
    </message>
</context>
<context>
    <name>PeopleForm</name>
    <message>
        <source>filter people</source>
        <translation>filtrer les personnes</translation>
    </message>
    <message>
        <source>Filter by name, organisation or email (Ctrl+F)</source>
        <translation>Filtrer par nom, organisation ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add a person (Ctrl+N)</source>
        <translation>Ajouter une personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected person and their roles (Del); Ctrl+Z brings them back</source>
        <translation>Supprimer la personne sélectionnée et ses rôles (Suppr)&#x202f;; Ctrl+Z la fait revenir</translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>Aucune personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Honorific</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>At most 200 characters: anything longer typed or pasted is cut off</source>
        <translation>200 caractères au plus&#x202f;: ce qui dépasse, tapé ou collé, est coupé</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>e.g. Dr., Ms., Prof.</source>
        <translation>par exemple Dr., Mme, Pr</translation>
    </message>
    <message>
        <source>Form of a&amp;ddress</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <source>form of address</source>
        <translation>civilité</translation>
    </message>
    <message>
        <source>How French documents address this person when the honorific does not say (Dr., Prof.): Madame or Monsieur, and the role names that agree (Animatrice, Animateur)</source>
        <translation>Comment les documents en français s’adressent à cette personne quand son titre ne le dit pas (Dr, Pr)&#x202f;: Madame ou Monsieur, et les noms de rôle accordés (Animatrice, Animateur)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>No&amp;m de famille</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>written firs&amp;t</source>
        <translation>en p&amp;remier</translation>
    </message>
    <message>
        <source>family name written first</source>
        <translation>nom de famille écrit en premier</translation>
    </message>
    <message>
        <source>The person writes the family name first (Nguyễn Thị Minh Khai, Nagy Béla): badges and lists print it that way. Names in Chinese, Japanese or Korean script always do.</source>
        <translation>La personne écrit son nom de famille en premier (Nguyễn Thị Minh Khai, Nagy Béla)&#x202f;: badges et listes l’impriment ainsi. Les noms en écriture chinoise, japonaise ou coréenne le font toujours.</translation>
    </message>
    <message>
        <source>Name as &amp;printed</source>
        <translation>Nom &amp;imprimé</translation>
    </message>
    <message>
        <source>name as printed</source>
        <translation>nom imprimé</translation>
    </message>
    <message>
        <source>only if it differs from given and family name</source>
        <translation>seulement s’il diffère du prénom et du nom</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>Home time &amp;zone</source>
        <translation>&amp;Fuseau d’origine</translation>
    </message>
    <message>
        <source>home time zone</source>
        <translation>fuseau horaire de résidence</translation>
    </message>
    <message>
        <source>Type to search, e.g. Berlin</source>
        <translation>Tapez pour chercher, par exemple Berlin</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Positions and &amp;organisations</source>
        <translation>Fonctions et &amp;organisations</translation>
    </message>
    <message>
        <source>positions and organisations</source>
        <translation>fonctions et organisations</translation>
    </message>
    <message>
        <source>Double-click to edit; at most 500 characters each</source>
        <translation>Double-cliquez pour modifier&#x202f;; 500 caractères au plus chacune</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>&amp;Biographie</translation>
    </message>
    <message>
        <source>biography</source>
        <translation>biographie</translation>
    </message>
    <message>
        <source>Sessions and roles</source>
        <translation>Séances et rôles</translation>
    </message>
    <message>
        <source>sessions and roles</source>
        <translation>séances et rôles</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the session</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la séance</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>At most {n} characters: anything longer typed or pasted is cut off</source>
        <extracomment>The longest position or organisation kept: longer is a paste gone wrong, not a title.</extracomment>
        <translation>{n} caractères au plus&#x202f;: ce qui dépasse, tapé ou collé, est coupé</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No person selected</source>
        <translation>Aucune personne sélectionnée</translation>
    </message>
    <message>
        <source> (to be confirmed)</source>
        <translation> (à confirmer)</translation>
    </message>
    <message>
        <source>Day {n} {time} · {session} — {role}</source>
        <translation>Jour {n} {time} · {session} — {role}</translation>
    </message>
    <message>
        <source>No roles in any session</source>
        <translation>Aucun rôle dans aucune séance</translation>
    </message>
    <message>
        <source>Edit position</source>
        <translation>Modifier la fonction</translation>
    </message>
    <message>
        <source>Add position</source>
        <translation>Ajouter une fonction</translation>
    </message>
    <message>
        <source>Remove position</source>
        <translation>Retirer la fonction</translation>
    </message>
    <message>
        <source>Reorder positions</source>
        <translation>Réordonner les fonctions</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Langue de la fenêtre</translation>
    </message>
    <message>
        <source>language of the window</source>
        <translation>langue de la fenêtre</translation>
    </message>
    <message>
        <source>The window changes language when Organiser starts again. Printed documents have their own language: the event&apos;s print language (Event view), or the one chosen in Print &amp; Export.</source>
        <translation>La fenêtre change de langue au prochain démarrage d’Organiser. Les documents imprimés ont leur propre langue&#x202f;: celle de l’événement (vue Événement), ou celle choisie dans Impression et export.</translation>
    </message>
</context>
<context>
    <name>PrintExport</name>
    <message>
        <source>Updating the preview…</source>
        <extracomment>a preview finished rendering (for tests and status bars): page count a file was saved: its path a document was saved or printed and noted in the print log: its kind the check shown before an export, while it waits for an answer</extracomment>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>L’aperçu n’a pas pu être créé&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (et {n} de plus)</translation>
    </message>
    <message>
        <source> · {n} not printed whole</source>
        <translation> · {n} non imprimés en entier</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#x202f;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Saved {file} · {summary}</source>
        <translation>Enregistré&#x202f;: {file} · {summary}</translation>
    </message>
    <message>
        <source>The export was not noted in the print log</source>
        <translation>L’export n’a pas été noté dans le registre d’impression</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Print {document}</source>
        <translation>Imprimer&#x202f;: {document}</translation>
    </message>
    <message>
        <source>Nothing was printed</source>
        <translation>Rien n’a été imprimé</translation>
    </message>
    <message>
        <source>Sent 1 page of {document} to the printer</source>
        <translation>1 page envoyée à l’imprimante ({document})</translation>
    </message>
    <message>
        <source>Sent {n} pages of {document} to the printer</source>
        <translation>{n} pages envoyées à l’imprimante ({document})</translation>
    </message>
    <message>
        <source>{document}: Print Preview</source>
        <translation>{document}&#x202f;: aperçu avant impression</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Pas d’aperçu</translation>
    </message>
    <message>
        <source>An export is under way: re-export when it has finished.</source>
        <translation>Un export est en cours&#x202f;: réexportez quand il sera terminé.</translation>
    </message>
    <message>
        <source>Nothing was re-exported</source>
        <translation>Rien n’a été réexporté</translation>
    </message>
    <message>
        <source>No document here prints {document}.</source>
        <translation>Aucun document ici n’imprime {document}.</translation>
    </message>
    <message>
        <source>Re-export {document}</source>
        <translation>Réexporter&#x202f;: {document}</translation>
    </message>
    <message>
        <source>Nothing was re-exported.</source>
        <translation>Rien n’a été réexporté.</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>les badges</translation>
    </message>
    <message>
        <source>table tents</source>
        <translation>les chevalets</translation>
    </message>
    <message>
        <source>speaker briefs</source>
        <translation>les notes d’information</translation>
    </message>
    <message>
        <source>the name badges</source>
        <translation>les badges</translation>
    </message>
    <message>
        <source>the table tents</source>
        <translation>les chevalets</translation>
    </message>
    <message>
        <source>the speaker briefs</source>
        <translation>les notes d’information</translation>
    </message>
    <message>
        <source>the run sheet</source>
        <translation>la feuille de route</translation>
    </message>
    <message>
        <source>the sign-in sheets</source>
        <translation>les feuilles d’émargement</translation>
    </message>
    <message>
        <source>Print &amp; Export</source>
        <translation>Impression et export</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>1 error</source>
        <extracomment>How long after the last commit the checks run again.</extracomment>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 alerte</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} alertes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>Findings whose fix lies in their first related item rather than in the item itself: a person double-booked is fixed by moving one of the two sessions.</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème relevé</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la séance</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>la personne</translation>
    </message>
    <message>
        <source>a person without a name</source>
        <translation>une personne sans nom</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la salle</translation>
    </message>
    <message>
        <source>the event details</source>
        <translation>les informations de l’événement</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Show or hide the errors</source>
        <extracomment>{&apos;error&apos;: n, &apos;warning&apos;: n, &apos;info&apos;: n} after every run of the checks</extracomment>
        <translation>Afficher ou masquer les erreurs</translation>
    </message>
    <message>
        <source>Show or hide the warnings</source>
        <translation>Afficher ou masquer les alertes</translation>
    </message>
    <message>
        <source>Show or hide the notes</source>
        <translation>Afficher ou masquer les notes</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>the panel&apos;s counts after every run of the checks (an empty dict: no event)</extracomment>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Hidden by the filters: {what}.</source>
        <translation>Masqués par les filtres&#x202f;: {what}.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème relevé.</translation>
    </message>
    <message>
        <source>Show {item}</source>
        <translation>Afficher {item}</translation>
    </message>
    <message>
        <source>Open an event to see its problems.</source>
        <translation>Ouvrez un événement pour voir ses problèmes.</translation>
    </message>
    <message>
        <source>Show the Problems panel (Ctrl+Shift+P)</source>
        <translation>Afficher le panneau Problèmes (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Problems: {counts}</source>
        <translation>Problèmes&#x202f;: {counts}</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Add a session after the selected one (Ctrl+N)</source>
        <translation>Ajouter une séance après celle sélectionnée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected session (Del); Ctrl+Z brings it back</source>
        <translation>Supprimer la séance sélectionnée (Suppr)&#x202f;; Ctrl+Z la fait revenir</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune séance sélectionnée</translation>
    </message>
    <message>
        <source>D&amp;ay</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>Type the time as you say it: 14:30, 1430, 2:30 pm; Up and Down move it by five minutes</source>
        <translation>Tapez l’heure comme vous la dites&#x202f;: 14:30, 1430, 14h30&#x202f;; Haut et Bas la décalent de cinq minutes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>venue time</source>
        <translation>heure du lieu</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The session&apos;s number in its kind, e.g. 2 for Workshop 2; &quot;none&quot; for an unnumbered session</source>
        <translation>Le numéro de la séance dans son type, par exemple 2 pour l’Atelier 2&#x202f;; «&#x202f;aucun&#x202f;» pour une séance sans numéro</translation>
    </message>
    <message>
        <source>Type (your &amp;word)</source>
        <translation>T&amp;ype (votre terme)</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>what your event calls this format, e.g. Talk, Fireside chat</source>
        <translation>le nom que votre événement donne à ce format, p. ex. Conférence, Causerie</translation>
    </message>
    <message>
        <source>Printed under the title; the kind decides how the programme treats the session</source>
        <translation>Imprimé sous le titre&#x202f;; la nature décide de la façon dont le programme traite la séance</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>Su&amp;btitle</source>
        <translation>Sous-tit&amp;re</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>sous-titre</translation>
    </message>
    <message>
        <source>printed under the title</source>
        <translation>imprimé sous le titre</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>New room…</source>
        <translation>Nouvelle salle…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Summar&amp;y</source>
        <translation>Résu&amp;mé</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>The abstract printed under the title. Markdown: *emphasis*, **bold**, lists, links.</source>
        <translation>Le résumé imprimé sous le titre. Markdown&#x202f;: *mise en valeur*, **gras**, listes, liens.</translation>
    </message>
    <message>
        <source>&amp;Problem
statement</source>
        <translation>&amp;Problé-
matique</translation>
    </message>
    <message>
        <source>problem statement</source>
        <translation>problématique</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>guiding questions</source>
        <translation>questions directrices</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Ajouter une &amp;question</translation>
    </message>
    <message>
        <source>question to add</source>
        <translation>question à ajouter</translation>
    </message>
    <message>
        <source>Type a question and press Enter</source>
        <translation>Tapez une question et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>People and r&amp;oles</source>
        <translation>Personnes et r&amp;ôles</translation>
    </message>
    <message>
        <source>people and roles</source>
        <translation>personnes et rôles</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>person to add</source>
        <translation>personne à ajouter</translation>
    </message>
    <message>
        <source>role to add</source>
        <translation>rôle à ajouter</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Tel qu’imprimé</translation>
    </message>
    <message>
        <source>session text as printed</source>
        <translation>texte de la séance tel qu’imprimé</translation>
    </message>
    <message>
        <source>The summary, problem statement and description formatted as the programme prints them.</source>
        <translation>Le résumé, la problématique et la description mis en forme comme le programme les imprime.</translation>
    </message>
    <message>
        <source>Private &amp;notes</source>
        <translation>&amp;Notes privées</translation>
    </message>
    <message>
        <source>private notes</source>
        <translation>notes privées</translation>
    </message>
    <message>
        <source>For the team only; never printed on the programme.</source>
        <translation>Pour l’équipe seulement&#x202f;; jamais imprimé dans le programme.</translation>
    </message>
    <message>
        <source>In French (for a bilingual programme)</source>
        <translation>En français (pour un programme bilingue)</translation>
    </message>
    <message>
        <source>What the French programme prints for this session; where a text is left empty it prints the English.</source>
        <translation>Ce que le programme en français imprime pour cette séance&#x202f;; là où un texte est laissé vide, il imprime l’anglais.</translation>
    </message>
    <message>
        <source>Tit&amp;le in French</source>
        <translation>Titre en frança&amp;is</translation>
    </message>
    <message>
        <source>title in French</source>
        <translation>titre en français</translation>
    </message>
    <message>
        <source>Summary in French</source>
        <translation>Résumé en français</translation>
    </message>
    <message>
        <source>summary in French</source>
        <translation>résumé en français</translation>
    </message>
    <message>
        <source>Problem statement
in French</source>
        <translation>Problématique
en français</translation>
    </message>
    <message>
        <source>problem statement in French</source>
        <translation>problématique en français</translation>
    </message>
    <message>
        <source>Guiding questions
in French</source>
        <translation>Questions directrices
en français</translation>
    </message>
    <message>
        <source>guiding questions in French</source>
        <translation>questions directrices en français</translation>
    </message>
    <message>
        <source>Double-click a question&apos;s French cell (or press F2) to type its French version.</source>
        <translation>Double-cliquez sur la cellule française d’une question (ou appuyez sur F2) pour taper sa version française.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
</context>
<context>
    <name>ProgrammeOptions</name>
    <message>
        <source>St&amp;yle</source>
        <translation>St&amp;yle</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Time zones, in print order</source>
        <translation>&amp;Fuseaux horaires, dans l’ordre d’impression</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a zone, e.g. Asia/Tokyo</source>
        <translation>Ajouter un fuseau, par exemple Asia/Tokyo</translation>
    </message>
    <message>
        <source>Time zone to add</source>
        <translation>Fuseau horaire à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Print the &amp;invitation text</source>
        <translation>Imprimer le texte d’&amp;invitation</translation>
    </message>
    <message>
        <source>Print the meeting pass&amp;code</source>
        <translation>Imprimer le &amp;code secret de la réunion</translation>
    </message>
    <message>
        <source>Print session descri&amp;ptions</source>
        <translation>Imprimer les descri&amp;ptions des séances</translation>
    </message>
    <message>
        <source>The full programme prints each session&apos;s summary; tick to add its longer description too.</source>
        <translation>Le programme complet imprime le résumé de chaque séance&#x202f;; cochez pour y ajouter aussi sa description détaillée.</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Add session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Pick a person or type a new name</source>
        <translation>Choisissez une personne ou tapez un nouveau nom</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Jour {n}</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(pas de salle)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(untitled session)</source>
        <translation>(séance sans titre)</translation>
    </message>
    <message>
        <source>Select a session, or add one with Ctrl+N</source>
        <translation>Sélectionnez une séance, ou ajoutez-en une avec Ctrl+N</translation>
    </message>
    <message>
        <source>Add a day in the Event view first</source>
        <translation>Ajoutez d’abord un jour dans la vue Événement</translation>
    </message>
    <message>
        <source>venue time ({zone}) — ends before it starts</source>
        <translation>heure du lieu ({zone}) — finit avant de commencer</translation>
    </message>
    <message>
        <source>venue time ({zone})</source>
        <translation>heure du lieu ({zone})</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problématique</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <source>Delete {session}</source>
        <translation>Supprimer {session}</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>Name of the room:</source>
        <translation>Nom de la salle&#x202f;:</translation>
    </message>
    <message>
        <source>Add room {name}</source>
        <translation>Ajouter la salle {name}</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <source>Set room</source>
        <translation>Choisir la salle</translation>
    </message>
    <message>
        <source>Edit guiding question</source>
        <translation>Modifier une question directrice</translation>
    </message>
    <message>
        <source>Edit guiding question in French</source>
        <translation>Modifier une question directrice en français</translation>
    </message>
    <message>
        <source>Add guiding question</source>
        <translation>Ajouter une question directrice</translation>
    </message>
    <message>
        <source>Remove guiding question</source>
        <translation>Retirer une question directrice</translation>
    </message>
    <message>
        <source>Reorder guiding questions</source>
        <translation>Réordonner les questions directrices</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Change confirmation</source>
        <translation>Changer la confirmation</translation>
    </message>
    <message>
        <source>Add {role} {name}</source>
        <translation>Ajouter {name} ({role})</translation>
    </message>
    <message>
        <source>Add person {name}</source>
        <translation>Ajouter la personne {name}</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Change running order</source>
        <translation>Changer l’ordre de passage</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Ordre de passage</translation>
    </message>
</context>
<context>
    <name>RunSheetOptions</name>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#x202f;:</translation>
    </message>
    <message>
        <source>Set-up d&amp;ue before a session:</source>
        <translation>Installation pré&amp;vue avant une séance&#x202f;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>For staff only: the run sheet lists phones, booking references and dietary and access needs.</source>
        <translation>Pour l’équipe seulement&#x202f;: la feuille de route donne les téléphones, les références de réservation et les besoins alimentaires et d’accessibilité.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>The event file is as it was before.</source>
        <extracomment>A write that waits this long shows its progress dialog. (the message, what was not saved): an edit, undo or redo the file did not take</extracomment>
        <translation>Le fichier de l’événement est resté tel qu’il était.</translation>
    </message>
    <message>
        <source>The change “{step}” was not saved. {reason}</source>
        <translation>La modification «&#x202f;{step}&#x202f;» n’a pas été enregistrée. {reason}</translation>
    </message>
    <message>
        <source>Undo of “{step}” was not saved. {reason}</source>
        <translation>L’annulation de «&#x202f;{step}&#x202f;» n’a pas été enregistrée. {reason}</translation>
    </message>
    <message>
        <source>Redo of “{step}” was not saved. {reason}</source>
        <translation>Le rétablissement de «&#x202f;{step}&#x202f;» n’a pas été enregistré. {reason}</translation>
    </message>
    <message>
        <source>Waiting for the event file</source>
        <translation>En attente du fichier de l’événement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>{holder} is using “{file}”.
Waiting to save your change ({seconds} s)…</source>
        <translation>{holder} utilise «&#x202f;{file}&#x202f;».
Enregistrement de votre modification en attente ({seconds} s)…</translation>
    </message>
    <message>
        <source>No automatic backup could be taken: {reason}</source>
        <extracomment>a line for the status bar when a backup could not be taken</extracomment>
        <translation>Aucune sauvegarde automatique n’a pu être faite&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>when it was opened for editing</source>
        <translation>à son ouverture pour modification</translation>
    </message>
    <message>
        <source>while it was being edited</source>
        <translation>pendant sa modification</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a backup was restored over it</source>
        <translation>avant la restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Automatic backups of “{file}”, newest first. The event as it is now is kept as a backup before the one you choose replaces it.</source>
        <translation>Sauvegardes automatiques de «&#x202f;{file}&#x202f;», de la plus récente à la plus ancienne. L’événement tel qu’il est maintenant est conservé en sauvegarde avant d’être remplacé par celle que vous choisissez.</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>No automatic backups yet (they are kept in {folder}).</source>
        <translation>Pas encore de sauvegarde automatique (elles sont conservées dans {folder}).</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share this event</source>
        <translation>Partager cet événement</translation>
    </message>
    <message>
        <source>Other laptops on this network can work on this event with you: each keeps its own copy, and goes on alone when the network drops. On each of them choose File › Join a shared event… and type the address and join code below.</source>
        <translation>D’autres ordinateurs de ce réseau peuvent travailler sur cet événement avec vous&#x202f;: chacun garde sa propre copie et continue seul si le réseau tombe. Sur chacun d’eux, choisissez Fichier › Rejoindre un événement partagé… et tapez l’adresse et le code d’accès ci-dessous.</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;name</source>
        <translation>&amp;Nom de ce poste</translation>
    </message>
    <message>
        <source>e.g. Registration 1</source>
        <translation>p. ex. Accueil 1</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>The network port other desks reach this one at; change it only if another program uses it</source>
        <translation>Le port réseau par lequel les autres postes joignent celui-ci&#x202f;; ne le changez que si un autre programme l’utilise</translation>
    </message>
    <message>
        <source>Others join at</source>
        <translation>Les autres rejoignent à</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>Join &amp;code</source>
        <translation>&amp;Code d’accès</translation>
    </message>
    <message>
        <source>join code</source>
        <translation>code d’accès</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the address and the join code</source>
        <translation>Copier l’adresse et le code d’accès</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Démarrer le partage</translation>
    </message>
    <message>
        <source>Give this desk a name the other desks will show.</source>
        <translation>Donnez à ce poste un nom que les autres postes afficheront.</translation>
    </message>
    <message>
        <source>Port {port} cannot be used ({reason}); choose another.</source>
        <translation>Le port {port} ne peut pas être utilisé ({reason})&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>{name} desk.organiser</source>
        <translation>poste {name}.organiser</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <source>Looking for desks with this join code…</source>
        <translation>Recherche des postes qui ont ce code d’accès…</translation>
    </message>
    <message>
        <source>No desk answered for this join code. Type the address shown on the sharing desk (File › Share this event… there).</source>
        <translation>Aucun poste n’a répondu pour ce code d’accès. Tapez l’adresse affichée sur le poste qui partage (Fichier › Partager cet événement… sur ce poste).</translation>
    </message>
    <message>
        <source>Found: {desks}.</source>
        <translation>Trouvé&#x202f;: {desks}.</translation>
    </message>
    <message>
        <source>Save the new desk&apos;s event as</source>
        <translation>Enregistrer l’événement du nouveau poste sous</translation>
    </message>
    <message>
        <source>Events (*.organiser)</source>
        <translation>Événements (*.organiser)</translation>
    </message>
    <message>
        <source>Type the address shown on the sharing desk, like 192.168.1.20:8765.</source>
        <translation>Tapez l’adresse affichée sur le poste qui partage, comme 192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Fetching the event from {address}…</source>
        <translation>Récupération de l’événement depuis {address}…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>This desk is not sharing now: other desks cannot reach it and it does not hear from them. Share… starts again.</source>
        <extracomment>the newest conflicts listed (all are kept in the file)</extracomment>
        <translation>Ce poste ne partage pas en ce moment&#x202f;: les autres postes ne peuvent pas le joindre et il ne reçoit rien d’eux. Partager… reprend le partage.</translation>
    </message>
    <message>
        <source>This event is not shared. Share… lets other laptops at the venue work on it with you, online or not.</source>
        <translation>Cet événement n’est pas partagé. Partager… permet à d’autres ordinateurs sur place d’y travailler avec vous, en ligne ou non.</translation>
    </message>
    <message>
        <source>This desk: {name}</source>
        <translation>Ce poste&#x202f;: {name}</translation>
    </message>
    <message>
        <source>This desk: {name} · others join at {addresses} · join code {code}</source>
        <translation>Ce poste&#x202f;: {name} · les autres rejoignent à {addresses} · code d’accès {code}</translation>
    </message>
    <message>
        <source>{name} (not reachable)</source>
        <translation>{name} (injoignable)</translation>
    </message>
    <message>
        <source>{heard} · {sent} · in {came_in}, out {went_out}</source>
        <translation>{heard} · {sent} · reçu {came_in}, envoyé {went_out}</translation>
    </message>
    <message>
        <source>Conflicts resolved: {n}</source>
        <translation>Conflits résolus&#x202f;: {n}</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>&amp;Desks</source>
        <translation>Po&amp;stes</translation>
    </message>
    <message>
        <source>Show or hide the desks this event is shared with</source>
        <translation>Afficher ou masquer les postes avec lesquels cet événement est partagé</translation>
    </message>
    <message>
        <source>S&amp;hare this event…</source>
        <translation>Par&amp;tager cet événement…</translation>
    </message>
    <message>
        <source>&amp;Join a shared event…</source>
        <translation>Re&amp;joindre un événement partagé…</translation>
    </message>
    <message>
        <source>This desk could not share: {reason}</source>
        <translation>Ce poste n’a pas pu partager&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>This desk could not share the event again: {reason}</source>
        <extracomment>the port a desk listens on unless its user chose another this laptop&apos;s sharing of this event (a local setting: never sent to other desks) a line of what the service did (another desk connected, changes in or out, lost) changes from another desk were applied to the file: read it again sharing started or stopped</extracomment>
        <translation>Ce poste n’a pas pu partager l’événement à nouveau&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>No event is open.</source>
        <translation>Aucun événement n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>SigninOptions</name>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;Jour&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Language of the dates:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Lignes &amp;vides pour les inscriptions sur place&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#x202f;:</translation>
    </message>
    <message>
        <source>Everyone expected, by family name, with their organisation and a box to sign. Each day starts on a new page and numbers its own pages.</source>
        <translation>Toutes les personnes attendues, par nom de famille, avec leur organisation et une case pour signer. Chaque jour commence sur une nouvelle page et numérote ses propres pages.</translation>
    </message>
</context>
<context>
    <name>Stale</name>
    <message>
        <source>the programme</source>
        <extracomment>Stale paper is found a moment after the last commit, as the checks are.</extracomment>
        <translation>le programme</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>les badges</translation>
    </message>
    <message>
        <source>table tents</source>
        <translation>les chevalets</translation>
    </message>
    <message>
        <source>speaker briefs</source>
        <translation>les notes d’information</translation>
    </message>
    <message>
        <source>Print this programme again</source>
        <translation>Réimprimer ce programme</translation>
    </message>
    <message>
        <source>Print this badge again</source>
        <translation>Réimprimer ce badge</translation>
    </message>
    <message>
        <source>Print this table tent again</source>
        <translation>Réimprimer ce chevalet</translation>
    </message>
    <message>
        <source>Print this speaker brief again</source>
        <translation>Réimprimer cette note d’information</translation>
    </message>
    <message>
        <source>Re-export</source>
        <translation>Réexporter</translation>
    </message>
    <message>
        <source>Re-export all</source>
        <extracomment>Exporters for every panel, by document kind (&apos;programme&apos;, &apos;badge&apos;, &apos;brief&apos;).</extracomment>
        <translation>Tout réexporter</translation>
    </message>
    <message>
        <source>Print again every document listed here</source>
        <translation>Réimprimer tous les documents de la liste</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Périmé</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Out-of-date printed documents</source>
        <translation>Documents imprimés périmés</translation>
    </message>
    <message>
        <source>1 printed document is out of date</source>
        <translation>1 document imprimé est périmé</translation>
    </message>
    <message>
        <source>{n} printed documents are out of date</source>
        <translation>{n} documents imprimés sont périmés</translation>
    </message>
    <message>
        <source>Printed paper</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Everything printed is up to date.</source>
        <translation>Tout ce qui a été imprimé est à jour.</translation>
    </message>
    <message>
        <source>Nothing has been printed yet. Programmes, badges and briefs you export will be listed here when an edit makes them out of date.</source>
        <translation>Rien n’a encore été imprimé. Les programmes, badges et notes que vous exportez apparaîtront ici quand une modification les rendra périmés.</translation>
    </message>
    <message>
        <source>Could not re-export {what}: {reason}</source>
        <translation>Impossible de réexporter {what}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Re-exported {what}.</source>
        <translation>Réexporté&#x202f;: {what}.</translation>
    </message>
    <message>
        <source>Open Print &amp; Export to print {what} again.</source>
        <translation>Ouvrez Impression et export pour réimprimer {what}.</translation>
    </message>
</context>
<context>
    <name>TentOptions</name>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>the last edit</source>
        <extracomment>a widget property: its text is committed to the event as it is typed (form fields) the redo keys of every platform (the Edit menu has both)</extracomment>
        <translation>la dernière modification</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Undone: {what}. Ctrl+Shift+Z redoes it.</source>
        <translation>Annulé&#x202f;: {what}. Ctrl+Maj+Z le rétablit.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Rétabli&#x202f;: {what}.</translation>
    </message>
    <message>
        <source>{what}. Ctrl+Z brings it back.</source>
        <translation>{what}. Ctrl+Z le fait revenir.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Print &amp; Export</source>
        <translation>Impression et export</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Opening remarks</source>
        <translation>Allocution d’ouverture</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Discours liminaire</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Séance plénière</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Closing remarks</source>
        <translation>Allocution de clôture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>session</comment>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>person</comment>
        <translation>Participation confirmée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>person</comment>
        <translation>Désistement</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>registration</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>task</comment>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Hybrid (in person and online)</source>
        <translation>Hybride (en présentiel et en ligne)</translation>
    </message>
    <message>
        <source>As the honorific says</source>
        <translation>Selon le titre</translation>
    </message>
    <message>
        <source>Madame (feminine)</source>
        <translation>Madame (féminin)</translation>
    </message>
    <message>
        <source>Monsieur (masculine)</source>
        <translation>Monsieur (masculin)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Badge 4×3 in</source>
        <extracomment>the built-in badge layouts&apos; names and descriptions (badges/layouts.py), for lupdate; a layout&apos;s name stays its key (settings, the print log), only the shown words change</extracomment>
        <translation>Badge 4×3 po</translation>
    </message>
    <message>
        <source>Fold-over A5</source>
        <translation>Badge plié A5</translation>
    </message>
    <message>
        <source>Tent A4</source>
        <translation>Chevalet A4</translation>
    </message>
    <message>
        <source>Tent Letter</source>
        <translation>Chevalet Lettre US</translation>
    </message>
    <message>
        <source>Name badge labels, 8 per sheet (also 5095, 5895, 8395, 15395)</source>
        <translation>Étiquettes badges, 8 par planche (aussi 5095, 5895, 8395, 15395)</translation>
    </message>
    <message>
        <source>Insertable name badges 4 × 3 in, 6 per sheet (also 5384, 74540, 74541)</source>
        <translation>Badges à insérer 4 × 3 po, 6 par planche (aussi 5384, 74540, 74541)</translation>
    </message>
    <message>
        <source>Name badge labels 80 × 50 mm, 10 per sheet (also L4784, L4786, L4787)</source>
        <translation>Étiquettes badges 80 × 50 mm, 10 par planche (aussi L4784, L4786, L4787)</translation>
    </message>
    <message>
        <source>Name badges 86 × 55 mm, 8 per A4 sheet</source>
        <translation>Badges 86 × 55 mm, 8 par planche A4</translation>
    </message>
    <message>
        <source>One badge per A6 page (badge printers, lanyard pockets)</source>
        <translation>Un badge par page A6 (imprimantes à badges, porte-badges)</translation>
    </message>
    <message>
        <source>One 4 × 3 in badge per page</source>
        <translation>Un badge 4 × 3 po par page</translation>
    </message>
    <message>
        <source>PVC card printers, CR80 / ID-1 card 85.6 × 54 mm</source>
        <translation>Imprimantes de cartes PVC, carte CR80 / ID-1 85,6 × 54 mm</translation>
    </message>
    <message>
        <source>A5 folded in half: a 148 × 105 mm badge, name on both sides</source>
        <translation>A5 plié en deux&#x202f;: un badge de 148 × 105 mm, nom des deux côtés</translation>
    </message>
    <message>
        <source>Table tent: A4 landscape folded in half, name on both faces</source>
        <translation>Chevalet&#x202f;: A4 paysage plié en deux, nom sur les deux faces</translation>
    </message>
    <message>
        <source>Table tent: US Letter landscape folded in half, name on both faces</source>
        <translation>Chevalet&#x202f;: Lettre US paysage plié en deux, nom sur les deux faces</translation>
    </message>
</context>
<context>
    <name>WalkIn</name>
    <message>
        <source>Add, check in and print</source>
        <translation>Ajouter, enregistrer l’arrivée et imprimer</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Une inscription sur place doit avoir un nom.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>WhoChooser</name>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>who</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>category or role</source>
        <translation>catégorie ou rôle</translation>
    </message>
    <message>
        <source>Find people…</source>
        <translation>Chercher des personnes…</translation>
    </message>
    <message>
        <source>find people</source>
        <translation>chercher des personnes</translation>
    </message>
    <message>
        <source>people to print</source>
        <translation>personnes à imprimer</translation>
    </message>
</context>
</TS>
