<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AddMoments</name>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="160" />
            <source>(already added)</source>
            <translation>(déjà ajouté)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="72" />
            <source>(typical; confirm)</source>
            <translation>(habituel ; à confirmer)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="70" />
            <source>, {n} days</source>
            <translation>, {n} jours</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <source>Add 1 moment</source>
            <translation>Ajouter 1 moment</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="89" />
            <location filename="../../ui/dialogs/add_moments.py" line="124" />
            <source>Add moments</source>
            <translation>Ajouter des moments</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="94" />
            <source>Add moments from the library</source>
            <translation>Ajouter des moments de la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="207" />
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <source>Add {n} moments</source>
            <translation>Ajouter {n} moments</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="109" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Moment</source>
            <translation>Moment</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="95" />
            <source>Recurring UN sessions and international days. Tick the ones this campaign plans around: each becomes a milestone on its date in the chosen year.</source>
            <translation>Sessions récurrentes de l'ONU et journées internationales. Cochez celles autour desquelles cette campagne s'organise : chacune devient un jalon à sa date dans l'année choisie.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="110" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>fifth {weekday} of {month}</source>
            <translation>cinquième {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>first {weekday} of {month}</source>
            <translation>premier {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="66" />
            <source>first {weekday} on or after {day} {month}</source>
            <translation>premier {weekday} à partir du {day} {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>fourth {weekday} of {month}</source>
            <translation>quatrième {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>last {weekday} of {month}</source>
            <translation>dernier {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>second {weekday} of {month}</source>
            <translation>deuxième {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>third {weekday} of {month}</source>
            <translation>troisième {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="58" />
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="192" />
            <source>≈ marks typical dates to confirm each year. Ctrl+Z removes what was added.</source>
            <translation>≈ signale des dates habituelles à confirmer chaque année. Ctrl+Z retire ce qui a été ajouté.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="157" />
            <source>≈ typical dates: confirm each year</source>
            <translation>≈ dates habituelles : à confirmer chaque année</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="201" />
            <source>1 page</source>
            <translation>1 page</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="214" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="79" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="231" />
            <source>Advocacy brief</source>
            <translation>Note de plaidoyer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="83" />
            <source>Asks first, why now, voices from the ground, who stands where and what is next. Partners are named only as far as the audience allows.</source>
            <translation>Les demandes d'abord, pourquoi maintenant, les voix du terrain, qui se situe où et la suite. Les partenaires ne sont nommés que dans la mesure où le public le permet.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="96" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="105" />
            <source>Branding: {org}, {logo}.</source>
            <translation>Identité visuelle : {org}, {logo}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="204" />
            <source>Brief ready</source>
            <translation>Note prête</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="95" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="149" />
            <source>Choose where to save the brief.</source>
            <translation>Choisissez où enregistrer la note.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="231" />
            <source>Create a campaign first: a brief is about one.</source>
            <translation>Créez d'abord une campagne : une note porte sur une campagne.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <source>Full brief</source>
            <translation>Note complète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="110" />
            <source>Generate brief</source>
            <translation>Générer la note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="137" />
            <source>Internal: names every partner, confidential ones included, with contacts. Keep it inside the team.</source>
            <translation>Interne : nomme tous les partenaires, confidentiels compris, avec leurs coordonnées. À garder au sein de l'équipe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="98" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <source>One-pager</source>
            <translation>Note d'une page</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="93" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="99" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="215" />
            <source>Preparing the brief of {c}…</source>
            <translation>Préparation de la note de {c}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="82" />
            <source>Print-ready PDF brief</source>
            <translation>Note en PDF prête à imprimer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="100" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="93" />
            <source>Save brief as</source>
            <translation>Enregistrer la note sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="97" />
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="205" />
            <source>The brief of {c} is ready ({pages}).</source>
            <translation>La note de {c} est prête ({pages}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="149" />
            <source>The folder {f} does not exist.</source>
            <translation>Le dossier {f} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="92" />
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="106" />
            <source>no organisation name</source>
            <translation>aucun nom d'organisation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="107" />
            <source>the neutral logo</source>
            <translation>le logo neutre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="201" />
            <source>{n} pages</source>
            <translation>{n} pages</translation>
        </message>
    </context>
    <context>
        <name>BundleExport</name>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="75" />
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="55" />
            <source>Bundle (.json)</source>
            <translation>Paquet (.json)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="143" />
            <source>Bundle ready</source>
            <translation>Paquet prêt</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="64" />
            <source>Campaign Planner bundle (*.json)</source>
            <translation>Paquet Campaign Planner (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="74" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="108" />
            <source>Choose where to save the bundle.</source>
            <translation>Choisissez où enregistrer le paquet.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="63" />
            <source>Everything in the workspace</source>
            <translation>Tout l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="80" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="153" />
            <location filename="../../ui/dialogs/bundle_export.py" line="52" />
            <source>Export bundle</source>
            <translation>Exporter un paquet</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="154" />
            <source>Exporting {t}…</source>
            <translation>Export de {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="98" />
            <source>For another organisation: only what this audience may see; withheld partners are left out or described.</source>
            <translation>Pour une autre organisation : seulement ce que ce public peut voir ; les partenaires protégés sont omis ou décrits.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="91" />
            <source>Internal: the full copy, confidential partners, contacts and the engagement log included. Only for the team's own laptops.</source>
            <translation>Interne : la copie complète, partenaires confidentiels, coordonnées et journal des échanges compris. Seulement pour les ordinateurs de l'équipe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="72" />
            <source>Optional: encrypts the bundle</source>
            <translation>Facultatif : chiffre le paquet</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="68" />
            <location filename="../../ui/dialogs/bundle_export.py" line="77" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="70" />
            <source>Required: the workspace is encrypted</source>
            <translation>Obligatoire : l'espace de travail est chiffré</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="76" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="64" />
            <source>Save bundle as</source>
            <translation>Enregistrer le paquet sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="144" />
            <source>The bundle of {t} is ready ({n} records).</source>
            <translation>Le paquet de {t} est prêt ({n} enregistrements).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="109" />
            <source>The folder {f} does not exist.</source>
            <translation>Le dossier {f} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="114" />
            <source>The workspace is encrypted: give the bundle a passphrase.</source>
            <translation>L'espace de travail est chiffré : donnez une phrase secrète au paquet.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="56" />
            <source>To share a campaign with another organisation or carry it to another laptop. A bundle for an outside audience carries only what that audience may see; an internal bundle is the full copy.</source>
            <translation>Pour partager une campagne avec une autre organisation ou l'emporter sur un autre ordinateur. Un paquet pour un public extérieur ne contient que ce que ce public peut voir ; un paquet interne est la copie complète.</translation>
        </message>
    </context>
    <context>
        <name>BundleImport</name>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="56" />
            <location filename="../../ui/dialogs/bundle_import.py" line="75" />
            <source>Bundle imported</source>
            <translation>Paquet importé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="156" />
            <source>Campaign Planner bundle (*.json);;All files (*)</source>
            <translation>Paquet Campaign Planner (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="79" />
            <source>Created {created} · Left as they were {kept}</source>
            <translation>Créés {created} · Laissés tels quels {kept}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="83" />
            <source>Created {created} · Taken from the bundle {updated} · Merged {merged} · Kept as changed here {kept} · Conflicts waiting for review {conflicts}</source>
            <translation>Créés {created} · Repris du paquet {updated} · Fusionnés {merged} · Gardés tels que modifiés ici {kept} · Conflits en attente d’examen {conflicts}</translation>
        </message>
        <message>
            <source>Created {created} · Taken from the bundle {updated} · Merged {merged} · Kept as changed here {kept} · Conflicts {conflicts}</source>
            <translation type="vanished">Créés {created} · Repris du paquet {updated} · Fusionnés {merged} · Gardés tels que modifiés ici {kept} · Conflits {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="167" />
            <source>Encrypted bundle</source>
            <translation>Paquet chiffré</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="154" />
            <location filename="../../ui/dialogs/bundle_import.py" line="125" />
            <location filename="../../ui/dialogs/bundle_import.py" line="117" />
            <source>Import bundle</source>
            <translation>Importer un paquet</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="71" />
            <source>Imported {file} from {sender}. Nothing was left to choose.</source>
            <translation>{file} importé depuis {sender}. Il ne reste rien à choisir.</translation>
        </message>
        <message>
            <source>Imported {file} from {sender}. Some fields were changed both here and in the other laptop's bundle: nothing was overwritten for them until you choose.</source>
            <translation type="vanished">{file} importé depuis {sender}. Certains champs ont été modifiés ici et dans le paquet de l'autre ordinateur : rien n'a été écrasé pour eux tant que vous n'avez pas choisi.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="65" />
            <source>Imported {file} from {sender}. Some fields were changed both here and in the other laptop's bundle: they are waiting for your review, and nothing was overwritten for them until you choose.</source>
            <translation>{file} importé depuis {sender}. Certains champs ont été modifiés ici et dans le paquet de l'autre ordinateur : ils attendent votre examen, et rien n'a été écrasé pour eux tant que vous n'avez pas choisi.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="60" />
            <source>Imported {file}, a bundle made for an outside audience: it added what was new here and left every record already here as it was.</source>
            <translation>{file} importé, un paquet fait pour un public extérieur : il a ajouté ce qui était nouveau ici et laissé tel quel chaque enregistrement déjà présent.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="126" />
            <source>Importing {f}…</source>
            <translation>Importation de {f}…</translation>
        </message>
        <message>
            <source>Review conflicts…</source>
            <translation type="vanished">Examiner les conflits…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="118" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation>{f} ne peut pas être importé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="168" />
            <source>{f} is encrypted. Its passphrase:</source>
            <translation>{f} est chiffré. Sa phrase secrète :</translation>
        </message>
    </context>
    <context>
        <name>CampaignTabs</name>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="326" />
            <source>Add relationship…</source>
            <translation>Ajouter une relation…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="212" />
            <source>Cannot move</source>
            <translation>Déplacement impossible</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="130" />
            <source>Drag a stakeholder (or select one and use the arrow keys) to change stance or influence. Ctrl+Z undoes. Double-click opens the record.</source>
            <translation>Faites glisser une partie prenante (ou sélectionnez-la et utilisez les flèches) pour changer sa position ou son influence. Ctrl+Z annule. Un double-clic ouvre la fiche.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="422" />
            <source>Expected and actual vote of the state</source>
            <translation>Vote attendu et vote effectif de l'État</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="138" />
            <location filename="../../ui/pages/campaign_tabs.py" line="327" />
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="139" />
            <source>Export SVG…</source>
            <translation>Exporter en SVG…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation type="vanished">Échec de l'export</translation>
        </message>
        <message>
            <source>Export power map</source>
            <translation type="vanished">Exporter la carte des pouvoirs</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation type="vanished">Exporter la carte des relations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="206" />
            <source>Move {name} on the power map</source>
            <translation>Déplacer {name} sur la carte des pouvoirs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="294" />
            <source>No recorded change yet.</source>
            <translation>Aucun changement enregistré pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="436" />
            <source>No vote in this campaign yet. Add a milestone of kind Vote to count who will vote how: the 193 member states, or the 15 members of the Security Council when its title or location names the Security Council.</source>
            <translation>Aucun vote dans cette campagne pour l'instant. Ajoutez un jalon de type Vote pour compter qui votera comment : les 193 États Membres, ou les 15 membres du Conseil de sécurité si son titre ou son lieu mentionne le Conseil de sécurité.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="281" />
            <source>Now: {stance} · influence {inf}</source>
            <translation>Actuellement : {stance} · influence {inf}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="255" />
            <source>Open record</source>
            <translation>Ouvrir la fiche</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation type="vanished">Image PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="vanished">Image PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG image</source>
            <translation type="vanished">Image SVG</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="vanished">Enregistré : {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="268" />
            <source>Select a stakeholder on the map to see how they moved.</source>
            <translation>Sélectionnez une partie prenante sur la carte pour voir comment sa position a évolué.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="422" />
            <source>Set position…</source>
            <translation>Définir la position…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="247" />
            <source>Stance history</source>
            <translation>Historique des positions</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="138" />
            <source>The whole map as an image</source>
            <translation>Toute la carte en image</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="139" />
            <source>Vector, sharp in slides and reports</source>
            <translation>Vectoriel, net dans les présentations et les rapports</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="418" />
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="424" />
            <source>Vote:</source>
            <translation>Vote :</translation>
        </message>
        <message>
            <source>Who can get us to this target? Pick From and To, then Show paths.</source>
            <translation type="vanished">Qui peut nous mener jusqu'à cette cible ? Choisissez De et À, puis Afficher les chemins.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="318" />
            <source>Who can get us to this target? Pick From and To, then Show paths. Right-click a stakeholder or a link to add, edit or remove relationships.</source>
            <translation>Qui peut nous mener jusqu'à cette cible ? Choisissez « De » et « À », puis « Afficher les chemins ». Clic droit sur une partie prenante ou un lien pour ajouter, modifier ou supprimer des relations.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="287" />
            <source>recorded</source>
            <translation>enregistré</translation>
        </message>
    </context>
    <context>
        <name>CampaignWorkspace</name>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="231" />
            <source>Add ask</source>
            <translation>Ajouter une demande</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="518" />
            <source>Add quote</source>
            <translation>Ajouter une citation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="401" />
            <source>Add someone</source>
            <translation>Ajouter quelqu'un</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="230" />
            <source>Asks</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Closed briefings</source>
            <translation>Réunions à huis clos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="339" />
            <source>Confidential: never leaves the team</source>
            <translation>Confidentiel : ne sort jamais de l'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="250" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="99" />
            <source>Edit campaign…</source>
            <translation>Modifier la campagne…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="399" />
            <source>Edit position…</source>
            <translation>Modifier la position…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="560" />
            <source>Engagement log</source>
            <translation>Journal des échanges</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="395" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="157" />
            <source>Lead: {lead}</source>
            <translation>Responsable : {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="101" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="559" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="235" />
            <source>No asks yet. What do you want decision-makers to do? Add an ask.</source>
            <translation>Aucune demande pour l'instant. Que voulez-vous que les décideurs fassent ? Ajoutez une demande.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="214" />
            <source>No objective yet: edit the campaign to add one.</source>
            <translation>Pas encore d'objectif : modifiez la campagne pour en ajouter un.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="219" />
            <source>No strategy yet.</source>
            <translation>Pas encore de stratégie.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="530" />
            <source>No voices yet. Add what affected people and local partners say, in their words.</source>
            <translation>Aucune voix pour l'instant. Ajoutez ce que disent les personnes affectées et les partenaires locaux, dans leurs propres mots.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="419" />
            <source>Nobody in this campaign yet. Click Add someone to map who matters.</source>
            <translation>Personne dans cette campagne pour l'instant. Cliquez sur Ajouter quelqu'un pour cartographier qui compte.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="213" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="224" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="557" />
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="558" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="499" />
            <source>Power map</source>
            <translation>Carte des pouvoirs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="500" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="397" />
            <location filename="../../ui/pages/campaign_workspace.py" line="468" />
            <source>Remove from campaign</source>
            <translation>Retirer de la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="502" />
            <location filename="../../ui/pages/campaign_workspace.py" line="219" />
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Team only</source>
            <translation>Équipe seulement</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="144" />
            <source>This campaign was deleted (Ctrl+Z brings it back)</source>
            <translation>Cette campagne a été supprimée (Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="501" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="561" />
            <location filename="../../ui/pages/sign_ons_tab.py" line="244" />
            <source>Voices</source>
            <translation>Voix</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="503" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="207" />
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="204" />
            <source>people in play</source>
            <translation>personnes en jeu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="153" />
            <source>since {d}</source>
            <translation>depuis le {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="205" />
            <source>supportive or champions</source>
            <translation>favorables ou champions</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="155" />
            <source>until {d}</source>
            <translation>jusqu'au {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="206" />
            <source>upcoming moments</source>
            <translation>moments à venir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="437" />
            <source>{n} people and organisations</source>
            <translation>{n} personnes et organisations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="541" />
            <source>{n} quotes</source>
            <translation>{n} citations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="147" />
            <source>{p} priority</source>
            <translation>priorité {p}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="85" />
            <source>‹ All campaigns</source>
            <translation>‹ Toutes les campagnes</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/pages/base.py" line="167" />
            <location filename="../../ui/pages/campaigns.py" line="20" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="378" />
            <location filename="../../ui/pages/stakeholders.py" line="67" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="31" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="21" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="379" />
            <location filename="../../ui/pages/stakeholders.py" line="68" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="502" />
            <location filename="../../ui/pages/engagements.py" line="30" />
            <location filename="../../ui/pages/milestones.py" line="33" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="80" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="38" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="182" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="44" />
            <source>Follow up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="347" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="362" />
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="35" />
            <location filename="../../ui/pages/stakeholders.py" line="66" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="501" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="370" />
            <source>Last contact</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="39" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Local / women-led</source>
            <translation>Locale / dirigée par des femmes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="43" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="503" />
            <source>May be named</source>
            <translation>Peut être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="34" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="333" />
            <location filename="../../ui/pages/stakeholders.py" line="54" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="79" />
            <source>Name consent</source>
            <translation>Accord pour être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="185" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="377" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="184" />
            <source>Old</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="56" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="369" />
            <location filename="../../ui/pages/milestones.py" line="44" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="43" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="81" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="30" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="486" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="179" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="346" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="57" />
            <location filename="../../ui/pages/stakeholders.py" line="69" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="495" />
            <source>Speaker</source>
            <translation>Locuteur</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="354" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="37" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="22" />
            <location filename="../../ui/pages/milestones.py" line="36" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="32" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="40" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="77" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="494" />
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="177" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="178" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
    </context>
    <context>
        <name>ExportCalendar</name>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="47" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="50" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="94" />
            <source>Calendar export failed</source>
            <translation>Échec de l'export du calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="89" />
            <source>Calendar exported</source>
            <translation>Calendrier exporté</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="40" />
            <source>Calendar file (.ics)</source>
            <translation>Fichier de calendrier (.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="54" />
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="114" />
            <location filename="../../ui/dialogs/export_calendar.py" line="36" />
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="41" />
            <source>Milestones as all-day events in an .ics file (Outlook, Google Calendar, Apple Calendar). Importing a newer export updates the events.</source>
            <translation>Les jalons sous forme d'événements d'une journée dans un fichier .ics (Outlook, Google Agenda, Calendrier Apple). Importer un export plus récent met les événements à jour.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="49" />
            <source>Milestones of</source>
            <translation>Jalons de</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="116" />
            <source>iCalendar file (*.ics)</source>
            <translation>Fichier iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="88" />
            <source>{n} milestones written to {name}.</source>
            <translation>{n} jalons écrits dans {name}.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../ui/dialogs/audience_choice.py" line="63" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Internal — the team only: everything, including confidential partners</source>
            <translation type="vanished">Interne — équipe seulement : tout, partenaires confidentiels compris</translation>
        </message>
        <message>
            <source>Public — anyone: only what partners agreed to make public</source>
            <translation type="vanished">Public — tous : seulement ce que les partenaires ont accepté de publier</translation>
        </message>
        <message>
            <source>Restricted — closed-door briefings: partners named only with consent</source>
            <translation type="vanished">Restreint — huis clos : partenaires nommés seulement avec leur accord</translation>
        </message>
    </context>
    <context>
        <name>FileWritten</name>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="40" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="41" />
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../ui/first_run.py" line="45" />
            <source>DEMO WORKSPACE · sample data, explore freely</source>
            <translation>ESPACE DE DÉMONSTRATION · données d'exemple, explorez librement</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="47" />
            <source>This is the demo workspace</source>
            <translation>Ceci est l'espace de démonstration</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <source>Achieved on</source>
            <translation>Obtenue le</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="52" />
            <source>Actual vote</source>
            <translation>Vote effectif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="383" />
            <source>Add a participant: type a name…</source>
            <translation>Ajouter un participant : tapez un nom…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="66" />
            <source>Add a signatory to {title}</source>
            <translation>Ajouter un signataire à {title}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>Add ask</source>
            <translation>Ajouter une demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="91" />
            <source>Add member state</source>
            <translation>Ajouter un État membre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="44" />
            <source>Add milestone</source>
            <translation>Ajouter un jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="35" />
            <source>Add quote</source>
            <translation>Ajouter une citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="119" />
            <source>Add relationship</source>
            <translation>Ajouter une relation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="45" />
            <source>Add sign-on</source>
            <translation>Ajouter une signature collective</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="64" />
            <source>Add signatory</source>
            <translation>Ajouter un signataire</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="65" />
            <source>Add someone to the campaign</source>
            <translation>Ajouter quelqu'un à la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="107" />
            <source>Add stakeholder</source>
            <translation>Ajouter une partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="51" />
            <source>Add to campaign</source>
            <translation>Ajouter à la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="59" />
            <source>As they agreed in general</source>
            <translation>Selon leur accord général</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="22" />
            <source>Ask</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="29" />
            <location filename="../../ui/forms/milestone.py" line="30" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="82" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="65" />
            <source>Change vote of {state}</source>
            <translation>Modifier le vote de {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="21" />
            <source>Change {field}</source>
            <translation>Modifier : {field}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="215" />
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu’un d’autre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="33" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="106" />
            <source>Choose how they are linked…</source>
            <translation>Choisir le type de lien…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="218" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>Comma-separated</source>
            <translation>Séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="47" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <source>Confidential — never leaves the team</source>
            <translation type="vanished">Confidentiel — ne sort jamais de l'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="30" />
            <location filename="../../ui/forms/stakeholder.py" line="96" />
            <source>Consent to be named</source>
            <translation>Consentement à être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="21" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="83" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="21" />
            <source>Country or theme</source>
            <translation>Pays ou thème</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="33" />
            <source>Create campaign</source>
            <translation>Créer la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="32" />
            <location filename="../../ui/forms/milestone.py" line="34" />
            <location filename="../../ui/forms/quote.py" line="27" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="39" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>Edit ask</source>
            <translation>Modifier la demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Edit campaign</source>
            <translation>Modifier la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="50" />
            <source>Edit engagement</source>
            <translation>Modifier l'échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="42" />
            <source>Edit milestone</source>
            <translation>Modifier le jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="65" />
            <source>Edit position</source>
            <translation>Modifier la position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="34" />
            <source>Edit quote</source>
            <translation>Modifier la citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="131" />
            <source>Edit relationship</source>
            <translation>Modifier la relation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="44" />
            <source>Edit sign-on</source>
            <translation>Modifier la signature collective</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="105" />
            <source>Edit stakeholder</source>
            <translation>Modifier la partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="22" />
            <source>Edit {noun}</source>
            <translation>Modifier {noun}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="85" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="27" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="21" />
            <source>Endorsement of an ask</source>
            <translation>Soutien à une demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="42" />
            <source>Expected vote</source>
            <translation>Vote attendu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="38" />
            <source>Follow up on</source>
            <translation>Relancer le</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="144" />
            <source>Form error</source>
            <translation>Erreur dans le formulaire</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="109" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>How you will get there</source>
            <translation>Comment vous y parviendrez</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="23" />
            <source>In the speaker's own words</source>
            <translation>Dans les mots mêmes du locuteur</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="33" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Influences</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="39" />
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <source>Internal — team and closed briefings</source>
            <translation type="vanished">Interne — équipe et réunions à huis clos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Is a member of</source>
            <translation>Est membre de</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Is allied with</source>
            <translation>Est en alliance avec</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="19" />
            <source>Joint letter</source>
            <translation>Lettre conjointe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="20" />
            <source>Joint statement</source>
            <translation>Déclaration conjointe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="33" />
            <location filename="../../ui/forms/sign_on.py" line="38" />
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="84" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="110" />
            <location filename="../../ui/forms/sign_on.py" line="42" />
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="87" />
            <source>Local actor (from the affected community)</source>
            <translation>Acteur local (de la communauté affectée)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="50" />
            <source>Log an engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="53" />
            <source>Log it</source>
            <translation>Consigner</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="58" />
            <source>May be named</source>
            <translation>Peut être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>May be named in closed-door briefings</source>
            <translation>Peut être nommé lors de réunions à huis clos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>May be named publicly</source>
            <translation>Peut être nommé publiquement</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="20" />
            <location filename="../../ui/forms/stakeholder.py" line="74" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>New ask</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="42" />
            <source>New milestone</source>
            <translation>Nouveau jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="34" />
            <source>New quote</source>
            <translation>Nouvelle citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="131" />
            <source>New relationship</source>
            <translation>Nouvelle relation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="44" />
            <source>New sign-on</source>
            <translation>Nouvelle signature collective</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="105" />
            <source>New stakeholder</source>
            <translation>Nouvelle partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="43" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="39" />
            <source>No ask</source>
            <translation>Aucune demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="216" />
            <source>No date</source>
            <translation>Pas de date</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="39" />
            <source>No follow-up</source>
            <translation>Pas de relance</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>Not to be named outside the team</source>
            <translation>Ne pas nommer hors de l'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="53" />
            <source>Not voted yet</source>
            <translation>Pas encore voté</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="112" />
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="99" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="296" />
            <source>Nothing was saved.</source>
            <translation>Rien n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Opposes</source>
            <translation>S'oppose à</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <location filename="../../ui/forms/quote.py" line="26" />
            <location filename="../../ui/forms/sign_on.py" line="41" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="112" />
            <source>Optional: how they know each other, how close</source>
            <translation>Facultatif : comment ils se connaissent, à quel point ils sont proches</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="42" />
            <source>Optional: where it is published</source>
            <translation>Facultatif : où il est publié</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="78" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="35" />
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="219" />
            <source>Overwrite</source>
            <translation>Écraser</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="38" />
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="34" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="74" />
            <source>Person or organisation</source>
            <translation>Personne ou organisation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="86" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="188" />
            <source>Pick both stakeholders and how they are linked.</source>
            <translation>Choisissez les deux parties prenantes et leur type de lien.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="387" />
            <source>Press Delete to remove the selected participant</source>
            <translation>Appuyez sur Suppr pour retirer le participant sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Public — may appear in any document</source>
            <translation type="vanished">Public — peut figurer dans tout document</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="23" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="217" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="240" />
            <source>Reloaded: these are the values saved by your colleague.</source>
            <translation>Rechargé : voici les valeurs enregistrées par votre collègue.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="231" />
            <source>Remove relationship</source>
            <translation>Supprimer la relation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="388" />
            <source>Remove selected</source>
            <translation>Retirer la sélection</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="30" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Same day</source>
            <translation>Le même jour</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="152" />
            <location filename="../../ui/forms/interaction.py" line="53" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="41" />
            <location filename="../../ui/forms/stakeholder.py" line="91" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="40" />
            <source>Sent or published on</source>
            <translation>Envoyé ou publié le</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="78" />
            <location filename="../../ui/forms/vote_position.py" line="63" />
            <source>Set vote of {state}</source>
            <translation>Définir le vote de {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="54" />
            <source>Signatory</source>
            <translation>Signataire</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="55" />
            <source>Signed on</source>
            <translation>Signé le</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="44" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="26" />
            <source>Speaker</source>
            <translation>Locuteur</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="28" />
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="36" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="26" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="25" />
            <location filename="../../ui/forms/campaign.py" line="24" />
            <location filename="../../ui/forms/milestone.py" line="37" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="39" />
            <source>Supports the ask</source>
            <translation>Soutient la demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="23" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>Target stakeholder</source>
            <translation>Partie prenante ciblée</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="41" />
            <source>Text or summary</source>
            <translation>Texte ou résumé</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="161" />
            <source>The relationship in words</source>
            <translation>La relation en toutes lettres</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="63" />
            <source>There is already a stakeholder named “{name}”{where}. Save again to add a second one, or Cancel and use the existing one.</source>
            <translation>Il existe déjà un acteur nommé « {name} »{where}. Enregistrez à nouveau pour en ajouter un second, ou annulez et utilisez l’existant.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <location filename="../../ui/forms/sign_on.py" line="37" />
            <location filename="../../ui/forms/stakeholder.py" line="81" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="111" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="24" />
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="164" />
            <source>Turn the direction round: To becomes From</source>
            <translation>Inverser le sens : « À » devient « De »</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="54" />
            <source>Type a name</source>
            <translation>Tapez un nom</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="323" />
            <location filename="../../ui/forms/relationship.py" line="102" />
            <location filename="../../ui/forms/relationship.py" line="103" />
            <source>Type a name…</source>
            <translation>Saisissez un nom…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="43" />
            <source>Unknown (undecided)</source>
            <translation>Inconnu (indécis)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="98" />
            <source>Vote of {state}</source>
            <translation>Vote de {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>What happened (after the date)</source>
            <translation>Ce qui s'est passé (après la date)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="22" />
            <source>What should the target do?</source>
            <translation>Que doit faire la cible ?</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="35" />
            <source>What was agreed</source>
            <translation>Ce qui a été convenu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <source>What was said, in a sentence or two</source>
            <translation>Ce qui a été dit, en une ou deux phrases</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>What will have changed when you win?</source>
            <translation>Qu'est-ce qui aura changé quand vous aurez gagné ?</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="44" />
            <source>Where the stance assessment comes from</source>
            <translation>D'où vient l'évaluation de la position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Who in the team keeps in touch</source>
            <translation>Qui, dans l'équipe, garde le contact</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="134" />
            <source>Who knows whom. Paths on the relationship map follow every link in either direction, except “opposes”.</source>
            <translation>Qui connaît qui. Les chemins de la carte des relations suivent chaque lien dans les deux sens, sauf « s'oppose à ».</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Who leads it in the team</source>
            <translation>Qui la pilote dans l'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Who said what, and when</source>
            <translation>Qui a dit quoi, et quand</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="88" />
            <source>Women-led</source>
            <translation>Dirigée par des femmes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Works at</source>
            <translation>Travaille à</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="79" />
            <source>Works at… (optional)</source>
            <translation>Travaille à… (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="60" />
            <source>a milestone cannot depend on itself</source>
            <translation>un jalon ne peut pas dépendre de lui-même</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>ask</source>
            <translation>la demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="33" />
            <source>campaign</source>
            <translation>la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="55" />
            <source>contains control characters</source>
            <translation>contient des caractères de contrôle</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="81" />
            <source>e.g. Deputy Permanent Representative</source>
            <translation>p. ex. Représentant permanent adjoint</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="37" />
            <source>e.g. Joint letter to General Assembly delegations</source>
            <translation>p. ex. Lettre conjointe aux délégations à l'Assemblée générale</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="20" />
            <source>e.g. Missing persons in Syria</source>
            <translation>p. ex. Personnes disparues en Syrie</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>e.g. New York, Geneva, online</source>
            <translation>p. ex. New York, Genève, en ligne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <source>e.g. Security Council open debate</source>
            <translation>p. ex. Débat public du Conseil de sécurité</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="23" />
            <source>e.g. UN General Assembly member states</source>
            <translation>p. ex. les États membres de l'Assemblée générale des Nations Unies</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="84" />
            <source>e.g. ar, en</source>
            <translation>p. ex. ar, fr</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>e.g. ar, en, fr</source>
            <translation>p. ex. ar, en, fr</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>engagement</source>
            <translation>l'échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="56" />
            <source>is not a date (expected YYYY-MM-DD)</source>
            <translation>n'est pas une date (attendu AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="58" />
            <source>is not a language tag (like en, ar, fr-CH)</source>
            <translation>n'est pas un code de langue (comme en, ar, fr-CH)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="59" />
            <source>is not an email address (like name@example.org)</source>
            <translation>n'est pas une adresse électronique (par exemple nom@example.org)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="57" />
            <source>is out of range (years 1900 to 2200)</source>
            <translation>est hors limites (années 1900 à 2200)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="51" />
            <source>is required</source>
            <translation>obligatoire</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="75" />
            <source>is required: choose how the two are linked</source>
            <translation>est obligatoire : choisissez le type de lien entre les deux</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="75" />
            <location filename="../../ui/forms/relationship.py" line="75" />
            <source>is required: type a name and pick the stakeholder from the list</source>
            <translation>est obligatoire : saisissez un nom et choisissez la partie prenante dans la liste</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="77" />
            <source>is the same stakeholder as From: a relationship links two different ones</source>
            <translation>est la même partie prenante que « De » : une relation relie deux parties prenantes différentes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="44" />
            <source>milestone</source>
            <translation>le jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="54" />
            <source>must be a single line</source>
            <translation>doit tenir sur une ligne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="53" />
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="52" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="52" />
            <source>position</source>
            <translation>la position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="35" />
            <source>quote</source>
            <translation>la citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="120" />
            <source>relationship</source>
            <translation>la relation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="45" />
            <source>sign-on</source>
            <translation>signature collective</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="107" />
            <source>stakeholder</source>
            <translation>la partie prenante</translation>
        </message>
        <message>
            <source>{action} — {subject}</source>
            <translation type="vanished">{action} — {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} influences {b}</source>
            <translation>{a} influence {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} is a member of {b}</source>
            <translation>{a} est membre de {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} is allied with {b}</source>
            <translation>{a} est en alliance avec {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} opposes {b}</source>
            <translation>{a} s'oppose à {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} works at {b}</source>
            <translation>{a} travaille à {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="295" />
            <source>{field} {reason}.</source>
            <translation>{field} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="293" />
            <source>{field} {reason}. Nothing was saved.</source>
            <translation>{field} : {reason}. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="101" />
            <source>{name} · {group}. The actual vote is entered after the vote.</source>
            <translation>{name} · {group}. Le vote effectif se saisit après le vote.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="162" />
            <source>⇅ Swap From and To</source>
            <translation>⇅ Inverser « De » et « À »</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/help.py" line="56" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="258" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="255" />
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="97" />
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="90" />
            <source>Anywhere in the window</source>
            <translation>Partout dans la fenêtre</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="162" />
            <source>Campaign Planner user guide</source>
            <translation>Guide de l'utilisateur de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="112" />
            <source>Close a dialog or the quick search without saving</source>
            <translation>Fermer une boîte de dialogue ou la recherche rapide sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="126" />
            <source>Every shortcut of this window, read from its menus.</source>
            <translation>Tous les raccourcis de cette fenêtre, lus dans ses menus.</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="131" />
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="104" />
            <source>Filter the current list</source>
            <translation>Filtrer la liste affichée</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="97" />
            <source>In lists</source>
            <translation>Dans les listes</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="113" />
            <source>Jump to a form field or open a menu</source>
            <translation>Aller à un champ ou ouvrir un menu</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="123" />
            <location filename="../../ui/help.py" line="134" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="110" />
            <source>Move between fields and buttons</source>
            <translation>Passer d'un champ ou d'un bouton à l'autre</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="111" />
            <source>Open the selected row; save a form</source>
            <translation>Ouvrir la ligne choisie ; enregistrer un formulaire</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="114" />
            <source>Press the focused button or tick a box</source>
            <translation>Activer le bouton sélectionné ou cocher une case</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="261" />
            <source>Take the &amp;tour</source>
            <translation>Faire la &amp;visite guidée</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="177" />
            <source>The user guide is missing from this installation ({path}).</source>
            <translation>Le guide de l'utilisateur manque dans cette installation ({path}).</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="169" />
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="113" />
            <source>underlined letter</source>
            <translation>lettre soulignée</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="134" />
            <location filename="../../ui/pages/history_tab.py" line="140" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Achieved on</source>
            <translation>Obtenue le</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Actual vote</source>
            <translation>Vote effectif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="292" />
            <source>CSV file (*.csv)</source>
            <translation>Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="253" />
            <source>Cannot read the history: {e}</source>
            <translation>Impossible de lire l'historique : {e}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="348" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Consent</source>
            <translation>Accord</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Consent note</source>
            <translation>Note sur l'accord</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Created</source>
            <translation>Création</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Deleted</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Depends on</source>
            <translation>Dépend de</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Expected vote</source>
            <translation>Vote attendu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="292" />
            <location filename="../../ui/pages/history_tab.py" line="300" />
            <source>Export audit</source>
            <translation>Exporter l'audit</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="217" />
            <source>Export audit…</source>
            <translation>Exporter l'audit…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="214" />
            <source>Filter by record, field, person or value…</source>
            <translation>Filtrer par fiche, champ, personne ou valeur…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Follow-up date</source>
            <translation>Date de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="362" />
            <source>History of {name}</source>
            <translation>Historique de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="368" />
            <source>History — {name}</source>
            <translation>Historique — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Local actor</source>
            <translation>Acteur local</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Member added</source>
            <translation>Membre ajouté</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Member removed</source>
            <translation>Membre retiré</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="365" />
            <source>No changes recorded for {name} yet.</source>
            <translation>Aucune modification enregistrée pour {name} pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="322" />
            <source>No changes recorded yet. Every edit to this campaign will be listed here.</source>
            <translation>Aucune modification enregistrée pour l'instant. Chaque modification de cette campagne apparaîtra ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="378" />
            <source>No changes recorded yet. Every edit will be listed here.</source>
            <translation>Aucune modification enregistrée pour l’instant. Chaque modification sera listée ici.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="375" />
            <source>Recent changes in this workspace</source>
            <translation>Modifications récentes dans cet espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Removed for good</source>
            <translation>Suppression définitive</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Restored</source>
            <translation>Restauration</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="127" />
            <source>Shared</source>
            <translation>Partagé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Target stakeholder</source>
            <translation>Partie prenante ciblée</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Women-led</source>
            <translation>Dirigée par des femmes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="306" />
            <source>Wrote {n} changes to {p}</source>
            <translation>{n} modifications écrites dans {p}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="142" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="142" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="278" />
            <source>{n} changes</source>
            <translation>{n} modifications</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="281" />
            <source>{n} of {t} changes</source>
            <translation>{n} modifications sur {t}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="138" />
            <source>{n} people</source>
            <translation>{n} personnes</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="476" />
            <source> (demo)</source>
            <translation> (démo)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_actions.py" line="171" />
            <source>%n conflicts resolved here. Your choices reach the server at the next sync.</source>
            <translation>
                <numerusform>%n conflit résolu ici. Votre choix parvient au serveur à la prochaine synchronisation.</numerusform>
                <numerusform>%n conflits résolus ici. Vos choix parviennent au serveur à la prochaine synchronisation.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>&amp;About Campaign Planner</source>
            <translation>À &amp;propos de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="173" />
            <source>&amp;Brief…</source>
            <translation>&amp;Note de plaidoyer…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="172" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="150" />
            <source>&amp;Change passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>&amp;Close workspace</source>
            <translation>&amp;Fermer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="152" />
            <source>&amp;Decrypt workspace…</source>
            <translation>&amp;Déchiffrer l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="148" />
            <source>&amp;Encrypt workspace…</source>
            <translation>&amp;Chiffrer l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="181" />
            <source>&amp;History…</source>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="143" />
            <source>&amp;Import tracker…</source>
            <translation>&amp;Importer un tableau de suivi…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>&amp;Log engagement…</source>
            <translation>&amp;Consigner un échange…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Nouvel espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>&amp;Open workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="147" />
            <source>&amp;Security</source>
            <translation>&amp;Sécurité</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="461" />
            <source>About Campaign Planner</source>
            <translation>À propos de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="454" />
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="281" />
            <source>Campaign Planner workspace (*.db)</source>
            <translation>Espace de travail Campaign Planner (*.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>Campaign Planner workspace (*.db);;All files (*)</source>
            <translation>Espace de travail Campaign Planner (*.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="462" />
            <source>Campaign Planner {v}
Offline-first planning for coalition convenors.</source>
            <translation>Campaign Planner {v}
La planification hors ligne pour les coordinateurs de coalitions.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="70" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>Cannot open the demo</source>
            <translation>Impossible d'ouvrir la démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="44" />
            <source>Carry on this &amp;laptop…</source>
            <translation>Emporter sur cet &amp;ordinateur…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="177" />
            <source>Conflicts resolved</source>
            <translation>Conflits résolus</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Ctrl+Shift+W</source>
            <translation>Ctrl+Shift+W</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="69" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="478" />
            <source>Demo data: explore freely</source>
            <translation>Données de démonstration : explorez librement</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="142" />
            <source>E&amp;xport tracker…</source>
            <translation>E&amp;xporter le tableau de suivi…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="445" />
            <source>Engagement logged.</source>
            <translation>Échange consigné.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="73" />
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="144" />
            <source>Export &amp;bundle…</source>
            <translation>Exporter un &amp;paquet…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="145" />
            <source>Import b&amp;undle…</source>
            <translation>Importer un pa&amp;quet…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>Log engagement</source>
            <translation>Nouvel échange</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="72" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <location filename="../../ui/main_window.py" line="287" />
            <source>New workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>No recent workspaces</source>
            <translation>Aucun espace de travail récent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="244" />
            <source>Not undone</source>
            <translation>Non annulé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>Open &amp;demo workspace</source>
            <translation>Ouvrir l'espace de &amp;démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="297" />
            <source>Open workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Opened {path}. Every change is saved as you make it.</source>
            <translation>{path} ouvert. Chaque modification est enregistrée au fur et à mesure.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Quick &amp;search…</source>
            <translation>Recherche &amp;rapide…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="146" />
            <source>Restore from &amp;backup…</source>
            <translation>Restaurer une sau&amp;vegarde…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="42" />
            <source>S&amp;ync with server…</source>
            <translation>S&amp;ynchroniser avec le serveur…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <source>Select a stakeholder, or open a campaign, to see its history.</source>
            <translation type="vanished">Sélectionnez une partie prenante ou ouvrez une campagne pour voir son historique.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="71" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="136" />
            <source>Sync cancelled</source>
            <translation>Synchronisation annulée</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="132" />
            <source>Sync failed</source>
            <translation>Échec de la synchronisation</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="179" />
            <source>Sync now</source>
            <translation>Synchroniser maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>That item no longer exists.</source>
            <translation>Cet élément n'existe plus.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_actions.py" line="95" />
            <source>The next sync removes %n records from this laptop (never from the server), and drops its automatic backups, which hold them.</source>
            <translation>
                <numerusform>La prochaine synchronisation retire %n enregistrement de cet ordinateur (jamais du serveur) et supprime ses sauvegardes automatiques, qui le contiennent.</numerusform>
                <numerusform>La prochaine synchronisation retire %n enregistrements de cet ordinateur (jamais du serveur) et supprime ses sauvegardes automatiques, qui les contiennent.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="137" />
            <source>The sync stopped before it finished. Nothing is half-written: each side holds all or none of each step's changes, and the next sync completes the rest.</source>
            <translation>La synchronisation s'est arrêtée avant la fin. Rien n'est écrit à moitié : chaque côté contient toutes les modifications d'une étape ou aucune, et la prochaine synchronisation termine le reste.</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="35" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="103" />
            <source>What this laptop carries</source>
            <translation>Ce que cet ordinateur emporte</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="287" />
            <source>{path} already exists.</source>
            <translation>{path} existe déjà.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspace</name>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="48" />
            <source>A workspace is one file holding your campaigns, contacts, engagements and notes. Everything you change is saved in it as you go.</source>
            <translation>Un espace de travail est un fichier unique qui contient vos campagnes, contacts, échanges et notes. Chaque modification y est enregistrée au fur et à mesure.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="157" />
            <source>Cannot create it: {e}</source>
            <translation>Création impossible : {e}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="77" />
            <location filename="../../ui/dialogs/new_workspace.py" line="85" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="85" />
            <source>Create encrypted</source>
            <translation>Créer chiffré</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="147" />
            <source>Created {name}, encrypted.</source>
            <translation>{name} créé, chiffré.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="163" />
            <source>Creating the encrypted workspace…</source>
            <translation>Création de l'espace de travail chiffré…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="60" />
            <source>Encrypt this workspace</source>
            <translation>Chiffrer cet espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="57" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="162" />
            <location filename="../../ui/dialogs/new_workspace.py" line="43" />
            <location filename="../../ui/dialogs/new_workspace.py" line="47" />
            <location filename="../../ui/dialogs/new_workspace.py" line="154" />
            <source>New workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="64" />
            <source>Recommended if this computer travels or could be lost or seized: without the passphrase the file, its journal and its backups are unreadable. The passphrase is never stored; you type it each time you open the workspace.</source>
            <translation>Recommandé si cet ordinateur voyage ou risque d'être perdu ou saisi : sans la phrase secrète, le fichier, son journal et ses sauvegardes sont illisibles. La phrase secrète n'est jamais enregistrée ; vous la saisissez à chaque ouverture de l'espace de travail.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="310" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="43" />
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="129" />
            <location filename="../../ui/pages/base.py" line="322" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="104" />
            <source>All campaigns. Click a moment to edit it, drag it to reschedule (Ctrl+Z undoes).</source>
            <translation>Toutes les campagnes. Cliquez sur un moment pour le modifier, faites-le glisser pour le reprogrammer (Ctrl+Z annule).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="102" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="104" />
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="68" />
            <source>Any kind</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="107" />
            <source>Any role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="105" />
            <source>Any sensitivity</source>
            <translation>Toutes les sensibilités</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="63" />
            <location filename="../../ui/pages/milestones.py" line="64" />
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="545" />
            <source>Asks: {a}</source>
            <translation>Demandes : {a}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="49" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="561" />
            <source>Campaigns and their asks</source>
            <translation>Les campagnes et leurs demandes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="63" />
            <source>Cannot reschedule</source>
            <translation>Reprogrammation impossible</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="38" />
            <source>Confidential. </source>
            <translation>Confidentiel. </translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="106" />
            <source>Create a campaign first.</source>
            <translation>Créez d'abord une campagne.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="300" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="311" />
            <source>Days without contact</source>
            <translation>Jours sans contact</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="51" />
            <location filename="../../ui/pages/milestones.py" line="61" />
            <location filename="../../ui/pages/stakeholders.py" line="92" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="123" />
            <location filename="../../ui/pages/campaigns.py" line="128" />
            <source>Delete campaign</source>
            <translation>Supprimer la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="115" />
            <source>Delete milestone</source>
            <translation>Supprimer le jalon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="229" />
            <source>Delete stakeholder</source>
            <translation>Supprimer la partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="224" />
            <source>Delete stakeholders</source>
            <translation>Supprimer les parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="124" />
            <source>Delete {names}? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer {names} ? Ctrl+Z annule la suppression.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="225" />
            <source>Delete {n} stakeholder(s)? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer {n} partie(s) prenante(s) ? Ctrl+Z annule la suppression.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="46" />
            <location filename="../../ui/pages/stakeholders.py" line="93" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="69" />
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="128" />
            <source>Enter opens · Ctrl+K searches everything</source>
            <translation>Entrée ouvre · Ctrl+K cherche partout</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="484" />
            <source>Every target and partner was contacted recently.</source>
            <translation>Toutes les cibles et tous les partenaires ont été contactés récemment.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>Everyone you work with or seek to move, across campaigns</source>
            <translation>Tous ceux avec qui vous travaillez ou que vous cherchez à convaincre, toutes campagnes confondues</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="61" />
            <source>Filter by name, context or lead</source>
            <translation>Filtrer par nom, contexte ou responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="99" />
            <source>Filter by name, title, country, email…</source>
            <translation>Filtrer par nom, titre, pays, courriel…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="468" />
            <source>Follow-ups due</source>
            <translation>Relances à faire</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="457" />
            <source>Late {n}d</source>
            <translation>{n} j de retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="44" />
            <source>Link this stakeholder to someone they know</source>
            <translation>Relier cette partie prenante à quelqu'un qu'elle connaît</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="73" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="70" />
            <source>Meetings, calls and briefings, newest first</source>
            <translation>Réunions, appels et briefings, les plus récents d'abord</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="58" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="511" />
            <source>Moved toward us this month</source>
            <translation>Rapprochés de nos positions ce mois-ci</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="474" />
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="53" />
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="62" />
            <location filename="../../ui/pages/timeline_page.py" line="108" />
            <source>New milestone</source>
            <translation>Nouveau jalon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="94" />
            <source>New stakeholder</source>
            <translation>Nouvelle partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="406" />
            <source>Next week</source>
            <translation>La semaine prochaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="547" />
            <source>No asks yet</source>
            <translation>Aucune demande pour l'instant</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="106" />
            <source>No campaign</source>
            <translation>Aucune campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="102" />
            <source>No campaign matches this filter. Clear the filter to see them all.</source>
            <translation>Aucune campagne ne correspond à ce filtre. Effacez-le pour les voir toutes.</translation>
        </message>
        <message>
            <source>No campaigns yet. Click New campaign (Ctrl+N) to start one.</source>
            <translation type="vanished">Aucune campagne pour l'instant. Cliquez sur Nouvelle campagne pour en commencer une.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="100" />
            <source>No campaigns yet. Click New campaign (Ctrl+Shift+N) to start one.</source>
            <translation>Aucune campagne pour l'instant. Cliquez sur Nouvelle campagne (Ctrl+Shift+N) pour en commencer une.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="558" />
            <source>No campaigns yet. Go to Campaigns and click New campaign.</source>
            <translation>Aucune campagne pour l'instant. Allez dans Campagnes et cliquez sur Nouvelle campagne.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="527" />
            <source>No changes yet.</source>
            <translation>Aucune modification pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="464" />
            <source>No follow-ups due this week. Log a meeting (Ctrl+L) with a date.</source>
            <translation>Aucune relance prévue cette semaine. Consignez une réunion (Ctrl+L) avec une date de relance.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="88" />
            <source>No known links yet. Add who they work at, ally with or influence.</source>
            <translation>Aucun lien connu pour l'instant. Ajoutez où elle travaille, avec qui elle est alliée ou qui elle influence.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="93" />
            <source>No milestone matches this filter.</source>
            <translation>Aucun jalon ne correspond à ce filtre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="95" />
            <source>No milestones yet. Add the moments that matter: a vote, a session, a deadline.</source>
            <translation>Aucun jalon pour l'instant. Ajoutez les moments qui comptent : un vote, une session, une échéance.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="188" />
            <source>No stakeholders yet. Click New stakeholder to add the first one.</source>
            <translation>Aucune partie prenante pour l'instant. Cliquez sur Nouvelle partie prenante pour ajouter la première.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="509" />
            <source>No stance moved toward us in the last 30 days.</source>
            <translation>Aucune position ne s'est rapprochée des nôtres ces 30 derniers jours.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="186" />
            <source>Nobody matches this filter. Try fewer words or clear a filter.</source>
            <translation>Personne ne correspond à ce filtre. Essayez moins de mots ou effacez un filtre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="92" />
            <source>Nothing logged yet. Press Ctrl+L after a meeting or call to log it.</source>
            <translation>Rien de consigné pour l'instant. Appuyez sur Ctrl+L après une réunion ou un appel.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="444" />
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="418" />
            <source>Nothing planned.</source>
            <translation>Rien de prévu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="49" />
            <source>Open a campaign to plan its people, moments and asks</source>
            <translation>Ouvrez une campagne pour planifier ses personnes, ses moments et ses demandes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="273" />
            <location filename="../../ui/pages/dashboard.py" line="445" />
            <location filename="../../ui/pages/milestones.py" line="23" />
            <location filename="../../ui/pages/milestones.py" line="66" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="106" />
            <source>People and organisations</source>
            <translation>Personnes et organisations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="528" />
            <source>Recent changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="34" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="48" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="49" />
            <source>Remove the selected relationship (Ctrl+Z undoes)</source>
            <translation>Supprimer la relation sélectionnée (Ctrl+Z annule)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="57" />
            <source>Reschedule “{t}”</source>
            <translation>Reprogrammer « {t} »</translation>
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="243" />
            <source>Right-click to choose columns</source>
            <translation>Clic droit pour choisir les colonnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="71" />
            <source>Select a stakeholder to see who they know.</source>
            <translation>Sélectionnez une partie prenante pour voir qui elle connaît.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="194" />
            <source>Showing {n}+ stakeholders · counting…</source>
            <translation>{n}+ parties prenantes affichées · décompte en cours…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="496" />
            <source>Targets and partners not contacted</source>
            <translation>Cibles et partenaires sans contact</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="312" />
            <source>Targets and partners not contacted for more than this</source>
            <translation>Cibles et partenaires sans contact depuis plus longtemps que ce délai</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="337" />
            <source>The dashboard could not be loaded: {error}</source>
            <translation>Impossible de charger le tableau de bord : {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="59" />
            <source>The moments your campaigns are built around</source>
            <translation>Les moments autour desquels vos campagnes se construisent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="405" />
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="424" />
            <source>This week and next</source>
            <translation>Cette semaine et la suivante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="103" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="459" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="329" />
            <source>Today is {day}</source>
            <translation>Nous sommes le {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="66" />
            <source>Upcoming</source>
            <translation>À venir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="357" />
            <source>active campaigns</source>
            <translation>campagnes actives</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="360" />
            <source>follow-ups due today or late</source>
            <translation>relances pour aujourd'hui ou en retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="445" />
            <source>late</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="552" />
            <source>lead {who}</source>
            <translation>responsable : {who}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="422" />
            <source>moments</source>
            <translation>moments</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="358" />
            <source>moments this week and next</source>
            <translation>moments cette semaine et la suivante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="490" />
            <source>more than</source>
            <translation>plus de</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="480" />
            <source>no owner</source>
            <translation>sans responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="359" />
            <source>overdue milestones</source>
            <translation>jalons en retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="480" />
            <source>owner {o}</source>
            <translation>responsable : {o}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="441" />
            <source>record the outcome or reschedule</source>
            <translation>consignez le résultat ou reprogrammez</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="361" />
            <source>targets and partners gone quiet</source>
            <translation>cibles et partenaires sans contact récent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="550" />
            <source>until {d}</source>
            <translation>jusqu'au {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="432" />
            <source>was due {d}</source>
            <translation>prévu le {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="465" />
            <source>{late} due or late · {n} this week</source>
            <translation>{late} à faire ou en retard · {n} cette semaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="477" />
            <source>{n} days</source>
            <translation>{n} jours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="90" />
            <source>{n} engagements</source>
            <translation>{n} échanges</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="561" />
            <source>{n} in total</source>
            <translation>{n} au total</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="89" />
            <source>{n} milestones</source>
            <translation>{n} jalons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="97" />
            <source>{n} of {total} campaigns</source>
            <translation>{n} campagnes sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="281" />
            <source>{n} of {t} {noun}</source>
            <translation>{n} sur {t} {noun}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="197" />
            <source>{n} stakeholders</source>
            <translation>{n} parties prenantes</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="165" />
            <source>Cannot unlock: {e}</source>
            <translation>Déverrouillage impossible : {e}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="379" />
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="352" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="371" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="79" />
            <source>Encrypted workspace</source>
            <translation>Espace de travail chiffré</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="87" />
            <location filename="../../ui/dialogs/passphrase.py" line="118" />
            <source>Enter its passphrase to open it.</source>
            <translation>Saisissez sa phrase secrète pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="367" />
            <source>I have stored the recovery key safely</source>
            <translation>J'ai rangé la clé de récupération en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="341" />
            <source>Keep this recovery key somewhere safe</source>
            <translation>Conservez cette clé de récupération en lieu sûr</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="213" />
            <location filename="../../ui/dialogs/passphrase.py" line="215" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="90" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="228" />
            <source>Passphrase problem</source>
            <translation>Problème de phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="224" />
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="339" />
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="216" />
            <source>Repeat it</source>
            <translation>Répétez-la</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="214" />
            <source>Repeat the new passphrase</source>
            <translation>Répétez la nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Strong</source>
            <translation>Forte</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="156" />
            <source>That {what} does not open {name}. Check it and try again.</source>
            <translation>Cette {what} n'ouvre pas {name}. Vérifiez-la et réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="266" />
            <location filename="../../ui/dialogs/passphrase.py" line="247" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes ne correspondent pas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="356" />
            <source>This is the only time it is shown. It opens the workspace if the passphrase is forgotten, so anyone who has it can read everything in it. Write it down or print it and keep it apart from this computer (not in a file next to the workspace). Without the passphrase and without this key, the data cannot be recovered by anyone.</source>
            <translation>C'est la seule fois qu'elle s'affiche. Elle ouvre l'espace de travail si la phrase secrète est oubliée : quiconque la détient peut donc tout y lire. Notez-la ou imprimez-la et conservez-la à l'écart de cet ordinateur (pas dans un fichier à côté de l'espace de travail). Sans la phrase secrète ni cette clé, personne ne pourra récupérer les données.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess. {hint}</source>
            <translation type="vanished">Cette phrase secrète est trop facile à deviner. {hint}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="262" />
            <source>This passphrase is too easy to guess: make it longer, as the hint says.</source>
            <translation>Cette phrase secrète est trop facile à deviner : allongez-la, comme l'indique le conseil.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="260" />
            <source>Type a passphrase.</source>
            <translation>Saisissez une phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="264" />
            <source>Type the passphrase a second time, to be sure of it.</source>
            <translation>Saisissez la phrase secrète une seconde fois, pour en être sûr.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="124" />
            <source>Type the passphrase first.</source>
            <translation>Saisissez d'abord la phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="114" />
            <source>Type the recovery key you were given when you encrypted it.</source>
            <translation>Saisissez la clé de récupération reçue lors du chiffrement.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="102" />
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="96" />
            <source>Unlock error</source>
            <translation>Erreur de déverrouillage</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="92" />
            <source>Use the recovery key instead (forgotten passphrase)</source>
            <translation>Utiliser plutôt la clé de récupération (phrase secrète oubliée)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Very weak</source>
            <translation>Très faible</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>passphrase</source>
            <translation>phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>recovery key</source>
            <translation>clé de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="84" />
            <source>{name} is encrypted</source>
            <translation>{name} est chiffré</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="60" />
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="78" />
            <source>Choose where to save the picture.</source>
            <translation>Choisissez où enregistrer l'image.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="63" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="44" />
            <location filename="../../ui/dialogs/picture_export.py" line="58" />
            <source>Export picture</source>
            <translation>Exporter l'image</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="51" />
            <source>For a slide or an email: the picture shows what the audience may see. Withheld partners are left out or described, never named, and the audience is printed at the bottom.</source>
            <translation>Pour une diapositive ou un courriel : l'image montre ce que le public peut voir. Les partenaires protégés sont omis ou décrits, jamais nommés, et le public est indiqué en bas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="61" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="108" />
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="78" />
            <source>The folder {f} does not exist.</source>
            <translation>Le dossier {f} n'existe pas.</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../ui/planning.py" line="124" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="125" />
            <source>Add &amp;moments…</source>
            <translation>Ajouter des &amp;moments…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="116" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation>Exporter le &amp;calendrier (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="101" />
            <source>{n} moments added as milestones. Ctrl+Z removes them.</source>
            <translation>{n} moments ajoutés comme jalons. Ctrl+Z les retire.</translation>
        </message>
    </context>
    <context>
        <name>PowerMap</name>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="601" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n partie prenante</numerusform>
                <numerusform>%n parties prenantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="714" />
            <source>%n stakeholders not shown</source>
            <translation>
                <numerusform>%n acteur non affiché</numerusform>
                <numerusform>%n acteurs non affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="603" />
            <source>(%n withheld for this audience)</source>
            <translation>
                <numerusform>(%n masquée pour ce public)</numerusform>
                <numerusform>(%n masquées pour ce public)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="828" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="386" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="381" />
            <source>All roles</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="83" />
            <source>Allies to strengthen</source>
            <translation>Alliés à renforcer</translation>
        </message>
        <message>
            <source>Audience: {audience}</source>
            <translation type="vanished">Public : {audience}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="317" />
            <source>Category:</source>
            <translation>Catégorie :</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="82" />
            <source>Champions to mobilise</source>
            <translation>Champions à mobiliser</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="831" />
            <source>Click to list them on the map</source>
            <translation>Cliquez pour les lister sur la carte</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="826" />
            <source>Close the list</source>
            <translation>Fermer la liste</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="765" />
            <source>Could not draw the power map</source>
            <translation>Impossible de dessiner la carte des pouvoirs</translation>
        </message>
        <message>
            <source>Could not write {target}</source>
            <translation type="vanished">Impossible d'écrire {target}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="661" />
            <source>Drag a stakeholder to
change stance or influence.</source>
            <translation>Faites glisser une partie prenante
pour changer sa position ou son influence.</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="311" />
            <source>Filter by category</source>
            <translation>Filtrer par catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="309" />
            <source>Filter by role</source>
            <translation>Filtrer par rôle</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="568" />
            <source>Influence  →</source>
            <translation>Influence  →</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="81" />
            <source>Key targets to move</source>
            <translation>Cibles clés à faire bouger</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="159" />
            <source>Last contact: none recorded</source>
            <translation>Dernier contact : aucun enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="154" />
            <source>Last contact: {date} ({ago})</source>
            <translation>Dernier contact : {date} ({ago})</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="160" />
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="641" />
            <source>Local actor</source>
            <translation>Acteur local</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="638" />
            <source>Markers</source>
            <translation>Repères</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="84" />
            <source>Monitor</source>
            <translation>À surveiller</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="325" />
            <source>Power map</source>
            <translation>Carte des pouvoirs</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="925" />
            <source>Power map canvas</source>
            <translation>Zone de la carte des pouvoirs</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="611" />
            <source>Power map of {campaign}: {total} stakeholders: {shown}. Select a stakeholder and use the arrow keys to change stance (left, right) or influence (up, down).</source>
            <translation>Carte des pouvoirs de {campaign} : {total} parties prenantes : {shown}. Sélectionnez une partie prenante et utilisez les flèches pour changer la position (gauche, droite) ou l'influence (haut, bas).</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="523" />
            <location filename="../../ui/views/power_map.py" line="756" />
            <source>Power map — {title}</source>
            <translation>Carte des pouvoirs — {title}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="628" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="315" />
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="648" />
            <source>Size = interest</source>
            <translation>Taille = intérêt</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="558" />
            <source>Stance  →  more supportive</source>
            <translation>Position  →  plus favorable</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="148" />
            <source>Stance: {stance} · Influence {influence} · Interest {interest}</source>
            <translation>Position : {stance} · Influence {influence} · Intérêt {interest}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="642" />
            <location filename="../../ui/views/power_map.py" line="160" />
            <source>Women-led</source>
            <translation>Dirigée par des femmes</translation>
        </message>
    </context>
    <context>
        <name>ProgressTask</name>
        <message>
            <location filename="../../ui/dialogs/progress_task.py" line="60" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="57" />
            <source>Before writing, {n} withheld name(s) or contact(s) found in the text will be replaced:</source>
            <translation>Avant l'écriture, {n} nom(s) ou coordonnée(s) protégés trouvés dans le texte seront remplacés :</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="121" />
            <source>Cannot write there</source>
            <translation>Impossible d'écrire ici</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="55" />
            <source>Checked: no withheld name, e-mail or phone in the text.</source>
            <translation>Vérifié : aucun nom, courriel ou téléphone protégé dans le texte.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="94" />
            <source>Checking the text for withheld names…</source>
            <translation>Recherche de noms protégés dans le texte…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="155" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="313" />
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="53" />
            <source>Internal: nothing is replaced; every name stays. Keep the file in the team.</source>
            <translation>Interne : rien n'est remplacé ; tous les noms restent. Gardez le fichier dans l'équipe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="81" />
            <source>Names replaced before writing</source>
            <translation>Noms remplacés avant l'écriture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="128" />
            <source>Replace?</source>
            <translation>Remplacer ?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="154" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="129" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="122" />
            <source>{p} is a symbolic link; choose the file itself.</source>
            <translation>{p} est un lien symbolique ; choisissez le fichier lui-même.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="63" />
            <source>• “{found}” → “{by}” ({where})</source>
            <translation>• « {found} » → « {by} » (dans {where})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="68" />
            <source>… and {n} more.</source>
            <translation>… et {n} autres.</translation>
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="144" />
            <source>Confidential: never leaves the team</source>
            <translation>Confidentiel : ne quitte jamais l’équipe</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="150" />
            <source>Nothing found. Try the first letters of a name.</source>
            <translation>Rien trouvé. Essayez les premières lettres d'un nom.</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="97" />
            <source>Search campaigns, people, moments, notes…</source>
            <translation>Chercher des campagnes, des personnes, des moments, des notes…</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Voices</source>
            <translation>Voix</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="104" />
            <source>↑↓ to choose · Enter to open · Esc to close</source>
            <translation>↑↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="588" />
            <source>%n shortest paths</source>
            <translation>
                <numerusform>%n plus court chemin</numerusform>
                <numerusform>%n plus courts chemins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="590" />
            <source>(%n links)</source>
            <translation>
                <numerusform>(%n lien)</numerusform>
                <numerusform>(%n liens)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="593" />
            <source>(and %n more)</source>
            <translation>
                <numerusform>(et %n autre)</numerusform>
                <numerusform>(et %n autres)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="513" />
            <source>Add relationship from here…</source>
            <translation>Ajouter une relation à partir d'ici…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="252" />
            <location filename="../../ui/views/relationship_map.py" line="255" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="260" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="639" />
            <source>Could not draw the relationship map</source>
            <translation>Impossible de dessiner la carte des relations</translation>
        </message>
        <message>
            <source>Could not write {target}</source>
            <translation type="vanished">Impossible d'écrire {target}</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="520" />
            <source>Edit relationship…</source>
            <translation>Modifier la relation…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="267" />
            <source>From:</source>
            <translation>De :</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="443" />
            <source>Links:</source>
            <translation>Liens :</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="470" />
            <source>Local actor</source>
            <translation>Acteur local</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="350" />
            <source>No known links yet ({n})</source>
            <translation>Aucun lien connu pour l'instant ({n})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="599" />
            <source>No path within %n links (opposition links are not paths).</source>
            <translation>
                <numerusform>Aucun chemin en %n lien au plus (les liens d'opposition ne sont pas des chemins).</numerusform>
                <numerusform>Aucun chemin en %n liens au plus (les liens d'opposition ne sont pas des chemins).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="468" />
            <source>No role in this campaign</source>
            <translation>Sans rôle dans cette campagne</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="514" />
            <source>Open record</source>
            <translation>Ouvrir la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="251" />
            <source>Path from</source>
            <translation>Chemin depuis</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="254" />
            <source>Path to</source>
            <translation>Chemin vers</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="453" />
            <source>Paths follow every link in either direction except “{opposes}”.</source>
            <translation>Les chemins suivent chaque lien dans les deux sens, sauf « {opposes} ».</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="278" />
            <source>Relationship map</source>
            <translation>Carte des relations</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="247" />
            <source>Relationship map canvas</source>
            <translation>Zone de la carte des relations</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="386" />
            <source>Relationship map: {n} stakeholders, {links} links.</source>
            <translation>Carte des relations : {n} parties prenantes, {links} liens.</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="521" />
            <source>Remove relationship</source>
            <translation>Supprimer la relation</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="462" />
            <source>Roles:</source>
            <translation>Rôles :</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="256" />
            <source>Show paths</source>
            <translation>Afficher les chemins</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="269" />
            <source>To:</source>
            <translation>À :</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="471" />
            <source>Women-led</source>
            <translation>Dirigé par des femmes</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="211" />
            <source> The replaced state is kept as {n}.</source>
            <translation> L'état remplacé est conservé sous le nom {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="64" />
            <source> · encrypted</source>
            <translation> · chiffrée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before a restore</source>
            <translation>Avant une restauration</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before a tracker import</source>
            <translation>Avant un import de tableau de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before decrypting</source>
            <translation>Avant le déchiffrement</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before encrypting</source>
            <translation>Avant le chiffrement</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Damaged file kept</source>
            <translation>Fichier endommagé conservé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Made by hand</source>
            <translation>Manuelle</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="150" />
            <source>No backups yet. They are taken on opening, on closing and every few minutes.</source>
            <translation>Aucune sauvegarde pour l'instant. Elles sont faites à l'ouverture, à la fermeture et toutes les quelques minutes.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>On closing</source>
            <translation>À la fermeture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>On opening</source>
            <translation>À l'ouverture</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="80" />
            <source>Pick the moment to go back to. The workspace as it is now is backed up first, so a restore can itself be undone by restoring that backup.
Backups are kept in {folder}.</source>
            <translation>Choisissez le moment auquel revenir. L'espace de travail dans son état actuel est d'abord sauvegardé : une restauration peut donc elle-même être annulée en restaurant cette sauvegarde.
Les sauvegardes sont conservées dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="106" />
            <source>Reading backups…</source>
            <translation>Lecture des sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="165" />
            <source>Replace the workspace with the backup of {when}?

Everything changed since then is set aside (the current state is backed up first).</source>
            <translation>Remplacer l'espace de travail par la sauvegarde du {when} ?

Tout ce qui a changé depuis est mis de côté (l'état actuel est d'abord sauvegardé).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="218" />
            <location filename="../../ui/dialogs/restore_backup.py" line="74" />
            <location filename="../../ui/dialogs/restore_backup.py" line="79" />
            <location filename="../../ui/dialogs/restore_backup.py" line="164" />
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="210" />
            <source>Restored the backup of {when}.</source>
            <translation>Sauvegarde du {when} restaurée.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="111" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="219" />
            <source>Restoring the backup of {when}…</source>
            <translation>Restauration de la sauvegarde du {when}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Taken</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="196" />
            <source>This backup was made under another passphrase: enter it, or the recovery key.</source>
            <translation>Cette sauvegarde a été faite avec une autre phrase secrète : saisissez-la, ou la clé de récupération.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="144" />
            <source>{n} backups, newest first.</source>
            <translation>{n} sauvegardes, les plus récentes d'abord.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="64" />
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../ui/dialogs/security.py" line="119" />
            <source>After decrypting, anyone who gets hold of this file (a lost laptop, a copied USB stick) can read every name, phone number and note in it.

Existing backups stay encrypted. Decrypt anyway?</source>
            <translation>Une fois le fichier déchiffré, quiconque met la main dessus (un ordinateur portable perdu, une clé USB copiée) peut lire chaque nom, numéro de téléphone et note qu'il contient.

Les sauvegardes existantes restent chiffrées. Déchiffrer quand même ?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="77" />
            <location filename="../../ui/dialogs/security.py" line="91" />
            <location filename="../../ui/dialogs/security.py" line="99" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="100" />
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="112" />
            <location filename="../../ui/dialogs/security.py" line="118" />
            <location filename="../../ui/dialogs/security.py" line="137" />
            <source>Decrypt workspace</source>
            <translation>Déchiffrer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="138" />
            <source>Decrypting the workspace…</source>
            <translation>Déchiffrement de l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="37" />
            <location filename="../../ui/dialogs/security.py" line="59" />
            <location filename="../../ui/dialogs/security.py" line="32" />
            <source>Encrypt workspace</source>
            <translation>Chiffrer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="59" />
            <source>Encrypting the workspace…</source>
            <translation>Chiffrement de l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="86" />
            <source>Enter the current passphrase (or the recovery key) to change it.</source>
            <translation>Saisissez la phrase secrète actuelle (ou la clé de récupération) pour la changer.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="129" />
            <source>Enter the passphrase (or the recovery key).</source>
            <translation>Saisissez la phrase secrète (ou la clé de récupération).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="103" />
            <source>Passphrase changed (and for {n} backups).</source>
            <translation>Phrase secrète changée (ainsi que pour {n} sauvegardes).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="92" />
            <source>The recovery key stays the same. Backups made with this key follow the change.</source>
            <translation>La clé de récupération reste la même. Les sauvegardes faites avec cette clé suivent le changement.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="38" />
            <source>The workspace file, its journal and its backups will be unreadable without this passphrase. It is never stored: you will type it each time you open the workspace. A backup is taken first.</source>
            <translation>Le fichier de l'espace de travail, son journal et ses sauvegardes seront illisibles sans cette phrase secrète. Elle n'est jamais enregistrée : vous la saisirez à chaque ouverture de l'espace de travail. Une sauvegarde est faite au préalable.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="141" />
            <source>The workspace is no longer encrypted.</source>
            <translation>L'espace de travail n'est plus chiffré.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="53" />
            <source>The workspace is now encrypted.</source>
            <translation>L'espace de travail est maintenant chiffré.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="33" />
            <source>This workspace is already encrypted. Use Change passphrase… to change it.</source>
            <translation>Cet espace de travail est déjà chiffré. Utilisez Changer la phrase secrète… pour la changer.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="112" />
            <source>This workspace is not encrypted.</source>
            <translation>Cet espace de travail n'est pas chiffré.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="78" />
            <source>This workspace is not encrypted. Use Encrypt workspace… first.</source>
            <translation>Cet espace de travail n'est pas chiffré. Utilisez d'abord Chiffrer l'espace de travail…</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="128" />
            <source> backups</source>
            <translation> sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="130" />
            <location filename="../../ui/settings_dialog.py" line="143" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="136" />
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="156" />
            <source>&amp;Dates</source>
            <translation>&amp;Dates</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="129" />
            <source>&amp;Keep the last</source>
            <translation>&amp;Garder les dernières</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="vanished">&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="94" />
            <source>&amp;Logo for briefs</source>
            <translation>&amp;Logo des notes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="88" />
            <source>&amp;Organisation name</source>
            <translation>Nom de l'&amp;organisation</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="150" />
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="162" />
            <source>A new language applies when the app restarts.</source>
            <translation>La nouvelle langue s'applique au redémarrage de l'application.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="138" />
            <source>Back up &amp;every</source>
            <translation>Sauvegarder &amp;toutes les</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="127" />
            <source>Backup &amp;folder</source>
            <translation>&amp;Dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="256" />
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="121" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="123" />
            <source>Beside the workspace file</source>
            <translation>À côté du fichier de l'espace de travail</translation>
        </message>
        <message>
            <source>Briefs and trackers</source>
            <translation type="vanished">Notes et tableaux de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="92" />
            <source>Choose a logo file</source>
            <translation>Choisir un fichier de logo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="125" />
            <source>Choose the backup folder</source>
            <translation>Choisir le dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="201" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Closed-door: for diplomats and UN officials</source>
            <translation type="vanished">Huis clos : pour les diplomates et les fonctionnaires de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="60" />
            <source>Day and month name</source>
            <translation>Jour et nom du mois</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="117" />
            <source>Default &amp;audience</source>
            <translation>&amp;Public par défaut</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="142" />
            <source>Display</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Exports</source>
            <translation>Exports</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="62" />
            <source>ISO (year-month-day)</source>
            <translation>ISO (année-mois-jour)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="249" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Internal: the team's own view, everything</source>
            <translation type="vanished">Interne : la vue de l'équipe, tout compris</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="161" />
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="249" />
            <source>Logo for briefs</source>
            <translation>Logo des notes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="63" />
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="105" />
            <source>Members and campaigns…</source>
            <translation>Membres et campagnes…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="147" />
            <source>Not &amp;contacted after</source>
            <translation>Sans &amp;contact après</translation>
        </message>
        <message>
            <source>Not contacted after</source>
            <translation type="vanished">Sans contact après</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="90" />
            <source>PNG or JPEG; empty for the neutral logo</source>
            <translation>PNG ou JPEG ; vide pour le logo neutre</translation>
        </message>
        <message>
            <source>Plus one a day &amp;for</source>
            <translation type="vanished">Plus une par jour &amp;pendant</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="132" />
            <source>Plus one a day fo&amp;r</source>
            <translation>Plus une par jou&amp;r pendant</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="87" />
            <source>Printed on the briefs of this workspace</source>
            <translation>Imprimé sur les notes de cet espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="172" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Public: only what partners agreed to make public</source>
            <translation type="vanished">Public : seulement ce que les partenaires ont accepté de rendre public</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="349" />
            <source>Restart Campaign Planner to switch the language.</source>
            <translation>Redémarrez Campaign Planner pour changer de langue.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="356" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="71" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="347" />
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="61" />
            <source>Short (the system's)</source>
            <translation>Court (celui du système)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="145" />
            <source>Targets and partners with no engagement for this long show as not contacted</source>
            <translation>Les cibles et partenaires sans échange depuis ce délai apparaissent comme non contactés</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="108" />
            <source>Tea&amp;m</source>
            <translation>É&amp;quipe</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="85" />
            <source>This workspace ({name})</source>
            <translation>Cet espace de travail ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="96" />
            <source>Who made each change, in the history</source>
            <translation>Qui a fait chaque modification, dans l'historique</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="97" />
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="84" />
            <source>no workspace open</source>
            <translation>aucun espace de travail ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="291" />
            <source>{problem}. Nothing was saved.</source>
            <translation>{problem}. Rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>SignOns</name>
        <message numerus="yes">
            <location filename="../../ui/pages/sign_ons_tab.py" line="154" />
            <source>%n sign-ons (joint letters, statements, endorsements)</source>
            <translation>
                <numerusform>%n signature collective (lettre, déclaration, soutien)</numerusform>
                <numerusform>%n signatures collectives (lettres, déclarations, soutiens)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="55" />
            <source>Add signatory…</source>
            <translation>Ajouter un signataire…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="72" />
            <source>Ask / may be named</source>
            <translation>Demande / peut être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="40" />
            <source>Closed briefings</source>
            <translation>Réunions à huis clos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="71" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="56" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="70" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="54" />
            <source>New sign-on…</source>
            <translation>Nouvelle signature collective…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="88" />
            <source>No sign-ons yet. Record a joint letter or statement, or the endorsement of an ask, and who signed it: documents name only those who agreed to be named and count the others.</source>
            <translation>Aucune signature collective pour l'instant. Enregistrez une lettre ou une déclaration conjointe, ou le soutien à une demande, et qui l'a signée : les documents ne nomment que ceux qui ont accepté de l'être et comptent les autres.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="41" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="57" />
            <location filename="../../ui/pages/sign_ons_tab.py" line="183" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="187" />
            <source>Remove sign-on</source>
            <translation>Retirer la signature collective</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="224" />
            <source>Remove {title}</source>
            <translation>Retirer {title}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="69" />
            <source>Sign-on / signatory</source>
            <translation>Texte / signataire</translation>
        </message>
        <message>
            <source>Sign-ons: {n} joint letters, statements and endorsements</source>
            <translation type="vanished">Signatures collectives : {n} lettres, déclarations et soutiens</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="73" />
            <source>Signed</source>
            <translation>Signé</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="39" />
            <source>Team only (counted in documents)</source>
            <translation>Équipe seulement (compté dans les documents)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="185" />
            <source>Withdraw signature</source>
            <translation>Retirer la signature</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="222" />
            <source>Withdraw {name}</source>
            <translation>Retirer la signature de {name}</translation>
        </message>
    </context>
    <context>
        <name>StrategyView</name>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="88" />
            <source>(progressing)</source>
            <translation>(en progrès)</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="98" />
            <source>Achieved: {asks}</source>
            <translation>Obtenu : {asks}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="82" />
            <source>Asks</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="113" />
            <source>Best placed to reach them</source>
            <translation>Le mieux placé pour les atteindre</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="196" />
            <source>Campaign strategy</source>
            <translation>Stratégie de la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="110" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Moment</source>
            <translation>Moment</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="154" />
            <source>Next moments</source>
            <translation>Prochains moments</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="152" />
            <source>No high-influence stakeholder left to move.</source>
            <translation>Plus aucune partie prenante influente à faire bouger.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="173" />
            <source>No moments planned ahead. Add some from the library.</source>
            <translation>Aucun moment prévu. Ajoutez-en depuis la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="77" />
            <source>No objective yet.</source>
            <translation>Pas encore d'objectif.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="95" />
            <source>No open asks.</source>
            <translation>Aucune demande ouverte.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="140" />
            <source>No supporter within reach — map relationships</source>
            <translation>Aucun soutien à portée — cartographiez les relations</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="76" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="158" />
            <source>Overdue: {moment} ({when}) — record the outcome or reschedule.</source>
            <translation>En retard : {moment} ({when}) — consignez le résultat ou reprogrammez.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="112" />
            <source>Owner · next step</source>
            <translation>Responsable · prochaine étape</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="220" />
            <source>Preparing the strategy…</source>
            <translation>Préparation de la stratégie…</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="111" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="198" />
            <source>Strategy: objective, asks, targets to move, routes</source>
            <translation>Stratégie : objectif, demandes, cibles à faire bouger, chemins</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="109" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="104" />
            <source>Targets to move</source>
            <translation>Cibles à faire bouger</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="130" />
            <source>direct link</source>
            <translation>lien direct</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="100" />
            <source>influence ≥ {min}, not yet supportive · {n} supporters to reach them through</source>
            <translation>influence ≥ {min}, pas encore favorables · {n} soutiens pour les atteindre</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="71" />
            <source>lead {lead}</source>
            <translation>responsable {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="124" />
            <source>nobody</source>
            <translation>personne</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="73" />
            <source>strategy as of {date}</source>
            <translation>stratégie au {date}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="132" />
            <source>{n} links</source>
            <translation>{n} liens</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="86" />
            <source>— to {target}</source>
            <translation>— à {target}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="54" />
            <source>Asks</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="417" />
            <source>Automatic backups of this laptop dropped (they held those records): {n}.</source>
            <translation>Sauvegardes automatiques de cet ordinateur supprimées (elles contenaient ces enregistrements) : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="55" />
            <source>Campaign partners</source>
            <translation>Partenaires de campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="52" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="305" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="194" />
            <source>Carry on this laptop…</source>
            <translation>Emporter sur cet ordinateur…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="239" />
            <source>Checking what changed since the last sync…</source>
            <translation>Recherche de ce qui a changé depuis la dernière synchronisation…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="245" />
            <source>Choosing what this laptop carries…</source>
            <translation>Choix de ce que cet ordinateur emporte…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="396" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="297" />
            <source>Connecting to {host}…</source>
            <translation>Connexion à {host}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="58" />
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="422" />
            <source>Kept here only: {what}</source>
            <translation>Gardé ici seulement : {what}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="122" />
            <source>Leave the password out of the address: put it in your {pgpass} file (or {env}), as the user guide's team server section says.</source>
            <translation>Ne mettez pas le mot de passe dans l'adresse : placez-le dans votre fichier {pgpass} (ou {env}), comme l'explique la section du guide sur le serveur d'équipe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="395" />
            <source>Merged</source>
            <translation>Fusionnés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="57" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="182" />
            <source>No password here: the app reads it from your {pgpass} file or {env}. The address is remembered for this workspace.</source>
            <translation>Pas de mot de passe ici : l'application le lit dans votre fichier {pgpass} ou {env}. L'adresse est mémorisée pour cet espace de travail.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="59" />
            <source>Quotes</source>
            <translation>Citations</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="242" />
            <source>Reading the server…</source>
            <translation>Lecture du serveur…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="241" />
            <source>Reading this workspace…</source>
            <translation>Lecture de cet espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="394" />
            <source>Received</source>
            <translation>Reçus</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="56" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="410" />
            <source>Removed from this laptop (records it no longer carries): {n}. Nothing was deleted on the server.</source>
            <translation>Retirés de cet ordinateur (enregistrements qu’il n’emporte plus) : {n}. Rien n’a été supprimé sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="444" />
            <source>Review conflicts…</source>
            <translation>Examiner les conflits…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="249" />
            <source>Sending {n} records to the server…</source>
            <translation>Envoi de {n} enregistrements au serveur…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="169" />
            <source>Sends the changes made in this workspace since the last sync and brings back the team's. When you and a colleague changed the same field, nothing is overwritten: you choose afterwards.</source>
            <translation>Envoie les modifications faites dans cet espace de travail depuis la dernière synchronisation et rapporte celles de l'équipe. Quand un collègue et vous avez modifié le même champ, rien n'est écrasé : vous choisissez ensuite.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="393" />
            <source>Sent</source>
            <translation>Envoyés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="481" />
            <source>Sent {pushed} · Received {pulled} · Merged {merged} · Conflicts {conflicts}</source>
            <translation>Envoyés {pushed} · Reçus {pulled} · Fusionnés {merged} · Conflits {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="178" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="179" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="61" />
            <source>Sign-ons</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="62" />
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="53" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="63" />
            <source>Stance changes</source>
            <translation>Changements de position</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="342" />
            <source>Stopping at the end of this step…</source>
            <translation>Arrêt à la fin de cette étape…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="199" />
            <source>Sync</source>
            <translation>Synchroniser</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="461" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="479" />
            <source>Sync finished</source>
            <translation>Synchronisation terminée</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="164" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="290" />
            <source>Sync with server</source>
            <translation>Synchroniser avec le serveur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="168" />
            <source>Sync with the team server</source>
            <translation>Synchroniser avec le serveur d'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="476" />
            <source>Synced with {server}. Nothing had changed on either side.</source>
            <translation>Synchronisé avec {server}. Rien n'avait changé d'un côté ni de l'autre.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="467" />
            <source>Synced with {server}. Some fields were changed both here and on the server: nothing was overwritten for them until you choose.</source>
            <translation>Synchronisé avec {server}. Certains champs ont été modifiés ici et sur le serveur : rien n'a été écrasé pour eux tant que vous n'avez pas choisi.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="472" />
            <source>Synced with {server}. This workspace and the server now agree.</source>
            <translation>Synchronisé avec {server}. Cet espace de travail et le serveur concordent maintenant.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="129" />
            <source>The address must end with the database name ({example}).</source>
            <translation>L'adresse doit se terminer par le nom de la base de données ({example}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="274" />
            <source>The connection to the server failed: {detail}. Nothing is half-written; sync again when the server is reachable.</source>
            <translation>La connexion au serveur a échoué : {detail}. Rien n'est écrit à moitié ; synchronisez à nouveau quand le serveur est joignable.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="425" />
            <source>The server no longer shows you campaign {id} (revoked or deleted).</source>
            <translation>Le serveur ne vous montre plus la campagne {id} (accès retiré ou supprimée).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="142" />
            <source>This laptop carries every campaign the server shows you.</source>
            <translation>Cet ordinateur emporte toutes les campagnes que le serveur vous montre.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="145" />
            <source>This laptop carries {n} chosen campaign(s), as a closed audience sees them.</source>
            <translation>Cet ordinateur emporte {n} campagne(s) choisie(s), telles qu’un public restreint les voit.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="149" />
            <source>This laptop carries {n} chosen campaign(s), as the public sees them.</source>
            <translation>Cet ordinateur emporte {n} campagne(s) choisie(s), telles que le grand public les voit.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="152" />
            <source>This laptop carries {n} chosen campaign(s), in full.</source>
            <translation>Cet ordinateur emporte {n} campagne(s) choisie(s), en entier.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="108" />
            <source>Type the team server's address.</source>
            <translation>Saisissez l'adresse du serveur d'équipe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="60" />
            <source>Vote positions</source>
            <translation>Positions de vote</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="253" />
            <source>Writing {n} records here…</source>
            <translation>Écriture de {n} enregistrements ici…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="111" />
            <source>{url} is not a team server address: it starts with {scheme} (for example {example}).</source>
            <translation>{url} n'est pas une adresse de serveur d'équipe : elle commence par {scheme} (par exemple {example}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="119" />
            <source>{url} is not a valid server address.</source>
            <translation>{url} n'est pas une adresse de serveur valide.</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="143" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="46" />
            <source>Achieved on</source>
            <translation>Atteint le</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="47" />
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="270" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="346" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/sync_conflicts.py" line="344" />
            <source>Apply %n choices</source>
            <translation>
                <numerusform>Appliquer %n choix</numerusform>
                <numerusform>Appliquer %n choix</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="48" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="112" />
            <source>Ask</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <source>Bundle's</source>
            <translation>Du paquet</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="49" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="110" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="113" />
            <source>Campaign partner</source>
            <translation>Partenaire de campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="50" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="198" />
            <source>Changed on both sides</source>
            <translation>Modifié des deux côtés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="51" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="229" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="52" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="53" />
            <source>Consent note</source>
            <translation>Note de consentement</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="74" />
            <source>Consent to be named</source>
            <translation>Accord pour être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="54" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="55" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="56" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="141" />
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="155" />
            <source>Deleted or kept</source>
            <translation>Supprimé ou conservé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="57" />
            <source>Depends on</source>
            <translation>Dépend de</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="58" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="59" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="60" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="116" />
            <source>Engagement</source>
            <translation>Échange</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="61" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="62" />
            <source>Follow-up date</source>
            <translation>Date de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="81" />
            <source>Former influence</source>
            <translation>Influence précédente</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="82" />
            <source>Former stance</source>
            <translation>Position précédente</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="63" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="64" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="65" />
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="255" />
            <source>Keep all mine</source>
            <translation>Garder tout le mien</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="259" />
            <source>Keep all server's</source>
            <translation>Garder tout celui du serveur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="260" />
            <source>Keep all the bundle's</source>
            <translation>Tout garder du paquet</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="261" />
            <source>Keep all theirs</source>
            <translation>Tout garder de l'autre côté</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="232" />
            <source>Keep for {record}</source>
            <translation>Garder pour {record}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="141" />
            <source>Kept (not deleted)</source>
            <translation>Conservé (non supprimé)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="67" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="68" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="69" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="70" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="66" />
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="71" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="72" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="115" />
            <source>Milestone</source>
            <translation>Jalon</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="230" />
            <source>Mine</source>
            <translation>Le mien</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="73" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="75" />
            <source>New influence</source>
            <translation>Nouvelle influence</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="76" />
            <source>New stance</source>
            <translation>Nouvelle position</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="77" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="145" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="78" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="79" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="80" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="83" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="84" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="85" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="86" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="87" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="117" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="114" />
            <source>Relationship</source>
            <translation>Relation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
            <source>Review conflicts</source>
            <translation>Examiner les conflits</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
            <source>Review sync conflicts</source>
            <translation>Examiner les conflits de synchronisation</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="88" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="89" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="231" />
            <source>Server's</source>
            <translation>Celui du serveur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="90" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="119" />
            <source>Sign-on</source>
            <translation>Adhésion</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="120" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="91" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="92" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="111" />
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="93" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="94" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="121" />
            <source>Stance change</source>
            <translation>Changement de position</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="95" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="96" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="97" />
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="98" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="99" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="100" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="101" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="102" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="231" />
            <source>The bundle's</source>
            <translation>Celle du paquet</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <source>Theirs</source>
            <translation>L'autre côté</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="288" />
            <source>These fields were changed differently here and on the other laptop whose bundle you imported ({names}). Choose which value to keep for each; nothing changes until you click Apply. Your choices reach the other laptop with the next bundle you send it.</source>
            <translation>Ces champs ont été modifiés différemment ici et sur l'autre ordinateur dont vous avez importé le paquet ({names}). Choisissez la valeur à garder pour chacun ; rien ne change avant que vous cliquiez sur Appliquer. Vos choix parviennent à l'autre ordinateur avec le prochain paquet que vous lui envoyez.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="294" />
            <source>These fields were changed differently here and on the server or another laptop whose bundle you imported. Choose which value to keep for each; nothing changes until you click Apply. Your choices reach them at the next sync or with the next bundle you send.</source>
            <translation>Ces champs ont été modifiés différemment ici et sur le serveur ou sur un autre ordinateur dont vous avez importé le paquet. Choisissez la valeur à garder pour chacun ; rien ne change avant que vous cliquiez sur Appliquer. Vos choix leur parviennent à la prochaine synchronisation ou avec le prochain paquet que vous envoyez.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="103" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="104" />
            <source>To</source>
            <translation>Vers</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="105" />
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="118" />
            <source>Vote position</source>
            <translation>Position de vote</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="106" />
            <source>Web address</source>
            <translation>Adresse web</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="107" />
            <source>Women-led</source>
            <translation>Dirigé par des femmes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="145" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="281" />
            <source>You and a colleague changed these fields differently since the last sync. Choose which value to keep for each; nothing changes until you click Apply. Your choices reach the server at the next sync.</source>
            <translation>Un collègue et vous avez modifié ces champs différemment depuis la dernière synchronisation. Choisissez la valeur à garder pour chacun ; rien ne change avant que vous cliquiez sur Appliquer. Vos choix parviennent au serveur à la prochaine synchronisation.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="176" />
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="221" />
            <source>the bundle from {name}</source>
            <translation>le paquet de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="165" />
            <source>unknown time</source>
            <translation>heure inconnue</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="175" />
            <source>{who}, {when}</source>
            <translation>{who}, {when}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <location filename="../../ui/dialogs/team.py" line="141" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="228" />
            <source>&amp;Add member…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="126" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="127" />
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="231" />
            <source>&amp;Remove…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="124" />
            <source>A&amp;dmin: sees every campaign and manages the team</source>
            <translation>A&amp;dministrateur : voit toutes les campagnes et gère l’équipe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="103" />
            <source>Add a team member</source>
            <translation>Ajouter un membre de l’équipe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="172" />
            <source>Adding {name}…</source>
            <translation>Ajout de {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="214" />
            <location filename="../../ui/dialogs/team.py" line="288" />
            <source>Admin</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="287" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="317" />
            <source>An admin sees every campaign.</source>
            <translation>Un administrateur voit toutes les campagnes.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="240" />
            <location filename="../../ui/dialogs/team.py" line="214" />
            <location filename="../../ui/dialogs/team.py" line="312" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="244" />
            <source>Campaigns of the selected member</source>
            <translation>Campagnes du membre choisi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="315" />
            <source>Campaigns of {name}</source>
            <translation>Campagnes de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="313" />
            <source>Choose a member to see their campaigns.</source>
            <translation>Choisissez un membre pour voir ses campagnes.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="202" />
            <source>Each colleague logs in to {workspace} with their own name and password and sees only the campaigns they are on; admins see every campaign. The server enforces it, for the app and for any other program.</source>
            <translation>Chaque collègue se connecte à {workspace} avec son propre nom et son mot de passe et ne voit que les campagnes dont il fait partie ; les administrateurs voient toutes les campagnes. Le serveur l’impose, à l’application comme à tout autre programme.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="162" />
            <source>Give them a password.</source>
            <translation>Donnez-lui un mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="214" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="300" />
            <source>No members yet: add one, then put them on campaigns.</source>
            <translation>Aucun membre pour l’instant : ajoutez-en un, puis affectez-le à des campagnes.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="302" />
            <source>Only an admin can change the team; you can see it.</source>
            <translation>Seul un administrateur peut modifier l’équipe ; vous pouvez la consulter.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="128" />
            <source>Password a&amp;gain</source>
            <translation>Mot de passe (&amp;confirmation)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="254" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="374" />
            <source>Putting {name} on {campaign}…</source>
            <translation>Affectation de {name} à {campaign}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="278" />
            <source>Reading the team…</source>
            <translation>Lecture de l’équipe…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="401" />
            <source>Remove a team member</source>
            <translation>Retirer un membre de l’équipe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="402" />
            <source>Remove {name} from the team? They will no longer be able to log in to this server. The campaigns and everything in them stay.</source>
            <translation>Retirer {name} de l’équipe ? Ce membre ne pourra plus se connecter à ce serveur. Les campagnes et tout leur contenu restent.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="416" />
            <source>Removing {name}…</source>
            <translation>Retrait de {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="380" />
            <source>Taking {name} off {campaign}…</source>
            <translation>Retrait de {name} de {campaign}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="195" />
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="215" />
            <source>Team members</source>
            <translation>Membres de l’équipe</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="63" />
            <source>The server did not answer ({error}). Nothing was changed.</source>
            <translation>Le serveur n’a pas répondu ({error}). Rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="166" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Les deux mots de passe diffèrent. Tapez deux fois le même mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="109" />
            <source>They log in with this name and password. Give them the password in person or by another channel than the server's address.</source>
            <translation>Ce membre se connecte avec ce nom et ce mot de passe. Transmettez-lui le mot de passe en personne ou par un autre canal que l’adresse du serveur.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="319" />
            <source>Tick the campaigns they may see and edit.</source>
            <translation>Cochez les campagnes que ce membre peut voir et modifier.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="118" />
            <source>lower-case letters, digits, _ . -</source>
            <translation>minuscules, chiffres, _ . -</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/views/timeline.py" line="804" />
            <source>(this week)</source>
            <translation>(cette semaine)</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="495" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="484" />
            <source>Agenda of milestones</source>
            <translation>Agenda des jalons</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="70" />
            <source>CANCELLED</source>
            <translation>ANNULÉ</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="522" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="69" />
            <location filename="../../ui/views/timeline.py" line="282" />
            <source>MISSED</source>
            <translation>MANQUÉ</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Moment</source>
            <translation>Moment</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="68" />
            <location filename="../../ui/views/timeline.py" line="281" />
            <source>OVERDUE</source>
            <translation>EN RETARD</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="156" />
            <source>Owner: {owner}</source>
            <translation>Responsable : {owner}</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="507" />
            <source>Scroll to today</source>
            <translation>Aller à aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="494" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="529" />
            <source>Timeline of milestones</source>
            <translation>Chronologie des jalons</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="791" />
            <source>Timeline: {summary}. Click a milestone to open it; drag it sideways to move it.</source>
            <translation>Chronologie : {summary}. Cliquez sur un jalon pour l'ouvrir ; faites-le glisser latéralement pour le déplacer.</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="416" />
            <location filename="../../ui/views/timeline.py" line="310" />
            <location filename="../../ui/views/timeline.py" line="507" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="802" />
            <source>Week of {date}</source>
            <translation>Semaine du {date}</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="506" />
            <source>Zoom in (Ctrl + mouse wheel)</source>
            <translation>Zoomer (Ctrl + molette)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="505" />
            <source>Zoom out (Ctrl + mouse wheel)</source>
            <translation>Dézoomer (Ctrl + molette)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="293" />
            <source>anniversary</source>
            <translation>journée commémorative</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="283" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="291" />
            <source>deadline</source>
            <translation>échéance</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="280" />
            <source>done</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="292" />
            <source>media</source>
            <translation>médias</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="289" />
            <source>meeting</source>
            <translation>réunion</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="279" />
            <source>planned</source>
            <translation>prévu</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="290" />
            <source>vote</source>
            <translation>vote</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="786" />
            <source>{n} milestones · {late} overdue · {missed} missed</source>
            <translation>{n} jalons · {late} en retard · {missed} manqués</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../ui/tour.py" line="114" />
            <source>A campaign's workspace</source>
            <translation>L'espace d'une campagne</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="99" />
            <source>A one-minute tour of the main views. Use Next (Enter) and Back, or Esc to stop; Help ▸ Take the tour brings it back.</source>
            <translation>Une visite d'une minute des vues principales. Suivant (Entrée) et Précédent pour avancer, Échap pour arrêter ; Aide ▸ Faire la visite guidée la relance.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="165" />
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="122" />
            <source>Ctrl+K searches everything. Help ▸ Keyboard shortcuts lists every key and Help ▸ User guide explains each task. Edit ▸ Settings puts your organisation's name on briefs.</source>
            <translation>Ctrl+K cherche partout. Aide ▸ Raccourcis clavier liste toutes les touches et Aide ▸ Guide de l'utilisateur explique chaque tâche. Édition ▸ Paramètres met le nom de votre organisation sur les notes.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="164" />
            <source>End tour</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="68" />
            <source>Every campaign with its status, priority and dates. Select one and press Enter to open its workspace.</source>
            <translation>Chaque campagne avec son statut, sa priorité et ses dates. Choisissez-en une et appuyez sur Entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="72" />
            <source>Everyone you work with or want to move, across campaigns. Filter by category, country or sensitivity; confidential partners carry a lock and the word Confidential.</source>
            <translation>Tous ceux avec qui vous travaillez ou que vous voulez convaincre. Filtrez par catégorie, pays ou sensibilité ; les partenaires confidentiels portent un cadenas et le mot Confidentiel.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="115" />
            <source>Everything about one campaign, in tabs: {tabs}.</source>
            <translation>Tout sur une campagne, en onglets : {tabs}.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="121" />
            <source>Find anything, get help</source>
            <translation>Tout retrouver, obtenir de l'aide</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="197" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="146" />
            <source>Guided tour</source>
            <translation>Visite guidée</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="166" />
            <location filename="../../ui/tour.py" line="197" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="106" />
            <source>One of the workspace's views.</source>
            <translation>Une des vues de l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="190" />
            <source>Step {n} of {total}</source>
            <translation>Étape {n} sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="82" />
            <source>The log of meetings, calls and briefings. Press Ctrl+L anywhere to log one right after it happens.</source>
            <translation>Le journal des réunions, appels et briefings. Ctrl+L, n'importe où, en consigne un juste après.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="77" />
            <source>The moments you plan around, across campaigns: UN meetings, votes, deadlines. Overdue ones are marked in words, not only in colour.</source>
            <translation>Les moments autour desquels vous planifiez : réunions de l'ONU, votes, échéances. Les retards sont signalés par des mots, pas seulement par la couleur.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="81" />
            <source>The same moments on a calendar line, campaign by campaign.</source>
            <translation>Les mêmes moments sur une ligne de temps, campagne par campagne.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="98" />
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="64" />
            <source>What needs you now: moments due this week, overdue milestones, follow-ups and the latest engagements. Start here every morning.</source>
            <translation>Ce qui vous attend : les moments de la semaine, les jalons en retard, les relances et les derniers échanges. Commencez ici chaque matin.</translation>
        </message>
    </context>
    <context>
        <name>TrackerExport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="71" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="90" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="89" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="140" />
            <source>Choose where to save the tracker.</source>
            <translation>Choisissez où enregistrer le tableau de suivi.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="63" />
            <source>Excel tracker</source>
            <translation>Tableau de suivi Excel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="87" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="94" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="183" />
            <location filename="../../ui/dialogs/tracker_export.py" line="60" />
            <source>Export tracker</source>
            <translation>Exporter le tableau de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="184" />
            <source>Exporting the tracker of {t}…</source>
            <translation>Export du tableau de suivi de {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="163" />
            <source>Gathering {t}…</source>
            <translation>Collecte des données de {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="124" />
            <source>Internal: every partner, confidential ones included, with contacts and the engagement log. It can be edited and imported back.</source>
            <translation>Interne : tous les partenaires, confidentiels compris, avec leurs coordonnées et le journal des échanges. Il peut être modifié puis réimporté.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="70" />
            <source>One campaign</source>
            <translation>Une campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="91" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="87" />
            <source>Save tracker as</source>
            <translation>Enregistrer le tableau de suivi sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="131" />
            <source>Shared outside the team: withheld partners are described or counted, never named. It cannot be imported back; the export is recorded in the campaign's History.</source>
            <translation>Partagé hors de l'équipe : les partenaires non divulgués sont décrits ou comptés, jamais nommés. Il ne peut pas être réimporté ; l'export est consigné dans l'Historique de la campagne.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="140" />
            <source>The folder {f} does not exist.</source>
            <translation>Le dossier {f} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="172" />
            <source>The tracker of {t} is ready ({n} rows on {s} sheets).</source>
            <translation>Le tableau de suivi de {t} est prêt ({n} lignes sur {s} feuilles).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="64" />
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker.</source>
            <translation>Le document de travail à partager et à modifier dans Excel ou LibreOffice. Un tableau de suivi interne peut être réimporté avec Fichier ▸ Importer un tableau de suivi.</translation>
        </message>
        <message>
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker….</source>
            <translation type="vanished">Le document de travail à partager et à modifier dans Excel ou LibreOffice. Un tableau de suivi interne peut être réimporté avec Fichier ▸ Importer un tableau de suivi…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="171" />
            <source>Tracker ready</source>
            <translation>Tableau de suivi prêt</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="147" />
            <source>all campaigns</source>
            <translation>toutes les campagnes</translation>
        </message>
    </context>
    <context>
        <name>TrackerImport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="56" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="152" />
            <source>Apply {n} changes</source>
            <translation>Appliquer {n} modifications</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="238" />
            <source>Applying {s}…</source>
            <translation>Application en cours : {s}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="236" />
            <source>Backing up the workspace first…</source>
            <translation>Sauvegarde préalable de l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <location filename="../../ui/dialogs/tracker_import.py" line="137" />
            <source>Cell</source>
            <translation>Cellule</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="144" />
            <source>Changes ({n})</source>
            <translation>Modifications ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="180" />
            <source>Excel workbook (*.xlsx);;All files (*)</source>
            <translation>Classeur Excel (*.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="158" />
            <source>Fix the problems in the file and import it again.</source>
            <translation>Corrigez les problèmes dans le fichier et importez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="180" />
            <location filename="../../ui/dialogs/tracker_import.py" line="191" />
            <location filename="../../ui/dialogs/tracker_import.py" line="217" />
            <location filename="../../ui/dialogs/tracker_import.py" line="259" />
            <source>Import tracker</source>
            <translation>Importer un tableau de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="100" />
            <source>Import tracker — preview</source>
            <translation>Importer un tableau de suivi — aperçu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="249" />
            <source>Imported {f}: {s}.</source>
            <translation>{f} importé : {s}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="260" />
            <source>Importing {f}…</source>
            <translation>Import de {f}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="171" />
            <source>No changes: this tracker matches the workspace.</source>
            <translation>Aucune modification : ce tableau de suivi correspond à l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Old</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="137" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="145" />
            <source>Problems ({n})</source>
            <translation>Problèmes ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="218" />
            <source>Reading {f}…</source>
            <translation>Lecture de {f}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="172" />
            <source>Ready to import {n} changes ({s}). Check them, then apply.</source>
            <translation>Prêt à importer {n} modifications ({s}). Vérifiez-les, puis appliquez-les.</translation>
        </message>
        <message>
            <source>Ready to import: {s}. Check the changes, then apply them.</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>What</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="76" />
            <source>delete</source>
            <translation>suppression</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="74" />
            <source>new row</source>
            <translation>nouvelle ligne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="192" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation>{f} ne peut pas être importé. Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="166" />
            <source>{n} problem(s) must be fixed in the file before anything can be imported (the import is all or nothing). Nothing has been changed.</source>
            <translation>{n} problème(s) à corriger dans le fichier avant de pouvoir importer quoi que ce soit (l'import se fait en entier ou pas du tout). Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopy</name>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="199" />
            <source>(not on this laptop yet: {id})</source>
            <translation>(pas encore sur cet ordinateur : {id})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="145" />
            <source>Asking {server} which campaigns you may carry… Meanwhile, the campaigns already on this laptop are listed.</source>
            <translation>Demande à {server} quelles campagnes vous pouvez emporter… En attendant, les campagnes déjà sur cet ordinateur sont listées.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="106" />
            <location filename="../../ui/dialogs/travel_copy.py" line="109" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="83" />
            <source>Before crossing a border, carry only the campaigns you need, and only what an audience may see. The next sync brings down nothing else, and removes from this laptop (never from the server) what it no longer carries, with its history and its automatic backups.</source>
            <translation>Avant de passer une frontière, n’emportez que les campagnes utiles, et seulement ce qu’un public peut voir. La prochaine synchronisation ne rapporte rien d’autre et retire de cet ordinateur (jamais du serveur) ce qu’il n’emporte plus, avec son historique et ses sauvegardes automatiques.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="99" />
            <source>Campaigns to carry</source>
            <translation>Campagnes à emporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="78" />
            <source>Carry on this laptop</source>
            <translation>Emporter sur cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="91" />
            <source>Carry only the campaigns ticked below</source>
            <translation>N’emporter que les campagnes cochées ci-dessous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="119" />
            <source>Checking what this laptop keeps and what leaves it…</source>
            <translation>Vérification de ce que cet ordinateur garde et de ce qui le quitte…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="62" />
            <source>Closed audience: withheld partners left out, others not named</source>
            <translation>Public restreint : partenaires protégés exclus, les autres non nommés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="61" />
            <source>Everything (internal view)</source>
            <translation>Tout (vue interne)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="134" />
            <source>No team server is set for this workspace yet, so only the campaigns already on this laptop are listed. Sync once to choose among all the campaigns the server shows you.</source>
            <translation>Aucun serveur d’équipe n’est encore défini pour cet espace de travail : seules les campagnes déjà sur cet ordinateur sont listées. Synchronisez une fois pour choisir parmi toutes les campagnes que le serveur vous montre.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="172" />
            <source>Offline: {server} could not be reached ({why}). Only the campaigns already on this laptop are listed; your choice is kept all the same.</source>
            <translation>Hors ligne : {server} est injoignable ({why}). Seules les campagnes déjà sur cet ordinateur sont listées ; votre choix est conservé malgré tout.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="63" />
            <source>Public audience: only what may be published</source>
            <translation>Grand public : seulement ce qui peut être publié</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="124" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="163" />
            <source>The campaigns {server} shows you, including those not on this laptop yet: the next sync brings down the ones you tick.</source>
            <translation>Les campagnes que {server} vous montre, y compris celles qui ne sont pas encore sur cet ordinateur : la prochaine synchronisation rapporte celles que vous cochez.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="231" />
            <source>Tick at least one campaign, or untick “Carry only”.</source>
            <translation>Cochez au moins une campagne, ou décochez « N’emporter que ».</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="113" />
            <source>Unticked, the laptop carries every campaign the server shows you. Edits not yet synced must be synced first.</source>
            <translation>Décoché, l’ordinateur emporte toutes les campagnes que le serveur vous montre. Les modifications non synchronisées doivent l’être d’abord.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="82" />
            <source>What this laptop carries</source>
            <translation>Ce que cet ordinateur emporte</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="194" />
            <source>{name} (new on this laptop: the next sync sends it)</source>
            <translation>{name} (nouvelle sur cet ordinateur : la prochaine synchronisation l’envoie)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="200" />
            <source>{name} (the server no longer shows it to you)</source>
            <translation>{name} (le serveur ne vous la montre plus)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../ui/undo_commands.py" line="104" />
            <source>Not undone or redone: “{what}”. {why}</source>
            <translation>Ni annulé ni rétabli : « {what} ». {why}</translation>
        </message>
        <message>
            <location filename="../../ui/undo_commands.py" line="96" />
            <source>{fact}. Their change is kept.</source>
            <translation>{fact}. Sa modification est conservée.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message numerus="yes">
            <location filename="../../ui/display.py" line="216" />
            <source>%n days ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Abstain</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Academic</source>
            <translation>Universitaire</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Achieved</source>
            <translation>Obtenu</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Allied with</source>
            <translation>Allié à</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Ally</source>
            <translation>Allié</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <source>Anniversary</source>
            <translation>Journée commémorative</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Briefing</source>
            <translation>Réunion d'information</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Champion</source>
            <translation>Champion</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="185" />
            <source>Confidential — internal</source>
            <translation>Confidentiel — interne</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Confidential — only in Internal documents: never leaves the team</source>
            <translation>Confidentiel — seulement dans les documents internes : ne quitte jamais l'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="160" />
            <source>Considerable</source>
            <translation>Considérable</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="162" />
            <source>Decisive</source>
            <translation>Décisive</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Donor</source>
            <translation>Bailleur de fonds</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Dropped</source>
            <translation>Abandonné</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Endorsement</source>
            <translation>Soutien</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="170" />
            <source>Engaged</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Faith-based</source>
            <translation>Confessionnel</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Government</source>
            <translation>Gouvernement</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Hearing</source>
            <translation>Audition</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="161" />
            <location filename="../../ui/display.py" line="176" />
            <source>High</source>
            <translation>Élevée</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Human rights</source>
            <translation>Droits humains</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Humanitarian</source>
            <translation>Humanitaire</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Influences</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <source>Internal</source>
            <translation>Interne</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Internal — in Internal and Restricted distribution documents, never in Public ones</source>
            <translation>Interne — dans les documents internes et à diffusion restreinte, jamais dans les publics</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="171" />
            <source>Invested</source>
            <translation>Investi</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Legal</source>
            <translation>Juridique</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Local civil society</source>
            <translation>Société civile locale</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="168" />
            <location filename="../../ui/display.py" line="178" />
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="158" />
            <source>Marginal</source>
            <translation>Marginale</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Medical</source>
            <translation>Médical</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="177" />
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Member of</source>
            <translation>Membre de</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Member state</source>
            <translation>État membre</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Missed</source>
            <translation>Manqué</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="169" />
            <source>Moderate</source>
            <translation>Modéré</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Opponent</source>
            <translation>Opposant</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Opposed</source>
            <translation>Opposé</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Opposes</source>
            <translation>S'oppose à</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="62" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="62" />
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Planning</source>
            <translation>En préparation</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Progressing</source>
            <translation>En progrès</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <location filename="../../ui/display.py" line="187" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Public — may appear in documents for every audience</source>
            <translation>Public — peut figurer dans les documents pour tous les publics</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Regional body</source>
            <translation>Organisation régionale</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <location filename="../../ui/display.py" line="186" />
            <source>Restricted distribution</source>
            <translation>Diffusion restreinte</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Sceptical</source>
            <translation>Sceptique</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="159" />
            <source>Some</source>
            <translation>Limitée</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Statement</source>
            <translation>Déclaration</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Student</source>
            <translation>Étudiant</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Summit</source>
            <translation>Sommet</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Supportive</source>
            <translation>Favorable</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Think tank</source>
            <translation>Groupe de réflexion</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>UN entity</source>
            <translation>Entité de l'ONU</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>UN meeting</source>
            <translation>Réunion de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="167" />
            <source>Unaware</source>
            <translation>Non informé</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Voice</source>
            <translation>Voix</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Women's group</source>
            <translation>Groupe de femmes</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Works at</source>
            <translation>Travaille à</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Youth group</source>
            <translation>Groupe de jeunes</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>anyone</source>
            <translation>tout le monde</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>anyone: no confidential or internal partner; names only with consent to be named publicly</source>
            <translation>tout le monde : aucun partenaire confidentiel ou interne ; noms seulement avec accord d'être nommé publiquement</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>closed-door briefings with diplomats and UN officials</source>
            <translation>réunions à huis clos avec diplomates et responsables de l'ONU</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>closed-door briefings with diplomats and UN officials: no confidential partner; others named only with their consent, otherwise described</source>
            <translation>réunions à huis clos avec diplomates et responsables de l'ONU : aucun partenaire confidentiel ; les autres nommés seulement avec leur accord, sinon décrits</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/display.py" line="215" />
            <source>in %n days</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>the team only</source>
            <translation>l'équipe seulement</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>the team only: everything, confidential partners, contacts and the engagement log included</source>
            <translation>l'équipe seulement : tout, partenaires confidentiels, coordonnées et journal des échanges compris</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="209" />
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="211" />
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="213" />
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../ui/welcome.py" line="75" />
            <source>A workspace file anywhere, e.g. on a USB stick.</source>
            <translation>Un espace de travail n'importe où, p. ex. sur une clé USB.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="71" />
            <source>New workspace…</source>
            <translation>Nouvel espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="65" />
            <source>Open the demo workspace</source>
            <translation>Ouvrir l'espace de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="74" />
            <source>Open workspace…</source>
            <translation>Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="54" />
            <source>Plan campaigns around the moments that matter, keep track of who stands where, and log every engagement. Everything stays on this computer.</source>
            <translation>Planifiez vos campagnes autour des moments qui comptent, suivez qui se situe où et consignez chaque échange. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="71" />
            <source>Start with an empty workspace file.</source>
            <translation>Commencer avec un espace de travail vide.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="66" />
            <source>Three example campaigns to explore; nothing you do there matters.</source>
            <translation>Trois campagnes d'exemple à explorer ; rien de ce que vous y faites ne compte.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="51" />
            <source>Welcome to Campaign Planner</source>
            <translation>Bienvenue dans Campaign Planner</translation>
        </message>
    </context>
    <context>
        <name>WhipCount</name>
        <message>
            <location filename="../../ui/views/whip_count.py" line="166" />
            <source>({absent} not voting)</source>
            <translation>({absent} ne participant pas au vote)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="160" />
            <source>1 abstention</source>
            <translation>1 abstention</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="605" />
            <source>&lt;b&gt;Results entered:&lt;/b&gt; {n} of {total} (the others count as absent)</source>
            <translation>&lt;b&gt;Résultats saisis :&lt;/b&gt; {n} sur {total} (les autres comptent comme absents)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="373" />
            <source>A vote whose title or location names the Security Council (or a Council document symbol, which starts with S/) is counted as a Council vote; any other vote as a General Assembly vote.</source>
            <translation>Un vote dont le titre ou le lieu mentionne le Conseil de sécurité (ou la cote d'un document du Conseil, qui commence par S/) est compté comme un vote du Conseil ; tout autre vote, comme un vote de l'Assemblée générale.</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="66" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="65" />
            <source>Abstain</source>
            <translation>Abstention</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="264" />
            <source>Actual</source>
            <translation>Effectif</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="168" />
            <location filename="../../ui/views/whip_count.py" line="537" />
            <source>Adopted</source>
            <translation>Adoptée</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="72" />
            <source>African</source>
            <translation>Afrique</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="466" />
            <source>All members</source>
            <translation>Tous les membres</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="341" />
            <source>All positions</source>
            <translation>Toutes les positions</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="470" />
            <source>All regional groups</source>
            <translation>Tous les groupes régionaux</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="73" />
            <source>Asia-Pacific</source>
            <translation>Asie-Pacifique</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="265" />
            <source>Assigned to</source>
            <translation>Attribué à</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="428" />
            <location filename="../../ui/views/whip_count.py" line="479" />
            <source>By regional group</source>
            <translation>Par groupe régional</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="479" />
            <source>By seat</source>
            <translation>Par siège</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="263" />
            <source>Conf.</source>
            <translation>Conf.</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="192" />
            <source>Dashed line: the {n} votes in favour a Council resolution needs</source>
            <translation>Ligne pointillée : les {n} voix pour nécessaires à une résolution du Conseil</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="74" />
            <source>Eastern European</source>
            <translation>Europe orientale</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="77" />
            <source>Elected members</source>
            <translation>Membres élus</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="262" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="346" />
            <source>Expected absent</source>
            <translation>Absence attendue</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="345" />
            <source>Expected abstain</source>
            <translation>Abstention attendue</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="344" />
            <source>Expected no</source>
            <translation>Non attendu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="343" />
            <source>Expected yes</source>
            <translation>Oui attendu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="102" />
            <source>General Assembly: {n} member states; adopted when more vote yes than no (abstentions do not count)</source>
            <translation>Assemblée générale : {n} États Membres ; adopté si les oui l'emportent sur les non (les abstentions ne comptent pas)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="261" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="64" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="75" />
            <source>No group</source>
            <translation>Sans groupe</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="172" />
            <source>Not adopted: fewer than {required} votes in favour</source>
            <translation>Non adoptée : moins de {required} voix pour</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="170" />
            <source>Not adopted: vetoed by {names}</source>
            <translation>Non adoptée : veto de {names}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="266" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="295" />
            <source>Permanent member</source>
            <translation>Membre permanent</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="76" />
            <source>Permanent members</source>
            <translation>Membres permanents</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="139" />
            <location filename="../../ui/views/whip_count.py" line="522" />
            <source>Projected to pass</source>
            <translation>Adoption prévue</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="383" />
            <source>Projection</source>
            <translation>Projection</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="537" />
            <source>Rejected</source>
            <translation>Rejetée</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="384" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="107" />
            <source>Security Council in {year}: {n} members ({permanent} permanent); adopted with at least {required} votes in favour and no permanent member voting against</source>
            <translation>Conseil de sécurité en {year} : {n} membres ({permanent} permanents) ; adopté avec au moins {required} voix pour et sans vote contre d'un membre permanent</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="529" />
            <source>Short of a majority</source>
            <translation>Pas de majorité</translation>
        </message>
        <message>
            <source>Short of nine votes</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="146" />
            <source>Short of {required} votes</source>
            <translation>Moins de {required} voix</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="418" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="260" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="112" />
            <source>The elected members of {year} are not in the shipped list: counting the permanent members and the states with a position</source>
            <translation>Les membres élus de {year} ne figurent pas dans la liste fournie : sont comptés les membres permanents et les États ayant une position</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="342" />
            <source>Undecided (unknown)</source>
            <translation>Indécis (inconnu)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="591" />
            <source>Undecided: {n}</source>
            <translation>Indécis : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="67" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="128" />
            <source>Veto projected</source>
            <translation>Veto prévu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="347" />
            <source>Voted otherwise than expected</source>
            <translation>A voté autrement que prévu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="360" />
            <source>Whip count</source>
            <translation>Décompte des voix</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="63" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="135" />
            <source>and {needed} more yes needed</source>
            <translation>et il manque {needed} oui</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="584" />
            <source>expected → actual</source>
            <translation>attendu → effectif</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="512" />
            <source>not counted: positions of {names}, not on the Council in {year}</source>
            <translation>non comptées : positions de {names} (hors du Conseil en {year})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="506" />
            <source>projection right for {share} of members called</source>
            <translation>projection juste pour {share} des membres pronostiqués</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="546" />
            <source>projection right for {share} of states called</source>
            <translation>projection juste pour {share} des États pronostiqués</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="200" />
            <source>{caption}: {yes} yes, {no} no, {abstain} abstain, {absent} absent, {unknown} unknown</source>
            <translation>{caption} : {yes} oui, {no} non, {abstain} abstentions, {absent} absents, {unknown} inconnus</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="148" />
            <source>{figures} — &lt;b&gt;{needed} more yes needed&lt;/b&gt; to pass</source>
            <translation>{figures} — &lt;b&gt;il manque {needed} oui&lt;/b&gt; pour l'adoption</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="141" />
            <source>{figures}; {required} needed, no veto expected</source>
            <translation>{figures} ; {required} requis, aucun veto attendu</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="130" />
            <source>{names} expected to vote no ({figures})</source>
            <translation>{names} devrait voter contre ({figures})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="160" />
            <source>{n} abstentions</source>
            <translation>{n} abstentions</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="629" />
            <source>{n} of {total} members</source>
            <translation>{n} membres sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="498" />
            <source>{n} of {total} members undecided</source>
            <translation>{n} membres indécis sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="629" />
            <source>{n} of {total} states</source>
            <translation>{n} États sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="534" />
            <source>{n} states undecided</source>
            <translation>{n} États indécis</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="600" />
            <source>{n} with nobody assigned</source>
            <translation>{n} sans personne attribuée</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="307" />
            <source>{vote}  ≠ expected</source>
            <translation>{vote}  ≠ attendu</translation>
        </message>
        <message>
            <source>{yes} in favour, {no} against, {abstain} abstentions</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="540" />
            <source>{yes} in favour, {no} against, {abstain} abstentions ({absent} absent)</source>
            <translation>{yes} pour, {no} contre, {abstain} abstentions ({absent} absents)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="162" />
            <source>{yes} in favour, {no} against, {abstentions}</source>
            <translation>{yes} pour, {no} contre, {abstentions}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="523" />
            <source>{yes} yes against {no} no (margin {margin})</source>
            <translation>{yes} oui contre {no} non (marge de {margin})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="530" />
            <source>{yes} yes against {no} no — &lt;b&gt;{needed} more yes needed&lt;/b&gt; to pass</source>
            <translation>{yes} oui contre {no} non — &lt;b&gt;il manque {needed} oui&lt;/b&gt; pour l'adoption</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="123" />
            <source>{yes} yes, {no} no, {abstain} abstain</source>
            <translation>{yes} oui, {no} non, {abstain} abstentions</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceGuard</name>
        <message>
            <location filename="../../ui/workspace_guard.py" line="218" />
            <source>Another Campaign Planner has this workspace open: changes may collide.</source>
            <translation>Une autre instance de Campaign Planner a ouvert cet espace de travail : les modifications risquent d'entrer en conflit.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="354" />
            <source>Automatic backup failed: {e}</source>
            <translation>Échec de la sauvegarde automatique : {e}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="374" />
            <source>Backup failed</source>
            <translation>Échec de la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="128" />
            <location filename="../../ui/workspace_guard.py" line="157" />
            <source>Cannot open workspace</source>
            <translation>Impossible d'ouvrir l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="261" />
            <source>Checking the workspace for damage…</source>
            <translation>Recherche de dommages dans l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="249" />
            <source>Integrity check</source>
            <translation>Contrôle d'intégrité</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="186" />
            <source>No good backup was found. Keep the file for recovery.</source>
            <translation>Aucune sauvegarde intacte n'a été trouvée. Conservez le fichier pour une récupération.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="200" />
            <location filename="../../ui/workspace_guard.py" line="319" />
            <source>Restore backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="172" />
            <source>Restore failed</source>
            <translation>Échec de la restauration</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="323" />
            <source>Restored the backup from {when}. The damaged file is in the backups folder.</source>
            <translation>Sauvegarde du {when} restaurée. Le fichier endommagé se trouve dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="320" />
            <source>Restoring the backup from {when}…</source>
            <translation>Restauration de la sauvegarde du {when}…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="113" />
            <source>That workspace is already open.</source>
            <translation>Cet espace de travail est déjà ouvert.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="375" />
            <source>The backup on closing failed: {e}
Your data is saved in {p}.</source>
            <translation>La sauvegarde à la fermeture a échoué : {e}
Vos données sont enregistrées dans {p}.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="295" />
            <source>The integrity check could not run: {e}</source>
            <translation>Le contrôle d'intégrité n'a pas pu s'exécuter : {e}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="194" />
            <source>The newest good backup is from {when}. Restore it? The damaged file is kept in the backups folder, untouched.</source>
            <translation>La sauvegarde intacte la plus récente date du {when}. La restaurer ? Le fichier endommagé est conservé tel quel dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="180" />
            <source>Workspace damaged</source>
            <translation>Espace de travail endommagé</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="95" />
            <source>Workspace in use</source>
            <translation>Espace de travail en cours d'utilisation</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="182" />
            <source>{name} is damaged and cannot be opened safely.</source>
            <translation>{name} est endommagé et ne peut pas être ouvert sans risque.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="306" />
            <source>{name} was closed because it is damaged; the file was left as it is.</source>
            <translation>{name} a été fermé car il est endommagé ; le fichier a été laissé tel quel.</translation>
        </message>
    </context>
</TS>
