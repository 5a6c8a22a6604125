<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AddMoments</name>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="143" />
            <source>(already added)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="171" />
            <source>Add 1 moment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="55" />
            <source>Add moments</source>
            <translation>Ajouter des moments</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="61" />
            <source>Add moments from the library</source>
            <translation>Ajouter des moments de la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <location filename="../../ui/dialogs/add_moments.py" line="171" />
            <source>Add {n} moments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="83" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Moment</source>
            <translation>Moment</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="65" />
            <source>Recurring UN sessions and international days. Tick the ones this campaign plans around: each becomes a milestone on its date in the chosen year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="84" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="174" />
            <source>≈ marks typical dates to confirm each year. Ctrl+Z removes what was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="140" />
            <source>≈ typical dates: confirm each year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="274" />
            <source>1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="286" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="298" />
            <source>Advocacy brief</source>
            <translation>Note de plaidoyer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="98" />
            <source>Asks first, why now, voices from the ground, who stands where and what is next. Partners are named only as far as the audience allows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="129" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="138" />
            <source>Branding: {org}, {logo}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="277" />
            <source>Brief ready</source>
            <translation>Note prête</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="128" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="203" />
            <source>Choose where to save the brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="123" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="298" />
            <source>Create a campaign first: a brief is about one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="155" />
            <source>Generate brief</source>
            <translation>Générer la note</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="183" />
            <source>Internal: names every partner, confidential ones included, with contacts. Keep it inside the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="131" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="195" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="132" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="287" />
            <source>Preparing the brief of {c}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="95" />
            <source>Print-ready PDF brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="122" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="133" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="195" />
            <source>Save brief as</source>
            <translation>Enregistrer la note sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="130" />
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="278" />
            <source>The brief of {c} is ready ({pages}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="210" />
            <source>The folder {f} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="139" />
            <source>no organisation name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="140" />
            <source>the neutral logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="274" />
            <source>{n} pages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignTabs</name>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="218" />
            <source>Cannot move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="133" />
            <source>Drag a stakeholder (or select one and use the arrow keys) to change stance or influence. Ctrl+Z undoes. Double-click opens the record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="432" />
            <source>Expected and actual vote of the state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="141" />
            <location filename="../../ui/pages/campaign_tabs.py" line="345" />
            <source>Export PNG…</source>
            <translation>Exporter en PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="142" />
            <source>Export SVG…</source>
            <translation>Exporter en SVG…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="249" />
            <location filename="../../ui/pages/campaign_tabs.py" line="365" />
            <source>Export failed</source>
            <translation>Échec de l'export</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="229" />
            <source>Export power map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="357" />
            <source>Export relationship map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="212" />
            <source>Move {name} on the power map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="320" />
            <source>No recorded change yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="446" />
            <source>No vote in this campaign yet. Add a milestone of kind Vote (for example a General Assembly resolution) to count who will vote how.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="307" />
            <source>Now: {stance} · influence {inf}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="280" />
            <source>Open record</source>
            <translation>Ouvrir la fiche</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="236" />
            <source>PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="359" />
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="241" />
            <source>SVG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="252" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="294" />
            <source>Select a stakeholder on the map to see how they moved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="432" />
            <source>Set position…</source>
            <translation>Définir la position…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="269" />
            <location filename="../../ui/pages/campaign_tabs.py" line="279" />
            <source>Stance history</source>
            <translation>Historique des positions</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="141" />
            <source>The whole map as an image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="142" />
            <source>Vector, sharp in slides and reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="428" />
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="434" />
            <source>Vote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="343" />
            <source>Who can get us to this target? Pick From and To, then Show paths.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="313" />
            <source>recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignWorkspace</name>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="224" />
            <source>Add ask</source>
            <translation>Ajouter une demande</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="459" />
            <source>Add quote</source>
            <translation>Ajouter une citation</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="363" />
            <source>Add someone</source>
            <translation>Ajouter quelqu'un</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="223" />
            <source>Asks</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="243" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="94" />
            <source>Edit campaign…</source>
            <translation>Modifier la campagne…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="361" />
            <source>Edit position…</source>
            <translation>Modifier la position…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="501" />
            <source>Engagement log</source>
            <translation>Journal des échanges</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="311" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="143" />
            <source>Lead: {lead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="96" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="500" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="228" />
            <source>No asks yet. What do you want decision-makers to do? Add an ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="207" />
            <source>No objective yet: edit the campaign to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="212" />
            <source>No strategy yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="471" />
            <source>No voices yet. Add what affected people and local partners say, in their words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="376" />
            <source>Nobody in this campaign yet. Click Add someone to map who matters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="206" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="217" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="498" />
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="499" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="508" />
            <source>Power map</source>
            <translation>Carte des pouvoirs</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="509" />
            <source>Relationships</source>
            <translation>Relations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="359" />
            <location filename="../../ui/pages/campaign_workspace.py" line="412" />
            <source>Remove from campaign</source>
            <translation>Retirer de la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="511" />
            <location filename="../../ui/pages/campaign_workspace.py" line="212" />
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="130" />
            <source>This campaign was deleted (Ctrl+Z brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="510" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="502" />
            <source>Voices</source>
            <translation>Voix</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="512" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="200" />
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="197" />
            <source>people in play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="139" />
            <source>since {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="198" />
            <source>supportive or champions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="141" />
            <source>until {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="199" />
            <source>upcoming moments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="389" />
            <source>{n} people and organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="482" />
            <source>{n} quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="133" />
            <source>{p} priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="80" />
            <source>‹ All campaigns</source>
            <translation>‹ Toutes les campagnes</translation>
        </message>
    </context>
    <context>
        <name>ExportCalendar</name>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="59" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="66" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="107" />
            <source>Calendar export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="101" />
            <source>Calendar exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="71" />
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="125" />
            <location filename="../../ui/dialogs/export_calendar.py" line="45" />
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="49" />
            <source>Milestones as all-day events in an .ics file (Outlook, Google Calendar, Apple Calendar). Importing a newer export updates the events.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="65" />
            <source>Milestones of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="127" />
            <source>iCalendar file (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="99" />
            <source>{n} milestones written to {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../ui/dialogs/audience_choice.py" line="37" />
            <source>Audience</source>
            <translation>Public</translation>
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
            <location filename="../../ui/first_run.py" line="24" />
            <source>DEMO WORKSPACE · sample data, explore freely</source>
            <translation>ESPACE DE DÉMONSTRATION · données d'exemple, explorez librement</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="26" />
            <source>This is the demo workspace</source>
            <translation>Ceci est l'espace de démonstration</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ui/forms/ask.py" line="28" />
            <source>Achieved on</source>
            <translation>Obtenue le</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="52" />
            <source>Actual vote</source>
            <translation>Vote effectif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="34" />
            <source>Add ask</source>
            <translation>Ajouter une demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="86" />
            <source>Add member state</source>
            <translation>Ajouter un État membre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="46" />
            <source>Add milestone</source>
            <translation>Ajouter un jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="40" />
            <source>Add quote</source>
            <translation>Ajouter une citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="55" />
            <source>Add someone to the campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="70" />
            <source>Add stakeholder</source>
            <translation>Ajouter une partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="50" />
            <source>Add to campaign</source>
            <translation>Ajouter à la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>Ask</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="28" />
            <location filename="../../ui/forms/milestone.py" line="30" />
            <source>Campaign</source>
            <translation>Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="47" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="65" />
            <source>Change vote of {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="24" />
            <source>Change {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="32" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Comma-separated</source>
            <translation>Séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="47" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="32" />
            <location filename="../../ui/forms/stakeholder.py" line="61" />
            <source>Consent to be named</source>
            <translation>Consentement à être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="48" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Country or theme</source>
            <translation>Pays ou thème</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="37" />
            <source>Create campaign</source>
            <translation>Créer la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <location filename="../../ui/forms/milestone.py" line="34" />
            <location filename="../../ui/forms/quote.py" line="29" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="39" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="39" />
            <source>Edit ask</source>
            <translation>Modifier la demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="42" />
            <source>Edit campaign</source>
            <translation>Modifier la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Edit engagement</source>
            <translation>Modifier l'échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="51" />
            <source>Edit milestone</source>
            <translation>Modifier le jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="55" />
            <source>Edit position</source>
            <translation>Modifier la position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="45" />
            <source>Edit quote</source>
            <translation>Modifier la citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>Edit stakeholder</source>
            <translation>Modifier la partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="25" />
            <source>Edit {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="50" />
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>End date</source>
            <translation>Date de fin</translation>
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
            <location filename="../../ui/forms/interaction.py" line="37" />
            <source>Follow up on</source>
            <translation>Relancer le</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>How you will get there</source>
            <translation>Comment vous y parviendrez</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>In the speaker's own words</source>
            <translation>Dans les mots mêmes du locuteur</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="32" />
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="38" />
            <source>Interest</source>
            <translation>Intérêt</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="33" />
            <location filename="../../ui/forms/stakeholder.py" line="40" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="27" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="49" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="30" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="52" />
            <source>Local actor (from the affected community)</source>
            <translation>Acteur local (de la communauté affectée)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Log an engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="46" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="54" />
            <source>Log it</source>
            <translation>Consigner</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <location filename="../../ui/forms/stakeholder.py" line="39" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="39" />
            <source>New ask</source>
            <translation>Nouvelle demande</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="42" />
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="51" />
            <source>New milestone</source>
            <translation>Nouveau jalon</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="45" />
            <source>New quote</source>
            <translation>Nouvelle citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>New stakeholder</source>
            <translation>Nouvelle partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Next step</source>
            <translation>Prochaine étape</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="38" />
            <source>No follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="53" />
            <source>Not voted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="64" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="24" />
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <location filename="../../ui/forms/quote.py" line="28" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="43" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="34" />
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="38" />
            <location filename="../../ui/forms/position.py" line="41" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="33" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="39" />
            <source>Person or organisation</source>
            <translation>Personne ou organisation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="51" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="27" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="29" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="54" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="40" />
            <location filename="../../ui/forms/stakeholder.py" line="56" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="73" />
            <location filename="../../ui/forms/vote_position.py" line="63" />
            <source>Set vote of {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="43" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="28" />
            <source>Speaker</source>
            <translation>Locuteur</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="27" />
            <source>Stakeholder</source>
            <translation>Partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="35" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="27" />
            <location filename="../../ui/forms/campaign.py" line="26" />
            <location filename="../../ui/forms/milestone.py" line="37" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>Strategy</source>
            <translation>Stratégie</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="30" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="25" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <source>Target stakeholder</source>
            <translation>Partie prenante ciblée</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <location filename="../../ui/forms/stakeholder.py" line="46" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="26" />
            <source>Translation</source>
            <translation>Traduction</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="43" />
            <source>Unknown (undecided)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="93" />
            <source>Vote of {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>What happened (after the date)</source>
            <translation>Ce qui s'est passé (après la date)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>What should the target do?</source>
            <translation>Que doit faire la cible ?</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="34" />
            <source>What was agreed</source>
            <translation>Ce qui a été convenu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="30" />
            <source>What was said, in a sentence or two</source>
            <translation>Ce qui a été dit, en une ou deux phrases</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="24" />
            <source>What will have changed when you win?</source>
            <translation>Qu'est-ce qui aura changé quand vous aurez gagné ?</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="43" />
            <source>Where the stance assessment comes from</source>
            <translation>D'où vient l'évaluation de la position</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="41" />
            <source>Who in the team keeps in touch</source>
            <translation>Qui, dans l'équipe, garde le contact</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="30" />
            <source>Who leads it in the team</source>
            <translation>Qui la pilote dans l'équipe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Who said what, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="53" />
            <source>Women-led</source>
            <translation>Dirigée par des femmes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="44" />
            <source>Works at… (optional)</source>
            <translation>Travaille à… (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="35" />
            <source>ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="38" />
            <source>campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="46" />
            <source>e.g. Deputy Permanent Representative</source>
            <translation>p. ex. Représentant permanent adjoint</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
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
            <location filename="../../ui/forms/ask.py" line="25" />
            <source>e.g. UN General Assembly member states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="49" />
            <source>e.g. ar, en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="27" />
            <source>e.g. ar, en, fr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="47" />
            <source>engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="47" />
            <source>milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="51" />
            <source>position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="41" />
            <source>quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="71" />
            <source>stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="96" />
            <source>{name} · {group}. The actual vote is entered after the vote.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/help.py" line="54" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="201" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="198" />
            <source>&amp;User guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="85" />
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="121" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="78" />
            <source>Anywhere in the window</source>
            <translation>Partout dans la fenêtre</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="149" />
            <source>Campaign Planner user guide</source>
            <translation>Guide de l'utilisateur de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="100" />
            <source>Close a dialog or the quick search without saving</source>
            <translation>Fermer une boîte de dialogue ou la recherche rapide sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="114" />
            <source>Every shortcut of this window, read from its menus.</source>
            <translation>Tous les raccourcis de cette fenêtre, lus dans ses menus.</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="119" />
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="92" />
            <source>Filter the current list</source>
            <translation>Filtrer la liste affichée</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="85" />
            <source>In lists</source>
            <translation>Dans les listes</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="101" />
            <source>Jump to a form field or open a menu</source>
            <translation>Aller à un champ ou ouvrir un menu</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="111" />
            <location filename="../../ui/help.py" line="122" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="121" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="121" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="98" />
            <source>Move between fields and buttons</source>
            <translation>Passer d'un champ ou d'un bouton à l'autre</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="99" />
            <source>Open the selected row; save a form</source>
            <translation>Ouvrir la ligne choisie ; enregistrer un formulaire</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="102" />
            <source>Press the focused button or tick a box</source>
            <translation>Activer le bouton sélectionné ou cocher une case</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="204" />
            <source>Take the &amp;tour</source>
            <translation>Faire la &amp;visite guidée</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="163" />
            <source>The user guide is missing from this installation ({path}).</source>
            <translation>Le guide de l'utilisateur manque dans cette installation ({path}).</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="155" />
            <source>User guide</source>
            <translation>Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="101" />
            <source>underlined letter</source>
            <translation>lettre soulignée</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="83" />
            <location filename="../../ui/pages/history_tab.py" line="89" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="241" />
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="202" />
            <source>Cannot read the history: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="297" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="241" />
            <location filename="../../ui/pages/history_tab.py" line="249" />
            <source>Export audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="154" />
            <source>Export audit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="151" />
            <source>Filter by record, field, person or value…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="287" />
            <source>History of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="283" />
            <source>History — {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="294" />
            <source>No changes recorded for {name} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="271" />
            <source>No changes recorded yet. Every edit to this campaign will be listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="76" />
            <source>Shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="255" />
            <source>Wrote {n} changes to {p}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="91" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="91" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="227" />
            <source>{n} changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="230" />
            <source>{n} of {t} changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="87" />
            <source>{n} people</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="395" />
            <source> (demo)</source>
            <translation> (démo)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>&amp;About Campaign Planner</source>
            <translation>À &amp;propos de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="123" />
            <source>&amp;Brief…</source>
            <translation>&amp;Note de plaidoyer…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="122" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="102" />
            <source>&amp;Change passphrase…</source>
            <translation>&amp;Changer la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>&amp;Close workspace</source>
            <translation>&amp;Fermer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="104" />
            <source>&amp;Decrypt workspace…</source>
            <translation>&amp;Déchiffrer l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="100" />
            <source>&amp;Encrypt workspace…</source>
            <translation>&amp;Chiffrer l'espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="131" />
            <source>&amp;History…</source>
            <translation>&amp;Historique…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="97" />
            <source>&amp;Import tracker…</source>
            <translation>&amp;Importer un tableau de suivi…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>&amp;Log engagement…</source>
            <translation>&amp;Consigner un échange…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Nouvel espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="130" />
            <source>&amp;Open workspace…</source>
            <translation>&amp;Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="99" />
            <source>&amp;Security</source>
            <translation>&amp;Sécurité</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="380" />
            <source>About Campaign Planner</source>
            <translation>À propos de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>All changes saved</source>
            <translation>Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>Campaign Planner workspace (*.db)</source>
            <translation>Espace de travail Campaign Planner (*.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="238" />
            <source>Campaign Planner workspace (*.db);;All files (*)</source>
            <translation>Espace de travail Campaign Planner (*.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="381" />
            <source>Campaign Planner {v}
Offline-first planning for coalition convenors.</source>
            <translation>Campaign Planner {v}
La planification hors ligne pour les coordinateurs de coalitions.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="44" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="213" />
            <source>Cannot open the demo</source>
            <translation>Impossible d'ouvrir la démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>Ctrl+Shift+W</source>
            <translation>Ctrl+Shift+W</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="43" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="397" />
            <source>Demo data: explore freely</source>
            <translation>Données de démonstration : explorez librement</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="96" />
            <source>E&amp;xport tracker…</source>
            <translation>E&amp;xporter le tableau de suivi…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>Engagement logged.</source>
            <translation>Échange consigné.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="47" />
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="46" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="220" />
            <location filename="../../ui/main_window.py" line="228" />
            <source>New workspace</source>
            <translation>Nouvel espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="247" />
            <source>No recent workspaces</source>
            <translation>Aucun espace de travail récent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>Open &amp;demo workspace</source>
            <translation>Ouvrir l'espace de &amp;démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="132" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>Open workspace</source>
            <translation>Ouvrir un espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Opened {path}. Every change is saved as you make it.</source>
            <translation>{path} ouvert. Chaque modification est enregistrée au fur et à mesure.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>Quick &amp;search…</source>
            <translation>Recherche &amp;rapide…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="144" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="98" />
            <source>Restore from &amp;backup…</source>
            <translation>Restaurer une sau&amp;vegarde…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="107" />
            <source>Search…</source>
            <translation>Rechercher…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="69" />
            <source>Select a stakeholder, or open a campaign, to see its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="45" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>That item no longer exists.</source>
            <translation>Cet élément n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="29" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="228" />
            <source>{path} already exists.</source>
            <translation>{path} existe déjà.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="255" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="114" />
            <location filename="../../ui/pages/milestones.py" line="74" />
            <location filename="../../ui/pages/milestones.py" line="114" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="104" />
            <source>All campaigns. Click a moment to edit it, drag it to reschedule (Ctrl+Z undoes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="92" />
            <source>All countries</source>
            <translation>Tous les pays</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="83" />
            <source>Any kind</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="95" />
            <source>Any role</source>
            <translation>Tous les rôles</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="93" />
            <source>Any sensitivity</source>
            <translation>Toutes les sensibilités</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="58" />
            <location filename="../../ui/pages/milestones.py" line="77" />
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="486" />
            <source>Asks: {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="48" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="502" />
            <source>Campaigns and their asks</source>
            <translation>Les campagnes et leurs demandes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="63" />
            <source>Cannot reschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="150" />
            <source>Create a campaign first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="237" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="256" />
            <source>Days without contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="50" />
            <location filename="../../ui/pages/milestones.py" line="70" />
            <location filename="../../ui/pages/stakeholders.py" line="80" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="120" />
            <location filename="../../ui/pages/campaigns.py" line="125" />
            <source>Delete campaign</source>
            <translation>Supprimer la campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="159" />
            <source>Delete milestone</source>
            <translation>Supprimer le jalon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="217" />
            <source>Delete stakeholder</source>
            <translation>Supprimer la partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="212" />
            <source>Delete stakeholders</source>
            <translation>Supprimer les parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="121" />
            <source>Delete {names}? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer {names} ? Ctrl+Z annule la suppression.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="213" />
            <source>Delete {n} stakeholder(s)? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer {n} partie(s) prenante(s) ? Ctrl+Z annule la suppression.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="81" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="72" />
            <source>Engagements</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="114" />
            <source>Enter opens · Ctrl+K searches everything</source>
            <translation>Entrée ouvre · Ctrl+K cherche partout</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="425" />
            <source>Every target and partner was contacted recently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Everyone you work with or seek to move, across campaigns</source>
            <translation>Tous ceux avec qui vous travaillez ou que vous cherchez à convaincre, toutes campagnes confondues</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="55" />
            <source>Filter by name, context or lead</source>
            <translation>Filtrer par nom, contexte ou responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="87" />
            <source>Filter by name, title, country, email…</source>
            <translation>Filtrer par nom, titre, pays, courriel…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="409" />
            <source>Follow-ups due</source>
            <translation>Relances à faire</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="398" />
            <source>Late {n}d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="81" />
            <source>Log engagement</source>
            <translation>Consigner un échange</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="73" />
            <source>Meetings, calls and briefings, newest first</source>
            <translation>Réunions, appels et briefings, les plus récents d'abord</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="59" />
            <source>Milestones</source>
            <translation>Jalons</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="452" />
            <source>Moved toward us this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="415" />
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="51" />
            <source>New campaign</source>
            <translation>Nouvelle campagne</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="71" />
            <location filename="../../ui/pages/timeline_page.py" line="108" />
            <source>New milestone</source>
            <translation>Nouveau jalon</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="82" />
            <source>New stakeholder</source>
            <translation>Nouvelle partie prenante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="347" />
            <source>Next week</source>
            <translation>La semaine prochaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="488" />
            <source>No asks yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="150" />
            <source>No campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="99" />
            <source>No campaign matches this filter. Clear the filter to see them all.</source>
            <translation>Aucune campagne ne correspond à ce filtre. Effacez-le pour les voir toutes.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="97" />
            <source>No campaigns yet. Click New campaign (Ctrl+N) to start one.</source>
            <translation>Aucune campagne pour l'instant. Cliquez sur Nouvelle campagne pour en commencer une.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="499" />
            <source>No campaigns yet. Go to Campaigns and click New campaign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="468" />
            <source>No changes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="405" />
            <source>No follow-ups due this week. Log a meeting (Ctrl+L) with a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="137" />
            <source>No milestone matches this filter.</source>
            <translation>Aucun jalon ne correspond à ce filtre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="139" />
            <source>No milestones yet. Add the moments that matter: a vote, a session, a deadline.</source>
            <translation>Aucun jalon pour l'instant. Ajoutez les moments qui comptent : un vote, une session, une échéance.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="181" />
            <source>No stakeholders yet. Click New stakeholder to add the first one.</source>
            <translation>Aucune partie prenante pour l'instant. Cliquez sur Nouvelle partie prenante pour ajouter la première.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="450" />
            <source>No stance moved toward us in the last 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="179" />
            <source>Nobody matches this filter. Try fewer words or clear a filter.</source>
            <translation>Personne ne correspond à ce filtre. Essayez moins de mots ou effacez un filtre.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="126" />
            <source>Nothing logged yet. Press Ctrl+L after a meeting or call to log it.</source>
            <translation>Rien de consigné pour l'instant. Appuyez sur Ctrl+L après une réunion ou un appel.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="385" />
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="359" />
            <source>Nothing planned.</source>
            <translation>Rien de prévu.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="48" />
            <source>Open a campaign to plan its people, moments and asks</source>
            <translation>Ouvrez une campagne pour planifier ses personnes, ses moments et ses demandes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="210" />
            <location filename="../../ui/pages/dashboard.py" line="386" />
            <location filename="../../ui/pages/milestones.py" line="79" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="94" />
            <source>People and organisations</source>
            <translation>Personnes et organisations</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="469" />
            <source>Recent changes</source>
            <translation>Modifications récentes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="57" />
            <source>Reschedule “{t}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="145" />
            <source>Right-click to choose columns</source>
            <translation>Clic droit pour choisir les colonnes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="187" />
            <source>Showing {n}+ stakeholders · counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="437" />
            <source>Targets and partners not contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="257" />
            <source>Targets and partners not contacted for more than this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="279" />
            <source>The dashboard could not be loaded: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="63" />
            <source>The moments your campaigns are built around</source>
            <translation>Les moments autour desquels vos campagnes se construisent</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="346" />
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="365" />
            <source>This week and next</source>
            <translation>Cette semaine et la suivante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="103" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="400" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="271" />
            <source>Today is {day}</source>
            <translation>Nous sommes le {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="78" />
            <source>Upcoming</source>
            <translation>À venir</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="298" />
            <source>active campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="301" />
            <source>follow-ups due today or late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="386" />
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="493" />
            <source>lead {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="363" />
            <source>moments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="299" />
            <source>moments this week and next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="431" />
            <source>more than</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="421" />
            <source>no owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="300" />
            <source>overdue milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="421" />
            <source>owner {o}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="382" />
            <source>record the outcome or reschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="302" />
            <source>targets and partners gone quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="491" />
            <source>until {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="373" />
            <source>was due {d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="406" />
            <source>{late} due or late · {n} this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="418" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="124" />
            <source>{n} engagements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="502" />
            <source>{n} in total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="133" />
            <source>{n} milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="94" />
            <source>{n} of {total} campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="218" />
            <source>{n} of {t} {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="190" />
            <source>{n} stakeholders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="165" />
            <source>Cannot unlock: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="326" />
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="299" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="318" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="79" />
            <source>Encrypted workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="87" />
            <location filename="../../ui/dialogs/passphrase.py" line="118" />
            <source>Enter its passphrase to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="314" />
            <source>I have stored the recovery key safely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="286" />
            <source>Keep this recovery key somewhere safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="214" />
            <location filename="../../ui/dialogs/passphrase.py" line="216" />
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="90" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="281" />
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="217" />
            <source>Repeat it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="215" />
            <source>Repeat the new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="156" />
            <source>That {what} does not open {name}. Check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="250" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="303" />
            <source>This is the only time it is shown. It opens the workspace if the passphrase is forgotten, so anyone who has it can read everything in it. Write it down or print it and keep it apart from this computer (not in a file next to the workspace). Without the passphrase and without this key, the data cannot be recovered by anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="124" />
            <source>Type the passphrase first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="114" />
            <source>Type the recovery key you were given when you encrypted it.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="92" />
            <source>Use the recovery key instead (forgotten passphrase)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="84" />
            <source>{name} is encrypted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../ui/planning.py" line="81" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campagne</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="82" />
            <source>Add &amp;moments…</source>
            <translation>Ajouter des &amp;moments…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="72" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation>Exporter le &amp;calendrier (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="60" />
            <source>{n} moments added as milestones. Ctrl+Z removes them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressTask</name>
        <message>
            <location filename="../../ui/dialogs/progress_task.py" line="61" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <location filename="../../ui/quick_search.py" line="99" />
            <source>Nothing found. Try the first letters of a name.</source>
            <translation>Rien trouvé. Essayez les premières lettres d'un nom.</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="50" />
            <source>Search campaigns, people, moments, notes…</source>
            <translation>Chercher des campagnes, des personnes, des moments, des notes…</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="57" />
            <source>↑↓ to choose · Enter to open · Esc to close</source>
            <translation>↑↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="212" />
            <source> The replaced state is kept as {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="139" />
            <source> · encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="91" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="151" />
            <source>No backups yet. They are taken on opening, on closing and every few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="80" />
            <source>Pick the moment to go back to. The workspace as it is now is backed up first, so a restore can itself be undone by restoring that backup.
Backups are kept in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="107" />
            <source>Reading backups…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="166" />
            <source>Replace the workspace with the backup of {when}?

Everything changed since then is set aside (the current state is backed up first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="219" />
            <location filename="../../ui/dialogs/restore_backup.py" line="70" />
            <location filename="../../ui/dialogs/restore_backup.py" line="75" />
            <location filename="../../ui/dialogs/restore_backup.py" line="165" />
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="211" />
            <source>Restored the backup of {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="112" />
            <source>Restore…</source>
            <translation>Restaurer…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="220" />
            <source>Restoring the backup of {when}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="91" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="91" />
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="91" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="197" />
            <source>This backup was made under another passphrase: enter it, or the recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="91" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="146" />
            <source>{n} backups, newest first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../ui/dialogs/security.py" line="117" />
            <source>After decrypting, anyone who gets hold of this file (a lost laptop, a copied USB stick) can read every name, phone number and note in it.

Existing backups stay encrypted. Decrypt anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="86" />
            <location filename="../../ui/dialogs/security.py" line="94" />
            <location filename="../../ui/dialogs/security.py" line="75" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="95" />
            <source>Changing the passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="116" />
            <location filename="../../ui/dialogs/security.py" line="135" />
            <location filename="../../ui/dialogs/security.py" line="111" />
            <source>Decrypt workspace</source>
            <translation>Déchiffrer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="136" />
            <source>Decrypting the workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="41" />
            <location filename="../../ui/dialogs/security.py" line="63" />
            <location filename="../../ui/dialogs/security.py" line="36" />
            <source>Encrypt workspace</source>
            <translation>Chiffrer l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="63" />
            <source>Encrypting the workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="81" />
            <source>Enter the current passphrase (or the recovery key) to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="127" />
            <source>Enter the passphrase (or the recovery key).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="98" />
            <source>Passphrase changed (and for {n} backups).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="87" />
            <source>The recovery key stays the same. Backups made with this key follow the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="42" />
            <source>The workspace file, its journal and its backups will be unreadable without this passphrase. It is never stored: you will type it each time you open the workspace. A backup is taken first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="139" />
            <source>The workspace is no longer encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="57" />
            <source>The workspace is now encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="37" />
            <source>This workspace is already encrypted. Use Change passphrase… to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="111" />
            <source>This workspace is not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="76" />
            <source>This workspace is not encrypted. Use Encrypt workspace… first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="123" />
            <source> backups</source>
            <translation> sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="125" />
            <location filename="../../ui/settings_dialog.py" line="138" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="131" />
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="151" />
            <source>&amp;Dates</source>
            <translation>&amp;Dates</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="124" />
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
            <location filename="../../ui/settings_dialog.py" line="84" />
            <source>&amp;Organisation name</source>
            <translation>Nom de l'&amp;organisation</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="145" />
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="157" />
            <source>A new language applies when the app restarts.</source>
            <translation>La nouvelle langue s'applique au redémarrage de l'application.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="133" />
            <source>Back up &amp;every</source>
            <translation>Sauvegarder &amp;toutes les</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="122" />
            <source>Backup &amp;folder</source>
            <translation>&amp;Dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="232" />
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="114" />
            <source>Beside the workspace file</source>
            <translation>À côté du fichier de l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="103" />
            <source>Briefs and trackers</source>
            <translation>Notes et tableaux de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="90" />
            <source>Choose a logo file</source>
            <translation>Choisir un fichier de logo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="118" />
            <source>Choose the backup folder</source>
            <translation>Choisir le dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="89" />
            <location filename="../../ui/settings_dialog.py" line="117" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="45" />
            <source>Closed-door: for diplomats and UN officials</source>
            <translation>Huis clos : pour les diplomates et les fonctionnaires de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="51" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="56" />
            <source>Day and month name</source>
            <translation>Jour et nom du mois</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="108" />
            <source>Default &amp;audience</source>
            <translation>&amp;Public par défaut</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="137" />
            <source>Display</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="51" />
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="58" />
            <source>ISO (year-month-day)</source>
            <translation>ISO (année-mois-jour)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="225" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="44" />
            <source>Internal: the team's own view, everything</source>
            <translation>Interne : la vue de l'équipe, tout compris</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="156" />
            <source>Lan&amp;guage</source>
            <translation>Lan&amp;gue</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="51" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="225" />
            <source>Logo for briefs</source>
            <translation>Logo des notes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="59" />
            <source>Long</source>
            <translation>Long</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="142" />
            <source>Not &amp;contacted after</source>
            <translation>Sans &amp;contact après</translation>
        </message>
        <message>
            <source>Not contacted after</source>
            <translation type="vanished">Sans contact après</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="86" />
            <source>PNG or JPEG; empty for the neutral logo</source>
            <translation>PNG ou JPEG ; vide pour le logo neutre</translation>
        </message>
        <message>
            <source>Plus one a day &amp;for</source>
            <translation type="vanished">Plus une par jour &amp;pendant</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="127" />
            <source>Plus one a day fo&amp;r</source>
            <translation>Plus une par jou&amp;r pendant</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="83" />
            <source>Printed on the briefs of this workspace</source>
            <translation>Imprimé sur les notes de cet espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="170" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="46" />
            <source>Public: only what partners agreed to make public</source>
            <translation>Public : seulement ce que les partenaires ont accepté de rendre public</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="303" />
            <source>Restart Campaign Planner to switch the language.</source>
            <translation>Redémarrez Campaign Planner pour changer de langue.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="310" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="67" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="301" />
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="57" />
            <source>Short (the system's)</source>
            <translation>Court (celui du système)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="140" />
            <source>Targets and partners with no engagement for this long show as not contacted</source>
            <translation>Les cibles et partenaires sans échange depuis ce délai apparaissent comme non contactés</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="81" />
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
            <location filename="../../ui/settings_dialog.py" line="80" />
            <source>no workspace open</source>
            <translation>aucun espace de travail ouvert</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="267" />
            <source>{problem}. Nothing was saved.</source>
            <translation>{problem}. Rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../ui/tour.py" line="90" />
            <source>A campaign's workspace</source>
            <translation>L'espace d'une campagne</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="75" />
            <source>A one-minute tour of the main views. Use Next (Enter) and Back, or Esc to stop; Help ▸ Take the tour brings it back.</source>
            <translation>Une visite d'une minute des vues principales. Suivant (Entrée) et Précédent pour avancer, Échap pour arrêter ; Aide ▸ Faire la visite guidée la relance.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="136" />
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="98" />
            <source>Ctrl+K searches everything. Help ▸ Keyboard shortcuts lists every key and Help ▸ User guide explains each task. Edit ▸ Settings puts your organisation's name on briefs.</source>
            <translation>Ctrl+K cherche partout. Aide ▸ Raccourcis clavier liste toutes les touches et Aide ▸ Guide de l'utilisateur explique chaque tâche. Édition ▸ Paramètres met le nom de votre organisation sur les notes.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="135" />
            <source>End tour</source>
            <translation>Terminer la visite</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="45" />
            <source>Every campaign with its status, priority and dates. Select one and press Enter to open its workspace.</source>
            <translation>Chaque campagne avec son statut, sa priorité et ses dates. Choisissez-en une et appuyez sur Entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="49" />
            <source>Everyone you work with or want to move, across campaigns. Filter by category, country or sensitivity; confidential partners carry a lock and the word Confidential.</source>
            <translation>Tous ceux avec qui vous travaillez ou que vous voulez convaincre. Filtrez par catégorie, pays ou sensibilité ; les partenaires confidentiels portent un cadenas et le mot Confidentiel.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="91" />
            <source>Everything about one campaign, in tabs: {tabs}.</source>
            <translation>Tout sur une campagne, en onglets : {tabs}.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="97" />
            <source>Find anything, get help</source>
            <translation>Tout retrouver, obtenir de l'aide</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="168" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="117" />
            <source>Guided tour</source>
            <translation>Visite guidée</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="137" />
            <location filename="../../ui/tour.py" line="168" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="82" />
            <source>One of the workspace's views.</source>
            <translation>Une des vues de l'espace de travail.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="161" />
            <source>Step {n} of {total}</source>
            <translation>Étape {n} sur {total}</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="59" />
            <source>The log of meetings, calls and briefings. Press Ctrl+L anywhere to log one right after it happens.</source>
            <translation>Le journal des réunions, appels et briefings. Ctrl+L, n'importe où, en consigne un juste après.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="54" />
            <source>The moments you plan around, across campaigns: UN meetings, votes, deadlines. Overdue ones are marked in words, not only in colour.</source>
            <translation>Les moments autour desquels vous planifiez : réunions de l'ONU, votes, échéances. Les retards sont signalés par des mots, pas seulement par la couleur.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="58" />
            <source>The same moments on a calendar line, campaign by campaign.</source>
            <translation>Les mêmes moments sur une ligne de temps, campagne par campagne.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="74" />
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="41" />
            <source>What needs you now: moments due this week, overdue milestones, follow-ups and the latest engagements. Start here every morning.</source>
            <translation>Ce qui vous attend : les moments de la semaine, les jalons en retard, les relances et les derniers échanges. Commencez ici chaque matin.</translation>
        </message>
    </context>
    <context>
        <name>TrackerExport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="83" />
            <source>All campaigns</source>
            <translation>Toutes les campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="112" />
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="111" />
            <source>Campaigns</source>
            <translation>Campagnes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="177" />
            <source>Choose where to save the tracker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="106" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="65" />
            <source>Excel tracker</source>
            <translation>Tableau de suivi Excel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="168" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="129" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="238" />
            <location filename="../../ui/dialogs/tracker_export.py" line="60" />
            <source>Export tracker</source>
            <translation>Exporter le tableau de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="239" />
            <source>Exporting the tracker of {t}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="210" />
            <source>Gathering {t}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="152" />
            <source>Internal: every partner, confidential ones included, with contacts and the engagement log. It can be edited and imported back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="82" />
            <source>One campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="105" />
            <location filename="../../ui/dialogs/tracker_export.py" line="113" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="168" />
            <source>Save tracker as</source>
            <translation>Enregistrer le tableau de suivi sous</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="159" />
            <source>Shared outside the team: withheld partners are described or counted, never named. It cannot be imported back; the export is recorded in the campaign's History.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="182" />
            <source>The folder {f} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="226" />
            <source>The tracker of {t} is ready ({n} rows on {s} sheets).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="68" />
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="225" />
            <source>Tracker ready</source>
            <translation>Tableau de suivi prêt</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="195" />
            <source>all campaigns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrackerImport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="56" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="163" />
            <source>Apply {n} changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="249" />
            <source>Applying {s}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="247" />
            <source>Backing up the workspace first…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="131" />
            <location filename="../../ui/dialogs/tracker_import.py" line="148" />
            <source>Cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="155" />
            <source>Changes ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="191" />
            <source>Excel workbook (*.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="131" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="169" />
            <source>Fix the problems in the file and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="191" />
            <location filename="../../ui/dialogs/tracker_import.py" line="202" />
            <location filename="../../ui/dialogs/tracker_import.py" line="228" />
            <location filename="../../ui/dialogs/tracker_import.py" line="270" />
            <source>Import tracker</source>
            <translation>Importer un tableau de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="111" />
            <source>Import tracker — preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="260" />
            <source>Imported {f}: {s}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="271" />
            <source>Importing {f}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="131" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="182" />
            <source>No changes: this tracker matches the workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="131" />
            <source>Old</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="148" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="156" />
            <source>Problems ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="229" />
            <source>Reading {f}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="183" />
            <source>Ready to import {n} changes ({s}). Check them, then apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to import: {s}. Check the changes, then apply them.</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="131" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="131" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="76" />
            <source>delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="74" />
            <source>new row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="203" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="177" />
            <source>{n} problem(s) must be fixed in the file before anything can be imported (the import is all or nothing). Nothing has been changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../ui/welcome.py" line="66" />
            <source>A workspace file anywhere, e.g. on a USB stick.</source>
            <translation>Un espace de travail n'importe où, p. ex. sur une clé USB.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="62" />
            <source>New workspace…</source>
            <translation>Nouvel espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="56" />
            <source>Open the demo workspace</source>
            <translation>Ouvrir l'espace de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="65" />
            <source>Open workspace…</source>
            <translation>Ouvrir un espace de travail…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="45" />
            <source>Plan campaigns around the moments that matter, keep track of who stands where, and log every engagement. Everything stays on this computer.</source>
            <translation>Planifiez vos campagnes autour des moments qui comptent, suivez qui se situe où et consignez chaque échange. Tout reste sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="62" />
            <source>Start with an empty workspace file.</source>
            <translation>Commencer avec un espace de travail vide.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="57" />
            <source>Three example campaigns to explore; nothing you do there matters.</source>
            <translation>Trois campagnes d'exemple à explorer ; rien de ce que vous y faites ne compte.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="42" />
            <source>Welcome to Campaign Planner</source>
            <translation>Bienvenue dans Campaign Planner</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceGuard</name>
        <message>
            <location filename="../../ui/workspace_guard.py" line="173" />
            <source>Another Campaign Planner has this workspace open: changes may collide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="207" />
            <source>Automatic backup failed: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="224" />
            <source>Backup failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="129" />
            <source>Cannot open workspace</source>
            <translation>Impossible d'ouvrir l'espace de travail</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="142" />
            <source>No good backup was found. Keep the file for recovery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="155" />
            <source>Restore backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="164" />
            <source>Restore failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="101" />
            <source>That workspace is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="225" />
            <source>The backup on closing failed: {e}
Your data is saved in {p}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="149" />
            <source>The newest good backup is from {when}. Restore it? The damaged file is kept in the backups folder, untouched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="136" />
            <source>Workspace damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="83" />
            <source>Workspace in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="138" />
            <source>{name} is damaged and cannot be opened safely.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
