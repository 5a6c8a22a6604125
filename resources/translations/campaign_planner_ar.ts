<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="61" />
            <source>Add moments from the library</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="87" />
            <source>Moment</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="98" />
            <source>Asks first, why now, voices from the ground, who stands where and what is next. Partners are named only as far as the audience allows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="129" />
            <source>Audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="138" />
            <source>Branding: {org}, {logo}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="277" />
            <source>Brief ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="128" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="203" />
            <source>Choose where to save the brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="123" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="298" />
            <source>Create a campaign first: a brief is about one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="155" />
            <source>Generate brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="183" />
            <source>Internal: names every partner, confidential ones included, with contacts. Keep it inside the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="131" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="195" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="132" />
            <source>Paper</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="195" />
            <source>Save brief as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="130" />
            <source>Template</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="142" />
            <source>Export SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="249" />
            <location filename="../../ui/pages/campaign_tabs.py" line="365" />
            <source>Export failed</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="269" />
            <location filename="../../ui/pages/campaign_tabs.py" line="279" />
            <source>Stance history</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="459" />
            <source>Add quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="363" />
            <source>Add someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="223" />
            <source>Asks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="243" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="94" />
            <source>Edit campaign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="361" />
            <source>Edit position…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="501" />
            <source>Engagement log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="311" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="143" />
            <source>Lead: {lead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="96" />
            <source>Log engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="500" />
            <source>Milestones</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="217" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="498" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="499" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="508" />
            <source>Power map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="509" />
            <source>Relationships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="359" />
            <location filename="../../ui/pages/campaign_workspace.py" line="412" />
            <source>Remove from campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="511" />
            <location filename="../../ui/pages/campaign_workspace.py" line="212" />
            <source>Strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="130" />
            <source>This campaign was deleted (Ctrl+Z brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="510" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="502" />
            <source>Voices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="512" />
            <source>Votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="200" />
            <source>overdue</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportCalendar</name>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="59" />
            <source>All campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="66" />
            <source>Audience</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="125" />
            <location filename="../../ui/dialogs/export_calendar.py" line="45" />
            <source>Export calendar</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileWritten</name>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="40" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="41" />
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../ui/first_run.py" line="24" />
            <source>DEMO WORKSPACE · sample data, explore freely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="26" />
            <source>This is the demo workspace</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ui/forms/ask.py" line="28" />
            <source>Achieved on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="52" />
            <source>Actual vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="34" />
            <source>Add ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="86" />
            <source>Add member state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="46" />
            <source>Add milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="40" />
            <source>Add quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="55" />
            <source>Add someone to the campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="70" />
            <source>Add stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="50" />
            <source>Add to campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>Ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="28" />
            <location filename="../../ui/forms/milestone.py" line="30" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="47" />
            <source>Category</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="47" />
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="32" />
            <location filename="../../ui/forms/stakeholder.py" line="61" />
            <source>Consent to be named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="48" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Country or theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="37" />
            <source>Create campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <location filename="../../ui/forms/milestone.py" line="34" />
            <location filename="../../ui/forms/quote.py" line="29" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="39" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="39" />
            <source>Edit ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="42" />
            <source>Edit campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Edit engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="51" />
            <source>Edit milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="55" />
            <source>Edit position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="45" />
            <source>Edit quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>Edit stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="25" />
            <source>Edit {noun}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="50" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="42" />
            <source>Expected vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="37" />
            <source>Follow up on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>How you will get there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>In the speaker's own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="32" />
            <source>Influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="38" />
            <source>Interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="33" />
            <location filename="../../ui/forms/stakeholder.py" line="40" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="27" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="49" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="30" />
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="52" />
            <source>Local actor (from the affected community)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Log an engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="46" />
            <source>Log engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="54" />
            <source>Log it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <location filename="../../ui/forms/stakeholder.py" line="39" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="39" />
            <source>New ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="42" />
            <source>New campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="51" />
            <source>New milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="45" />
            <source>New quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>New stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Next step</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="64" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="24" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <location filename="../../ui/forms/quote.py" line="28" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="43" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="34" />
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="38" />
            <location filename="../../ui/forms/position.py" line="41" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="33" />
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="39" />
            <source>Person or organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="51" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="27" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>Quote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="29" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="54" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="40" />
            <location filename="../../ui/forms/stakeholder.py" line="56" />
            <source>Sensitivity</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="28" />
            <source>Speaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="27" />
            <source>Stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="35" />
            <source>Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="27" />
            <location filename="../../ui/forms/campaign.py" line="26" />
            <location filename="../../ui/forms/milestone.py" line="37" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>Strategy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="30" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="25" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <source>Target stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <location filename="../../ui/forms/stakeholder.py" line="46" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="26" />
            <source>Translation</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>What should the target do?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="34" />
            <source>What was agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="30" />
            <source>What was said, in a sentence or two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="24" />
            <source>What will have changed when you win?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="43" />
            <source>Where the stance assessment comes from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="41" />
            <source>Who in the team keeps in touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="30" />
            <source>Who leads it in the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Who said what, and when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="53" />
            <source>Women-led</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="44" />
            <source>Works at… (optional)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>e.g. Missing persons in Syria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>e.g. New York, Geneva, online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <source>e.g. Security Council open debate</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="201" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="198" />
            <source>&amp;User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="85" />
            <source>(unnamed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="121" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="78" />
            <source>Anywhere in the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="149" />
            <source>Campaign Planner user guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="100" />
            <source>Close a dialog or the quick search without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="114" />
            <source>Every shortcut of this window, read from its menus.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="119" />
            <source>Everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="92" />
            <source>Filter the current list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="85" />
            <source>In lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="101" />
            <source>Jump to a form field or open a menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="111" />
            <location filename="../../ui/help.py" line="122" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="121" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="121" />
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="98" />
            <source>Move between fields and buttons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="99" />
            <source>Open the selected row; save a form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="102" />
            <source>Press the focused button or tick a box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="204" />
            <source>Take the &amp;tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="163" />
            <source>The user guide is missing from this installation ({path}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="155" />
            <source>User guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/help.py" line="101" />
            <source>underlined letter</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="91" />
            <source>yes</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>&amp;About Campaign Planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="123" />
            <source>&amp;Brief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="122" />
            <source>&amp;Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="102" />
            <source>&amp;Change passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>&amp;Close workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="104" />
            <source>&amp;Decrypt workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="100" />
            <source>&amp;Encrypt workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="131" />
            <source>&amp;History…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="97" />
            <source>&amp;Import tracker…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>&amp;Log engagement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="129" />
            <source>&amp;New workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="130" />
            <source>&amp;Open workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="99" />
            <source>&amp;Security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="380" />
            <source>About Campaign Planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>Campaign Planner workspace (*.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="238" />
            <source>Campaign Planner workspace (*.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="381" />
            <source>Campaign Planner {v}
Offline-first planning for coalition convenors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="44" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="213" />
            <source>Cannot open the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <source>Ctrl+Shift+W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="43" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="397" />
            <source>Demo data: explore freely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="96" />
            <source>E&amp;xport tracker…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>Engagement logged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="47" />
            <source>Engagements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>Log engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="46" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="220" />
            <location filename="../../ui/main_window.py" line="228" />
            <source>New workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="247" />
            <source>No recent workspaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>Open &amp;demo workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="132" />
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>Open workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="194" />
            <source>Opened {path}. Every change is saved as you make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="149" />
            <source>Quick &amp;search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="144" />
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="98" />
            <source>Restore from &amp;backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="107" />
            <source>Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="69" />
            <source>Select a stakeholder, or open a campaign, to see its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="45" />
            <source>Stakeholders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>That item no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/planning.py" line="29" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="228" />
            <source>{path} already exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="255" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="114" />
            <location filename="../../ui/pages/milestones.py" line="74" />
            <location filename="../../ui/pages/milestones.py" line="114" />
            <source>All campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="104" />
            <source>All campaigns. Click a moment to edit it, drag it to reschedule (Ctrl+Z undoes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="92" />
            <source>All countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="83" />
            <source>Any kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="95" />
            <source>Any role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="93" />
            <source>Any sensitivity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="58" />
            <location filename="../../ui/pages/milestones.py" line="77" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="486" />
            <source>Asks: {a}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="48" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="502" />
            <source>Campaigns and their asks</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="120" />
            <location filename="../../ui/pages/campaigns.py" line="125" />
            <source>Delete campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="159" />
            <source>Delete milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="217" />
            <source>Delete stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="212" />
            <source>Delete stakeholders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="121" />
            <source>Delete {names}? You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="213" />
            <source>Delete {n} stakeholder(s)? You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="81" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="72" />
            <source>Engagements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="114" />
            <source>Enter opens · Ctrl+K searches everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="425" />
            <source>Every target and partner was contacted recently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Everyone you work with or seek to move, across campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="55" />
            <source>Filter by name, context or lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="87" />
            <source>Filter by name, title, country, email…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="409" />
            <source>Follow-ups due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="398" />
            <source>Late {n}d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="81" />
            <source>Log engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="73" />
            <source>Meetings, calls and briefings, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="59" />
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="452" />
            <source>Moved toward us this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="415" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="51" />
            <source>New campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="71" />
            <location filename="../../ui/pages/timeline_page.py" line="108" />
            <source>New milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="82" />
            <source>New stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="347" />
            <source>Next week</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="97" />
            <source>No campaigns yet. Click New campaign (Ctrl+N) to start one.</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="139" />
            <source>No milestones yet. Add the moments that matter: a vote, a session, a deadline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="181" />
            <source>No stakeholders yet. Click New stakeholder to add the first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="450" />
            <source>No stance moved toward us in the last 30 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="179" />
            <source>Nobody matches this filter. Try fewer words or clear a filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="126" />
            <source>Nothing logged yet. Press Ctrl+L after a meeting or call to log it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="385" />
            <source>Nothing overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="359" />
            <source>Nothing planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="48" />
            <source>Open a campaign to plan its people, moments and asks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="210" />
            <location filename="../../ui/pages/dashboard.py" line="386" />
            <location filename="../../ui/pages/milestones.py" line="79" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="94" />
            <source>People and organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="469" />
            <source>Recent changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="57" />
            <source>Reschedule “{t}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="145" />
            <source>Right-click to choose columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="187" />
            <source>Showing {n}+ stakeholders · counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Stakeholders</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="346" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="365" />
            <source>This week and next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="103" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="400" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="271" />
            <source>Today is {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="78" />
            <source>Upcoming</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="299" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="318" />
            <source>Done</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="281" />
            <source>Recovery key</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/planning.py" line="82" />
            <source>Add &amp;moments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/planning.py" line="72" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <location filename="../../ui/quick_search.py" line="99" />
            <source>Nothing found. Try the first letters of a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="50" />
            <source>Search campaigns, people, moments, notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="57" />
            <source>↑↓ to choose · Enter to open · Esc to close</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="211" />
            <source>Restored the backup of {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="112" />
            <source>Restore…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="125" />
            <location filename="../../ui/settings_dialog.py" line="138" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="131" />
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="151" />
            <source>&amp;Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="124" />
            <source>&amp;Keep the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="94" />
            <source>&amp;Logo for briefs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="84" />
            <source>&amp;Organisation name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="145" />
            <source>&amp;Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="157" />
            <source>A new language applies when the app restarts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="133" />
            <source>Back up &amp;every</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="122" />
            <source>Backup &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="232" />
            <source>Backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="114" />
            <source>Beside the workspace file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="103" />
            <source>Briefs and trackers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="90" />
            <source>Choose a logo file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="118" />
            <source>Choose the backup folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="89" />
            <location filename="../../ui/settings_dialog.py" line="117" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="45" />
            <source>Closed-door: for diplomats and UN officials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="51" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="56" />
            <source>Day and month name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="108" />
            <source>Default &amp;audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="137" />
            <source>Display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="51" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="58" />
            <source>ISO (year-month-day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="225" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="44" />
            <source>Internal: the team's own view, everything</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="156" />
            <source>Lan&amp;guage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="51" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="225" />
            <source>Logo for briefs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="59" />
            <source>Long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="142" />
            <source>Not &amp;contacted after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not contacted after</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="86" />
            <source>PNG or JPEG; empty for the neutral logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plus one a day &amp;for</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="127" />
            <source>Plus one a day fo&amp;r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="83" />
            <source>Printed on the briefs of this workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="170" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="46" />
            <source>Public: only what partners agreed to make public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="303" />
            <source>Restart Campaign Planner to switch the language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="310" />
            <source>Se&amp;ttings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="67" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="301" />
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="57" />
            <source>Short (the system's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="140" />
            <source>Targets and partners with no engagement for this long show as not contacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="81" />
            <source>This workspace ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="96" />
            <source>Who made each change, in the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="97" />
            <source>Your &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="80" />
            <source>no workspace open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="267" />
            <source>{problem}. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../ui/tour.py" line="90" />
            <source>A campaign's workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="75" />
            <source>A one-minute tour of the main views. Use Next (Enter) and Back, or Esc to stop; Help ▸ Take the tour brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="136" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="98" />
            <source>Ctrl+K searches everything. Help ▸ Keyboard shortcuts lists every key and Help ▸ User guide explains each task. Edit ▸ Settings puts your organisation's name on briefs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="135" />
            <source>End tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="45" />
            <source>Every campaign with its status, priority and dates. Select one and press Enter to open its workspace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="49" />
            <source>Everyone you work with or want to move, across campaigns. Filter by category, country or sensitivity; confidential partners carry a lock and the word Confidential.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="91" />
            <source>Everything about one campaign, in tabs: {tabs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="97" />
            <source>Find anything, get help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="168" />
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="117" />
            <source>Guided tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="137" />
            <location filename="../../ui/tour.py" line="168" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="82" />
            <source>One of the workspace's views.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="161" />
            <source>Step {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="59" />
            <source>The log of meetings, calls and briefings. Press Ctrl+L anywhere to log one right after it happens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="54" />
            <source>The moments you plan around, across campaigns: UN meetings, votes, deadlines. Overdue ones are marked in words, not only in colour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="58" />
            <source>The same moments on a calendar line, campaign by campaign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="74" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/tour.py" line="41" />
            <source>What needs you now: moments due this week, overdue milestones, follow-ups and the latest engagements. Start here every morning.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrackerExport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="83" />
            <source>All campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="112" />
            <source>Audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="111" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="177" />
            <source>Choose where to save the tracker.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="106" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="65" />
            <source>Excel tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="168" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="129" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="238" />
            <location filename="../../ui/dialogs/tracker_export.py" line="60" />
            <source>Export tracker</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="168" />
            <source>Save tracker as</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="62" />
            <source>New workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="56" />
            <source>Open the demo workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="65" />
            <source>Open workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="45" />
            <source>Plan campaigns around the moments that matter, keep track of who stands where, and log every engagement. Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="62" />
            <source>Start with an empty workspace file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="57" />
            <source>Three example campaigns to explore; nothing you do there matters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="42" />
            <source>Welcome to Campaign Planner</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="142" />
            <source>No good backup was found. Keep the file for recovery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="155" />
            <source>Restore backup</source>
            <translation type="unfinished" />
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
