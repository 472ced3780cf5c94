<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AliasesPanel</name>
    <message>
        <location filename="../../ui/aliases_panel.py" line="41"/>
        <source>&lt;b&gt;Recognised answers&lt;/b&gt;</source>
        <extracomment>An alias was added or removed (registrants&apos; organisations change with it).</extracomment>
        <translation>&lt;b&gt;Réponses reconnues&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="42"/>
        <source>Answers to the form&apos;s “Organisation” question that mean it.</source>
        <translation>Réponses à la question « Structure » du formulaire qui la désignent.</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="47"/>
        <source>Add an answer…</source>
        <translation>Ajouter une réponse…</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="49"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="83"/>
        <source>Add a recognised answer</source>
        <translation>Ajouter une réponse reconnue</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="84"/>
        <source>An answer that means “{}”:</source>
        <translation>Une réponse qui désigne « {} » :</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="98"/>
        <source>Remove a recognised answer</source>
        <translation>Retirer une réponse reconnue</translation>
    </message>
    <message>
        <location filename="../../ui/aliases_panel.py" line="100"/>
        <source>Stop recognising “{answer}” as {name}? Registrants who gave this answer will no longer belong to it.</source>
        <translation>Ne plus reconnaître « {answer} » comme {name} ? Les inscrits qui ont donné cette réponse n&apos;y seront plus rattachés.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="63"/>
        <source>An unexpected error occurred; what you were doing may not have been saved. Please send the details below to whoever maintains the application.</source>
        <translation>Une erreur inattendue s&apos;est produite ; ce que vous faisiez n&apos;a peut-être pas été enregistré. Merci d&apos;envoyer le détail ci-dessous à la personne qui maintient l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="80"/>
        <source>Open it anyway, from this computer only, nobody else using it meanwhile?</source>
        <translation>L&apos;ouvrir quand même, depuis ce seul ordinateur, sans que personne d&apos;autre ne l&apos;utilise pendant ce temps ?</translation>
    </message>
    <message>
        <location filename="../../app.py" line="98"/>
        <source>Password of {user} on {host}:</source>
        <translation>Mot de passe de {user} sur {host} :</translation>
    </message>
    <message>
        <location filename="../../app.py" line="112"/>
        <source>Open this computer&apos;s own database instead? Its data are not the team&apos;s; “Passer en mode équipe…” lets you correct the server or its password.</source>
        <translation>Ouvrir plutôt la base propre à ce poste ? Ses données ne sont pas celles de l&apos;équipe ; « Passer en mode équipe… » permet de corriger le serveur ou son mot de passe.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="123"/>
        <source>{mark} (log)</source>
        <translation>{mark} (journal)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="151"/>
        <source>(to be confirmed)</source>
        <translation>(à confirmer)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="164"/>
        <source>Attendance — {}</source>
        <translation>Présences — {}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="184"/>
        <source>Not recorded (Del)</source>
        <translation>Non renseigné (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="187"/>
        <source>All present for this half-day</source>
        <translation>Tous présents pour cette demi-journée</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="196"/>
        <source>Select cells, then press P (present), A (absent), E (excused) or Delete. Waitlisted or cancelled people who came anyway can be marked too.</source>
        <translation>Sélectionnez des cases, puis appuyez sur P (présent), A (absent), E (excusé) ou Suppr. Les personnes en liste d&apos;attente ou annulées venues quand même peuvent aussi être marquées.</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="254"/>
        <source>This session has no half-day yet.</source>
        <translation>Cette session n&apos;a pas encore de demi-journée.</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="260"/>
        <source>Half-day {number}: {present} present, {absent} absent, {excused} excused</source>
        <translation>Demi-journée {number} — présents : {present}, absents : {absent}, excusés : {excused}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="268"/>
        <source>(of whom {} not confirmed)</source>
        <translation>(dont non confirmés : {})</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="312"/>
        <source>Choose a half-day first: click in its column.</source>
        <translation>Choisissez d&apos;abord une demi-journée : cliquez dans sa colonne.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="28"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="30"/>
        <location filename="../../ui/backup_actions.py" line="49"/>
        <source>Cap Rural databases (*.sqlite3);;All files (*)</source>
        <translation>Bases Cap Rural (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="41"/>
        <source>Backup written and checked: {}</source>
        <translation>Sauvegarde écrite et vérifiée : {}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="47"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <source>Replace everything in the database with the backup {name}? What was recorded since that backup will no longer be shown; the database as it is now is saved first, in the backups folder.</source>
        <translation>Remplacer tout le contenu de la base par la sauvegarde {name} ? Ce qui a été enregistré depuis cette sauvegarde ne sera plus affiché ; la base telle qu&apos;elle est est d&apos;abord sauvegardée, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="73"/>
        <source>Backup restored; the database as it was is saved in {}</source>
        <translation>Sauvegarde restaurée ; la base telle qu&apos;elle était est sauvegardée dans {}</translation>
    </message>
</context>
<context>
    <name>CertificatePainter</name>
    <message>
        <location filename="../../printing/certificates.py" line="30"/>
        <source>Certificate of attendance</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="111"/>
        <source>Training organisation registered under number {}</source>
        <translation>Organisme de formation — déclaration d&apos;activité n° {}</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="129"/>
        <source> ({organisation})</source>
        <translation> ({organisation})</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="134"/>
        <source>{network} certifies that {person}{organisation} attended the training session “{title}”.</source>
        <translation>{network} atteste que {person}{organisation} a suivi la session de formation « {title} ».</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="137"/>
        <source>The undersigned organisation</source>
        <translation>L&apos;organisme soussigné</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="146"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="147"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="148"/>
        <source>Hours planned</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="149"/>
        <source>Hours attended</source>
        <translation>Durée suivie</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="151"/>
        <source>Half-days attended</source>
        <translation>Demi-journées suivies</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="172"/>
        <source>(to be confirmed)</source>
        <translation>(à confirmer)</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="184"/>
        <source>Remote — {}</source>
        <translation>À distance — {}</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="185"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="197"/>
        <source>Done at {city}, on {date}</source>
        <translation>Fait à {city}, le {date}</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="199"/>
        <source>Done on {date}</source>
        <translation>Fait le {date}</translation>
    </message>
    <message>
        <location filename="../../printing/certificates.py" line="205"/>
        <source>Signature and stamp of the training organisation</source>
        <translation>Signature et cachet de l&apos;organisme de formation</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../services/exporting.py" line="128"/>
        <location filename="../../services/exporting.py" line="246"/>
        <location filename="../../ui/registrants_page.py" line="43"/>
        <source>Last name</source>
        <extracomment>The status filter&apos;s last choice: registrations whose dues are to settle.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="129"/>
        <location filename="../../services/exporting.py" line="247"/>
        <location filename="../../ui/registrants_page.py" line="45"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="34"/>
        <location filename="../../services/exporting.py" line="49"/>
        <location filename="../../services/exporting.py" line="249"/>
        <location filename="../../ui/attendance_dialog.py" line="55"/>
        <location filename="../../ui/dues_page.py" line="42"/>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <location filename="../../ui/ledger_import_dialog.py" line="77"/>
        <location filename="../../ui/registrants_page.py" line="49"/>
        <location filename="../../ui/speakers_page.py" line="36"/>
        <source>Organisation</source>
        <extracomment>Headers the ledger import recognises, so that an exported ledger can be imported back.</extracomment>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="66"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="76"/>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="289"/>
        <location filename="../../ui/matching_dialog.py" line="94"/>
        <location filename="../../ui/registrants_page.py" line="54"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="48"/>
        <source>Row</source>
        <extracomment>How long a header may be in the columns tab before it is cut (whole in its tooltip).</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="102"/>
        <location filename="../../ui/ledger_import_dialog.py" line="80"/>
        <source>Outcome</source>
        <extracomment>The dues flag: False to settle, None when the session requires none.</extracomment>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="137"/>
        <location filename="../../ui/import_dialog.py" line="123"/>
        <location filename="../../ui/registrants_page.py" line="60"/>
        <source>Submitted</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="53"/>
        <location filename="../../services/exporting.py" line="135"/>
        <location filename="../../services/exporting.py" line="250"/>
        <location filename="../../ui/attendance_dialog.py" line="56"/>
        <location filename="../../ui/dues_page.py" line="51"/>
        <location filename="../../ui/import_dialog.py" line="129"/>
        <location filename="../../ui/registrants_page.py" line="66"/>
        <location filename="../../ui/sessions_page.py" line="77"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="127"/>
        <source>Position</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="132"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="133"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="134"/>
        <source>Member organisation</source>
        <translation>Structure adhérente</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="136"/>
        <location filename="../../ui/registrants_page.py" line="78"/>
        <source>Dues</source>
        <translation>Cotisation</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="271"/>
        <source>Hours attended</source>
        <translation>Heures suivies</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="292"/>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="293"/>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="294"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="295"/>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="296"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="297"/>
        <source>Person-hours</source>
        <translation>Heures-stagiaires</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="298"/>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="299"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <location filename="../../ui/ledger_import_dialog.py" line="89"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="45"/>
        <source>Title</source>
        <extracomment>Statuses sort in the order a session goes through them, not alphabetically.</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="291"/>
        <location filename="../../ui/sessions_page.py" line="52"/>
        <source>First date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="290"/>
        <location filename="../../ui/sessions_page.py" line="58"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="64"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="71"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location filename="../../ui/attendance_dialog.py" line="54"/>
        <location filename="../../ui/import_dialog.py" line="111"/>
        <location filename="../../ui/matching_dialog.py" line="88"/>
        <location filename="../../ui/organisation_columns.py" line="15"/>
        <location filename="../../ui/speakers_page.py" line="23"/>
        <source>Name</source>
        <extracomment>Columns before the half-days.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="35"/>
        <location filename="../../services/exporting.py" line="50"/>
        <location filename="../../ui/dues_page.py" line="47"/>
        <location filename="../../ui/organisation_columns.py" line="22"/>
        <location filename="../../ui/speakers_page.py" line="30"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_columns.py" line="27"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_columns.py" line="29"/>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="39"/>
        <location filename="../../services/exporting.py" line="57"/>
        <location filename="../../ui/organisation_columns.py" line="38"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_columns.py" line="43"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="38"/>
        <source>Outstanding</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="40"/>
        <location filename="../../services/exporting.py" line="58"/>
        <location filename="../../services/exporting.py" line="130"/>
        <location filename="../../services/exporting.py" line="248"/>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <location filename="../../ui/matching_dialog.py" line="91"/>
        <location filename="../../ui/speakers_page.py" line="40"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="41"/>
        <location filename="../../services/exporting.py" line="131"/>
        <location filename="../../ui/speakers_page.py" line="46"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="55"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/speakers_page.py" line="52"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="36"/>
        <location filename="../../services/exporting.py" line="51"/>
        <location filename="../../ui/dues_page.py" line="48"/>
        <location filename="../../ui/ledger_import_dialog.py" line="86"/>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="37"/>
        <location filename="../../services/exporting.py" line="52"/>
        <location filename="../../ui/dues_page.py" line="49"/>
        <location filename="../../ui/ledger_import_dialog.py" line="87"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="88"/>
        <source>Payment added</source>
        <translation>Paiement ajouté</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="54"/>
        <location filename="../../ui/dues_page.py" line="58"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="64"/>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="56"/>
        <location filename="../../ui/dues_page.py" line="67"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="127"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="128"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="129"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ConnectionLogDialog</name>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="204"/>
        <source>Import a connection log — {}</source>
        <translation>Importer un journal de connexion — {}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="217"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="219"/>
        <source>Hours added to the log&apos;s times, when the tool wrote them in another zone.</source>
        <translation>Heures ajoutées aux heures du journal, quand l&apos;outil les a écrites dans un autre fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="223"/>
        <source>Day of the log</source>
        <translation>Jour du journal</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="225"/>
        <source>Present from (share of the half-day)</source>
        <translation>Présent à partir de (part de la demi-journée)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="226"/>
        <source>Time shift of the log</source>
        <translation>Décalage horaire du journal</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="242"/>
        <source>Present (P)</source>
        <translation>Présent (P)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="243"/>
        <source>Absent (A)</source>
        <translation>Absent (A)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="244"/>
        <source>As the log says (Del)</source>
        <translation>Comme dit le journal (Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="253"/>
        <source>Select the half-days to check and decide: P (present), A (absent). Marks you gave yourself are kept.</source>
        <translation>Sélectionnez les demi-journées à vérifier et décidez : P (présent), A (absent). Les présences que vous avez saisies vous-même sont conservées.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="265"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="265"/>
        <location filename="../../ui/connection_log_dialog.py" line="288"/>
        <source>Name in the log</source>
        <translation>Nom dans le journal</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="265"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="171"/>
        <location filename="../../ui/connection_log_dialog.py" line="265"/>
        <source>Registrant</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="79"/>
        <source>{} min</source>
        <translation>{} min</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="80"/>
        <source>{}–{} min</source>
        <translation>{}–{} min</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="140"/>
        <source>{mark} (kept) — log: {text}</source>
        <translation>{mark} (conservé) — journal : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="144"/>
        <source>{mark} (your decision) — log: {text}</source>
        <translation>{mark} (votre décision) — journal : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="152"/>
        <source>No line of the log for this half-day.</source>
        <translation>Aucune ligne du journal pour cette demi-journée.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="159"/>
        <source>{file}: line(s) {lines}</source>
        <translation>{file} : ligne(s) {lines}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="173"/>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="269"/>
        <source>Confirm the chosen registrants</source>
        <translation>Confirmer les inscrits choisis</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="277"/>
        <source>These lines are not surely a registrant. Choose who each is and confirm: the name is remembered for the next sessions.</source>
        <translation>Ces lignes ne désignent pas sûrement un inscrit. Choisissez qui est chacune et confirmez : le nom sera reconnu aux prochaines sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="288"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="288"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="291"/>
        <source>Register the ticked people</source>
        <translation>Inscrire les personnes cochées</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="299"/>
        <source>They attended without registering. Tick them (with an e-mail) to add them.</source>
        <translation>Ces personnes ont participé sans être inscrites. Cochez-les (avec une adresse e-mail) pour les ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="310"/>
        <source>Proposed attendance</source>
        <translation>Présences proposées</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="324"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="385"/>
        <source>To confirm ({})</source>
        <translation>Noms à confirmer ({})</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="387"/>
        <source>Present, not registered ({})</source>
        <translation>Présents non inscrits ({})</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="389"/>
        <source>Organiser and speakers ({})</source>
        <translation>Organisateur et intervenants ({})</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="400"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="433"/>
        <source>{tool} — {files}</source>
        <translation>{tool} — {files}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="440"/>
        <source>Half-days covered: {}</source>
        <translation>Demi-journées couvertes : {}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="442"/>
        <source>The log covers no half-day of this session.</source>
        <translation>Le journal ne couvre aucune demi-journée de cette session.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="447"/>
        <source>The times of {file} only fit the session shifted by {hours:+d} h (a log in another time zone, UTC perhaps): the shift is applied.</source>
        <translation>Les heures de {file} ne correspondent à la session que décalées de {hours:+d} h (journal dans un autre fuseau horaire, UTC peut-être) : ce décalage est appliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="453"/>
        <source>{file} gives no date: its times are read on {day}.</source>
        <translation>{file} ne donne pas de date : ses heures sont lues le {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="459"/>
        <source>This log was imported already: importing it again changes nothing.</source>
        <translation>Ce journal a déjà été importé : l&apos;importer à nouveau ne change rien.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="463"/>
        <source>{file} not used: {reason}</source>
        <translation>{file} non utilisé : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="479"/>
        <source>Proposed: {present} present, {absent} absent, {to_check} to check; {decided} decided by you; {kept} marks of yours kept.</source>
        <translation>Proposé : {present} présents, {absent} absents, {to_check} à vérifier ; {decided} décidés par vous ; {kept} saisies de votre part conservées.</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_dialog.py" line="553"/>
        <source>Tick the people to register first.</source>
        <translation>Cochez d&apos;abord les personnes à inscrire.</translation>
    </message>
</context>
<context>
    <name>ConnectionLogMenu</name>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="40"/>
        <source>Connection logs</source>
        <translation>Journaux de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="46"/>
        <source>Import a connection log…</source>
        <translation>Importer un journal de connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="47"/>
        <source>Undo the last import of a log</source>
        <translation>Annuler le dernier import de journal</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="51"/>
        <source>No connection log kept yet</source>
        <translation>Aucun journal de connexion conservé</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="53"/>
        <source>Save a copy of {file} ({tool}, {date})…</source>
        <translation>Enregistrer une copie de {file} ({tool}, {date})…</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="64"/>
        <source>Connection logs of the web conference</source>
        <translation>Journaux de connexion de la webconférence</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="66"/>
        <source>Participant reports (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Rapports de participants (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="81"/>
        <source>Undo the last import</source>
        <translation>Annuler le dernier import</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="83"/>
        <source>Take back the marks of the last connection log imported? Marks you changed since are kept.</source>
        <translation>Retirer les présences du dernier journal de connexion importé ? Celles que vous avez modifiées depuis sont conservées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/connection_log_menu.py" line="98"/>
        <source>%n mark(s) taken back.</source>
        <translation>
            <numerusform>%n présence retirée.</numerusform>
            <numerusform>%n présences retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="104"/>
        <source>Save the connection log</source>
        <translation>Enregistrer le journal de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/connection_log_menu.py" line="114"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>Impossible d&apos;écrire {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ui/backups.py" line="62"/>
        <source>Today&apos;s backup is made: {}</source>
        <extracomment>Leaves the window time to show before the copy starts.</extracomment>
        <translation>La sauvegarde du jour est faite : {}</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="70"/>
        <source>Today&apos;s automatic backup failed; your data is untouched.

{}</source>
        <translation>La sauvegarde automatique du jour a échoué ; vos données ne sont pas touchées.

{}</translation>
    </message>
</context>
<context>
    <name>DetailsRenderer</name>
    <message>
        <location filename="../../ui/details_html.py" line="68"/>
        <source>(to be confirmed)</source>
        <extracomment>What a workbook&apos;s date, time or moment cell is kept as: ISO text.</extracomment>
        <translation>(à confirmer)</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="78"/>
        <location filename="../../ui/details_html.py" line="207"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="82"/>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="85"/>
        <source>Places:</source>
        <translation>Places :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="87"/>
        <source>Registrations:</source>
        <translation>Inscriptions :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="92"/>
        <source>Dues to settle:</source>
        <translation>Cotisations à régulariser :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="95"/>
        <source>Registration deadline:</source>
        <translation>Date limite d&apos;inscription :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="96"/>
        <source>Participation requires the annual membership fee</source>
        <translation>Participation soumise à la cotisation annuelle</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="100"/>
        <source>Registration form:</source>
        <translation>Formulaire d&apos;inscription :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="104"/>
        <source>Membership form:</source>
        <translation>Bulletin de cotisation :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="109"/>
        <source>Why this session?</source>
        <translation>Pourquoi cette session ?</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="112"/>
        <source>Who is it for?</source>
        <translation>Une session pour qui ?</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="116"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="122"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="131"/>
        <location filename="../../ui/details_html.py" line="179"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="148"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="150"/>
        <source>No session yet.</source>
        <translation>Aucune session pour le moment.</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="170"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details_html.py" line="183"/>
        <source>%n person(s) tied to this organisation.</source>
        <translation>
            <numerusform>%n personne rattachée à cette structure.</numerusform>
            <numerusform>%n personnes rattachées à cette structure.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="200"/>
        <source>(confirmed anyway)</source>
        <translation>(confirmé d&apos;office)</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="202"/>
        <source>(late, accepted)</source>
        <translation>(hors délai, accepté)</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="206"/>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="209"/>
        <source>Member organisation:</source>
        <translation>Structure adhérente :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="210"/>
        <source>not matched yet</source>
        <translation>pas encore rapprochée</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="212"/>
        <source>Dues:</source>
        <translation>Cotisation :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="216"/>
        <source>Submitted:</source>
        <translation>Inscrit le :</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="218"/>
        <source>no timestamp</source>
        <translation>sans horodatage</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="223"/>
        <source>Answers to the form</source>
        <translation>Réponses au formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="237"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/details_html.py" line="237"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>DueDetailsRenderer</name>
    <message>
        <location filename="../../ui/due_details.py" line="27"/>
        <source>dues of {year}</source>
        <extracomment>The link a payment&apos;s &quot;delete&quot; carries: payment-delete:&lt;id&gt;.</extracomment>
        <translation>cotisation {year}</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="33"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="34"/>
        <source>Called:</source>
        <translation>Appelé :</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="35"/>
        <source>Received:</source>
        <translation>Encaissé :</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="36"/>
        <source>Outstanding:</source>
        <translation>Reste à encaisser :</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="43"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="47"/>
        <source>No payment recorded yet.</source>
        <translation>Aucun paiement enregistré pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="58"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/due_details.py" line="64"/>
        <source>Delete this payment</source>
        <translation>Supprimer ce paiement</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../ui/due_dialog.py" line="53"/>
        <source>Call a due for {year}</source>
        <translation>Appeler une cotisation pour {year}</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="53"/>
        <source>Due of {year}</source>
        <translation>Cotisation {year}</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="67"/>
        <source>Type part of its name</source>
        <translation>Tapez une partie de son nom</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="77"/>
        <source>for example 120,50</source>
        <translation>par exemple 120,50</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="78"/>
        <source>Waived (nothing to pay this year)</source>
        <translation>Exonérée (rien à payer cette année)</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="82"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="84"/>
        <source>Amount called (€)</source>
        <translation>Montant appelé (€)</translation>
    </message>
</context>
<context>
    <name>DuesFiles</name>
    <message>
        <location filename="../../ui/dues_files.py" line="40"/>
        <source>Receipts name the network that issues them: give its name, address and town first.</source>
        <translation>Les reçus portent le nom du réseau qui les délivre : indiquez d’abord son nom, son adresse et sa commune.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_files.py" line="47"/>
        <source>Receipt dues {year} - {organisation}</source>
        <translation>Reçu cotisation {year} - {organisation}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_files.py" line="61"/>
        <source>Unpaid dues {year}</source>
        <translation>Impayés {year}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_files.py" line="79"/>
        <source>Dues {year}</source>
        <translation>Cotisations {year}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_files.py" line="100"/>
        <source>Import the dues ledger of {}</source>
        <translation>Importer le registre des cotisations {}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_files.py" line="102"/>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Classeurs (*.xlsx *.ods *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <location filename="../../ui/dues_page.py" line="88"/>
        <source>Select a due to see its payments. Call dues with “Call a due…”.</source>
        <translation>Sélectionnez une cotisation pour voir ses paiements. Appelez des cotisations avec « Appeler une cotisation… ».</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="93"/>
        <source>Unpaid only</source>
        <translation>Impayées seulement</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="98"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="106"/>
        <source>Record a payment…</source>
        <translation>Enregistrer un paiement…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="107"/>
        <source>Change the due…</source>
        <translation>Modifier la cotisation…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="108"/>
        <source>Receipt…</source>
        <translation>Reçu de cotisation…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="109"/>
        <source>Call a due…</source>
        <translation>Appeler une cotisation…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="112"/>
        <source>Export the unpaid dues…</source>
        <translation>Exporter les impayés…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="116"/>
        <source>Import a ledger…</source>
        <translation>Importer un registre…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="119"/>
        <source>Export the ledger…</source>
        <translation>Exporter le registre…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="147"/>
        <source>Membership fees</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="186"/>
        <source>Call the dues of {year}…</source>
        <translation>Appeler les cotisations de l’année {year}…</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="192"/>
        <source>Called: {called} — received: {received} — outstanding: {outstanding}</source>
        <translation>Appelé : {called} — encaissé : {received} — reste à encaisser : {outstanding}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="233"/>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="238"/>
        <source>Delete this payment? The due will be owed again.</source>
        <translation>Supprimer ce paiement ? La cotisation sera de nouveau due.</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="245"/>
        <source>Payment deleted.</source>
        <translation>Paiement supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues_page.py" line="254"/>
        <source>%n due(s) called for {year}</source>
        <translation>
            <numerusform>%n cotisation appelée pour {year}</numerusform>
            <numerusform>%n cotisations appelées pour {year}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues_page.py" line="256"/>
        <source>, %n already were</source>
        <translation>
            <numerusform>, %n l’était déjà</numerusform>
            <numerusform>, %n l’étaient déjà</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="257"/>
        <source>Show {year}?</source>
        <translation>Afficher {year} ?</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="274"/>
        <source>Receipt saved: {}</source>
        <translation>Reçu enregistré : {}</translation>
    </message>
    <message>
        <location filename="../../ui/dues_page.py" line="288"/>
        <source>Ledger imported: {added} new dues, {updated} updated.</source>
        <translation>Registre importé : nouvelles cotisations : {added} ; mises à jour : {updated}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues_page.py" line="297"/>
        <source>%n due(s) exported to {}</source>
        <translation>
            <numerusform>%n cotisation exportée vers {}</numerusform>
            <numerusform>%n cotisations exportées vers {}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dues_page.py" line="303"/>
        <source>%n unpaid due(s) exported to {}</source>
        <translation>
            <numerusform>%n cotisation impayée exportée dans {}</numerusform>
            <numerusform>%n cotisations impayées exportées dans {}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../ui/duplicate_dialog.py" line="17"/>
        <source>Duplicate the session</source>
        <translation>Dupliquer la session</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_dialog.py" line="22"/>
        <source>The copy keeps the programme, the speakers and the places. Its half-days and its registration deadline move with the new date; it starts as a draft, without registrations.</source>
        <translation>La copie reprend le programme, les intervenants et le nombre de places. Ses demi-journées et sa date limite d’inscription suivent la nouvelle date ; elle commence en brouillon, sans inscription.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicate_dialog.py" line="37"/>
        <source>Date of the first half-day of the copy</source>
        <translation>Date de la première demi-journée de la copie</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/editor_dialog.py" line="104"/>
        <source>Discard your changes?</source>
        <extracomment>The result of an editor closed to be opened again on the record as it is now.</extracomment>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor_dialog.py" line="116"/>
        <source>Modified on another computer — reload?</source>
        <translation>Modifié par un autre poste — recharger ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor_dialog.py" line="119"/>
        <source>Your changes are not saved. Reloading shows the record as it is now; “No” keeps your changes on screen.</source>
        <translation>Vos modifications ne sont pas enregistrées. Recharger montre la fiche telle qu&apos;elle est maintenant ; « Non » garde vos modifications à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <location filename="../../ui/file_saver.py" line="36"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/file_saver.py" line="37"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/file_saver.py" line="41"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="172"/>
        <source>Import the responses — {}</source>
        <translation>Importer les réponses — {}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="176"/>
        <source>day/month (French)</source>
        <translation>jour/mois (français)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="177"/>
        <source>month/day (English)</source>
        <translation>mois/jour (anglais)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="182"/>
        <source>Dates written</source>
        <translation>Dates écrites</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <source>Times without zone are in</source>
        <translation>Heures sans fuseau exprimées en</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>What each column holds. Columns left as “answer kept” are stored whole with the registration.</source>
        <translation>Ce que contient chaque colonne. Les colonnes laissées en « réponse conservée » sont gardées telles quelles avec l’inscription.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="210"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="230"/>
        <source>{name} — header on row {row}</source>
        <translation>{name} — en-tête en ligne {row}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="234"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="235"/>
        <source>CSV, {encoding}, separator {separator}</source>
        <translation>CSV, {encoding}, séparateur {separator}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="239"/>
        <source>date order not certain: check it</source>
        <translation>ordre jour/mois incertain : vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="245"/>
        <source>{rows} rows: {added} new, {updated} updated, {unchanged} unchanged, {duplicates} duplicates merged, {invalid} invalid, {warnings} warnings. After the import: {confirmed} confirmed, {waitlisted} waitlisted, {late} late.</source>
        <translation>Lignes lues : {rows} — nouvelles : {added}, mises à jour : {updated}, inchangées : {unchanged}, doublons fusionnés : {duplicates}, invalides : {invalid}, avertissements : {warnings}. Après l’import — confirmés : {confirmed}, en liste d’attente : {waitlisted}, hors délai : {late}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="160"/>
        <source>— answer kept —</source>
        <translation>— réponse conservée —</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../labels.py" line="31"/>
        <source>Web conference</source>
        <translation>Webconférence</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="32"/>
        <source>In person</source>
        <translation>Présentiel</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="35"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="36"/>
        <source>Registration open</source>
        <translation>Inscriptions ouvertes</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="37"/>
        <source>Registration closed</source>
        <translation>Inscriptions closes</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="38"/>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="39"/>
        <location filename="../../labels.py" line="49"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="42"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="43"/>
        <location filename="../../labels.py" line="87"/>
        <location filename="../../labels.py" line="109"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="46"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="47"/>
        <source>Waitlisted</source>
        <translation>En liste d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="48"/>
        <source>Late</source>
        <translation>Hors délai</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="53"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="54"/>
        <source>Inter-municipality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="55"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="56"/>
        <source>Pays / LAG</source>
        <translation>Pays / GAL</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="57"/>
        <source>Regional nature park</source>
        <translation>Parc naturel régional</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="58"/>
        <source>Chamber</source>
        <translation>Chambre consulaire</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="59"/>
        <source>State service</source>
        <translation>Service de l&apos;État</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="60"/>
        <source>Individual member</source>
        <translation>Membre individuel</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="61"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="64"/>
        <source>Called</source>
        <translation>Appelée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="65"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="66"/>
        <source>Waived</source>
        <translation>Exonérée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="69"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="70"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="71"/>
        <source>Administrative order</source>
        <translation>Mandat administratif</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="72"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="76"/>
        <source>to settle</source>
        <extracomment>The dues flag of a registration (DESIGN.md: &quot;cotisation à régulariser&quot;), in a column or a field that says &quot;Dues&quot; (&quot;Cotisation&quot;) already.</extracomment>
        <translation>à régulariser</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="77"/>
        <source>settled</source>
        <translation>à jour</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="79"/>
        <source>Dues to settle</source>
        <extracomment>The same flag where nothing says it is about dues (a filter&apos;s choice).</extracomment>
        <translation>Cotisation à régulariser</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="83"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="84"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="85"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="86"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="88"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="89"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="90"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="91"/>
        <source>Consent: photos</source>
        <translation>Consentement : droit à l&apos;image</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="92"/>
        <source>Consent: newsletter</source>
        <translation>Consentement : lettre d&apos;information</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="93"/>
        <source>Consent: participants&apos; list</source>
        <translation>Consentement : liste des participants</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="96"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="97"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="98"/>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="99"/>
        <source>Duplicate (merged)</source>
        <translation>Doublon (fusionné)</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="100"/>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="103"/>
        <source>New due</source>
        <translation>Nouvelle cotisation</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="104"/>
        <source>Due updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="105"/>
        <source>Due unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="106"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="110"/>
        <source>Kind of organisation</source>
        <translation>Type de structure</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="111"/>
        <source>Amount called</source>
        <translation>Montant appelé</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="112"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="113"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="114"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="115"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="116"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="120"/>
        <location filename="../../labels.py" line="125"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="121"/>
        <location filename="../../labels.py" line="126"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="122"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="127"/>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="156"/>
        <source>attendance attested by the {tool} connection log ({minutes})</source>
        <translation>présence attestée par le journal de connexion {tool} ({minutes})</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="159"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../labels.py" line="160"/>
        <source>{low} to {high} min</source>
        <translation>{low} à {high} min</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="47"/>
        <source>New organisation, created by the import</source>
        <translation>Nouvelle structure, créée par l&apos;import</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="103"/>
        <source>— ignored —</source>
        <translation>— ignorée —</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="104"/>
        <source>What each column holds. Columns left “ignored” are not imported.</source>
        <translation>Ce que contient chaque colonne. Les colonnes « ignorées » ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="112"/>
        <source>Import the dues ledger of {}</source>
        <translation>Importer le registre des cotisations {}</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="113"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="124"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/ledger_import_dialog.py" line="136"/>
        <source>Rows read: {rows} — new dues: {added}; updated: {updated}; unchanged: {unchanged}; refused: {invalid} (see their note); organisations to create: {created}.</source>
        <translation>Lignes lues : {rows} — nouvelles cotisations : {added} ; mises à jour : {updated} ; inchangées : {unchanged} ; refusées : {invalid} (voir leur note) ; structures à créer : {created}.</translation>
    </message>
</context>
<context>
    <name>ListingPage</name>
    <message>
        <location filename="../../ui/listing_page.py" line="60"/>
        <location filename="../../ui/preview_dialog.py" line="110"/>
        <source>Search (Ctrl+F)</source>
        <extracomment>Something was saved from this page (other listings show derived figures). Asks the main window to show a session, or its registrants (links in the details).</extracomment>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/listing_page.py" line="145"/>
        <source>Saved.</source>
        <extracomment>Where a page puts its own filters, then its own actions, above the table. Where a page puts its own widgets under the details (lists edited in place).</extracomment>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/listing_page.py" line="174"/>
        <source>Count: {total}</source>
        <translation>Nombre : {total}</translation>
    </message>
    <message>
        <location filename="../../ui/listing_page.py" line="176"/>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../ui/live_updates.py" line="49"/>
        <source>Updated: changed on another computer.</source>
        <extracomment>Changes heard within this time of each other reload the page once.</extracomment>
        <translation>Mis à jour : modifié sur un autre poste.</translation>
    </message>
</context>
<context>
    <name>MailButton</name>
    <message>
        <location filename="../../ui/mail_menu.py" line="34"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="39"/>
        <source>Write to the confirmed registrants…</source>
        <translation>Écrire aux confirmés…</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="43"/>
        <source>Write to the waitlist…</source>
        <translation>Écrire à la liste d&apos;attente…</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="47"/>
        <source>Copy the addresses shown</source>
        <translation>Copier les adresses affichées</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="54"/>
        <source>Choose the session first, in the list of sessions above.</source>
        <translation>Choisissez d&apos;abord la session, dans la liste des sessions ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="63"/>
        <source>Nobody to write to in this session with that status.</source>
        <translation>Personne à qui écrire dans cette session avec ce statut.</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="68"/>
        <source>The list is too long for one message: {count} messages will open, each with part of the addresses. Go on?</source>
        <translation>La liste est trop longue pour un seul message : {count} messages vont s&apos;ouvrir, chacun avec une partie des adresses. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../ui/mail_menu.py" line="76"/>
        <source>No mail program opened: set one as this computer&apos;s default, or use “{action}” and paste them into your messaging.</source>
        <translation>Aucune messagerie ne s&apos;est ouverte : choisissez-en une par défaut sur cet ordinateur, ou utilisez « {action} » et collez les adresses dans votre messagerie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail_menu.py" line="81"/>
        <source>%n address(es) handed to the mail client</source>
        <translation>
            <numerusform>%n adresse confiée à la messagerie</numerusform>
            <numerusform>%n adresses confiées à la messagerie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mail_menu.py" line="86"/>
        <source>%n address(es) copied</source>
        <translation>
            <numerusform>%n adresse copiée</numerusform>
            <numerusform>%n adresses copiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Cap Rural — training sessions</source>
        <translation>Cap Rural — sessions de formation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Database: {}</source>
        <translation>Base de données : {}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Import the responses…</source>
        <translation>&amp;Importer les réponses…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Undo the last import…</source>
        <translation>Annuler le &amp;dernier import…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Switch to &amp;team mode…</source>
        <translation>Passer en mode é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>The year&apos;s &amp;figures for funders…</source>
        <translation>&amp;Bilan de l&apos;année pour les financeurs…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>&amp;Anonymise old personal data…</source>
        <translation>&amp;Anonymiser les données personnelles anciennes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;About Cap Rural</source>
        <translation>À &amp;propos de Cap Rural</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Select the session the responses belong to, then import them.</source>
        <translation>Sélectionnez la session à laquelle les réponses appartiennent, puis importez-les.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>This database is new and empty. Add a demo session (the programme “Coopérer avec les citoyens pour coproduire de l&apos;action publique”), with fictional registrants and member organisations, to discover the application?</source>
        <translation>Cette base de données est neuve et vide. Ajouter une session de démonstration (le programme « Coopérer avec les citoyens pour coproduire de l&apos;action publique »), avec des inscrits et des structures adhérentes fictifs, pour découvrir l&apos;application ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>About Cap Rural</source>
        <translation>À propos de Cap Rural</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&lt;h3&gt;Cap Rural {}&lt;/h3&gt;&lt;p&gt;Training sessions, speakers, registrants and membership fees of the Cap Rural network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cap Rural {}&lt;/h3&gt;&lt;p&gt;Sessions de formation, intervenants, inscrits et cotisations du réseau Cap Rural.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../../ui/matching_dialog.py" line="43"/>
        <source>(left blank)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="113"/>
        <source>Match the organisations</source>
        <extracomment>Whether anything was written: the listings that show memberships reload.</extracomment>
        <translation>Rapprocher les structures</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="117"/>
        <source>Answers to the form&apos;s “Organisation” question that match no organisation, most frequent first. Once tied to an organisation, an answer is recognised in every session.</source>
        <translation>Réponses à la question « Structure » du formulaire qui ne correspondent à aucune structure, les plus fréquentes d&apos;abord. Une fois rapprochée d&apos;une structure, une réponse est reconnue dans toutes les sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="123"/>
        <source>&lt;h3&gt;All organisations are matched.&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Toutes les structures sont rapprochées.&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="128"/>
        <source>Search the answers</source>
        <translation>Rechercher une réponse</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="140"/>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suggestions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="142"/>
        <source>Nobody answered: select a person, then tie them to an organisation.</source>
        <translation>Sans réponse : choisissez une personne, puis rattachez-la à une structure.</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="145"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="166"/>
        <source>&lt;b&gt;Who gave this answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qui a donné cette réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="248"/>
        <source>{name} — {score} %</source>
        <translation>{name} — {score}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="260"/>
        <source>Tie to an organisation…</source>
        <translation>Rattacher à une structure…</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="261"/>
        <source>Create an individual member…</source>
        <translation>Créer un adhérent individuel…</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="263"/>
        <source>Other organisation…</source>
        <translation>Autre structure…</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="264"/>
        <source>Create the organisation…</source>
        <translation>Créer la structure…</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="295"/>
        <source>Which organisation does {} belong to?</source>
        <translation>À quelle structure rattacher {} ?</translation>
    </message>
    <message>
        <location filename="../../ui/matching_dialog.py" line="297"/>
        <source>Which organisation is “{}”?</source>
        <translation>Quelle structure est « {} » ?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="21"/>
        <source>Merge organisations</source>
        <translation>Fusionner des structures</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="23"/>
        <source>Which record is the same organisation as “{}”?</source>
        <translation>Quelle fiche désigne la même structure que « {} » ?</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="26"/>
        <location filename="../../ui/merge_dialog.py" line="59"/>
        <source>Keep “{}”</source>
        <translation>Garder « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="50"/>
        <source>Merge “{merged}” into “{kept}”?

Its people, recognised answers and dues move to “{kept}”, its name becomes one of the answers recognised as “{kept}”, and “{merged}” is deleted.</source>
        <translation>Fusionner « {merged} » dans « {kept} » ?

Ses personnes, ses réponses reconnues et ses cotisations passent à « {kept} », son nom devient une des réponses reconnues de « {kept} », et « {merged} » est supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="59"/>
        <source>Keep the other one</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="63"/>
        <source>“{merged}” will be merged into “{kept}”.</source>
        <translation>« {merged} » sera fusionnée dans « {kept} ».</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../db/database.py" line="150"/>
        <source>Another computer was changing the same records at the same moment; nothing was saved. Try again.</source>
        <extracomment>The PostgreSQL channel on which every committed change is announced. Says which changes are this window&apos;s own, among those a server announces.</extracomment>
        <translation>Un autre poste modifiait les mêmes fiches au même moment ; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="186"/>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>La base de données est occupée par une autre fenêtre ou un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="164"/>
        <source>The database file is read-only; nothing was saved.</source>
        <translation>Le fichier de la base de données est en lecture seule ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="167"/>
        <source>The disk is full; nothing was saved.</source>
        <translation>Le disque est plein ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="170"/>
        <source>The database file is damaged or is not a database.</source>
        <translation>Le fichier de la base de données est endommagé ou n&apos;est pas une base de données.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="174"/>
        <source>The database file cannot be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir le fichier de la base de données : {reason}</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="178"/>
        <source>The database reported an error: {reason}</source>
        <translation>La base de données a signalé une erreur : {reason}</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="206"/>
        <source>The server does not accept this computer, or this user on this database: ask its administrator to allow it (pg_hba.conf).</source>
        <translation>Le serveur n&apos;accepte pas cet ordinateur, ou cet utilisateur sur cette base : demandez à son administrateur de l&apos;autoriser (pg_hba.conf).</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="214"/>
        <source>The server has as many connections as it allows: close Cap Rural on a computer that does not need it, or ask the server&apos;s administrator to raise the limit. Nothing was saved.</source>
        <translation>Le serveur a atteint le nombre de connexions qu&apos;il autorise : fermez Cap Rural sur un poste qui n&apos;en a pas besoin, ou demandez à l&apos;administrateur du serveur de relever la limite. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="223"/>
        <source>This user may not open this database: ask the server&apos;s administrator to grant it the right to connect.</source>
        <translation>Cet utilisateur n&apos;a pas le droit d&apos;ouvrir cette base : demandez à l&apos;administrateur du serveur de lui accorder le droit de connexion.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="231"/>
        <source>The database server is starting or stopping: try again in a moment. Nothing was saved.</source>
        <translation>Le serveur de base de données est en cours de démarrage ou d&apos;arrêt : réessayez dans un instant. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="239"/>
        <source>The server refused the user name or the password of the database address.</source>
        <translation>Le serveur a refusé l&apos;utilisateur ou le mot de passe de l&apos;adresse de la base.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="246"/>
        <source>This database does not exist on the server: ask its administrator to create it.</source>
        <translation>Cette base n&apos;existe pas sur le serveur : demandez à son administrateur de la créer.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="256"/>
        <source>The database server cannot be reached: check the network, or ask its administrator whether it is running. Nothing was saved.</source>
        <translation>Le serveur de base de données est injoignable : vérifiez le réseau, ou demandez à son administrateur s&apos;il fonctionne. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../db/database.py" line="267"/>
        <source>This record was changed elsewhere since you opened it: close this window and open the record again to see the change (yours is not saved).</source>
        <translation>Modifié par un autre poste depuis son ouverture : fermez cette fenêtre et rouvrez la fiche pour voir la modification (la vôtre n&apos;est pas enregistrée).</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="99"/>
        <source>This file is not a Cap Rural database: {name}</source>
        <extracomment>The newest migration; tests/db/test_migrations.py checks it against the scripts.</extracomment>
        <translation>Ce fichier n&apos;est pas une base de données Cap Rural : {name}</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="106"/>
        <source>The team&apos;s database on the server was made by an older version of Cap Rural. When every computer of the team has this version, upgrade it once with “caprural-desktop --database {address} upgrade”.</source>
        <translation>La base de l&apos;équipe sur le serveur a été faite par une version plus ancienne de Cap Rural. Quand tous les postes de l&apos;équipe ont cette version, mettez-la à jour une fois avec « caprural-desktop --database {address} upgrade ».</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="124"/>
        <source>This database was made by a newer version of Cap Rural; install that version to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de Cap Rural ; installez cette version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../db/migrate.py" line="137"/>
        <source>This database address cannot be used: {url} ({reason})</source>
        <translation>Cette adresse de base de données est inutilisable : {url} ({reason})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="661"/>
        <location filename="../../db/migrate.py" line="169"/>
        <source>Cannot create the folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="45"/>
        <source>access refused (is the file open in another program, or the folder protected?)</source>
        <extracomment>Why the system refused a file, in the user&apos;s words, by errno.</extracomment>
        <translation>accès refusé (le fichier est-il ouvert dans un autre programme, ou le dossier protégé ?)</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="49"/>
        <source>no such file or folder</source>
        <translation>ce fichier ou ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="50"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="51"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="52"/>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="53"/>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="54"/>
        <source>a file of that name is in the way</source>
        <translation>un fichier de ce nom est dans le chemin</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="55"/>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="108"/>
        <source>Some fields are not valid.</source>
        <extracomment>Two computers&apos; transactions got in each other&apos;s way: doing it again will do.</extracomment>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="30"/>
        <source>This record no longer exists (number {id}).</source>
        <translation>Cet élément n&apos;existe plus (numéro {id}).</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="122"/>
        <source>Give the session a title.</source>
        <extracomment>The stored half-day this edits; None for a new one. Attendance is signed per half-day, so an edited half-day keeps its identity. Not part of equality: two drafts with the same half-days are the same. The share of a half-day a connection log must prove to count someone present. As long as their columns allow (PostgreSQL refuses longer; SQLite would keep them).</extracomment>
        <translation>Donnez un titre à la session.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="126"/>
        <source>The number of places must be between 1 and {most}.</source>
        <translation>Le nombre de places doit être compris entre 1 et {most}.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="137"/>
        <source>The registration deadline must not be after the first half-day.</source>
        <translation>La date limite d&apos;inscription ne peut pas être après la première demi-journée.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="162"/>
        <source>Line {number} of the programme is over {most} characters.</source>
        <translation>La ligne {number} du programme dépasse {most} caractères.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="170"/>
        <source>A speaker is listed twice.</source>
        <translation>Un intervenant figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="173"/>
        <source>A speaker&apos;s role is over {most} characters.</source>
        <translation>Le rôle d&apos;un intervenant dépasse {most} caractères.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="183"/>
        <source>Half-day {number}: the end must be after the start.</source>
        <translation>Demi-journée {number} : la fin doit être après le début.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="194"/>
        <source>Half-days {first} and {second} overlap.</source>
        <translation>Les demi-journées {first} et {second} se chevauchent.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="342"/>
        <source>This session has {count} registration(s); cancel it rather than delete it.</source>
        <translation>Cette session a {count} inscription(s) : annulez-la plutôt que de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../services/sessions.py" line="429"/>
        <source>The speaker {name} was deleted meanwhile: remove them from the session.</source>
        <translation>L&apos;intervenant {name} a été supprimé entre-temps : retirez-le de la session.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="65"/>
        <location filename="../../services/speakers.py" line="74"/>
        <source>Give a name.</source>
        <translation>Indiquez un nom.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="182"/>
        <source>{name} has payments on record: merge it into another organisation instead of deleting it.</source>
        <translation>{name} a des paiements enregistrés : fusionnez-la avec une autre structure plutôt que de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="271"/>
        <source>Give the answer to recognise.</source>
        <translation>Indiquez la réponse à reconnaître.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="294"/>
        <source>“{answer}” is the name of {name}.</source>
        <translation>« {answer} » est le nom de {name}.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="306"/>
        <source>“{answer}” already stands for {name}.</source>
        <translation>« {answer} » désigne déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../services/organisations.py" line="356"/>
        <source>Choose two different organisations.</source>
        <translation>Choisissez deux structures différentes.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="22"/>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="28"/>
        <source>Give a full web address, starting with https://</source>
        <translation>Indiquez une adresse web complète, commençant par https://</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="35"/>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et +.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="99"/>
        <source>{year} is not a year the ledger can hold.</source>
        <extracomment>No member of a small network pays a million euros: a larger figure is a typo.</extracomment>
        <translation>{year} n&apos;est pas une année que le registre peut tenir.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="222"/>
        <source>{name} is already called for {year}: change that due instead.</source>
        <translation>{name} est déjà appelée pour {year} : modifiez plutôt cette cotisation.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="266"/>
        <source>Give an amount in euros, positive and under a million (for example 120,50).</source>
        <translation>Indiquez un montant en euros, positif et inférieur à un million (par exemple 120,50).</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="281"/>
        <source>Give the date of payment.</source>
        <translation>Indiquez la date du paiement.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="284"/>
        <location filename="../../services/ledger_import.py" line="471"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un paiement ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="287"/>
        <source>This date is too old.</source>
        <translation>Cette date est trop ancienne.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="289"/>
        <source>Choose how it was paid.</source>
        <translation>Choisissez le mode de paiement.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="292"/>
        <location filename="../../services/organisations.py" line="277"/>
        <location filename="../../services/validation.py" line="50"/>
        <source>At most {most} characters here.</source>
        <translation>{most} caractères au plus ici.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="377"/>
        <source>No payment is recorded for this due: a receipt would acknowledge nothing.</source>
        <translation>Aucun paiement n’est enregistré pour cette cotisation : un reçu n’attesterait rien.</translation>
    </message>
    <message>
        <location filename="../../services/dues.py" line="428"/>
        <source>No organisation has dues for {year}.</source>
        <translation>Aucune structure n&apos;a de cotisation pour {year}.</translation>
    </message>
    <message>
        <location filename="../../connection_logs/reading.py" line="48"/>
        <location filename="../../spreadsheets/reading.py" line="66"/>
        <source>Cannot read {name}: {reason}</source>
        <extracomment>The order matters: the most specific headers first (Zoom&apos;s &quot;Name (Original Name)&quot;, BigBlueButton&apos;s &quot;Moderator&quot;), Google Meet&apos;s plain ones last.</extracomment>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../connection_logs/reading.py" line="54"/>
        <source>The file {name} is too large for a connection log.</source>
        <translation>Le fichier {name} est trop gros pour un journal de connexion.</translation>
    </message>
    <message>
        <location filename="../../connection_logs/reading.py" line="65"/>
        <source>{name} is not a participant report of Zoom, Teams, Google Meet, BigBlueButton or Webex that this version can read.</source>
        <translation>{name} n&apos;est pas un rapport de participants Zoom, Teams, Google Meet, BigBlueButton ou Webex que cette version sait lire.</translation>
    </message>
    <message>
        <location filename="../../connection_logs/reading.py" line="74"/>
        <source>The {tool} report {name} lists no connection.</source>
        <translation>Le rapport {tool} {name} ne contient aucune connexion.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="77"/>
        <source>The file {name} is not a workbook, whatever its name says: download the responses again.</source>
        <translation>Le fichier {name} n&apos;est pas un classeur, malgré son nom : téléchargez à nouveau les réponses.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="95"/>
        <source>The file {name} is too large for a response sheet.</source>
        <translation>Le fichier {name} est trop volumineux pour une feuille de réponses.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="110"/>
        <source>The archive {name} holds no CSV file.</source>
        <translation>L&apos;archive {name} ne contient aucun fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="131"/>
        <source>The workbook {name} is protected by a password or in an old format: open it, remove the password and save it as .xlsx.</source>
        <translation>Le classeur {name} est protégé par un mot de passe ou dans un ancien format : ouvrez-le, retirez le mot de passe et enregistrez-le en .xlsx.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="150"/>
        <source>The workbook {name} cannot be read: save it again from its spreadsheet program, or download it again (technical detail: {reason}).</source>
        <translation>Le classeur {name} est illisible : enregistrez-le de nouveau depuis son tableur, ou téléchargez-le de nouveau (détail technique : {reason}).</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="163"/>
        <source>The workbook has no sheet.</source>
        <translation>Le classeur ne contient aucune feuille.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="167"/>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>Le classeur n&apos;a pas de feuille nommée {sheet}.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="214"/>
        <source>The file {name} is neither a workbook nor a CSV text file.</source>
        <translation>Le fichier {name} n&apos;est ni un classeur ni un fichier texte CSV.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/reading.py" line="239"/>
        <source>The CSV file {name} is malformed: {reason}</source>
        <translation>Le fichier CSV {name} est mal formé : {reason}</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/safety.py" line="34"/>
        <source>The file {name} is refused: once uncompressed it would be far too large (a damaged or malicious archive).</source>
        <extracomment>A document type declaration, where XML entities are declared (any case: some readers accept it so).</extracomment>
        <translation>Le fichier {name} est refusé : une fois décompressé, il serait beaucoup trop volumineux (archive endommagée ou malveillante).</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/safety.py" line="52"/>
        <source>The file {name} is damaged or incomplete: download it again (technical detail: {reason}).</source>
        <translation>Le fichier {name} est endommagé ou incomplet : téléchargez-le de nouveau (détail technique : {reason}).</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/safety.py" line="69"/>
        <source>The file {name} is protected by a password: extract what it holds, or download it again without a password.</source>
        <translation>Le fichier {name} est protégé par un mot de passe : extrayez-en le contenu, ou téléchargez-le de nouveau sans mot de passe.</translation>
    </message>
    <message>
        <location filename="../../spreadsheets/safety.py" line="88"/>
        <source>The file {name} is refused: it declares XML entities, which spreadsheets never need.</source>
        <translation>Le fichier {name} est refusé : il déclare des entités XML, dont un tableur n&apos;a jamais besoin.</translation>
    </message>
    <message>
        <location filename="../../services/import_store.py" line="632"/>
        <source>This import was already undone.</source>
        <extracomment>Rows handed to the SQLite driver at a time (one statement, run for each row). SQLite&apos;s page cache while an import writes, in KiB. Whether the stored answers and organisation are the file&apos;s (True if the file has no response for this e-mail): compared as they are read, not kept. A person&apos;s details that the form&apos;s answers may change, as `_details` gives them. Sets a person&apos;s details to the `new_…` values bound for each person.</extracomment>
        <translation>Cet import a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../../services/import_store.py" line="642"/>
        <source>Undo the later imports of this session first, newest first.</source>
        <translation>Annulez d&apos;abord les imports plus récents de cette session, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location filename="../../services/import_store.py" line="655"/>
        <source>This import can no longer be undone: attendance was marked for {count} of the people it registered, and undoing it would erase those marks. Cancel the registrations you want to take back instead.</source>
        <translation>Cet import ne peut plus être annulé : des présences ont été notées pour {count} des personnes qu&apos;il a inscrites, et l&apos;annuler les effacerait. Annulez plutôt les inscriptions que vous voulez retirer.</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="313"/>
        <source>No header row found in {sheet}: is it the form&apos;s response sheet?</source>
        <translation>Aucune ligne d&apos;en-tête trouvée dans {sheet} : est-ce bien la feuille des réponses du formulaire ?</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="193"/>
        <source>No e-mail column in {sheet}: the e-mail identifies each registrant. Choose the column that holds it.</source>
        <extracomment>Photo, newsletter, list sharing: yes only when answered yes; None: not asked. What the plan compared with; apply reuses it if the session has not changed since.</extracomment>
        <translation>Aucune colonne d&apos;adresse e-mail dans {sheet} : l&apos;adresse identifie chaque inscrit. Choisissez la colonne qui la contient.</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="363"/>
        <source>No e-mail address.</source>
        <translation>Pas d&apos;adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="366"/>
        <source>Invalid e-mail address: {email}</source>
        <translation>Adresse e-mail invalide : {email}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="479"/>
        <source>No timestamp: kept, queued after the timestamped responses.</source>
        <extracomment>The first rows looked at to tell which column holds the addresses.</extracomment>
        <translation>Pas d’horodatage : réponse gardée, placée après les réponses horodatées.</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="484"/>
        <source>Unreadable timestamp “{value}”: kept, queued after the timestamped responses.</source>
        <translation>Horodatage illisible « {value} » : réponse gardée, placée après les réponses horodatées.</translation>
    </message>
    <message>
        <location filename="../../services/people.py" line="91"/>
        <source>Give an e-mail address.</source>
        <extracomment>Optional consents: yes only when the person said so.</extracomment>
        <translation>Indiquez une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/people.py" line="132"/>
        <source>Another registrant already has this e-mail address.</source>
        <translation>Un autre inscrit a déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="268"/>
        <source>{name} has no header row: nothing to import.</source>
        <extracomment>The columns&apos; meaning chosen at the last ledger import, by header text.</extracomment>
        <translation>{name} n&apos;a pas de ligne d&apos;en-tête : rien à importer.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="234"/>
        <source>{name} has no organisation column (for example “Structure”): choose the column that holds it.</source>
        <translation>{name} n&apos;a pas de colonne de structure (par exemple « Structure ») : choisissez la colonne qui la contient.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="381"/>
        <source>No organisation named.</source>
        <translation>Aucune structure indiquée.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="383"/>
        <source>The organisation&apos;s name is too long.</source>
        <translation>Le nom de la structure est trop long.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="387"/>
        <source>Row {row} already gives this organisation&apos;s dues.</source>
        <translation>La ligne {row} donne déjà la cotisation de cette structure.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="404"/>
        <source>No amount called, and none on the scale for this kind of organisation.</source>
        <translation>Aucun montant appelé, et le barème n&apos;en prévoit pas pour ce type de structure.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="415"/>
        <source>The ledger already records {recorded} paid, more than this row&apos;s {paid}: take back a payment in the dues view first.</source>
        <translation>Le registre compte déjà {recorded} payés, plus que les {paid} de cette ligne : retirez d&apos;abord un paiement dans la vue Cotisations.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="454"/>
        <source>Not an amount in euros: {value}</source>
        <translation>Ce n&apos;est pas un montant en euros : {value}</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="469"/>
        <source>A paid amount without a payment date.</source>
        <translation>Un montant payé sans date de paiement.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="476"/>
        <source>Unknown payment method: {value}</source>
        <translation>Mode de paiement inconnu : {value}</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="480"/>
        <source>The payment reference is too long.</source>
        <translation>La référence du paiement est trop longue.</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="497"/>
        <source>Not a date: {value}</source>
        <translation>Ce n&apos;est pas une date : {value}</translation>
    </message>
    <message>
        <location filename="../../services/ledger_import.py" line="512"/>
        <source>Unknown status: {value} (appelée, payée or exonérée)</source>
        <translation>Statut inconnu : {value} (appelée, payée ou exonérée)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="468"/>
        <source>--mark needs --slot N and one of --present, --absent, --excused.</source>
        <translation>--mark demande --slot N et l&apos;une des options --present, --absent, --excused.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="474"/>
        <source>The session has {count} half-days: --slot goes from 1 to {count}.</source>
        <translation>La session compte {count} demi-journées : --slot va de 1 à {count}.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="526"/>
        <source>{message} Give it with --date YYYY-MM-DD: {days}.</source>
        <translation>{message} Indiquez-le avec --date AAAA-MM-JJ : {days}.</translation>
    </message>
    <message>
        <location filename="../../services/attendance.py" line="217"/>
        <location filename="../../services/attendance.py" line="245"/>
        <source>This half-day belongs to another session.</source>
        <extracomment>One mark per half-day, in the grid&apos;s order; None when not recorded. Per half-day, the connection log that proved the mark, if one did. Present although not confirmed (waitlisted, late or cancelled: they came anyway). `mark`&apos;s `shown` when the caller does not know the mark it replaces (a script).</extracomment>
        <translation>Cette demi-journée appartient à une autre session.</translation>
    </message>
    <message>
        <location filename="../../services/attendance.py" line="306"/>
        <source>Nobody with the e-mail {email} in this session.</source>
        <translation>Personne n&apos;a l&apos;e-mail {email} dans cette session.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="35"/>
        <source>Only a database file on this computer is backed up by the app; a server&apos;s database is backed up with the server&apos;s own tools.</source>
        <extracomment>Automatic copies live here, beside the database file. How many daily copies are kept unless the user chose otherwise.</extracomment>
        <translation>L&apos;application ne sauvegarde qu&apos;une base de données enregistrée sur cet ordinateur ; une base sur un serveur se sauvegarde avec les outils du serveur.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="56"/>
        <source>Choose another file than the database itself.</source>
        <extracomment>The files SQLite keeps beside a database while it is open.</extracomment>
        <translation>Choisissez un autre fichier que la base de données elle-même.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="68"/>
        <source>Cannot write the backup {name}: {reason}</source>
        <translation>Impossible d&apos;écrire la sauvegarde {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="75"/>
        <source>Cannot write the backup {name}: this folder cannot be written to. Choose another one.</source>
        <translation>Impossible d&apos;écrire la sauvegarde {name} : ce dossier n&apos;est pas accessible en écriture. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="124"/>
        <source>no schema version</source>
        <translation>aucune version de schéma</translation>
    </message>
    <message>
        <location filename="../../db/backup.py" line="130"/>
        <source>{name} is not a sound Cap Rural database ({reason}): it cannot be used.</source>
        <translation>{name} n&apos;est pas une base Cap Rural saine ({reason}) : elle ne peut pas être utilisée.</translation>
    </message>
    <message>
        <location filename="../../instance.py" line="44"/>
        <source>Cap Rural is already open on this database ({path}): use the window that is open. Two windows on one database could overwrite each other&apos;s work.</source>
        <extracomment>How long a second launch waits for the lock before giving up.</extracomment>
        <translation>Cap Rural est déjà ouvert sur cette base de données ({path}) : utilisez la fenêtre déjà ouverte. Deux fenêtres sur une même base pourraient écraser le travail l&apos;une de l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../db/location.py" line="48"/>
        <source>The database {path} is on a network share ({kind}). SQLite cannot lock a file safely there: two computers using it at once end up damaging it. For a team, use a shared PostgreSQL server (team mode).</source>
        <translation>La base de données {path} est sur un partage réseau ({kind}). SQLite ne peut pas y verrouiller un fichier de façon sûre : deux ordinateurs qui l&apos;utilisent en même temps finissent par l&apos;abîmer. Pour travailler en équipe, utilisez un serveur PostgreSQL partagé (mode équipe).</translation>
    </message>
    <message>
        <location filename="../../printing/canvas.py" line="52"/>
        <location filename="../../services/privacy.py" line="144"/>
        <location filename="../../spreadsheets/writing.py" line="150"/>
        <source>The file {name} cannot be written: {reason}</source>
        <extracomment>Integer cents, written as euros. A naive local date and time (&quot;08/10/2020 09:30&quot;). Column widths are judged on the first rows: a write-only sheet cannot be revisited.</extracomment>
        <translation>Impossible d’écrire le fichier {name} : {reason}</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="32"/>
        <source>Unpaid dues {year}</source>
        <translation>Impayés {year}</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="46"/>
        <source>Dues {year}</source>
        <translation>Cotisations {year}</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="125"/>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="244"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../services/exporting.py" line="287"/>
        <source>Sessions {year}</source>
        <translation>Sessions {year}</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="105"/>
        <source>Give the network&apos;s name.</source>
        <extracomment>The training organisation&apos;s registration number (&quot;numéro de déclaration d&apos;activité&quot;). Blank lines at the end of an attendance sheet, for people who come unannounced. Registrants with no session for this many years are anonymised by the purge. Former individual members, this many years after their last paid or waived year.</extracomment>
        <translation>Indiquez le nom du réseau.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="122"/>
        <source>Between 1 and {most} years.</source>
        <translation>Entre 1 et {most} ans.</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="127"/>
        <source>Between 0 and {most} blank lines.</source>
        <translation>Entre 0 et {most} lignes vierges.</translation>
    </message>
    <message>
        <location filename="../../ui/due_dialog.py" line="127"/>
        <source>Choose an organisation from the list.</source>
        <translation>Choisissez une structure dans la liste.</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="125"/>
        <source>Personal data</source>
        <extracomment>Names and addresses under which they joined web conferences.</extracomment>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../connection_logs/collecting.py" line="94"/>
        <source>unreadable duration: “{text}”</source>
        <extracomment>What a leave time says when the person was still connected at the download.</extracomment>
        <translation>durée illisible : « {text} »</translation>
    </message>
    <message>
        <location filename="../../connection_logs/collecting.py" line="96"/>
        <source>unreadable time: “{text}”</source>
        <translation>heure illisible : « {text} »</translation>
    </message>
    <message>
        <location filename="../../connection_logs/collecting.py" line="100"/>
        <source>unknown action: “{text}”</source>
        <translation>action inconnue : « {text} »</translation>
    </message>
    <message>
        <location filename="../../connection_logs/zoom.py" line="47"/>
        <source>The Zoom report {name} gives only each person&apos;s total time: export it again without ticking “Show unique users”, so that it gives every connection.</source>
        <translation>Le rapport Zoom {name} ne donne que la durée totale de chaque personne : exportez-le à nouveau sans cocher « Afficher les utilisateurs uniques », pour qu&apos;il donne chaque connexion.</translation>
    </message>
    <message>
        <location filename="../../services/connection_apply.py" line="215"/>
        <source>No connection log was imported into this session.</source>
        <translation>Aucun journal de connexion n&apos;a été importé dans cette session.</translation>
    </message>
    <message>
        <location filename="../../services/connection_apply.py" line="307"/>
        <source>Give a valid e-mail address for {name} to add them.</source>
        <translation>Donnez une adresse e-mail valide pour ajouter {name}.</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="212"/>
        <location filename="../../services/sessions.py" line="131"/>
        <source>The threshold is a percentage, from 1 to 100.</source>
        <extracomment>A half-day counts as covered by the reports when the meeting ran for this share of it. What a confirmation remembers on the person, for the next sessions. The mark recorded now, and whether the coordinator gave it (then it is kept). The hours added to the report&apos;s times, and the day given to undated times. The half-days the reports cover, in the session&apos;s order. The grid&apos;s rows: the confirmed registrants, and anyone else the reports found. Every registration of the session, to pair a doubtful line with. Pairings confirmed in the preview, saved with the import.</extracomment>
        <translation>Le seuil est un pourcentage, de 1 à 100.</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="260"/>
        <source>None of these files is a connection log: {names}.</source>
        <translation>Aucun de ces fichiers n&apos;est un journal de connexion : {names}.</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="290"/>
        <source>This session has no half-day yet: add its dates first.</source>
        <translation>Cette session n&apos;a pas encore de demi-journée : ajoutez d&apos;abord ses dates.</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="375"/>
        <source>The {tool} report {name} gives times without a date, and they fit several days of the session: say which day it is.</source>
        <translation>Le rapport {tool} {name} donne des heures sans date, qui conviennent à plusieurs jours de la session : indiquez de quel jour il s&apos;agit.</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="586"/>
        <source>{candidate} in an earlier session, but others fit: to confirm</source>
        <translation>{candidate} lors d&apos;une session précédente, mais d&apos;autres conviennent : à confirmer</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="592"/>
        <source>several registrants have this name</source>
        <translation>plusieurs inscrits portent ce nom</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="594"/>
        <source>the name of {candidate}, from another address: to confirm</source>
        <translation>le nom de {candidate}, depuis une autre adresse : à confirmer</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="608"/>
        <source>probably {candidate}: to confirm</source>
        <translation>probablement {candidate} : à confirmer</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="610"/>
        <source>several registrants possible: to choose</source>
        <translation>plusieurs inscrits possibles : à choisir</translation>
    </message>
    <message>
        <location filename="../../services/connection_plan.py" line="616"/>
        <source>no registrant looks like this name</source>
        <translation>aucun inscrit ne ressemble à ce nom</translation>
    </message>
    <message>
        <location filename="../../connection_logs/teams.py" line="31"/>
        <source>a departure without an arrival before it</source>
        <translation>un départ sans arrivée avant lui</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="36"/>
        <source>Open the database with this version first: {name}</source>
        <translation>Ouvrez d&apos;abord la base avec cette version : {name}</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="41"/>
        <source>The database {name} is not empty: the copy goes only into a new, empty one.</source>
        <translation>La base {name} n&apos;est pas vide : la copie ne se fait que dans une base neuve et vide.</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="53"/>
        <source>The copy stopped ({reason}): no row was kept on the server, and the copy can be made again.</source>
        <translation>La copie s&apos;est arrêtée ({reason}) : aucune ligne n&apos;a été gardée sur le serveur, et la copie peut être refaite.</translation>
    </message>
    <message>
        <location filename="../../db/copy.py" line="71"/>
        <source>The copy of {table} is incomplete ({found} rows of {expected}): no row was kept on the server, and the copy can be made again.</source>
        <translation>La copie de {table} est incomplète ({found} lignes sur {expected}) : aucune ligne n&apos;a été gardée sur le serveur, et la copie peut être refaite.</translation>
    </message>
    <message>
        <location filename="../../services/registrations.py" line="243"/>
        <source>No seat left: the session is full ({capacity} places). The queue is shown again as it is now.</source>
        <extracomment>The matched member organisation, None while unmatched. False: &quot;cotisation à régulariser&quot;; None: the session requires no dues.</extracomment>
        <translation>Plus de place : la session est complète ({capacity} places). La file est affichée à nouveau telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <location filename="../../team.py" line="81"/>
        <source>“{typed}” is not a server&apos;s name or address: give one such as serveur.local or 192.168.1.10.</source>
        <extracomment>The window&apos;s setting that holds the server&apos;s address (never its password). A server&apos;s name or address as people paste it: &quot;http://srv.local/&quot;, &quot;srv.local:5432&quot;.</extracomment>
        <translation>« {typed} » n&apos;est pas un nom ou une adresse de serveur : indiquez-en un comme serveur.local ou 192.168.1.10.</translation>
    </message>
    <message>
        <location filename="../../team.py" line="129"/>
        <source>This computer has no keyring to keep the password in ({reason}): it will be asked at each start.</source>
        <translation>Ce poste n&apos;a pas de trousseau pour garder le mot de passe ({reason}) : il sera demandé à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <location filename="../../ui/next_year_dialog.py" line="37"/>
        <source>Call the dues of {year}</source>
        <translation>Appeler les cotisations de l’année {year}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/next_year_dialog.py" line="39"/>
        <source>The members of {year} will be called for {next}: %n organisation(s).</source>
        <translation>
            <numerusform>Les adhérents de {year} seront appelés pour {next} : %n structure.</numerusform>
            <numerusform>Les adhérents de {year} seront appelés pour {next} : %n structures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/next_year_dialog.py" line="45"/>
        <source>%n already called for {next} will be left as they are.</source>
        <translation>
            <numerusform>%n déjà appelée pour {next} restera telle quelle.</numerusform>
            <numerusform>%n déjà appelées pour {next} resteront telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/next_year_dialog.py" line="50"/>
        <source>The scale, per kind of organisation (a kind at 0 is called what it was in {year}):</source>
        <translation>Le barème par type de structure (un type à 0 est appelé au montant de {year}) :</translation>
    </message>
    <message>
        <location filename="../../ui/next_year_dialog.py" line="67"/>
        <source>Call the dues</source>
        <translation>Appeler les cotisations</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/organisation_editor.py" line="41"/>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="41"/>
        <source>Edit organisation</source>
        <translation>Modifier la structure</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="52"/>
        <source>Town, inter-municipality, valley…</source>
        <translation>Commune, intercommunalité, vallée…</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="67"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="68"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="69"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="71"/>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="73"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="75"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/organisation_editor.py" line="81"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../ui/organisation_picker.py" line="47"/>
        <source>Type part of a name or a place</source>
        <extracomment>Double-click or Enter on an organisation.</extracomment>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un lieu</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../ui/organisations_page.py" line="30"/>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_page.py" line="32"/>
        <source>Match the organisations…</source>
        <translation>Rapprocher les structures…</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_page.py" line="44"/>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../../ui/organisations_page.py" line="60"/>
        <source>Delete the organisation “{}”?</source>
        <translation>Supprimer la structure « {} » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organisations_page.py" line="63"/>
        <source>%n person(s) tied to it will belong to no organisation.</source>
        <translation>
            <numerusform>La personne qui y est rattachée ne sera plus rattachée à aucune structure.</numerusform>
            <numerusform>Les %n personnes qui y sont rattachées ne seront plus rattachées à aucune structure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organisations_page.py" line="68"/>
        <source>Its %n due(s) on record, none paid, will be deleted with it.</source>
        <translation>
            <numerusform>Sa cotisation enregistrée, non payée, sera supprimée avec elle.</numerusform>
            <numerusform>Ses %n cotisations enregistrées, aucune payée, seront supprimées avec elle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organisations_page.py" line="83"/>
        <source>Merged.</source>
        <translation>Fusionnées.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="27"/>
        <source>Payment — {organisation}, {year}</source>
        <translation>Paiement — {organisation}, {year}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="32"/>
        <source>Called: {called} — already paid: {paid} — outstanding: {outstanding}</source>
        <translation>Appelé : {called} — déjà payé : {paid} — reste à payer : {outstanding}</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="43"/>
        <source>for example 120,50</source>
        <translation>par exemple 120,50</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="55"/>
        <source>cheque number, transfer label…</source>
        <translation>numéro de chèque, libellé du virement…</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="59"/>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="60"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="61"/>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="62"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../ui/person_editor.py" line="31"/>
        <source>Edit the registrant</source>
        <translation>Modifier l&apos;inscrit</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="45"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="46"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="48"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="49"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="50"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="51"/>
        <source>may be photographed or filmed</source>
        <translation>peut être photographié(e) ou filmé(e)</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="53"/>
        <source>receives the newsletter</source>
        <translation>reçoit la lettre d&apos;information</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="56"/>
        <source>appears on the list shared with the participants</source>
        <translation>figure sur la liste partagée avec les participants</translation>
    </message>
    <message>
        <location filename="../../ui/person_editor.py" line="62"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/preview_dialog.py" line="91"/>
        <source>File</source>
        <extracomment>Every job still running: a plan replaced by a newer one may not have ended. The plan shown, None until one is made (or when the last attempt failed). What &quot;Import&quot; wrote, once it has.</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="92"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="130"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="131"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="134"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="215"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/preview_dialog.py" line="254"/>
        <source>Unexpected error: {}</source>
        <translation>Erreur inattendue : {}</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../ui/privacy_actions.py" line="28"/>
        <source>Folder for the personal data</source>
        <translation>Dossier des données personnelles</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="42"/>
        <source>Personal data written: {} and {}</source>
        <translation>Données personnelles écrites : {} et {}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="52"/>
        <source>Anonymise {name}? Their name, e-mail, phone and form answers are removed for good, in every session; their attendance stays counted. This cannot be undone.</source>
        <translation>Anonymiser {name} ? Son nom, son e-mail, son téléphone et ses réponses au formulaire sont effacés définitivement, dans toutes les sessions ; ses présences restent comptées. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="62"/>
        <source>{name} is anonymised.</source>
        <translation>{name} est anonymisé(e).</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="72"/>
        <source>Nobody&apos;s data is older than the retention rule allows.</source>
        <translation>Aucune donnée n&apos;est plus ancienne que ne le permet la durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="74"/>
        <source>{who} — last session: {when}</source>
        <translation>{who} — dernière session : {when}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="75"/>
        <source>{who} — last paid year: {when}</source>
        <translation>{who} — dernière cotisation : {when}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_actions.py" line="84"/>
        <source>The retention rule anonymises {people} registrant(s) without a session for {years} years and {members} individual member(s) who paid last more than {member_years} years ago (see the details). Their attendance stays counted; nothing else changes. Anonymise them now?</source>
        <translation>La durée de conservation conduit à anonymiser {people} inscrit(s) sans session depuis {years} ans et {members} membre(s) individuel(s) dont la dernière cotisation date de plus de {member_years} ans (voir le détail). Leurs présences restent comptées ; rien d&apos;autre ne change. Les anonymiser maintenant ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_actions.py" line="106"/>
        <source>%n record(s) anonymised.</source>
        <translation>
            <numerusform>%n fiche anonymisée.</numerusform>
            <numerusform>%n fiches anonymisées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../ui/session_documents.py" line="172"/>
        <source>Exporting the registrants…</source>
        <translation>Export des inscrits…</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="227"/>
        <source>Adding up the year…</source>
        <translation>Bilan de l&apos;année en cours…</translation>
    </message>
</context>
<context>
    <name>ReceiptPainter</name>
    <message>
        <location filename="../../printing/receipt.py" line="57"/>
        <source>Receipt of membership fee {year} — {organisation}</source>
        <translation>Reçu de cotisation {year} — {organisation}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="107"/>
        <source>Receipt of membership fee {year}</source>
        <translation>Reçu de cotisation {year}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="116"/>
        <source>{network} acknowledges having received from {organisation} the payments below towards its membership fee for {year}.</source>
        <translation>{network} reconnaît avoir reçu de {organisation} les paiements ci-dessous au titre de sa cotisation {year}.</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="126"/>
        <source>Membership fee for {year}: waived.</source>
        <translation>Cotisation {year} : exonérée.</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="128"/>
        <source>Membership fee called for {year}: {amount}</source>
        <translation>Cotisation appelée pour {year} : {amount}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="136"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="137"/>
        <source>Method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="138"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="140"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="172"/>
        <source>Total received: {amount}</source>
        <translation>Total reçu : {amount}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="182"/>
        <source>Still to be paid: {amount}</source>
        <translation>Reste à payer : {amount}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="194"/>
        <source>For all due and lawful purposes.</source>
        <translation>Pour servir et valoir ce que de droit.</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="199"/>
        <source>Done at {city}, on {date}</source>
        <translation>Fait à {city}, le {date}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="201"/>
        <source>Done on {date}</source>
        <translation>Fait le {date}</translation>
    </message>
    <message>
        <location filename="../../printing/receipt.py" line="207"/>
        <source>For {network}, signature and stamp</source>
        <translation>Pour {network}, signature et cachet</translation>
    </message>
</context>
<context>
    <name>RegistrantsPage</name>
    <message>
        <location filename="../../ui/registrants_page.py" line="99"/>
        <source>Registrants appear here once a session&apos;s form responses are imported.</source>
        <extracomment>Characters of a session&apos;s title the filter shows.</extracomment>
        <translation>Les inscrits apparaissent ici une fois importées les réponses au formulaire d&apos;une session.</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="111"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="122"/>
        <source>Match the organisations…</source>
        <translation>Rapprocher les structures…</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="126"/>
        <source>Their data…</source>
        <translation>Ses données…</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="129"/>
        <source>Anonymise…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="137"/>
        <source>Cancel the registration</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="142"/>
        <source>Confirm on a free seat</source>
        <translation>Confirmer sur une place libre</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="145"/>
        <source>Confirm anyway</source>
        <translation>Confirmer d&apos;office</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="149"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="154"/>
        <source>Accept although late</source>
        <translation>Accepter malgré le retard</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="157"/>
        <source>Back to the queue</source>
        <translation>Remettre dans la file</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="185"/>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="230"/>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="281"/>
        <source>Now: {}.</source>
        <translation>Désormais : {}.</translation>
    </message>
    <message>
        <location filename="../../ui/registrants_page.py" line="283"/>
        <source>Queue updated: {} other registrations changed status.</source>
        <translation>File mise à jour : {} autre(s) inscription(s) changent de statut.</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../ui/row_list.py" line="66"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialog.py" line="54"/>
        <source>The team&apos;s database server</source>
        <translation>Serveur de base de données de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="58"/>
        <source>Several coordinators share one PostgreSQL database on the team&apos;s server. The password is kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Plusieurs coordinateurs partagent une base PostgreSQL sur le serveur de l&apos;équipe. Le mot de passe est gardé dans le trousseau de ce poste, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="77"/>
        <source>Copy this computer&apos;s data there (the server&apos;s database is empty)</source>
        <translation>Y copier les données de ce poste (la base du serveur est vide)</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="82"/>
        <source>Back to this computer&apos;s own database</source>
        <translation>Revenir à la base propre à ce poste</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="86"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="99"/>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="104"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="105"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="106"/>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="107"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="108"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="133"/>
        <source>Give the server, the database and the user.</source>
        <translation>Indiquez le serveur, la base et l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="148"/>
        <source>Connected to {}.</source>
        <translation>Connecté à {}.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="174"/>
        <source>Cap Rural opens this computer&apos;s own database at its next start.</source>
        <translation>Cap Rural ouvrira la base propre à ce poste à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="189"/>
        <source>Cap Rural opens the team&apos;s database at its next start.</source>
        <translation>Cap Rural ouvrira la base de l&apos;équipe à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="192"/>
        <source>{rows} rows copied and checked, table by table.</source>
        <translation>{rows} lignes copiées et vérifiées, table par table.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="202"/>
        <source>Copying this computer&apos;s data to the server…</source>
        <translation>Copie des données de ce poste vers le serveur…</translation>
    </message>
</context>
<context>
    <name>SessionDocuments</name>
    <message numerus="yes">
        <location filename="../../ui/session_documents.py" line="109"/>
        <source>Attendance sheet saved (%n page(s)): {path}</source>
        <extracomment>What a window&apos;s title bar takes above its content.</extracomment>
        <translation>
            <numerusform>Feuille d&apos;émargement enregistrée (%n page) : {path}</numerusform>
            <numerusform>Feuille d&apos;émargement enregistrée (%n pages) : {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_documents.py" line="124"/>
        <source>%n certificate(s) saved: {}</source>
        <translation>
            <numerusform>%n attestation enregistrée : {}</numerusform>
            <numerusform>%n attestations enregistrées : {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="132"/>
        <source>Folder for the certificates</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_documents.py" line="143"/>
        <source>%n certificate(s) saved in {}</source>
        <translation>
            <numerusform>%n attestation enregistrée dans {}</numerusform>
            <numerusform>%n attestations enregistrées dans {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="155"/>
        <source>Nobody is marked present yet: certificates go to those who attended at least one half-day. Record the attendance first.</source>
        <translation>Personne n&apos;est encore noté présent : les attestations vont à ceux qui ont suivi au moins une demi-journée. Notez d&apos;abord les présences.</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="164"/>
        <source>Registrants - {}</source>
        <translation>Inscrits - {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_documents.py" line="176"/>
        <source>%n registration(s) exported: {}</source>
        <translation>
            <numerusform>%n inscription exportée : {}</numerusform>
            <numerusform>%n inscriptions exportées : {}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="179"/>
        <source>Attendance - {}</source>
        <translation>Présences - {}</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="195"/>
        <source>Exporting the attendance…</source>
        <translation>Export des présences…</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="199"/>
        <source>Attendance exported: {}</source>
        <translation>Présences exportées : {}</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="213"/>
        <source>The year&apos;s figures for funders</source>
        <translation>Bilan de l&apos;année pour les financeurs</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="214"/>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../../ui/session_documents.py" line="221"/>
        <source>Sessions {}</source>
        <translation>Sessions {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/session_documents.py" line="231"/>
        <source>%n session(s) of {year} exported: {path}</source>
        <translation>
            <numerusform>%n session de {year} exportée : {path}</numerusform>
            <numerusform>%n sessions de {year} exportées : {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="169"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="169"/>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="172"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="173"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="174"/>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="175"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="176"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="207"/>
        <source>Registrations close on</source>
        <translation>Inscriptions closes le</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="213"/>
        <source>Participation requires the annual membership fee</source>
        <translation>Participation soumise à la cotisation annuelle</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="221"/>
        <source>A connection log counts someone present for a half-day when they were connected for at least this share of it.</source>
        <translation>Un journal de connexion compte une personne présente à une demi-journée quand elle a été connectée au moins cette part de la demi-journée.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="238"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="239"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="240"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="242"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="244"/>
        <source>Registration deadline</source>
        <translation>Date limite d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="249"/>
        <source>Presence threshold (web conference)</source>
        <translation>Seuil de présence (webconférence)</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="253"/>
        <source>Registration form</source>
        <translation>Formulaire d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="257"/>
        <source>Membership form</source>
        <translation>Bulletin de cotisation</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="260"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="263"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="266"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="269"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="288"/>
        <source>Why this session?</source>
        <translation>Pourquoi cette session ?</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="290"/>
        <source>Who is it for?</source>
        <translation>Une session pour qui ?</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="296"/>
        <source>Add a half-day</source>
        <translation>Ajouter une demi-journée</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="303"/>
        <source>Attendance is signed per half-day. Tick “to be confirmed” for a half-day that is not certain yet.</source>
        <translation>L’émargement se fait par demi-journée. Cochez « à confirmer » pour une demi-journée pas encore certaine.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="319"/>
        <source>One programme item per line, in order.</source>
        <translation>Un point du programme par ligne, dans l’ordre.</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="326"/>
        <source>Add a speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="330"/>
        <source>New speaker…</source>
        <translation>Nouvel intervenant…</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="430"/>
        <source>Tool or connection link</source>
        <translation>Outil ou lien de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="432"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../ui/sessions_page.py" line="91"/>
        <source>Attendance…</source>
        <translation>Présences…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="93"/>
        <source>Record who came to each half-day</source>
        <translation>Noter qui est venu à chaque demi-journée</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="99"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="103"/>
        <source>Attendance sheet: preview and print…</source>
        <translation>Feuille d&apos;émargement : aperçu et impression…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="107"/>
        <source>Attendance sheet as PDF…</source>
        <translation>Feuille d&apos;émargement en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="112"/>
        <source>Certificates of attendance: preview and print…</source>
        <translation>Attestations de présence : aperçu et impression…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="116"/>
        <source>Certificates of attendance, in one PDF…</source>
        <translation>Attestations de présence, en un seul PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="120"/>
        <source>Certificates of attendance, one PDF per person…</source>
        <translation>Attestations de présence, un PDF par personne…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="125"/>
        <source>Registrants, as a spreadsheet…</source>
        <translation>Inscrits, en tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="129"/>
        <source>Attendance, as a spreadsheet…</source>
        <translation>Présences, en tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="170"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="207"/>
        <source>Import the responses of “{}”</source>
        <translation>Importer les réponses de « {} »</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="209"/>
        <source>Form responses (*.xlsx *.ods *.csv *.zip);;All files (*)</source>
        <translation>Réponses au formulaire (*.xlsx *.ods *.csv *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="233"/>
        <source>This session has no import to undo.</source>
        <translation>Cette session n&apos;a aucun import à annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="237"/>
        <source>Undo the import of “{file}” made on {when}? Its {added} new registrations will be removed and its {updated} updates reverted.</source>
        <translation>Annuler l&apos;import de « {file} » fait le {when} ? Ses {added} nouvelles inscriptions seront retirées et ses {updated} mises à jour défaites.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="253"/>
        <source>Import undone.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="259"/>
        <source>Delete the session “{}”?</source>
        <translation>Supprimer la session « {} » ?</translation>
    </message>
    <message>
        <location filename="../../ui/sessions_page.py" line="267"/>
        <source>Delete it anyway, with all its registrations? This cannot be undone.</source>
        <translation>La supprimer quand même, avec toutes ses inscriptions ? Cette action est définitive.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Printed at the top of receipts and attendance sheets, for everyone using this database.</source>
        <translation>Imprimés en tête des reçus et des feuilles d’émargement, pour tous les utilisateurs de cette base.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>Street
Postcode and town</source>
        <translation>Rue
Code postal et commune</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>where receipts are signed</source>
        <translation>où les reçus sont signés</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>as given by the prefecture</source>
        <translation>tel que donné par la préfecture</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Registrants without a session for this long are anonymised by the purge.</source>
        <translation>Les inscrits sans session depuis cette durée sont anonymisés par la purge.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Individual members are anonymised this long after their last paid year.</source>
        <translation>Les membres individuels sont anonymisés cette durée après leur dernière cotisation.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Network&apos;s name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>Training registration number</source>
        <translation>N° de déclaration d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Blank lines on attendance sheets</source>
        <translation>Lignes vierges des feuilles d&apos;émargement</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Keep inactive registrants</source>
        <translation>Conserver les inscrits inactifs</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>Keep former individual members</source>
        <translation>Conserver les anciens membres individuels</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="55"/>
        <source>Remote attendance sheet</source>
        <extracomment>Up to this many half-days the sheet is portrait; beyond, landscape. The size of what a connection log attests, in a half-day&apos;s cell.</extracomment>
        <translation>Feuille de présence à distance</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="56"/>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="140"/>
        <location filename="../../printing/attendance_sheet.py" line="235"/>
        <source>Name</source>
        <extracomment>Per half-day, what a connection log attests (&quot;présence attestée par…&quot;), if anything.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="140"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="143"/>
        <source>Speaker: name and signature</source>
        <translation>Intervenant : nom et signature</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="239"/>
        <location filename="../../printing/attendance_sheet.py" line="399"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="254"/>
        <source>Training organisation registered under number {}</source>
        <translation>Organisme de formation — déclaration d&apos;activité n° {}</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="266"/>
        <source>Tick each half-day during which the person was connected.</source>
        <translation>Cochez chaque demi-journée pendant laquelle la personne était connectée.</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="285"/>
        <source>Remote — {}</source>
        <translation>À distance — {}</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="285"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="286"/>
        <source>Place: {}</source>
        <translation>Lieu : {}</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="301"/>
        <source>(to be confirmed)</source>
        <translation>(à confirmer)</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="306"/>
        <source>to be confirmed</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <location filename="../../printing/attendance_sheet.py" line="413"/>
        <source>page {number} / {pages}</source>
        <translation>page {number} / {pages}</translation>
    </message>
</context>
<context>
    <name>SpeakerEditor</name>
    <message>
        <location filename="../../ui/speaker_editor.py" line="34"/>
        <source>New speaker</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="34"/>
        <source>Edit speaker</source>
        <translation>Modifier l&apos;intervenant</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="59"/>
        <source>Works for</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="61"/>
        <source>Description</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="62"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="63"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/speaker_editor.py" line="64"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>SpeakerLinkEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="132"/>
        <source>Role, e.g. speaker, facilitator</source>
        <translation>Rôle, par ex. intervenant, animateur</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location filename="../../ui/speakers_page.py" line="69"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/speakers_page.py" line="85"/>
        <source>Delete the speaker “{}”?</source>
        <translation>Supprimer l&apos;intervenant « {} » ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/speakers_page.py" line="88"/>
        <source>They will be removed from the %n session(s) they speak at.</source>
        <translation>
            <numerusform>Il sera retiré de la session où il intervient.</numerusform>
            <numerusform>Il sera retiré des %n sessions où il intervient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeSlotEditor</name>
    <message>
        <location filename="../../ui/session_editor.py" line="72"/>
        <source>to be confirmed</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="78"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../ui/session_editor.py" line="80"/>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
</TS>
