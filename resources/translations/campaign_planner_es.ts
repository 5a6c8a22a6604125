<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AddMoments</name>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="160" />
            <source>(already added)</source>
            <translation>(ya añadido)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="72" />
            <source>(typical; confirm)</source>
            <translation>(habitual; confirmar)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="70" />
            <source>, {n} days</source>
            <translation>, {n} días</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <source>Add 1 moment</source>
            <translation>Añadir 1 momento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="89" />
            <location filename="../../ui/dialogs/add_moments.py" line="124" />
            <source>Add moments</source>
            <translation>Añadir momentos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="94" />
            <source>Add moments from the library</source>
            <translation>Añadir momentos de la biblioteca</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="207" />
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <source>Add {n} moments</source>
            <translation>Añadir {n} momentos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="109" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Moment</source>
            <translation>Momento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="95" />
            <source>Recurring UN sessions and international days. Tick the ones this campaign plans around: each becomes a milestone on its date in the chosen year.</source>
            <translation>Sesiones periódicas de la ONU y días internacionales. Marque aquellos en torno a los que se planifica esta campaña: cada uno se convierte en un hito en su fecha del año elegido.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="110" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>fifth {weekday} of {month}</source>
            <translation>quinto {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>first {weekday} of {month}</source>
            <translation>primer {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="66" />
            <source>first {weekday} on or after {day} {month}</source>
            <translation>primer {weekday} a partir del {day} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>fourth {weekday} of {month}</source>
            <translation>cuarto {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>last {weekday} of {month}</source>
            <translation>último {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>second {weekday} of {month}</source>
            <translation>segundo {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>third {weekday} of {month}</source>
            <translation>tercer {weekday} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="58" />
            <source>{day} {month}</source>
            <translation>{day} de {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="192" />
            <source>≈ marks typical dates to confirm each year. Ctrl+Z removes what was added.</source>
            <translation>≈ indica fechas habituales que hay que confirmar cada año. Ctrl+Z quita lo que se añadió.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="157" />
            <source>≈ typical dates: confirm each year</source>
            <translation>≈ fechas habituales: confírmelas cada año</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="201" />
            <source>1 page</source>
            <translation>1 página</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="214" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="79" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="231" />
            <source>Advocacy brief</source>
            <translation>Nota de incidencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="83" />
            <source>Asks first, why now, voices from the ground, who stands where and what is next. Partners are named only as far as the audience allows.</source>
            <translation>Primero las peticiones; luego por qué ahora, las voces desde el terreno, quién está dónde y los próximos pasos. Los socios solo se nombran en la medida en que lo permite el público.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="96" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="105" />
            <source>Branding: {org}, {logo}.</source>
            <translation>Identidad visual: {org}, {logo}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="204" />
            <source>Brief ready</source>
            <translation>Nota lista</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="95" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="149" />
            <source>Choose where to save the brief.</source>
            <translation>Elija dónde guardar la nota.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="231" />
            <source>Create a campaign first: a brief is about one.</source>
            <translation>Cree primero una campaña: una nota trata de una campaña.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <source>Full brief</source>
            <translation>Nota completa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="110" />
            <source>Generate brief</source>
            <translation>Generar la nota</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="137" />
            <source>Internal: names every partner, confidential ones included, with contacts. Keep it inside the team.</source>
            <translation>Interno: nombra a todos los socios, incluidos los confidenciales, con sus datos de contacto. Manténgala dentro del equipo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="98" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <source>One-pager</source>
            <translation>Nota de una página</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="93" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="99" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="215" />
            <source>Preparing the brief of {c}…</source>
            <translation>Preparando la nota de {c}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="82" />
            <source>Print-ready PDF brief</source>
            <translation>Nota en PDF lista para imprimir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="100" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="93" />
            <source>Save brief as</source>
            <translation>Guardar la nota como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="97" />
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="205" />
            <source>The brief of {c} is ready ({pages}).</source>
            <translation>La nota de {c} está lista ({pages}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="149" />
            <source>The folder {f} does not exist.</source>
            <translation>La carpeta {f} no existe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="92" />
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="106" />
            <source>no organisation name</source>
            <translation>sin nombre de organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="107" />
            <source>the neutral logo</source>
            <translation>el logotipo neutro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="201" />
            <source>{n} pages</source>
            <translation>{n} páginas</translation>
        </message>
    </context>
    <context>
        <name>BundleExport</name>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="75" />
            <source>Audience</source>
            <translation>Audiencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="55" />
            <source>Bundle (.json)</source>
            <translation>Paquete (.json)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="143" />
            <source>Bundle ready</source>
            <translation>Paquete listo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="64" />
            <source>Campaign Planner bundle (*.json)</source>
            <translation>Paquete de Campaign Planner (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="74" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="108" />
            <source>Choose where to save the bundle.</source>
            <translation>Elija dónde guardar el paquete.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="63" />
            <source>Everything in the workspace</source>
            <translation>Todo el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="80" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="153" />
            <location filename="../../ui/dialogs/bundle_export.py" line="52" />
            <source>Export bundle</source>
            <translation>Exportar paquete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="154" />
            <source>Exporting {t}…</source>
            <translation>Exportando {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="98" />
            <source>For another organisation: only what this audience may see; withheld partners are left out or described.</source>
            <translation>Para otra organización: solo lo que esta audiencia puede ver; los socios protegidos se omiten o se describen.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="91" />
            <source>Internal: the full copy, confidential partners, contacts and the engagement log included. Only for the team's own laptops.</source>
            <translation>Interno: la copia completa, con socios confidenciales, contactos y registro de interacciones. Solo para los portátiles del equipo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="72" />
            <source>Optional: encrypts the bundle</source>
            <translation>Opcional: cifra el paquete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="68" />
            <location filename="../../ui/dialogs/bundle_export.py" line="77" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="70" />
            <source>Required: the workspace is encrypted</source>
            <translation>Obligatoria: el espacio de trabajo está cifrado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="76" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="64" />
            <source>Save bundle as</source>
            <translation>Guardar el paquete como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="144" />
            <source>The bundle of {t} is ready ({n} records).</source>
            <translation>El paquete de {t} está listo ({n} registros).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="109" />
            <source>The folder {f} does not exist.</source>
            <translation>La carpeta {f} no existe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="114" />
            <source>The workspace is encrypted: give the bundle a passphrase.</source>
            <translation>El espacio de trabajo está cifrado: dé una frase de contraseña al paquete.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="56" />
            <source>To share a campaign with another organisation or carry it to another laptop. A bundle for an outside audience carries only what that audience may see; an internal bundle is the full copy.</source>
            <translation>Para compartir una campaña con otra organización o llevarla a otro portátil. Un paquete para una audiencia externa solo contiene lo que esa audiencia puede ver; un paquete interno es la copia completa.</translation>
        </message>
    </context>
    <context>
        <name>BundleImport</name>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="56" />
            <location filename="../../ui/dialogs/bundle_import.py" line="75" />
            <source>Bundle imported</source>
            <translation>Paquete importado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="156" />
            <source>Campaign Planner bundle (*.json);;All files (*)</source>
            <translation>Paquete de Campaign Planner (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="79" />
            <source>Created {created} · Left as they were {kept}</source>
            <translation>Creados {created} · Dejados como estaban {kept}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="83" />
            <source>Created {created} · Taken from the bundle {updated} · Merged {merged} · Kept as changed here {kept} · Conflicts waiting for review {conflicts}</source>
            <translation>Creados {created} · Tomados del paquete {updated} · Combinados {merged} · Conservados como se cambiaron aquí {kept} · Conflictos pendientes de revisión {conflicts}</translation>
        </message>
        <message>
            <source>Created {created} · Taken from the bundle {updated} · Merged {merged} · Kept as changed here {kept} · Conflicts {conflicts}</source>
            <translation type="vanished">Creados {created} · Tomados del paquete {updated} · Combinados {merged} · Conservados como se cambiaron aquí {kept} · Conflictos {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="167" />
            <source>Encrypted bundle</source>
            <translation>Paquete cifrado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="154" />
            <location filename="../../ui/dialogs/bundle_import.py" line="125" />
            <location filename="../../ui/dialogs/bundle_import.py" line="117" />
            <source>Import bundle</source>
            <translation>Importar paquete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="71" />
            <source>Imported {file} from {sender}. Nothing was left to choose.</source>
            <translation>{file} importado desde {sender}. No queda nada por elegir.</translation>
        </message>
        <message>
            <source>Imported {file} from {sender}. Some fields were changed both here and in the other laptop's bundle: nothing was overwritten for them until you choose.</source>
            <translation type="vanished">{file} importado desde {sender}. Algunos campos se cambiaron aquí y en el paquete del otro portátil: no se ha sobrescrito nada en ellos hasta que usted elija.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="65" />
            <source>Imported {file} from {sender}. Some fields were changed both here and in the other laptop's bundle: they are waiting for your review, and nothing was overwritten for them until you choose.</source>
            <translation>{file} importado desde {sender}. Algunos campos se cambiaron aquí y en el paquete del otro portátil: esperan su revisión, y no se ha sobrescrito nada en ellos hasta que usted elija.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="60" />
            <source>Imported {file}, a bundle made for an outside audience: it added what was new here and left every record already here as it was.</source>
            <translation>{file} importado, un paquete hecho para un público externo: añadió lo que era nuevo aquí y dejó como estaba cada registro que ya existía.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="126" />
            <source>Importing {f}…</source>
            <translation>Importando {f}…</translation>
        </message>
        <message>
            <source>Review conflicts…</source>
            <translation type="vanished">Revisar conflictos…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="118" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation>{f} no se puede importar. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="168" />
            <source>{f} is encrypted. Its passphrase:</source>
            <translation>{f} está cifrado. Su frase de contraseña:</translation>
        </message>
    </context>
    <context>
        <name>CampaignTabs</name>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="326" />
            <source>Add relationship…</source>
            <translation>Añadir una relación…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="212" />
            <source>Cannot move</source>
            <translation>No se puede mover</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="130" />
            <source>Drag a stakeholder (or select one and use the arrow keys) to change stance or influence. Ctrl+Z undoes. Double-click opens the record.</source>
            <translation>Arrastre un actor (o selecciónelo y use las flechas) para cambiar su postura o su influencia. Ctrl+Z deshace. Con doble clic se abre la ficha.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="422" />
            <source>Expected and actual vote of the state</source>
            <translation>Voto esperado y voto real del Estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="138" />
            <location filename="../../ui/pages/campaign_tabs.py" line="327" />
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="139" />
            <source>Export SVG…</source>
            <translation>Exportar SVG…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation type="vanished">Falló la exportación</translation>
        </message>
        <message>
            <source>Export power map</source>
            <translation type="vanished">Exportar el mapa de poder</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation type="vanished">Exportar el mapa de relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="206" />
            <source>Move {name} on the power map</source>
            <translation>Mover a {name} en el mapa de poder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="294" />
            <source>No recorded change yet.</source>
            <translation>Todavía no hay cambios registrados.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="436" />
            <source>No vote in this campaign yet. Add a milestone of kind Vote to count who will vote how: the 193 member states, or the 15 members of the Security Council when its title or location names the Security Council.</source>
            <translation>Todavía no hay votaciones en esta campaña. Añada un hito de tipo Votación para contar quién votará qué: los 193 Estados Miembros, o los 15 miembros del Consejo de Seguridad si su título o lugar menciona el Consejo de Seguridad.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="281" />
            <source>Now: {stance} · influence {inf}</source>
            <translation>Ahora: {stance} · influencia {inf}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="255" />
            <source>Open record</source>
            <translation>Abrir la ficha</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation type="vanished">Imagen PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="vanished">Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG image</source>
            <translation type="vanished">Imagen SVG</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="vanished">Guardado: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="268" />
            <source>Select a stakeholder on the map to see how they moved.</source>
            <translation>Seleccione un actor en el mapa para ver cómo ha evolucionado su postura.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="422" />
            <source>Set position…</source>
            <translation>Definir la posición…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="247" />
            <source>Stance history</source>
            <translation>Historial de posturas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="138" />
            <source>The whole map as an image</source>
            <translation>Todo el mapa como imagen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="139" />
            <source>Vector, sharp in slides and reports</source>
            <translation>Vectorial, nítido en presentaciones e informes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="418" />
            <source>Vote</source>
            <translation>Votación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="424" />
            <source>Vote:</source>
            <translation>Votación:</translation>
        </message>
        <message>
            <source>Who can get us to this target? Pick From and To, then Show paths.</source>
            <translation type="vanished">¿Quién puede llevarnos hasta este destinatario? Elija Desde y Hasta y luego Mostrar caminos.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="318" />
            <source>Who can get us to this target? Pick From and To, then Show paths. Right-click a stakeholder or a link to add, edit or remove relationships.</source>
            <translation>¿Quién puede llevarnos hasta este destinatario? Elija Origen y Destino y luego Mostrar caminos. Haga clic derecho en un actor o en un vínculo para añadir, editar o quitar relaciones.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="287" />
            <source>recorded</source>
            <translation>registrado</translation>
        </message>
    </context>
    <context>
        <name>CampaignWorkspace</name>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="231" />
            <source>Add ask</source>
            <translation>Añadir petición</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="518" />
            <source>Add quote</source>
            <translation>Añadir cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="401" />
            <source>Add someone</source>
            <translation>Añadir a alguien</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="230" />
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Closed briefings</source>
            <translation>Reuniones a puerta cerrada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="339" />
            <source>Confidential: never leaves the team</source>
            <translation>Confidencial: nunca sale del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="250" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="99" />
            <source>Edit campaign…</source>
            <translation>Editar la campaña…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="399" />
            <source>Edit position…</source>
            <translation>Editar la posición…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="560" />
            <source>Engagement log</source>
            <translation>Registro de interacciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="395" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="157" />
            <source>Lead: {lead}</source>
            <translation>Responsable: {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="101" />
            <source>Log engagement</source>
            <translation>Registrar una interacción</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="559" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="235" />
            <source>No asks yet. What do you want decision-makers to do? Add an ask.</source>
            <translation>Todavía no hay peticiones. ¿Qué quiere que hagan quienes toman las decisiones? Añada una petición.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="214" />
            <source>No objective yet: edit the campaign to add one.</source>
            <translation>Todavía no hay objetivo: edite la campaña para añadir uno.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="219" />
            <source>No strategy yet.</source>
            <translation>Todavía no hay estrategia.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="530" />
            <source>No voices yet. Add what affected people and local partners say, in their words.</source>
            <translation>Todavía no hay voces. Añada lo que dicen las personas afectadas y los socios locales, con sus propias palabras.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="419" />
            <source>Nobody in this campaign yet. Click Add someone to map who matters.</source>
            <translation>Todavía no hay nadie en esta campaña. Haga clic en Añadir a alguien para mapear quién importa.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="213" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="224" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="557" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="558" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="499" />
            <source>Power map</source>
            <translation>Mapa de poder</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="500" />
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="397" />
            <location filename="../../ui/pages/campaign_workspace.py" line="468" />
            <source>Remove from campaign</source>
            <translation>Quitar de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="502" />
            <location filename="../../ui/pages/campaign_workspace.py" line="219" />
            <source>Strategy</source>
            <translation>Estrategia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Team only</source>
            <translation>Solo el equipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="144" />
            <source>This campaign was deleted (Ctrl+Z brings it back)</source>
            <translation>Esta campaña se eliminó (Ctrl+Z la recupera)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="501" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="561" />
            <location filename="../../ui/pages/sign_ons_tab.py" line="244" />
            <source>Voices</source>
            <translation>Voces</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="503" />
            <source>Votes</source>
            <translation>Votaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="207" />
            <source>overdue</source>
            <translation>atrasado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="204" />
            <source>people in play</source>
            <translation>personas en juego</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="153" />
            <source>since {d}</source>
            <translation>desde el {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="205" />
            <source>supportive or champions</source>
            <translation>a favor o defensores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="155" />
            <source>until {d}</source>
            <translation>hasta el {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="206" />
            <source>upcoming moments</source>
            <translation>próximos momentos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="437" />
            <source>{n} people and organisations</source>
            <translation>{n} personas y organizaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="541" />
            <source>{n} quotes</source>
            <translation>{n} citas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="147" />
            <source>{p} priority</source>
            <translation>prioridad {p}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="85" />
            <source>‹ All campaigns</source>
            <translation>‹ Todas las campañas</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/pages/base.py" line="167" />
            <location filename="../../ui/pages/campaigns.py" line="20" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="378" />
            <location filename="../../ui/pages/stakeholders.py" line="67" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="31" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="21" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="379" />
            <location filename="../../ui/pages/stakeholders.py" line="68" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="502" />
            <location filename="../../ui/pages/engagements.py" line="30" />
            <location filename="../../ui/pages/milestones.py" line="33" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="80" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="38" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="182" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="44" />
            <source>Follow up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="347" />
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="362" />
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="35" />
            <location filename="../../ui/pages/stakeholders.py" line="66" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="501" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="370" />
            <source>Last contact</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="39" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Local / women-led</source>
            <translation>Local / liderada por mujeres</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="43" />
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="503" />
            <source>May be named</source>
            <translation>Puede ser nombrado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="34" />
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="333" />
            <location filename="../../ui/pages/stakeholders.py" line="54" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="79" />
            <source>Name consent</source>
            <translation>Consentimiento para ser nombrado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="185" />
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="377" />
            <source>Next step</source>
            <translation>Próximo paso</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="184" />
            <source>Old</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="56" />
            <source>Outcome</source>
            <translation>Resultado</translation>
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
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="81" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="30" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="486" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="179" />
            <source>Record</source>
            <translation>Ficha</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="346" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="57" />
            <location filename="../../ui/pages/stakeholders.py" line="69" />
            <source>Sensitivity</source>
            <translation>Sensibilidad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="495" />
            <source>Speaker</source>
            <translation>Hablante</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="354" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="37" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="22" />
            <location filename="../../ui/pages/milestones.py" line="36" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="32" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="40" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="77" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="494" />
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="177" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="178" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
    </context>
    <context>
        <name>ExportCalendar</name>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="47" />
            <source>All campaigns</source>
            <translation>Todas las campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="50" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="94" />
            <source>Calendar export failed</source>
            <translation>Falló la exportación del calendario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="89" />
            <source>Calendar exported</source>
            <translation>Calendario exportado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="40" />
            <source>Calendar file (.ics)</source>
            <translation>Archivo de calendario (.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="54" />
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="114" />
            <location filename="../../ui/dialogs/export_calendar.py" line="36" />
            <source>Export calendar</source>
            <translation>Exportar el calendario</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="41" />
            <source>Milestones as all-day events in an .ics file (Outlook, Google Calendar, Apple Calendar). Importing a newer export updates the events.</source>
            <translation>Los hitos como eventos de día completo en un archivo .ics (Outlook, Google Calendar, Calendario de Apple). Importar una exportación más reciente actualiza los eventos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="49" />
            <source>Milestones of</source>
            <translation>Hitos de</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="116" />
            <source>iCalendar file (*.ics)</source>
            <translation>Archivo iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="88" />
            <source>{n} milestones written to {name}.</source>
            <translation>{n} hitos escritos en {name}.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../ui/dialogs/audience_choice.py" line="63" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>Internal — the team only: everything, including confidential partners</source>
            <translation type="vanished">Interno — solo el equipo: todo, incluidos los socios confidenciales</translation>
        </message>
        <message>
            <source>Public — anyone: only what partners agreed to make public</source>
            <translation type="vanished">Público — cualquiera: solo lo que los socios aceptaron hacer público</translation>
        </message>
        <message>
            <source>Restricted — closed-door briefings: partners named only with consent</source>
            <translation type="vanished">Restringido — a puerta cerrada: socios nombrados solo si lo consienten</translation>
        </message>
    </context>
    <context>
        <name>FileWritten</name>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="40" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="41" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../ui/first_run.py" line="45" />
            <source>DEMO WORKSPACE · sample data, explore freely</source>
            <translation>ESPACIO DE DEMOSTRACIÓN · datos de ejemplo, explore libremente</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="47" />
            <source>This is the demo workspace</source>
            <translation>Este es el espacio de demostración</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <source>Achieved on</source>
            <translation>Lograda el</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="52" />
            <source>Actual vote</source>
            <translation>Voto real</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="383" />
            <source>Add a participant: type a name…</source>
            <translation>Añadir un participante: escriba un nombre…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="66" />
            <source>Add a signatory to {title}</source>
            <translation>Añadir un firmante a {title}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>Add ask</source>
            <translation>Añadir petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="91" />
            <source>Add member state</source>
            <translation>Añadir Estado miembro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="44" />
            <source>Add milestone</source>
            <translation>Añadir hito</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="35" />
            <source>Add quote</source>
            <translation>Añadir cita</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="119" />
            <source>Add relationship</source>
            <translation>Añadir una relación</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="45" />
            <source>Add sign-on</source>
            <translation>Añadir adhesión</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="64" />
            <source>Add signatory</source>
            <translation>Añadir firmante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="65" />
            <source>Add someone to the campaign</source>
            <translation>Añadir a alguien a la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="107" />
            <source>Add stakeholder</source>
            <translation>Añadir actor</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="51" />
            <source>Add to campaign</source>
            <translation>Añadir a la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="59" />
            <source>As they agreed in general</source>
            <translation>Según su acuerdo general</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="22" />
            <source>Ask</source>
            <translation>Petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="29" />
            <location filename="../../ui/forms/milestone.py" line="30" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="82" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="65" />
            <source>Change vote of {state}</source>
            <translation>Cambiar el voto de {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="21" />
            <source>Change {field}</source>
            <translation>Cambiar: {field}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="215" />
            <source>Changed by someone else</source>
            <translation>Modificado por otra persona</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="33" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="106" />
            <source>Choose how they are linked…</source>
            <translation>Elegir el tipo de vínculo…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="218" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>Comma-separated</source>
            <translation>Separados por comas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="47" />
            <source>Confidence</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <source>Confidential — never leaves the team</source>
            <translation type="vanished">Confidencial — nunca sale del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="30" />
            <location filename="../../ui/forms/stakeholder.py" line="96" />
            <source>Consent to be named</source>
            <translation>Consentimiento para ser nombrado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="21" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="83" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="21" />
            <source>Country or theme</source>
            <translation>País o tema</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="33" />
            <source>Create campaign</source>
            <translation>Crear la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="32" />
            <location filename="../../ui/forms/milestone.py" line="34" />
            <location filename="../../ui/forms/quote.py" line="27" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="39" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>Edit ask</source>
            <translation>Editar la petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Edit campaign</source>
            <translation>Editar la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="50" />
            <source>Edit engagement</source>
            <translation>Editar la interacción</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="42" />
            <source>Edit milestone</source>
            <translation>Editar el hito</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="65" />
            <source>Edit position</source>
            <translation>Editar la posición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="34" />
            <source>Edit quote</source>
            <translation>Editar la cita</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="131" />
            <source>Edit relationship</source>
            <translation>Editar la relación</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="44" />
            <source>Edit sign-on</source>
            <translation>Editar la adhesión</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="105" />
            <source>Edit stakeholder</source>
            <translation>Editar el actor</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="22" />
            <source>Edit {noun}</source>
            <translation>Editar {noun}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="85" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="27" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="21" />
            <source>Endorsement of an ask</source>
            <translation>Respaldo a una petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Ends</source>
            <translation>Termina</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="42" />
            <source>Expected vote</source>
            <translation>Voto esperado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="38" />
            <source>Follow up on</source>
            <translation>Hacer seguimiento el</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="144" />
            <source>Form error</source>
            <translation>Error en el formulario</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="109" />
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>How you will get there</source>
            <translation>Cómo lo lograrán</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="23" />
            <source>In the speaker's own words</source>
            <translation>En las propias palabras del hablante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="33" />
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Influences</source>
            <translation>Influye en</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="39" />
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <source>Internal — team and closed briefings</source>
            <translation type="vanished">Interno — equipo y reuniones a puerta cerrada</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Is a member of</source>
            <translation>Es miembro de</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Is allied with</source>
            <translation>Tiene una alianza con</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="19" />
            <source>Joint letter</source>
            <translation>Carta conjunta</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="20" />
            <source>Joint statement</source>
            <translation>Declaración conjunta</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="33" />
            <location filename="../../ui/forms/sign_on.py" line="38" />
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="84" />
            <source>Languages</source>
            <translation>Idiomas</translation>
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
            <translation>Vínculo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="87" />
            <source>Local actor (from the affected community)</source>
            <translation>Actor local (de la comunidad afectada)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="50" />
            <source>Log an engagement</source>
            <translation>Registrar una interacción</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Log engagement</source>
            <translation>Registrar una interacción</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="53" />
            <source>Log it</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="58" />
            <source>May be named</source>
            <translation>Puede nombrarse</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>May be named in closed-door briefings</source>
            <translation>Puede nombrarse en reuniones a puerta cerrada</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>May be named publicly</source>
            <translation>Puede nombrarse públicamente</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="20" />
            <location filename="../../ui/forms/stakeholder.py" line="74" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>New ask</source>
            <translation>Nueva petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="42" />
            <source>New milestone</source>
            <translation>Nuevo hito</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="34" />
            <source>New quote</source>
            <translation>Nueva cita</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="131" />
            <source>New relationship</source>
            <translation>Nueva relación</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="44" />
            <source>New sign-on</source>
            <translation>Nueva adhesión</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="105" />
            <source>New stakeholder</source>
            <translation>Nuevo actor</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="43" />
            <source>Next step</source>
            <translation>Próximo paso</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="39" />
            <source>No ask</source>
            <translation>Ninguna petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="216" />
            <source>No date</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="39" />
            <source>No follow-up</source>
            <translation>Sin seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>Not to be named outside the team</source>
            <translation>No nombrar fuera del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="53" />
            <source>Not voted yet</source>
            <translation>Aún no ha votado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="112" />
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="99" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="296" />
            <source>Nothing was saved.</source>
            <translation>No se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Opposes</source>
            <translation>Se opone a</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <location filename="../../ui/forms/quote.py" line="26" />
            <location filename="../../ui/forms/sign_on.py" line="41" />
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="112" />
            <source>Optional: how they know each other, how close</source>
            <translation>Opcional: cómo se conocen, qué tan cercanos son</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="42" />
            <source>Optional: where it is published</source>
            <translation>Opcional: dónde se publica</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="78" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="35" />
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="219" />
            <source>Overwrite</source>
            <translation>Sobrescribir</translation>
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
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="74" />
            <source>Person or organisation</source>
            <translation>Persona u organización</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="86" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="188" />
            <source>Pick both stakeholders and how they are linked.</source>
            <translation>Elija los dos actores y el tipo de vínculo.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="387" />
            <source>Press Delete to remove the selected participant</source>
            <translation>Pulse Supr para quitar el participante seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Public — may appear in any document</source>
            <translation type="vanished">Público — puede aparecer en cualquier documento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="23" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="217" />
            <source>Reload</source>
            <translation>Recargar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="240" />
            <source>Reloaded: these are the values saved by your colleague.</source>
            <translation>Recargado: estos son los valores que guardó su colega.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="231" />
            <source>Remove relationship</source>
            <translation>Quitar la relación</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="388" />
            <source>Remove selected</source>
            <translation>Quitar lo seleccionado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="30" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Same day</source>
            <translation>El mismo día</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="152" />
            <location filename="../../ui/forms/interaction.py" line="53" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="41" />
            <location filename="../../ui/forms/stakeholder.py" line="91" />
            <source>Sensitivity</source>
            <translation>Sensibilidad</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="40" />
            <source>Sent or published on</source>
            <translation>Enviado o publicado el</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="78" />
            <location filename="../../ui/forms/vote_position.py" line="63" />
            <source>Set vote of {state}</source>
            <translation>Definir el voto de {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="54" />
            <source>Signatory</source>
            <translation>Firmante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="55" />
            <source>Signed on</source>
            <translation>Firmado el</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="44" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="26" />
            <source>Speaker</source>
            <translation>Hablante</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="28" />
            <source>Stakeholder</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="36" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="26" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="25" />
            <location filename="../../ui/forms/campaign.py" line="24" />
            <location filename="../../ui/forms/milestone.py" line="37" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Strategy</source>
            <translation>Estrategia</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="39" />
            <source>Supports the ask</source>
            <translation>Respalda la petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="23" />
            <source>Target</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>Target stakeholder</source>
            <translation>Actor destinatario</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="41" />
            <source>Text or summary</source>
            <translation>Texto o resumen</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="161" />
            <source>The relationship in words</source>
            <translation>La relación en palabras</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="63" />
            <source>There is already a stakeholder named “{name}”{where}. Save again to add a second one, or Cancel and use the existing one.</source>
            <translation>Ya existe un actor llamado «{name}»{where}. Guarde de nuevo para añadir un segundo, o cancele y use el existente.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <location filename="../../ui/forms/sign_on.py" line="37" />
            <location filename="../../ui/forms/stakeholder.py" line="81" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="111" />
            <source>To</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="24" />
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="164" />
            <source>Turn the direction round: To becomes From</source>
            <translation>Invertir el sentido: Destino pasa a ser Origen</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="54" />
            <source>Type a name</source>
            <translation>Escriba un nombre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="323" />
            <location filename="../../ui/forms/relationship.py" line="102" />
            <location filename="../../ui/forms/relationship.py" line="103" />
            <source>Type a name…</source>
            <translation>Escriba un nombre…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="43" />
            <source>Unknown (undecided)</source>
            <translation>Desconocido (indeciso)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="98" />
            <source>Vote of {state}</source>
            <translation>Voto de {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>What happened (after the date)</source>
            <translation>Lo que ocurrió (después de la fecha)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="22" />
            <source>What should the target do?</source>
            <translation>¿Qué debe hacer el destinatario?</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="35" />
            <source>What was agreed</source>
            <translation>Lo que se acordó</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <source>What was said, in a sentence or two</source>
            <translation>Lo que se dijo, en una o dos frases</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>What will have changed when you win?</source>
            <translation>¿Qué habrá cambiado cuando ganen?</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="44" />
            <source>Where the stance assessment comes from</source>
            <translation>De dónde viene la evaluación de la postura</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Who in the team keeps in touch</source>
            <translation>Quién del equipo mantiene el contacto</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="134" />
            <source>Who knows whom. Paths on the relationship map follow every link in either direction, except “opposes”.</source>
            <translation>Quién conoce a quién. Los caminos del mapa de relaciones siguen cada vínculo en ambos sentidos, salvo «se opone a».</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Who leads it in the team</source>
            <translation>Quién la lidera en el equipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Who said what, and when</source>
            <translation>Quién dijo qué, y cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="88" />
            <source>Women-led</source>
            <translation>Liderada por mujeres</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Works at</source>
            <translation>Trabaja en</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="79" />
            <source>Works at… (optional)</source>
            <translation>Trabaja en… (opcional)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="60" />
            <source>a milestone cannot depend on itself</source>
            <translation>un hito no puede depender de sí mismo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>ask</source>
            <translation>la petición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="33" />
            <source>campaign</source>
            <translation>la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="55" />
            <source>contains control characters</source>
            <translation>contiene caracteres de control</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="81" />
            <source>e.g. Deputy Permanent Representative</source>
            <translation>p. ej. Representante Permanente Adjunto</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="37" />
            <source>e.g. Joint letter to General Assembly delegations</source>
            <translation>p. ej. Carta conjunta a las delegaciones ante la Asamblea General</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="20" />
            <source>e.g. Missing persons in Syria</source>
            <translation>p. ej. Personas desaparecidas en Siria</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>e.g. New York, Geneva, online</source>
            <translation>p. ej. Nueva York, Ginebra, en línea</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <source>e.g. Security Council open debate</source>
            <translation>p. ej. Debate abierto del Consejo de Seguridad</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="23" />
            <source>e.g. UN General Assembly member states</source>
            <translation>p. ej. los Estados miembros de la Asamblea General de la ONU</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="84" />
            <source>e.g. ar, en</source>
            <translation>p. ej. ar, es</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>e.g. ar, en, fr</source>
            <translation>p. ej. ar, en, es</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>engagement</source>
            <translation>la interacción</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="56" />
            <source>is not a date (expected YYYY-MM-DD)</source>
            <translation>no es una fecha (se espera AAAA-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="58" />
            <source>is not a language tag (like en, ar, fr-CH)</source>
            <translation>no es un código de idioma (como en, ar, fr-CH)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="59" />
            <source>is not an email address (like name@example.org)</source>
            <translation>no es una dirección de correo electrónico (por ejemplo, nombre@example.org)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="57" />
            <source>is out of range (years 1900 to 2200)</source>
            <translation>está fuera de rango (años 1900 a 2200)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="51" />
            <source>is required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="75" />
            <source>is required: choose how the two are linked</source>
            <translation>es obligatorio: elija cómo están vinculados</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="75" />
            <location filename="../../ui/forms/relationship.py" line="75" />
            <source>is required: type a name and pick the stakeholder from the list</source>
            <translation>es obligatorio: escriba un nombre y elija el actor de la lista</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="77" />
            <source>is the same stakeholder as From: a relationship links two different ones</source>
            <translation>es el mismo actor que Origen: una relación une a dos actores distintos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="44" />
            <source>milestone</source>
            <translation>el hito</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="54" />
            <source>must be a single line</source>
            <translation>debe ocupar una sola línea</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="53" />
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="52" />
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="52" />
            <source>position</source>
            <translation>la posición</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="35" />
            <source>quote</source>
            <translation>la cita</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="120" />
            <source>relationship</source>
            <translation>la relación</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="45" />
            <source>sign-on</source>
            <translation>adhesión</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="107" />
            <source>stakeholder</source>
            <translation>el actor</translation>
        </message>
        <message>
            <source>{action} — {subject}</source>
            <translation type="vanished">{action} — {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} influences {b}</source>
            <translation>{a} influye en {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} is a member of {b}</source>
            <translation>{a} es miembro de {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} is allied with {b}</source>
            <translation>{a} tiene una alianza con {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} opposes {b}</source>
            <translation>{a} se opone a {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} works at {b}</source>
            <translation>{a} trabaja en {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="295" />
            <source>{field} {reason}.</source>
            <translation>{field}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="293" />
            <source>{field} {reason}. Nothing was saved.</source>
            <translation>{field}: {reason}. No se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="101" />
            <source>{name} · {group}. The actual vote is entered after the vote.</source>
            <translation>{name} · {group}. El voto real se introduce después de la votación.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="162" />
            <source>⇅ Swap From and To</source>
            <translation>⇅ Intercambiar Origen y Destino</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/help.py" line="56" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="258" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="255" />
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="97" />
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="90" />
            <source>Anywhere in the window</source>
            <translation>En cualquier parte de la ventana</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="162" />
            <source>Campaign Planner user guide</source>
            <translation>Guía del usuario de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="112" />
            <source>Close a dialog or the quick search without saving</source>
            <translation>Cerrar un diálogo o la búsqueda rápida sin guardar</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="126" />
            <source>Every shortcut of this window, read from its menus.</source>
            <translation>Todos los atajos de esta ventana, leídos de sus menús.</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="131" />
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="104" />
            <source>Filter the current list</source>
            <translation>Filtrar la lista actual</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="97" />
            <source>In lists</source>
            <translation>En las listas</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="113" />
            <source>Jump to a form field or open a menu</source>
            <translation>Ir a un campo u abrir un menú</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="123" />
            <location filename="../../ui/help.py" line="134" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="110" />
            <source>Move between fields and buttons</source>
            <translation>Pasar de un campo o botón a otro</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="111" />
            <source>Open the selected row; save a form</source>
            <translation>Abrir la fila elegida; guardar un formulario</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="114" />
            <source>Press the focused button or tick a box</source>
            <translation>Pulsar el botón seleccionado o marcar una casilla</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="261" />
            <source>Take the &amp;tour</source>
            <translation>Hacer el &amp;recorrido guiado</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="177" />
            <source>The user guide is missing from this installation ({path}).</source>
            <translation>Falta la guía del usuario en esta instalación ({path}).</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="169" />
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="113" />
            <source>underlined letter</source>
            <translation>letra subrayada</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="134" />
            <location filename="../../ui/pages/history_tab.py" line="140" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Achieved on</source>
            <translation>Lograda el</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Actual vote</source>
            <translation>Voto real</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="292" />
            <source>CSV file (*.csv)</source>
            <translation>Archivo CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="253" />
            <source>Cannot read the history: {e}</source>
            <translation>No se puede leer el historial: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="348" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Confidence</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Consent</source>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Consent note</source>
            <translation>Nota sobre el consentimiento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Deleted</source>
            <translation>Eliminación</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Depends on</source>
            <translation>Depende de</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Expected vote</source>
            <translation>Voto esperado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="292" />
            <location filename="../../ui/pages/history_tab.py" line="300" />
            <source>Export audit</source>
            <translation>Exportar la auditoría</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="217" />
            <source>Export audit…</source>
            <translation>Exportar la auditoría…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="214" />
            <source>Filter by record, field, person or value…</source>
            <translation>Filtrar por ficha, campo, persona o valor…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>From</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="362" />
            <source>History of {name}</source>
            <translation>Historial de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="368" />
            <source>History — {name}</source>
            <translation>Historial — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Lead</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Local actor</source>
            <translation>Actor local</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Member added</source>
            <translation>Miembro añadido</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Member removed</source>
            <translation>Miembro retirado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Next step</source>
            <translation>Próximo paso</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="365" />
            <source>No changes recorded for {name} yet.</source>
            <translation>Todavía no hay cambios registrados para {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="322" />
            <source>No changes recorded yet. Every edit to this campaign will be listed here.</source>
            <translation>Todavía no hay cambios registrados. Cada cambio en esta campaña aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="378" />
            <source>No changes recorded yet. Every edit will be listed here.</source>
            <translation>Todavía no hay cambios registrados. Cada modificación aparecerá aquí.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="375" />
            <source>Recent changes in this workspace</source>
            <translation>Cambios recientes en este espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Removed for good</source>
            <translation>Eliminación definitiva</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Restored</source>
            <translation>Restauración</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Sensitivity</source>
            <translation>Sensibilidad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="127" />
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Stakeholder</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Strategy</source>
            <translation>Estrategia</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Target</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Target stakeholder</source>
            <translation>Actor destinatario</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>To</source>
            <translation>Destino</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Women-led</source>
            <translation>Liderada por mujeres</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="306" />
            <source>Wrote {n} changes to {p}</source>
            <translation>{n} cambios escritos en {p}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="142" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="142" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="278" />
            <source>{n} changes</source>
            <translation>{n} cambios</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="281" />
            <source>{n} of {t} changes</source>
            <translation>{n} de {t} cambios</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="138" />
            <source>{n} people</source>
            <translation>{n} personas</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="476" />
            <source> (demo)</source>
            <translation> (demo)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_actions.py" line="171" />
            <source>%n conflicts resolved here. Your choices reach the server at the next sync.</source>
            <translation>
                <numerusform>%n conflicto resuelto aquí. Su elección llega al servidor en la próxima sincronización.</numerusform>
                <numerusform>%n conflictos resueltos aquí. Sus elecciones llegan al servidor en la próxima sincronización.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>&amp;About Campaign Planner</source>
            <translation>Acerca &amp;de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="173" />
            <source>&amp;Brief…</source>
            <translation>&amp;Nota de incidencia…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="172" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="150" />
            <source>&amp;Change passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>&amp;Close workspace</source>
            <translation>&amp;Cerrar espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="152" />
            <source>&amp;Decrypt workspace…</source>
            <translation>&amp;Descifrar el espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="148" />
            <source>&amp;Encrypt workspace…</source>
            <translation>&amp;Cifrar el espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="181" />
            <source>&amp;History…</source>
            <translation>&amp;Historial…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="143" />
            <source>&amp;Import tracker…</source>
            <translation>&amp;Importar una hoja de seguimiento…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>&amp;Log engagement…</source>
            <translation>&amp;Registrar una interacción…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>&amp;New workspace…</source>
            <translation>&amp;Nuevo espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>&amp;Open workspace…</source>
            <translation>&amp;Abrir espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="147" />
            <source>&amp;Security</source>
            <translation>Se&amp;guridad</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="461" />
            <source>About Campaign Planner</source>
            <translation>Acerca de Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="454" />
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="281" />
            <source>Campaign Planner workspace (*.db)</source>
            <translation>Espacio de trabajo de Campaign Planner (*.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>Campaign Planner workspace (*.db);;All files (*)</source>
            <translation>Espacio de trabajo de Campaign Planner (*.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="462" />
            <source>Campaign Planner {v}
Offline-first planning for coalition convenors.</source>
            <translation>Campaign Planner {v}
Planificación sin conexión para coordinadores de coaliciones.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="70" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>Cannot open the demo</source>
            <translation>No se puede abrir la demostración</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="44" />
            <source>Carry on this &amp;laptop…</source>
            <translation>Llevar en este &amp;portátil…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="177" />
            <source>Conflicts resolved</source>
            <translation>Conflictos resueltos</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Ctrl+Shift+W</source>
            <translation>Ctrl+Shift+W</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="69" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="478" />
            <source>Demo data: explore freely</source>
            <translation>Datos de demostración: explore libremente</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="142" />
            <source>E&amp;xport tracker…</source>
            <translation>E&amp;xportar la hoja de seguimiento…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="445" />
            <source>Engagement logged.</source>
            <translation>Interacción registrada.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="73" />
            <source>Engagements</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="144" />
            <source>Export &amp;bundle…</source>
            <translation>Exportar &amp;paquete…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="145" />
            <source>Import b&amp;undle…</source>
            <translation>Importar pa&amp;quete…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>Log engagement</source>
            <translation>Nueva interacción</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="72" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>Navigation</source>
            <translation>Navegación</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <location filename="../../ui/main_window.py" line="287" />
            <source>New workspace</source>
            <translation>Nuevo espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>No recent workspaces</source>
            <translation>No hay espacios de trabajo recientes</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="244" />
            <source>Not undone</source>
            <translation>No deshecho</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>Open &amp;demo workspace</source>
            <translation>Abrir el espacio de &amp;demostración</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="297" />
            <source>Open workspace</source>
            <translation>Abrir espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Opened {path}. Every change is saved as you make it.</source>
            <translation>{path} abierto. Cada cambio se guarda en el momento.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Quick &amp;search…</source>
            <translation>&amp;Búsqueda rápida…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="146" />
            <source>Restore from &amp;backup…</source>
            <translation>Restaurar una co&amp;pia de seguridad…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="42" />
            <source>S&amp;ync with server…</source>
            <translation>S&amp;incronizar con el servidor…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>Search…</source>
            <translation>Buscar…</translation>
        </message>
        <message>
            <source>Select a stakeholder, or open a campaign, to see its history.</source>
            <translation type="vanished">Seleccione un actor o abra una campaña para ver su historial.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="71" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="136" />
            <source>Sync cancelled</source>
            <translation>Sincronización cancelada</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="132" />
            <source>Sync failed</source>
            <translation>La sincronización falló</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="179" />
            <source>Sync now</source>
            <translation>Sincronizar ahora</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>That item no longer exists.</source>
            <translation>Ese elemento ya no existe.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_actions.py" line="95" />
            <source>The next sync removes %n records from this laptop (never from the server), and drops its automatic backups, which hold them.</source>
            <translation>
                <numerusform>La próxima sincronización quita %n registro de este portátil (nunca del servidor) y elimina sus copias de seguridad automáticas, que lo contienen.</numerusform>
                <numerusform>La próxima sincronización quita %n registros de este portátil (nunca del servidor) y elimina sus copias de seguridad automáticas, que los contienen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="137" />
            <source>The sync stopped before it finished. Nothing is half-written: each side holds all or none of each step's changes, and the next sync completes the rest.</source>
            <translation>La sincronización se detuvo antes de terminar. Nada queda a medio escribir: cada lado tiene todos los cambios de cada paso o ninguno, y la próxima sincronización completa el resto.</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="35" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="103" />
            <source>What this laptop carries</source>
            <translation>Lo que lleva este portátil</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="287" />
            <source>{path} already exists.</source>
            <translation>{path} ya existe.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspace</name>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="48" />
            <source>A workspace is one file holding your campaigns, contacts, engagements and notes. Everything you change is saved in it as you go.</source>
            <translation>Un espacio de trabajo es un único archivo con sus campañas, contactos, interacciones y notas. Cada cambio se guarda en él en el momento.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="157" />
            <source>Cannot create it: {e}</source>
            <translation>No se puede crear: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="77" />
            <location filename="../../ui/dialogs/new_workspace.py" line="85" />
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="85" />
            <source>Create encrypted</source>
            <translation>Crear cifrado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="147" />
            <source>Created {name}, encrypted.</source>
            <translation>{name} creado, cifrado.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="163" />
            <source>Creating the encrypted workspace…</source>
            <translation>Creando el espacio de trabajo cifrado…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="60" />
            <source>Encrypt this workspace</source>
            <translation>Cifrar este espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="57" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="162" />
            <location filename="../../ui/dialogs/new_workspace.py" line="43" />
            <location filename="../../ui/dialogs/new_workspace.py" line="47" />
            <location filename="../../ui/dialogs/new_workspace.py" line="154" />
            <source>New workspace</source>
            <translation>Nuevo espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="64" />
            <source>Recommended if this computer travels or could be lost or seized: without the passphrase the file, its journal and its backups are unreadable. The passphrase is never stored; you type it each time you open the workspace.</source>
            <translation>Recomendado si este ordenador viaja o podría perderse o ser incautado: sin la frase de contraseña, el archivo, su registro de transacciones y sus copias son ilegibles. La frase de contraseña nunca se guarda; la escribe cada vez que abre el espacio de trabajo.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="310" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="43" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="129" />
            <location filename="../../ui/pages/base.py" line="322" />
            <source>All campaigns</source>
            <translation>Todas las campañas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="104" />
            <source>All campaigns. Click a moment to edit it, drag it to reschedule (Ctrl+Z undoes).</source>
            <translation>Todas las campañas. Haga clic en un momento para editarlo o arrástrelo para reprogramarlo (Ctrl+Z deshace).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="102" />
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="104" />
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="68" />
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="107" />
            <source>Any role</source>
            <translation>Cualquier rol</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="105" />
            <source>Any sensitivity</source>
            <translation>Cualquier sensibilidad</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="63" />
            <location filename="../../ui/pages/milestones.py" line="64" />
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="545" />
            <source>Asks: {a}</source>
            <translation>Peticiones: {a}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="49" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="561" />
            <source>Campaigns and their asks</source>
            <translation>Las campañas y sus peticiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="63" />
            <source>Cannot reschedule</source>
            <translation>No se puede reprogramar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="38" />
            <source>Confidential. </source>
            <translation>Confidencial. </translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="106" />
            <source>Create a campaign first.</source>
            <translation>Cree primero una campaña.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="300" />
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="311" />
            <source>Days without contact</source>
            <translation>Días sin contacto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="51" />
            <location filename="../../ui/pages/milestones.py" line="61" />
            <location filename="../../ui/pages/stakeholders.py" line="92" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="123" />
            <location filename="../../ui/pages/campaigns.py" line="128" />
            <source>Delete campaign</source>
            <translation>Eliminar la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="115" />
            <source>Delete milestone</source>
            <translation>Eliminar el hito</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="229" />
            <source>Delete stakeholder</source>
            <translation>Eliminar el actor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="224" />
            <source>Delete stakeholders</source>
            <translation>Eliminar los actores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="124" />
            <source>Delete {names}? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar {names}? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="225" />
            <source>Delete {n} stakeholder(s)? You can undo this with Ctrl+Z.</source>
            <translation>¿Eliminar {n} actor(es)? Puede deshacerlo con Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="46" />
            <location filename="../../ui/pages/stakeholders.py" line="93" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="69" />
            <source>Engagements</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="128" />
            <source>Enter opens · Ctrl+K searches everything</source>
            <translation>Intro abre · Ctrl+K busca en todo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="484" />
            <source>Every target and partner was contacted recently.</source>
            <translation>Todos los destinatarios y socios han sido contactados recientemente.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>Everyone you work with or seek to move, across campaigns</source>
            <translation>Todas las personas con quienes trabaja o a quienes busca convencer, en todas las campañas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="61" />
            <source>Filter by name, context or lead</source>
            <translation>Filtrar por nombre, contexto o responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="99" />
            <source>Filter by name, title, country, email…</source>
            <translation>Filtrar por nombre, cargo, país, correo…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="468" />
            <source>Follow-ups due</source>
            <translation>Seguimientos pendientes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="457" />
            <source>Late {n}d</source>
            <translation>{n} d de retraso</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="44" />
            <source>Link this stakeholder to someone they know</source>
            <translation>Vincular este actor con alguien a quien conoce</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="73" />
            <source>Log engagement</source>
            <translation>Registrar una interacción</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="70" />
            <source>Meetings, calls and briefings, newest first</source>
            <translation>Reuniones, llamadas y sesiones informativas, las más recientes primero</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="58" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="511" />
            <source>Moved toward us this month</source>
            <translation>Más cerca de nuestra postura este mes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="474" />
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="53" />
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="62" />
            <location filename="../../ui/pages/timeline_page.py" line="108" />
            <source>New milestone</source>
            <translation>Nuevo hito</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="94" />
            <source>New stakeholder</source>
            <translation>Nuevo actor</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="406" />
            <source>Next week</source>
            <translation>La próxima semana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="547" />
            <source>No asks yet</source>
            <translation>Todavía no hay peticiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="106" />
            <source>No campaign</source>
            <translation>Ninguna campaña</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="102" />
            <source>No campaign matches this filter. Clear the filter to see them all.</source>
            <translation>Ninguna campaña coincide con este filtro. Bórrelo para verlas todas.</translation>
        </message>
        <message>
            <source>No campaigns yet. Click New campaign (Ctrl+N) to start one.</source>
            <translation type="vanished">Todavía no hay campañas. Haga clic en Nueva campaña para empezar una.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="100" />
            <source>No campaigns yet. Click New campaign (Ctrl+Shift+N) to start one.</source>
            <translation>Todavía no hay campañas. Haga clic en Nueva campaña (Ctrl+Shift+N) para empezar una.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="558" />
            <source>No campaigns yet. Go to Campaigns and click New campaign.</source>
            <translation>Todavía no hay campañas. Vaya a Campañas y haga clic en Nueva campaña.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="527" />
            <source>No changes yet.</source>
            <translation>Todavía no hay cambios.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="464" />
            <source>No follow-ups due this week. Log a meeting (Ctrl+L) with a date.</source>
            <translation>No hay seguimientos pendientes esta semana. Registre una reunión (Ctrl+L) con una fecha de seguimiento.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="88" />
            <source>No known links yet. Add who they work at, ally with or influence.</source>
            <translation>Todavía no hay vínculos conocidos. Añada dónde trabaja, con quién se alía o en quién influye.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="93" />
            <source>No milestone matches this filter.</source>
            <translation>Ningún hito coincide con este filtro.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="95" />
            <source>No milestones yet. Add the moments that matter: a vote, a session, a deadline.</source>
            <translation>Todavía no hay hitos. Añada los momentos que importan: una votación, una sesión, un plazo.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="188" />
            <source>No stakeholders yet. Click New stakeholder to add the first one.</source>
            <translation>Todavía no hay actores. Haga clic en Nuevo actor para añadir el primero.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="509" />
            <source>No stance moved toward us in the last 30 days.</source>
            <translation>Ninguna postura se ha acercado a la nuestra en los últimos 30 días.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="186" />
            <source>Nobody matches this filter. Try fewer words or clear a filter.</source>
            <translation>Nadie coincide con este filtro. Pruebe con menos palabras o borre un filtro.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="92" />
            <source>Nothing logged yet. Press Ctrl+L after a meeting or call to log it.</source>
            <translation>Todavía no hay nada registrado. Pulse Ctrl+L después de una reunión o llamada.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="444" />
            <source>Nothing overdue.</source>
            <translation>Nada atrasado.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="418" />
            <source>Nothing planned.</source>
            <translation>Nada previsto.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="49" />
            <source>Open a campaign to plan its people, moments and asks</source>
            <translation>Abra una campaña para planificar sus personas, momentos y peticiones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="273" />
            <location filename="../../ui/pages/dashboard.py" line="445" />
            <location filename="../../ui/pages/milestones.py" line="23" />
            <location filename="../../ui/pages/milestones.py" line="66" />
            <source>Overdue</source>
            <translation>Con retraso</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="106" />
            <source>People and organisations</source>
            <translation>Personas y organizaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="528" />
            <source>Recent changes</source>
            <translation>Cambios recientes</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="34" />
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="48" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="49" />
            <source>Remove the selected relationship (Ctrl+Z undoes)</source>
            <translation>Quitar la relación seleccionada (Ctrl+Z deshace)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="57" />
            <source>Reschedule “{t}”</source>
            <translation>Reprogramar «{t}»</translation>
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="243" />
            <source>Right-click to choose columns</source>
            <translation>Clic derecho para elegir las columnas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="71" />
            <source>Select a stakeholder to see who they know.</source>
            <translation>Seleccione un actor para ver a quién conoce.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="194" />
            <source>Showing {n}+ stakeholders · counting…</source>
            <translation>Mostrando {n}+ actores · contando…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="496" />
            <source>Targets and partners not contacted</source>
            <translation>Destinatarios y socios sin contacto</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="312" />
            <source>Targets and partners not contacted for more than this</source>
            <translation>Destinatarios y socios sin contacto durante más tiempo que este</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="337" />
            <source>The dashboard could not be loaded: {error}</source>
            <translation>No se pudo cargar el panel: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="59" />
            <source>The moments your campaigns are built around</source>
            <translation>Los momentos en torno a los que se construyen sus campañas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="405" />
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="424" />
            <source>This week and next</source>
            <translation>Esta semana y la próxima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="103" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="459" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="329" />
            <source>Today is {day}</source>
            <translation>Hoy es {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="66" />
            <source>Upcoming</source>
            <translation>Próximos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="357" />
            <source>active campaigns</source>
            <translation>campañas activas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="360" />
            <source>follow-ups due today or late</source>
            <translation>seguimientos para hoy o atrasados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="445" />
            <source>late</source>
            <translation>atrasados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="552" />
            <source>lead {who}</source>
            <translation>responsable: {who}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="422" />
            <source>moments</source>
            <translation>momentos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="358" />
            <source>moments this week and next</source>
            <translation>momentos esta semana y la próxima</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="490" />
            <source>more than</source>
            <translation>más de</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="480" />
            <source>no owner</source>
            <translation>sin responsable</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="359" />
            <source>overdue milestones</source>
            <translation>hitos atrasados</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="480" />
            <source>owner {o}</source>
            <translation>responsable: {o}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="441" />
            <source>record the outcome or reschedule</source>
            <translation>registre el resultado o reprograme</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="361" />
            <source>targets and partners gone quiet</source>
            <translation>destinatarios y socios sin contacto reciente</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="550" />
            <source>until {d}</source>
            <translation>hasta el {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="432" />
            <source>was due {d}</source>
            <translation>previsto para el {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="465" />
            <source>{late} due or late · {n} this week</source>
            <translation>{late} pendientes o atrasados · {n} esta semana</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="477" />
            <source>{n} days</source>
            <translation>{n} días</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="90" />
            <source>{n} engagements</source>
            <translation>{n} interacciones</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="561" />
            <source>{n} in total</source>
            <translation>{n} en total</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="89" />
            <source>{n} milestones</source>
            <translation>{n} hitos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="97" />
            <source>{n} of {total} campaigns</source>
            <translation>{n} de {total} campañas</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="281" />
            <source>{n} of {t} {noun}</source>
            <translation>{n} de {t} {noun}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="197" />
            <source>{n} stakeholders</source>
            <translation>{n} actores</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="165" />
            <source>Cannot unlock: {e}</source>
            <translation>No se puede desbloquear: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="379" />
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="352" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="371" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="79" />
            <source>Encrypted workspace</source>
            <translation>Espacio de trabajo cifrado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="87" />
            <location filename="../../ui/dialogs/passphrase.py" line="118" />
            <source>Enter its passphrase to open it.</source>
            <translation>Introduzca su frase de contraseña para abrirlo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="367" />
            <source>I have stored the recovery key safely</source>
            <translation>He guardado la clave de recuperación en un lugar seguro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="341" />
            <source>Keep this recovery key somewhere safe</source>
            <translation>Guarde esta clave de recuperación en un lugar seguro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="213" />
            <location filename="../../ui/dialogs/passphrase.py" line="215" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="90" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="228" />
            <source>Passphrase problem</source>
            <translation>Problema con la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="224" />
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="339" />
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="216" />
            <source>Repeat it</source>
            <translation>Repítala</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="214" />
            <source>Repeat the new passphrase</source>
            <translation>Repita la nueva frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="156" />
            <source>That {what} does not open {name}. Check it and try again.</source>
            <translation>Esa {what} no abre {name}. Compruébela y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="266" />
            <location filename="../../ui/dialogs/passphrase.py" line="247" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="356" />
            <source>This is the only time it is shown. It opens the workspace if the passphrase is forgotten, so anyone who has it can read everything in it. Write it down or print it and keep it apart from this computer (not in a file next to the workspace). Without the passphrase and without this key, the data cannot be recovered by anyone.</source>
            <translation>Es la única vez que se muestra. Abre el espacio de trabajo si se olvida la frase de contraseña, así que cualquiera que la tenga puede leer todo su contenido. Anótela o imprímala y guárdela lejos de este ordenador (no en un archivo junto al espacio de trabajo). Sin la frase de contraseña y sin esta clave, nadie podrá recuperar los datos.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess. {hint}</source>
            <translation type="vanished">Esta frase de contraseña es demasiado fácil de adivinar. {hint}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="262" />
            <source>This passphrase is too easy to guess: make it longer, as the hint says.</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: alárguela, como indica la sugerencia.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="260" />
            <source>Type a passphrase.</source>
            <translation>Escriba una frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="264" />
            <source>Type the passphrase a second time, to be sure of it.</source>
            <translation>Escriba la frase de contraseña una segunda vez, para asegurarse.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="124" />
            <source>Type the passphrase first.</source>
            <translation>Escriba primero la frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="114" />
            <source>Type the recovery key you were given when you encrypted it.</source>
            <translation>Escriba la clave de recuperación que recibió al cifrarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="102" />
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="96" />
            <source>Unlock error</source>
            <translation>Error de desbloqueo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="92" />
            <source>Use the recovery key instead (forgotten passphrase)</source>
            <translation>Usar la clave de recuperación (frase de contraseña olvidada)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Very weak</source>
            <translation>Muy débil</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Weak</source>
            <translation>Débil</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>passphrase</source>
            <translation>frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>recovery key</source>
            <translation>clave de recuperación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="84" />
            <source>{name} is encrypted</source>
            <translation>{name} está cifrado</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="60" />
            <source>Audience</source>
            <translation>Audiencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="78" />
            <source>Choose where to save the picture.</source>
            <translation>Elija dónde guardar la imagen.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="63" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="44" />
            <location filename="../../ui/dialogs/picture_export.py" line="58" />
            <source>Export picture</source>
            <translation>Exportar imagen</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="51" />
            <source>For a slide or an email: the picture shows what the audience may see. Withheld partners are left out or described, never named, and the audience is printed at the bottom.</source>
            <translation>Para una diapositiva o un correo: la imagen muestra lo que la audiencia puede ver. Los socios protegidos se omiten o se describen, nunca se nombran, y la audiencia figura abajo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="61" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="108" />
            <source>Saved {path}</source>
            <translation>Guardado: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="78" />
            <source>The folder {f} does not exist.</source>
            <translation>La carpeta {f} no existe.</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../ui/planning.py" line="124" />
            <source>&amp;Campaign</source>
            <translation>&amp;Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="125" />
            <source>Add &amp;moments…</source>
            <translation>Añadir &amp;momentos…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="116" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation>Exportar el ca&amp;lendario (.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="101" />
            <source>{n} moments added as milestones. Ctrl+Z removes them.</source>
            <translation>{n} momentos añadidos como hitos. Ctrl+Z los quita.</translation>
        </message>
    </context>
    <context>
        <name>PowerMap</name>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="601" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n actor</numerusform>
                <numerusform>%n actores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="714" />
            <source>%n stakeholders not shown</source>
            <translation>
                <numerusform>%n actor no mostrado</numerusform>
                <numerusform>%n actores no mostrados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="603" />
            <source>(%n withheld for this audience)</source>
            <translation>
                <numerusform>(%n oculto para este público)</numerusform>
                <numerusform>(%n ocultos para este público)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="828" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n más</numerusform>
                <numerusform>+%n más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="386" />
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="381" />
            <source>All roles</source>
            <translation>Todos los roles</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="83" />
            <source>Allies to strengthen</source>
            <translation>Aliados que fortalecer</translation>
        </message>
        <message>
            <source>Audience: {audience}</source>
            <translation type="vanished">Público: {audience}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="317" />
            <source>Category:</source>
            <translation>Categoría:</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="82" />
            <source>Champions to mobilise</source>
            <translation>Defensores que movilizar</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="831" />
            <source>Click to list them on the map</source>
            <translation>Haga clic para listarlos en el mapa</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="826" />
            <source>Close the list</source>
            <translation>Cerrar la lista</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="765" />
            <source>Could not draw the power map</source>
            <translation>No se pudo dibujar el mapa de poder</translation>
        </message>
        <message>
            <source>Could not write {target}</source>
            <translation type="vanished">No se pudo escribir {target}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="661" />
            <source>Drag a stakeholder to
change stance or influence.</source>
            <translation>Arrastre un actor para
cambiar su postura o su influencia.</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="311" />
            <source>Filter by category</source>
            <translation>Filtrar por categoría</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="309" />
            <source>Filter by role</source>
            <translation>Filtrar por rol</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="568" />
            <source>Influence  →</source>
            <translation>Influencia  →</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="81" />
            <source>Key targets to move</source>
            <translation>Destinatarios clave que mover</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="159" />
            <source>Last contact: none recorded</source>
            <translation>Último contacto: ninguno registrado</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="154" />
            <source>Last contact: {date} ({ago})</source>
            <translation>Último contacto: {date} ({ago})</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="160" />
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="641" />
            <source>Local actor</source>
            <translation>Actor local</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="638" />
            <source>Markers</source>
            <translation>Marcadores</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="84" />
            <source>Monitor</source>
            <translation>Vigilar</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="325" />
            <source>Power map</source>
            <translation>Mapa de poder</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="925" />
            <source>Power map canvas</source>
            <translation>Lienzo del mapa de poder</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="611" />
            <source>Power map of {campaign}: {total} stakeholders: {shown}. Select a stakeholder and use the arrow keys to change stance (left, right) or influence (up, down).</source>
            <translation>Mapa de poder de {campaign}: {total} actores: {shown}. Seleccione un actor y use las flechas para cambiar la postura (izquierda, derecha) o la influencia (arriba, abajo).</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="523" />
            <location filename="../../ui/views/power_map.py" line="756" />
            <source>Power map — {title}</source>
            <translation>Mapa de poder — {title}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="628" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="315" />
            <source>Role:</source>
            <translation>Rol:</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="648" />
            <source>Size = interest</source>
            <translation>Tamaño = interés</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="558" />
            <source>Stance  →  more supportive</source>
            <translation>Postura  →  más a favor</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="148" />
            <source>Stance: {stance} · Influence {influence} · Interest {interest}</source>
            <translation>Postura: {stance} · Influencia {influence} · Interés {interest}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="642" />
            <location filename="../../ui/views/power_map.py" line="160" />
            <source>Women-led</source>
            <translation>Liderada por mujeres</translation>
        </message>
    </context>
    <context>
        <name>ProgressTask</name>
        <message>
            <location filename="../../ui/dialogs/progress_task.py" line="60" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="57" />
            <source>Before writing, {n} withheld name(s) or contact(s) found in the text will be replaced:</source>
            <translation>Antes de escribir, se reemplazarán {n} nombre(s) o contacto(s) protegidos encontrados en el texto:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="121" />
            <source>Cannot write there</source>
            <translation>No se puede escribir ahí</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="55" />
            <source>Checked: no withheld name, e-mail or phone in the text.</source>
            <translation>Comprobado: ningún nombre, correo o teléfono protegido en el texto.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="94" />
            <source>Checking the text for withheld names…</source>
            <translation>Buscando nombres protegidos en el texto…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="155" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="313" />
            <source>Export failed</source>
            <translation>Error al exportar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="53" />
            <source>Internal: nothing is replaced; every name stays. Keep the file in the team.</source>
            <translation>Interno: no se reemplaza nada; todos los nombres se mantienen. Guarde el archivo dentro del equipo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="81" />
            <source>Names replaced before writing</source>
            <translation>Nombres reemplazados antes de escribir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="128" />
            <source>Replace?</source>
            <translation>¿Reemplazar?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="154" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="129" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} ya existe. ¿Reemplazarlo?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="122" />
            <source>{p} is a symbolic link; choose the file itself.</source>
            <translation>{p} es un enlace simbólico; elija el archivo mismo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="63" />
            <source>• “{found}” → “{by}” ({where})</source>
            <translation>• «{found}» → «{by}» (en {where})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="68" />
            <source>… and {n} more.</source>
            <translation>… y {n} más.</translation>
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="144" />
            <source>Confidential: never leaves the team</source>
            <translation>Confidencial: nunca sale del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Engagements</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="150" />
            <source>Nothing found. Try the first letters of a name.</source>
            <translation>No se encontró nada. Pruebe con las primeras letras de un nombre.</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="97" />
            <source>Search campaigns, people, moments, notes…</source>
            <translation>Buscar campañas, personas, momentos, notas…</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Voices</source>
            <translation>Voces</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="104" />
            <source>↑↓ to choose · Enter to open · Esc to close</source>
            <translation>↑↓ para elegir · Intro para abrir · Esc para cerrar</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="588" />
            <source>%n shortest paths</source>
            <translation>
                <numerusform>%n camino más corto</numerusform>
                <numerusform>%n caminos más cortos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="590" />
            <source>(%n links)</source>
            <translation>
                <numerusform>(%n vínculo)</numerusform>
                <numerusform>(%n vínculos)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="593" />
            <source>(and %n more)</source>
            <translation>
                <numerusform>(y %n más)</numerusform>
                <numerusform>(y %n más)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="513" />
            <source>Add relationship from here…</source>
            <translation>Añadir una relación desde aquí…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="252" />
            <location filename="../../ui/views/relationship_map.py" line="255" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="260" />
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="639" />
            <source>Could not draw the relationship map</source>
            <translation>No se pudo dibujar el mapa de relaciones</translation>
        </message>
        <message>
            <source>Could not write {target}</source>
            <translation type="vanished">No se pudo escribir {target}</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="520" />
            <source>Edit relationship…</source>
            <translation>Editar la relación…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="267" />
            <source>From:</source>
            <translation>Origen:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="443" />
            <source>Links:</source>
            <translation>Vínculos:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="470" />
            <source>Local actor</source>
            <translation>Actor local</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="350" />
            <source>No known links yet ({n})</source>
            <translation>Todavía sin vínculos conocidos ({n})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="599" />
            <source>No path within %n links (opposition links are not paths).</source>
            <translation>
                <numerusform>Ningún camino de %n vínculo o menos (los vínculos de oposición no son caminos).</numerusform>
                <numerusform>Ningún camino de %n vínculos o menos (los vínculos de oposición no son caminos).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="468" />
            <source>No role in this campaign</source>
            <translation>Sin rol en esta campaña</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="514" />
            <source>Open record</source>
            <translation>Abrir la ficha</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="251" />
            <source>Path from</source>
            <translation>Camino desde</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="254" />
            <source>Path to</source>
            <translation>Camino hasta</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="453" />
            <source>Paths follow every link in either direction except “{opposes}”.</source>
            <translation>Los caminos siguen cada vínculo en ambos sentidos, salvo «{opposes}».</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="278" />
            <source>Relationship map</source>
            <translation>Mapa de relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="247" />
            <source>Relationship map canvas</source>
            <translation>Lienzo del mapa de relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="386" />
            <source>Relationship map: {n} stakeholders, {links} links.</source>
            <translation>Mapa de relaciones: {n} actores, {links} vínculos.</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="521" />
            <source>Remove relationship</source>
            <translation>Quitar la relación</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="462" />
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="256" />
            <source>Show paths</source>
            <translation>Mostrar caminos</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="269" />
            <source>To:</source>
            <translation>Destino:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="471" />
            <source>Women-led</source>
            <translation>Dirigido por mujeres</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="211" />
            <source> The replaced state is kept as {n}.</source>
            <translation> El estado reemplazado se conserva como {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="64" />
            <source> · encrypted</source>
            <translation> · cifrada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Automatic</source>
            <translation>Automática</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before a restore</source>
            <translation>Antes de una restauración</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before a tracker import</source>
            <translation>Antes de importar una hoja de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before decrypting</source>
            <translation>Antes de descifrar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before encrypting</source>
            <translation>Antes de cifrar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Damaged file kept</source>
            <translation>Archivo dañado conservado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Made by hand</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="150" />
            <source>No backups yet. They are taken on opening, on closing and every few minutes.</source>
            <translation>Todavía no hay copias de seguridad. Se hacen al abrir, al cerrar y cada pocos minutos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>On closing</source>
            <translation>Al cerrar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>On opening</source>
            <translation>Al abrir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="80" />
            <source>Pick the moment to go back to. The workspace as it is now is backed up first, so a restore can itself be undone by restoring that backup.
Backups are kept in {folder}.</source>
            <translation>Elija el momento al que volver. Antes se hace una copia del espacio de trabajo tal como está ahora, así que una restauración se puede deshacer restaurando esa copia.
Las copias se guardan en {folder}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="106" />
            <source>Reading backups…</source>
            <translation>Leyendo las copias…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="165" />
            <source>Replace the workspace with the backup of {when}?

Everything changed since then is set aside (the current state is backed up first).</source>
            <translation>¿Reemplazar el espacio de trabajo por la copia del {when}?

Todo lo que cambió desde entonces se deja aparte (antes se hace una copia del estado actual).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="218" />
            <location filename="../../ui/dialogs/restore_backup.py" line="74" />
            <location filename="../../ui/dialogs/restore_backup.py" line="79" />
            <location filename="../../ui/dialogs/restore_backup.py" line="164" />
            <source>Restore from backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="210" />
            <source>Restored the backup of {when}.</source>
            <translation>Copia del {when} restaurada.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="111" />
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="219" />
            <source>Restoring the backup of {when}…</source>
            <translation>Restaurando la copia del {when}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Taken</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="196" />
            <source>This backup was made under another passphrase: enter it, or the recovery key.</source>
            <translation>Esta copia se hizo con otra frase de contraseña: introdúzcala, o la clave de recuperación.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="144" />
            <source>{n} backups, newest first.</source>
            <translation>{n} copias, las más recientes primero.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="64" />
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../ui/dialogs/security.py" line="119" />
            <source>After decrypting, anyone who gets hold of this file (a lost laptop, a copied USB stick) can read every name, phone number and note in it.

Existing backups stay encrypted. Decrypt anyway?</source>
            <translation>Tras descifrarlo, cualquiera que se haga con este archivo (un portátil perdido, una memoria USB copiada) podrá leer todos los nombres, números de teléfono y notas que contiene.

Las copias existentes siguen cifradas. ¿Descifrar de todos modos?</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="77" />
            <location filename="../../ui/dialogs/security.py" line="91" />
            <location filename="../../ui/dialogs/security.py" line="99" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="100" />
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="112" />
            <location filename="../../ui/dialogs/security.py" line="118" />
            <location filename="../../ui/dialogs/security.py" line="137" />
            <source>Decrypt workspace</source>
            <translation>Descifrar el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="138" />
            <source>Decrypting the workspace…</source>
            <translation>Descifrando el espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="37" />
            <location filename="../../ui/dialogs/security.py" line="59" />
            <location filename="../../ui/dialogs/security.py" line="32" />
            <source>Encrypt workspace</source>
            <translation>Cifrar el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="59" />
            <source>Encrypting the workspace…</source>
            <translation>Cifrando el espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="86" />
            <source>Enter the current passphrase (or the recovery key) to change it.</source>
            <translation>Introduzca la frase de contraseña actual (o la clave de recuperación) para cambiarla.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="129" />
            <source>Enter the passphrase (or the recovery key).</source>
            <translation>Introduzca la frase de contraseña (o la clave de recuperación).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="103" />
            <source>Passphrase changed (and for {n} backups).</source>
            <translation>Frase de contraseña cambiada (también en {n} copias).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="92" />
            <source>The recovery key stays the same. Backups made with this key follow the change.</source>
            <translation>La clave de recuperación sigue siendo la misma. Las copias hechas con esta clave siguen el cambio.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="38" />
            <source>The workspace file, its journal and its backups will be unreadable without this passphrase. It is never stored: you will type it each time you open the workspace. A backup is taken first.</source>
            <translation>El archivo del espacio de trabajo, su registro de transacciones y sus copias serán ilegibles sin esta frase de contraseña. Nunca se guarda: la escribirá cada vez que abra el espacio de trabajo. Antes se hace una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="141" />
            <source>The workspace is no longer encrypted.</source>
            <translation>El espacio de trabajo ya no está cifrado.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="53" />
            <source>The workspace is now encrypted.</source>
            <translation>El espacio de trabajo ya está cifrado.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="33" />
            <source>This workspace is already encrypted. Use Change passphrase… to change it.</source>
            <translation>Este espacio de trabajo ya está cifrado. Use Cambiar la frase de contraseña… para cambiarla.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="112" />
            <source>This workspace is not encrypted.</source>
            <translation>Este espacio de trabajo no está cifrado.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="78" />
            <source>This workspace is not encrypted. Use Encrypt workspace… first.</source>
            <translation>Este espacio de trabajo no está cifrado. Use primero Cifrar el espacio de trabajo…</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="128" />
            <source> backups</source>
            <translation> copias</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="130" />
            <location filename="../../ui/settings_dialog.py" line="143" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="136" />
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="156" />
            <source>&amp;Dates</source>
            <translation>&amp;Fechas</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="129" />
            <source>&amp;Keep the last</source>
            <translation>&amp;Conservar las últimas</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="vanished">&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="94" />
            <source>&amp;Logo for briefs</source>
            <translation>&amp;Logotipo de las notas</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="88" />
            <source>&amp;Organisation name</source>
            <translation>Nombre de la &amp;organización</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="150" />
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="162" />
            <source>A new language applies when the app restarts.</source>
            <translation>El nuevo idioma se aplica al reiniciar la aplicación.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="138" />
            <source>Back up &amp;every</source>
            <translation>Copiar &amp;cada</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="127" />
            <source>Backup &amp;folder</source>
            <translation>&amp;Carpeta de copias</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="256" />
            <source>Backup folder</source>
            <translation>Carpeta de copias</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="121" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="123" />
            <source>Beside the workspace file</source>
            <translation>Junto al archivo del espacio de trabajo</translation>
        </message>
        <message>
            <source>Briefs and trackers</source>
            <translation type="vanished">Notas y hojas de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="92" />
            <source>Choose a logo file</source>
            <translation>Elegir un archivo de logotipo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="125" />
            <source>Choose the backup folder</source>
            <translation>Elegir la carpeta de copias</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="201" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Closed-door: for diplomats and UN officials</source>
            <translation type="vanished">A puerta cerrada: para diplomáticos y funcionarios de la ONU</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="60" />
            <source>Day and month name</source>
            <translation>Día y nombre del mes</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="117" />
            <source>Default &amp;audience</source>
            <translation>&amp;Público predeterminado</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="142" />
            <source>Display</source>
            <translation>Visualización</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Exports</source>
            <translation>Exportaciones</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Follow the system</source>
            <translation>Seguir el sistema</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="62" />
            <source>ISO (year-month-day)</source>
            <translation>ISO (año-mes-día)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="249" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Internal: the team's own view, everything</source>
            <translation type="vanished">Interno: la vista del equipo, todo incluido</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="161" />
            <source>Lan&amp;guage</source>
            <translation>Idi&amp;oma</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="249" />
            <source>Logo for briefs</source>
            <translation>Logotipo de las notas</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="63" />
            <source>Long</source>
            <translation>Largo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="105" />
            <source>Members and campaigns…</source>
            <translation>Miembros y campañas…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="147" />
            <source>Not &amp;contacted after</source>
            <translation>Sin &amp;contacto después de</translation>
        </message>
        <message>
            <source>Not contacted after</source>
            <translation type="vanished">Sin contacto después de</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="90" />
            <source>PNG or JPEG; empty for the neutral logo</source>
            <translation>PNG o JPEG; vacío para el logotipo neutro</translation>
        </message>
        <message>
            <source>Plus one a day &amp;for</source>
            <translation type="vanished">Más una al día &amp;durante</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="132" />
            <source>Plus one a day fo&amp;r</source>
            <translation>Más una al día du&amp;rante</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="87" />
            <source>Printed on the briefs of this workspace</source>
            <translation>Impreso en las notas de este espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="172" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Public: only what partners agreed to make public</source>
            <translation type="vanished">Público: solo lo que los socios aceptaron hacer público</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="349" />
            <source>Restart Campaign Planner to switch the language.</source>
            <translation>Reinicie Campaign Planner para cambiar de idioma.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="356" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="71" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="347" />
            <source>Settings saved.</source>
            <translation>Configuración guardada.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="61" />
            <source>Short (the system's)</source>
            <translation>Corto (el del sistema)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="145" />
            <source>Targets and partners with no engagement for this long show as not contacted</source>
            <translation>Los destinatarios y socios sin interacción durante este tiempo aparecen como no contactados</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="108" />
            <source>Tea&amp;m</source>
            <translation>E&amp;quipo</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="85" />
            <source>This workspace ({name})</source>
            <translation>Este espacio de trabajo ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="96" />
            <source>Who made each change, in the history</source>
            <translation>Quién hizo cada cambio, en el historial</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="97" />
            <source>Your &amp;name</source>
            <translation>Su &amp;nombre</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="84" />
            <source>no workspace open</source>
            <translation>ningún espacio de trabajo abierto</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="291" />
            <source>{problem}. Nothing was saved.</source>
            <translation>{problem}. No se guardó nada.</translation>
        </message>
    </context>
    <context>
        <name>SignOns</name>
        <message numerus="yes">
            <location filename="../../ui/pages/sign_ons_tab.py" line="154" />
            <source>%n sign-ons (joint letters, statements, endorsements)</source>
            <translation>
                <numerusform>%n adhesión (carta, declaración, respaldo)</numerusform>
                <numerusform>%n adhesiones (cartas, declaraciones, respaldos)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="55" />
            <source>Add signatory…</source>
            <translation>Añadir firmante…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="72" />
            <source>Ask / may be named</source>
            <translation>Petición / puede nombrarse</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="40" />
            <source>Closed briefings</source>
            <translation>Reuniones a puerta cerrada</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="71" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="56" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="70" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="54" />
            <source>New sign-on…</source>
            <translation>Nueva adhesión…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="88" />
            <source>No sign-ons yet. Record a joint letter or statement, or the endorsement of an ask, and who signed it: documents name only those who agreed to be named and count the others.</source>
            <translation>Aún no hay adhesiones. Registre una carta o declaración conjunta, o el respaldo a una petición, y quién la firmó: los documentos solo nombran a quienes aceptaron ser nombrados y cuentan a los demás.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="41" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="57" />
            <location filename="../../ui/pages/sign_ons_tab.py" line="183" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="187" />
            <source>Remove sign-on</source>
            <translation>Quitar la adhesión</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="224" />
            <source>Remove {title}</source>
            <translation>Quitar {title}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="69" />
            <source>Sign-on / signatory</source>
            <translation>Texto / firmante</translation>
        </message>
        <message>
            <source>Sign-ons: {n} joint letters, statements and endorsements</source>
            <translation type="vanished">Adhesiones: {n} cartas, declaraciones y respaldos</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="73" />
            <source>Signed</source>
            <translation>Firmado</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="39" />
            <source>Team only (counted in documents)</source>
            <translation>Solo el equipo (contado en los documentos)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="185" />
            <source>Withdraw signature</source>
            <translation>Retirar la firma</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="222" />
            <source>Withdraw {name}</source>
            <translation>Retirar la firma de {name}</translation>
        </message>
    </context>
    <context>
        <name>StrategyView</name>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="88" />
            <source>(progressing)</source>
            <translation>(en curso)</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="98" />
            <source>Achieved: {asks}</source>
            <translation>Logrado: {asks}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="82" />
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="113" />
            <source>Best placed to reach them</source>
            <translation>Mejor situado para llegar a ellos</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="196" />
            <source>Campaign strategy</source>
            <translation>Estrategia de la campaña</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="110" />
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Moment</source>
            <translation>Momento</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="154" />
            <source>Next moments</source>
            <translation>Próximos momentos</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="152" />
            <source>No high-influence stakeholder left to move.</source>
            <translation>No queda ningún actor influyente que mover.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="173" />
            <source>No moments planned ahead. Add some from the library.</source>
            <translation>No hay momentos previstos. Añada algunos desde la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="77" />
            <source>No objective yet.</source>
            <translation>Aún no hay objetivo.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="95" />
            <source>No open asks.</source>
            <translation>No hay peticiones abiertas.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="140" />
            <source>No supporter within reach — map relationships</source>
            <translation>Ningún apoyo a su alcance — trace las relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="76" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="158" />
            <source>Overdue: {moment} ({when}) — record the outcome or reschedule.</source>
            <translation>Con retraso: {moment} ({when}) — registre el resultado o reprograme.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="112" />
            <source>Owner · next step</source>
            <translation>Responsable · próximo paso</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="220" />
            <source>Preparing the strategy…</source>
            <translation>Preparando la estrategia…</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="111" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="198" />
            <source>Strategy: objective, asks, targets to move, routes</source>
            <translation>Estrategia: objetivo, peticiones, destinatarios que mover, caminos</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="109" />
            <source>Target</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="104" />
            <source>Targets to move</source>
            <translation>Destinatarios que mover</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="130" />
            <source>direct link</source>
            <translation>vínculo directo</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="100" />
            <source>influence ≥ {min}, not yet supportive · {n} supporters to reach them through</source>
            <translation>influencia ≥ {min}, aún no a favor · {n} apoyos para llegar a ellos</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="71" />
            <source>lead {lead}</source>
            <translation>responsable {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="124" />
            <source>nobody</source>
            <translation>nadie</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="73" />
            <source>strategy as of {date}</source>
            <translation>estrategia al {date}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="132" />
            <source>{n} links</source>
            <translation>{n} vínculos</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="86" />
            <source>— to {target}</source>
            <translation>— a {target}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="54" />
            <source>Asks</source>
            <translation>Peticiones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="417" />
            <source>Automatic backups of this laptop dropped (they held those records): {n}.</source>
            <translation>Copias de seguridad automáticas de este portátil eliminadas (contenían esos registros): {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="55" />
            <source>Campaign partners</source>
            <translation>Socios de campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="52" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="305" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="194" />
            <source>Carry on this laptop…</source>
            <translation>Llevar en este portátil…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="239" />
            <source>Checking what changed since the last sync…</source>
            <translation>Comprobando qué ha cambiado desde la última sincronización…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="245" />
            <source>Choosing what this laptop carries…</source>
            <translation>Eligiendo lo que lleva este portátil…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="396" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="297" />
            <source>Connecting to {host}…</source>
            <translation>Conectando con {host}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="58" />
            <source>Engagements</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="422" />
            <source>Kept here only: {what}</source>
            <translation>Guardado solo aquí: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="122" />
            <source>Leave the password out of the address: put it in your {pgpass} file (or {env}), as the user guide's team server section says.</source>
            <translation>No ponga la contraseña en la dirección: guárdela en su archivo {pgpass} (o {env}), como explica la sección del servidor de equipo de la guía.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="395" />
            <source>Merged</source>
            <translation>Combinados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="57" />
            <source>Milestones</source>
            <translation>Hitos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="182" />
            <source>No password here: the app reads it from your {pgpass} file or {env}. The address is remembered for this workspace.</source>
            <translation>Sin contraseña aquí: la aplicación la lee de su archivo {pgpass} o de {env}. La dirección se recuerda para este espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="59" />
            <source>Quotes</source>
            <translation>Citas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="242" />
            <source>Reading the server…</source>
            <translation>Leyendo el servidor…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="241" />
            <source>Reading this workspace…</source>
            <translation>Leyendo este espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="394" />
            <source>Received</source>
            <translation>Recibidos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="56" />
            <source>Relationships</source>
            <translation>Relaciones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="410" />
            <source>Removed from this laptop (records it no longer carries): {n}. Nothing was deleted on the server.</source>
            <translation>Quitados de este portátil (registros que ya no lleva): {n}. No se borró nada en el servidor.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="444" />
            <source>Review conflicts…</source>
            <translation>Revisar los conflictos…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="249" />
            <source>Sending {n} records to the server…</source>
            <translation>Enviando {n} registros al servidor…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="169" />
            <source>Sends the changes made in this workspace since the last sync and brings back the team's. When you and a colleague changed the same field, nothing is overwritten: you choose afterwards.</source>
            <translation>Envía los cambios hechos en este espacio de trabajo desde la última sincronización y trae los del equipo. Cuando usted y un colega cambiaron el mismo campo, nada se sobrescribe: usted elige después.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="393" />
            <source>Sent</source>
            <translation>Enviados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="481" />
            <source>Sent {pushed} · Received {pulled} · Merged {merged} · Conflicts {conflicts}</source>
            <translation>Enviados {pushed} · Recibidos {pulled} · Combinados {merged} · Conflictos {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="178" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="179" />
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="61" />
            <source>Sign-ons</source>
            <translation>Adhesiones</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="62" />
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="53" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="63" />
            <source>Stance changes</source>
            <translation>Cambios de postura</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="342" />
            <source>Stopping at the end of this step…</source>
            <translation>Deteniendo al final de este paso…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="199" />
            <source>Sync</source>
            <translation>Sincronizar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="461" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="479" />
            <source>Sync finished</source>
            <translation>Sincronización terminada</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="164" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="290" />
            <source>Sync with server</source>
            <translation>Sincronizar con el servidor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="168" />
            <source>Sync with the team server</source>
            <translation>Sincronizar con el servidor del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="476" />
            <source>Synced with {server}. Nothing had changed on either side.</source>
            <translation>Sincronizado con {server}. Nada había cambiado en ningún lado.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="467" />
            <source>Synced with {server}. Some fields were changed both here and on the server: nothing was overwritten for them until you choose.</source>
            <translation>Sincronizado con {server}. Algunos campos se cambiaron aquí y en el servidor: no se sobrescribió nada en ellos hasta que usted elija.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="472" />
            <source>Synced with {server}. This workspace and the server now agree.</source>
            <translation>Sincronizado con {server}. Este espacio de trabajo y el servidor ahora coinciden.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="129" />
            <source>The address must end with the database name ({example}).</source>
            <translation>La dirección debe terminar con el nombre de la base de datos ({example}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="274" />
            <source>The connection to the server failed: {detail}. Nothing is half-written; sync again when the server is reachable.</source>
            <translation>La conexión con el servidor falló: {detail}. Nada queda a medio escribir; sincronice de nuevo cuando el servidor esté accesible.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="425" />
            <source>The server no longer shows you campaign {id} (revoked or deleted).</source>
            <translation>El servidor ya no le muestra la campaña {id} (acceso retirado o borrada).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="142" />
            <source>This laptop carries every campaign the server shows you.</source>
            <translation>Este portátil lleva todas las campañas que el servidor le muestra.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="145" />
            <source>This laptop carries {n} chosen campaign(s), as a closed audience sees them.</source>
            <translation>Este portátil lleva {n} campaña(s) elegida(s), tal como las ve un público restringido.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="149" />
            <source>This laptop carries {n} chosen campaign(s), as the public sees them.</source>
            <translation>Este portátil lleva {n} campaña(s) elegida(s), tal como las ve el público general.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="152" />
            <source>This laptop carries {n} chosen campaign(s), in full.</source>
            <translation>Este portátil lleva {n} campaña(s) elegida(s), completas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="108" />
            <source>Type the team server's address.</source>
            <translation>Escriba la dirección del servidor del equipo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="60" />
            <source>Vote positions</source>
            <translation>Posiciones de voto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="253" />
            <source>Writing {n} records here…</source>
            <translation>Escribiendo {n} registros aquí…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="111" />
            <source>{url} is not a team server address: it starts with {scheme} (for example {example}).</source>
            <translation>{url} no es una dirección de servidor de equipo: empieza por {scheme} (por ejemplo {example}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="119" />
            <source>{url} is not a valid server address.</source>
            <translation>{url} no es una dirección de servidor válida.</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="143" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="46" />
            <source>Achieved on</source>
            <translation>Logrado el</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="47" />
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="270" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="346" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/sync_conflicts.py" line="344" />
            <source>Apply %n choices</source>
            <translation>
                <numerusform>Aplicar %n elección</numerusform>
                <numerusform>Aplicar %n elecciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="48" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="112" />
            <source>Ask</source>
            <translation>Petición</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <source>Bundle's</source>
            <translation>Del paquete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="49" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="110" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="113" />
            <source>Campaign partner</source>
            <translation>Socio de campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="50" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="198" />
            <source>Changed on both sides</source>
            <translation>Cambiado en ambos lados</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="51" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="229" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="52" />
            <source>Confidence</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="53" />
            <source>Consent note</source>
            <translation>Nota de consentimiento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="74" />
            <source>Consent to be named</source>
            <translation>Consentimiento para ser nombrado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="54" />
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="55" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="56" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="141" />
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="155" />
            <source>Deleted or kept</source>
            <translation>Eliminado o conservado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="57" />
            <source>Depends on</source>
            <translation>Depende de</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="58" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="59" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="60" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="116" />
            <source>Engagement</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="61" />
            <source>Expected</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="62" />
            <source>Follow-up date</source>
            <translation>Fecha de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="81" />
            <source>Former influence</source>
            <translation>Influencia anterior</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="82" />
            <source>Former stance</source>
            <translation>Postura anterior</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="63" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="64" />
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="65" />
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="255" />
            <source>Keep all mine</source>
            <translation>Conservar todo lo mío</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="259" />
            <source>Keep all server's</source>
            <translation>Conservar todo lo del servidor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="260" />
            <source>Keep all the bundle's</source>
            <translation>Conservar todo lo del paquete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="261" />
            <source>Keep all theirs</source>
            <translation>Conservar todo lo del otro lado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="232" />
            <source>Keep for {record}</source>
            <translation>Conservar para {record}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="141" />
            <source>Kept (not deleted)</source>
            <translation>Conservado (no eliminado)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="67" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="68" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="69" />
            <source>Languages</source>
            <translation>Idiomas</translation>
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
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="72" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="115" />
            <source>Milestone</source>
            <translation>Hito</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="230" />
            <source>Mine</source>
            <translation>Lo mío</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="73" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="75" />
            <source>New influence</source>
            <translation>Nueva influencia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="76" />
            <source>New stance</source>
            <translation>Nueva postura</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="77" />
            <source>Next step</source>
            <translation>Siguiente paso</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="145" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="78" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="79" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="80" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="83" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="84" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="85" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="86" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="87" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="117" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="114" />
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
            <source>Review conflicts</source>
            <translation>Revisar conflictos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
            <source>Review sync conflicts</source>
            <translation>Revisar los conflictos de sincronización</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="88" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="89" />
            <source>Sensitivity</source>
            <translation>Sensibilidad</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="231" />
            <source>Server's</source>
            <translation>Lo del servidor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="90" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="119" />
            <source>Sign-on</source>
            <translation>Adhesión</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="120" />
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="91" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="92" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="111" />
            <source>Stakeholder</source>
            <translation>Actor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="93" />
            <source>Stakeholders</source>
            <translation>Actores</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="94" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="121" />
            <source>Stance change</source>
            <translation>Cambio de postura</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="95" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="96" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="97" />
            <source>Strategy</source>
            <translation>Estrategia</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="98" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="99" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="100" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="101" />
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="102" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="231" />
            <source>The bundle's</source>
            <translation>La del paquete</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <source>Theirs</source>
            <translation>El otro lado</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="288" />
            <source>These fields were changed differently here and on the other laptop whose bundle you imported ({names}). Choose which value to keep for each; nothing changes until you click Apply. Your choices reach the other laptop with the next bundle you send it.</source>
            <translation>Estos campos se cambiaron de forma distinta aquí y en el otro portátil cuyo paquete importó ({names}). Elija qué valor conservar en cada uno; nada cambia hasta que pulse Aplicar. Sus elecciones llegan al otro portátil con el próximo paquete que le envíe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="294" />
            <source>These fields were changed differently here and on the server or another laptop whose bundle you imported. Choose which value to keep for each; nothing changes until you click Apply. Your choices reach them at the next sync or with the next bundle you send.</source>
            <translation>Estos campos se cambiaron de forma distinta aquí y en el servidor o en otro portátil cuyo paquete importó. Elija qué valor conservar en cada uno; nada cambia hasta que pulse Aplicar. Sus elecciones les llegan en la próxima sincronización o con el próximo paquete que envíe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="103" />
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="104" />
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="105" />
            <source>Translation</source>
            <translation>Traducción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="118" />
            <source>Vote position</source>
            <translation>Posición de voto</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="106" />
            <source>Web address</source>
            <translation>Dirección web</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="107" />
            <source>Women-led</source>
            <translation>Dirigido por mujeres</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="145" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="281" />
            <source>You and a colleague changed these fields differently since the last sync. Choose which value to keep for each; nothing changes until you click Apply. Your choices reach the server at the next sync.</source>
            <translation>Usted y un colega cambiaron estos campos de forma distinta desde la última sincronización. Elija qué valor conservar en cada uno; nada cambia hasta que pulse Aplicar. Sus elecciones llegan al servidor en la próxima sincronización.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="176" />
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="221" />
            <source>the bundle from {name}</source>
            <translation>el paquete de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="165" />
            <source>unknown time</source>
            <translation>hora desconocida</translation>
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
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="228" />
            <source>&amp;Add member…</source>
            <translation>&amp;Añadir miembro…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="126" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="127" />
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="231" />
            <source>&amp;Remove…</source>
            <translation>&amp;Quitar…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="124" />
            <source>A&amp;dmin: sees every campaign and manages the team</source>
            <translation>A&amp;dministrador: ve todas las campañas y gestiona el equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="103" />
            <source>Add a team member</source>
            <translation>Añadir un miembro del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="172" />
            <source>Adding {name}…</source>
            <translation>Añadiendo a {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="214" />
            <location filename="../../ui/dialogs/team.py" line="288" />
            <source>Admin</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="287" />
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="317" />
            <source>An admin sees every campaign.</source>
            <translation>Un administrador ve todas las campañas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="240" />
            <location filename="../../ui/dialogs/team.py" line="214" />
            <location filename="../../ui/dialogs/team.py" line="312" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="244" />
            <source>Campaigns of the selected member</source>
            <translation>Campañas del miembro elegido</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="315" />
            <source>Campaigns of {name}</source>
            <translation>Campañas de {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="313" />
            <source>Choose a member to see their campaigns.</source>
            <translation>Elija un miembro para ver sus campañas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="202" />
            <source>Each colleague logs in to {workspace} with their own name and password and sees only the campaigns they are on; admins see every campaign. The server enforces it, for the app and for any other program.</source>
            <translation>Cada colega entra en {workspace} con su propio nombre y contraseña y solo ve las campañas en las que participa; los administradores ven todas las campañas. El servidor lo impone, a la aplicación y a cualquier otro programa.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="162" />
            <source>Give them a password.</source>
            <translation>Dele una contraseña.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="214" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="300" />
            <source>No members yet: add one, then put them on campaigns.</source>
            <translation>Aún no hay miembros: añada uno y asígnelo a campañas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="302" />
            <source>Only an admin can change the team; you can see it.</source>
            <translation>Solo un administrador puede cambiar el equipo; usted puede verlo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="128" />
            <source>Password a&amp;gain</source>
            <translation>Repetir contra&amp;seña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="254" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="374" />
            <source>Putting {name} on {campaign}…</source>
            <translation>Asignando a {name} a {campaign}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="278" />
            <source>Reading the team…</source>
            <translation>Leyendo el equipo…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="401" />
            <source>Remove a team member</source>
            <translation>Quitar un miembro del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="402" />
            <source>Remove {name} from the team? They will no longer be able to log in to this server. The campaigns and everything in them stay.</source>
            <translation>¿Quitar a {name} del equipo? Ya no podrá entrar en este servidor. Las campañas y todo su contenido se conservan.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="416" />
            <source>Removing {name}…</source>
            <translation>Quitando a {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="380" />
            <source>Taking {name} off {campaign}…</source>
            <translation>Quitando a {name} de {campaign}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="195" />
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="215" />
            <source>Team members</source>
            <translation>Miembros del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="63" />
            <source>The server did not answer ({error}). Nothing was changed.</source>
            <translation>El servidor no respondió ({error}). No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="166" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="109" />
            <source>They log in with this name and password. Give them the password in person or by another channel than the server's address.</source>
            <translation>Entrará con este nombre y esta contraseña. Entréguele la contraseña en persona o por otro canal que no sea la dirección del servidor.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="319" />
            <source>Tick the campaigns they may see and edit.</source>
            <translation>Marque las campañas que puede ver y editar.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="118" />
            <source>lower-case letters, digits, _ . -</source>
            <translation>minúsculas, cifras, _ . -</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/views/timeline.py" line="804" />
            <source>(this week)</source>
            <translation>(esta semana)</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="495" />
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="484" />
            <source>Agenda of milestones</source>
            <translation>Agenda de hitos</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="70" />
            <source>CANCELLED</source>
            <translation>CANCELADO</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="522" />
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="69" />
            <location filename="../../ui/views/timeline.py" line="282" />
            <source>MISSED</source>
            <translation>NO CUMPLIDO</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Moment</source>
            <translation>Momento</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="68" />
            <location filename="../../ui/views/timeline.py" line="281" />
            <source>OVERDUE</source>
            <translation>CON RETRASO</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="156" />
            <source>Owner: {owner}</source>
            <translation>Responsable: {owner}</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="507" />
            <source>Scroll to today</source>
            <translation>Ir a hoy</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="494" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="529" />
            <source>Timeline of milestones</source>
            <translation>Cronología de hitos</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="791" />
            <source>Timeline: {summary}. Click a milestone to open it; drag it sideways to move it.</source>
            <translation>Cronología: {summary}. Haga clic en un hito para abrirlo; arrástrelo hacia los lados para moverlo.</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="416" />
            <location filename="../../ui/views/timeline.py" line="310" />
            <location filename="../../ui/views/timeline.py" line="507" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="802" />
            <source>Week of {date}</source>
            <translation>Semana del {date}</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="506" />
            <source>Zoom in (Ctrl + mouse wheel)</source>
            <translation>Acercar (Ctrl + rueda del ratón)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="505" />
            <source>Zoom out (Ctrl + mouse wheel)</source>
            <translation>Alejar (Ctrl + rueda del ratón)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="293" />
            <source>anniversary</source>
            <translation>conmemoración</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="283" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="291" />
            <source>deadline</source>
            <translation>plazo</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="280" />
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="292" />
            <source>media</source>
            <translation>medios</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="289" />
            <source>meeting</source>
            <translation>reunión</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="279" />
            <source>planned</source>
            <translation>previsto</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="290" />
            <source>vote</source>
            <translation>votación</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="786" />
            <source>{n} milestones · {late} overdue · {missed} missed</source>
            <translation>{n} hitos · {late} con retraso · {missed} no cumplidos</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../ui/tour.py" line="114" />
            <source>A campaign's workspace</source>
            <translation>El espacio de una campaña</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="99" />
            <source>A one-minute tour of the main views. Use Next (Enter) and Back, or Esc to stop; Help ▸ Take the tour brings it back.</source>
            <translation>Un recorrido de un minuto por las vistas principales. Siguiente (Intro) y Atrás para avanzar, Esc para parar; Ayuda ▸ Hacer el recorrido guiado lo repite.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="165" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="122" />
            <source>Ctrl+K searches everything. Help ▸ Keyboard shortcuts lists every key and Help ▸ User guide explains each task. Edit ▸ Settings puts your organisation's name on briefs.</source>
            <translation>Ctrl+K busca en todo. Ayuda ▸ Atajos de teclado lista todas las teclas y Ayuda ▸ Guía del usuario explica cada tarea. Editar ▸ Configuración pone el nombre de su organización en las notas.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="164" />
            <source>End tour</source>
            <translation>Terminar el recorrido</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="68" />
            <source>Every campaign with its status, priority and dates. Select one and press Enter to open its workspace.</source>
            <translation>Cada campaña con su estado, prioridad y fechas. Elija una y pulse Intro para abrirla.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="72" />
            <source>Everyone you work with or want to move, across campaigns. Filter by category, country or sensitivity; confidential partners carry a lock and the word Confidential.</source>
            <translation>Todas las personas con quienes trabaja o a quienes quiere convencer. Filtre por categoría, país o sensibilidad; los socios confidenciales llevan un candado y la palabra Confidencial.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="115" />
            <source>Everything about one campaign, in tabs: {tabs}.</source>
            <translation>Todo sobre una campaña, en pestañas: {tabs}.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="121" />
            <source>Find anything, get help</source>
            <translation>Encontrar todo, obtener ayuda</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="197" />
            <source>Finish</source>
            <translation>Terminar</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="146" />
            <source>Guided tour</source>
            <translation>Recorrido guiado</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="166" />
            <location filename="../../ui/tour.py" line="197" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="106" />
            <source>One of the workspace's views.</source>
            <translation>Una de las vistas del espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="190" />
            <source>Step {n} of {total}</source>
            <translation>Paso {n} de {total}</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="82" />
            <source>The log of meetings, calls and briefings. Press Ctrl+L anywhere to log one right after it happens.</source>
            <translation>El registro de reuniones, llamadas y sesiones informativas. Ctrl+L, desde cualquier lugar, registra una justo después.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="77" />
            <source>The moments you plan around, across campaigns: UN meetings, votes, deadlines. Overdue ones are marked in words, not only in colour.</source>
            <translation>Los momentos en torno a los que planifica: reuniones de la ONU, votaciones, plazos. Los atrasos se señalan con palabras, no solo con color.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="81" />
            <source>The same moments on a calendar line, campaign by campaign.</source>
            <translation>Los mismos momentos en una línea de tiempo, campaña por campaña.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="98" />
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="64" />
            <source>What needs you now: moments due this week, overdue milestones, follow-ups and the latest engagements. Start here every morning.</source>
            <translation>Lo que le espera: los momentos de la semana, los hitos atrasados, los seguimientos y las últimas interacciones. Empiece aquí cada mañana.</translation>
        </message>
    </context>
    <context>
        <name>TrackerExport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="71" />
            <source>All campaigns</source>
            <translation>Todas las campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="90" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="89" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="140" />
            <source>Choose where to save the tracker.</source>
            <translation>Elija dónde guardar la hoja de seguimiento.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">Elegir…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="63" />
            <source>Excel tracker</source>
            <translation>Hoja de seguimiento Excel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="87" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="94" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="183" />
            <location filename="../../ui/dialogs/tracker_export.py" line="60" />
            <source>Export tracker</source>
            <translation>Exportar la hoja de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="184" />
            <source>Exporting the tracker of {t}…</source>
            <translation>Exportando la hoja de seguimiento de {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="163" />
            <source>Gathering {t}…</source>
            <translation>Reuniendo los datos de {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="124" />
            <source>Internal: every partner, confidential ones included, with contacts and the engagement log. It can be edited and imported back.</source>
            <translation>Interno: todos los socios, incluidos los confidenciales, con sus datos de contacto y el registro de interacciones. Se puede editar y volver a importar.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="70" />
            <source>One campaign</source>
            <translation>Una campaña</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="91" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="87" />
            <source>Save tracker as</source>
            <translation>Guardar la hoja de seguimiento como</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="131" />
            <source>Shared outside the team: withheld partners are described or counted, never named. It cannot be imported back; the export is recorded in the campaign's History.</source>
            <translation>Compartida fuera del equipo: los socios reservados se describen o se cuentan, nunca se nombran. No se puede volver a importar; la exportación queda anotada en el Historial de la campaña.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="140" />
            <source>The folder {f} does not exist.</source>
            <translation>La carpeta {f} no existe.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="172" />
            <source>The tracker of {t} is ready ({n} rows on {s} sheets).</source>
            <translation>La hoja de seguimiento de {t} está lista ({n} filas en {s} pestañas).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="64" />
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker.</source>
            <translation>El documento de trabajo para compartir y editar en Excel o LibreOffice. Una hoja de seguimiento interna se puede volver a importar con Archivo ▸ Importar una hoja de seguimiento.</translation>
        </message>
        <message>
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker….</source>
            <translation type="vanished">El documento de trabajo para compartir y editar en Excel o LibreOffice. Una hoja de seguimiento interna se puede volver a importar con Archivo ▸ Importar una hoja de seguimiento…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="171" />
            <source>Tracker ready</source>
            <translation>Hoja de seguimiento lista</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="147" />
            <source>all campaigns</source>
            <translation>todas las campañas</translation>
        </message>
    </context>
    <context>
        <name>TrackerImport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="56" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="152" />
            <source>Apply {n} changes</source>
            <translation>Aplicar {n} cambios</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="238" />
            <source>Applying {s}…</source>
            <translation>Aplicando: {s}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="236" />
            <source>Backing up the workspace first…</source>
            <translation>Copia de seguridad previa del espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <location filename="../../ui/dialogs/tracker_import.py" line="137" />
            <source>Cell</source>
            <translation>Celda</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="144" />
            <source>Changes ({n})</source>
            <translation>Cambios ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="180" />
            <source>Excel workbook (*.xlsx);;All files (*)</source>
            <translation>Libro de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="158" />
            <source>Fix the problems in the file and import it again.</source>
            <translation>Corrija los problemas en el archivo e impórtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="180" />
            <location filename="../../ui/dialogs/tracker_import.py" line="191" />
            <location filename="../../ui/dialogs/tracker_import.py" line="217" />
            <location filename="../../ui/dialogs/tracker_import.py" line="259" />
            <source>Import tracker</source>
            <translation>Importar una hoja de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="100" />
            <source>Import tracker — preview</source>
            <translation>Importar una hoja de seguimiento — vista previa</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="249" />
            <source>Imported {f}: {s}.</source>
            <translation>{f} importado: {s}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="260" />
            <source>Importing {f}…</source>
            <translation>Importando {f}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="171" />
            <source>No changes: this tracker matches the workspace.</source>
            <translation>Sin cambios: esta hoja de seguimiento coincide con el espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Old</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="137" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="145" />
            <source>Problems ({n})</source>
            <translation>Problemas ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="218" />
            <source>Reading {f}…</source>
            <translation>Leyendo {f}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="172" />
            <source>Ready to import {n} changes ({s}). Check them, then apply.</source>
            <translation>Listo para importar {n} cambios ({s}). Revíselos y luego aplíquelos.</translation>
        </message>
        <message>
            <source>Ready to import: {s}. Check the changes, then apply them.</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Record</source>
            <translation>Ficha</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>What</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="76" />
            <source>delete</source>
            <translation>eliminación</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="74" />
            <source>new row</source>
            <translation>fila nueva</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="192" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation>No se puede importar {f}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="166" />
            <source>{n} problem(s) must be fixed in the file before anything can be imported (the import is all or nothing). Nothing has been changed.</source>
            <translation>Hay que corregir {n} problema(s) en el archivo antes de poder importar nada (la importación es todo o nada). No se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopy</name>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="199" />
            <source>(not on this laptop yet: {id})</source>
            <translation>(aún no está en este portátil: {id})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="145" />
            <source>Asking {server} which campaigns you may carry… Meanwhile, the campaigns already on this laptop are listed.</source>
            <translation>Preguntando a {server} qué campañas puede llevar… Mientras tanto, se muestran las campañas que ya están en este portátil.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="106" />
            <location filename="../../ui/dialogs/travel_copy.py" line="109" />
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="83" />
            <source>Before crossing a border, carry only the campaigns you need, and only what an audience may see. The next sync brings down nothing else, and removes from this laptop (never from the server) what it no longer carries, with its history and its automatic backups.</source>
            <translation>Antes de cruzar una frontera, lleve solo las campañas que necesita, y solo lo que un público puede ver. La próxima sincronización no trae nada más y quita de este portátil (nunca del servidor) lo que ya no lleva, con su historial y sus copias de seguridad automáticas.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="99" />
            <source>Campaigns to carry</source>
            <translation>Campañas que llevar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="78" />
            <source>Carry on this laptop</source>
            <translation>Llevar en este portátil</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="91" />
            <source>Carry only the campaigns ticked below</source>
            <translation>Llevar solo las campañas marcadas abajo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="119" />
            <source>Checking what this laptop keeps and what leaves it…</source>
            <translation>Comprobando qué conserva este portátil y qué sale de él…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="62" />
            <source>Closed audience: withheld partners left out, others not named</source>
            <translation>Público restringido: sin los socios protegidos, los demás sin nombre</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="61" />
            <source>Everything (internal view)</source>
            <translation>Todo (vista interna)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="134" />
            <source>No team server is set for this workspace yet, so only the campaigns already on this laptop are listed. Sync once to choose among all the campaigns the server shows you.</source>
            <translation>Aún no hay un servidor del equipo para este espacio de trabajo, así que solo se muestran las campañas que ya están en este portátil. Sincronice una vez para elegir entre todas las campañas que el servidor le muestra.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="172" />
            <source>Offline: {server} could not be reached ({why}). Only the campaigns already on this laptop are listed; your choice is kept all the same.</source>
            <translation>Sin conexión: no se pudo contactar con {server} ({why}). Solo se muestran las campañas que ya están en este portátil; su elección se conserva igualmente.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="63" />
            <source>Public audience: only what may be published</source>
            <translation>Público general: solo lo que puede publicarse</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="124" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="163" />
            <source>The campaigns {server} shows you, including those not on this laptop yet: the next sync brings down the ones you tick.</source>
            <translation>Las campañas que {server} le muestra, incluidas las que aún no están en este portátil: la próxima sincronización trae las que marque.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="231" />
            <source>Tick at least one campaign, or untick “Carry only”.</source>
            <translation>Marque al menos una campaña, o desmarque «Llevar solo».</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="113" />
            <source>Unticked, the laptop carries every campaign the server shows you. Edits not yet synced must be synced first.</source>
            <translation>Sin marcar, el portátil lleva todas las campañas que el servidor le muestra. Los cambios no sincronizados deben sincronizarse antes.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="82" />
            <source>What this laptop carries</source>
            <translation>Lo que lleva este portátil</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="194" />
            <source>{name} (new on this laptop: the next sync sends it)</source>
            <translation>{name} (nueva en este portátil: la próxima sincronización la envía)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="200" />
            <source>{name} (the server no longer shows it to you)</source>
            <translation>{name} (el servidor ya no se la muestra)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../ui/undo_commands.py" line="104" />
            <source>Not undone or redone: “{what}”. {why}</source>
            <translation>No se deshizo ni rehízo: «{what}». {why}</translation>
        </message>
        <message>
            <location filename="../../ui/undo_commands.py" line="96" />
            <source>{fact}. Their change is kept.</source>
            <translation>{fact}. Se conserva su cambio.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message numerus="yes">
            <location filename="../../ui/display.py" line="216" />
            <source>%n days ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Abstain</source>
            <translation>Abstención</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Academic</source>
            <translation>Académico</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Achieved</source>
            <translation>Logrado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Allied with</source>
            <translation>Aliado con</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Ally</source>
            <translation>Aliado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <source>Anniversary</source>
            <translation>Conmemoración</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Briefing</source>
            <translation>Sesión informativa</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Champion</source>
            <translation>Defensor</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="185" />
            <source>Confidential — internal</source>
            <translation>Confidencial — interno</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Confidential — only in Internal documents: never leaves the team</source>
            <translation>Confidencial — solo en documentos internos: nunca sale del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="160" />
            <source>Considerable</source>
            <translation>Considerable</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Deadline</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="162" />
            <source>Decisive</source>
            <translation>Decisiva</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Donor</source>
            <translation>Donante</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Dropped</source>
            <translation>Abandonado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Endorsement</source>
            <translation>Respaldo</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="170" />
            <source>Engaged</source>
            <translation>Comprometido</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Faith-based</source>
            <translation>Confesional</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Government</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Hearing</source>
            <translation>Audiencia</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="161" />
            <location filename="../../ui/display.py" line="176" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Human rights</source>
            <translation>Derechos humanos</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Humanitarian</source>
            <translation>Humanitario</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Influences</source>
            <translation>Influye en</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <source>Internal</source>
            <translation>Interno</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Internal — in Internal and Restricted distribution documents, never in Public ones</source>
            <translation>Interno — en documentos internos y de distribución restringida, nunca en los públicos</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="171" />
            <source>Invested</source>
            <translation>Muy implicado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Legal</source>
            <translation>Jurídico</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Local civil society</source>
            <translation>Sociedad civil local</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="168" />
            <location filename="../../ui/display.py" line="178" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="158" />
            <source>Marginal</source>
            <translation>Marginal</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Media</source>
            <translation>Medios</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Medical</source>
            <translation>Médico</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="177" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Member of</source>
            <translation>Miembro de</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Member state</source>
            <translation>Estado miembro</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Missed</source>
            <translation>No cumplido</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="169" />
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Opponent</source>
            <translation>Oponente</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Opposed</source>
            <translation>En contra</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Opposes</source>
            <translation>Se opone a</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="62" />
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="62" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Planning</source>
            <translation>En preparación</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Progressing</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <location filename="../../ui/display.py" line="187" />
            <source>Public</source>
            <translation>Público</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Public — may appear in documents for every audience</source>
            <translation>Público — puede aparecer en documentos para todas las audiencias</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Regional body</source>
            <translation>Organismo regional</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <location filename="../../ui/display.py" line="186" />
            <source>Restricted distribution</source>
            <translation>Distribución restringida</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Sceptical</source>
            <translation>Escéptico</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="159" />
            <source>Some</source>
            <translation>Limitada</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Statement</source>
            <translation>Declaración</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Student</source>
            <translation>Estudiantil</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Summit</source>
            <translation>Cumbre</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Supportive</source>
            <translation>A favor</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Target</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Think tank</source>
            <translation>Centro de estudios</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>UN entity</source>
            <translation>Entidad de la ONU</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>UN meeting</source>
            <translation>Reunión de la ONU</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="167" />
            <source>Unaware</source>
            <translation>Sin conocimiento</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Voice</source>
            <translation>Voz</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Vote</source>
            <translation>Votación</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Women's group</source>
            <translation>Grupo de mujeres</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Works at</source>
            <translation>Trabaja en</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Youth group</source>
            <translation>Grupo juvenil</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>anyone</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>anyone: no confidential or internal partner; names only with consent to be named publicly</source>
            <translation>cualquiera: ningún socio confidencial o interno; nombres solo con consentimiento para ser nombrado públicamente</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>closed-door briefings with diplomats and UN officials</source>
            <translation>reuniones a puerta cerrada con diplomáticos y funcionarios de la ONU</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>closed-door briefings with diplomats and UN officials: no confidential partner; others named only with their consent, otherwise described</source>
            <translation>reuniones a puerta cerrada con diplomáticos y funcionarios de la ONU: ningún socio confidencial; los demás nombrados solo con su consentimiento, si no descritos</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/display.py" line="215" />
            <source>in %n days</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>the team only</source>
            <translation>solo el equipo</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>the team only: everything, confidential partners, contacts and the engagement log included</source>
            <translation>solo el equipo: todo, con socios confidenciales, contactos y registro de interacciones</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="209" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="211" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="213" />
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../ui/welcome.py" line="75" />
            <source>A workspace file anywhere, e.g. on a USB stick.</source>
            <translation>Un espacio de trabajo en cualquier lugar, p. ej. en una memoria USB.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="71" />
            <source>New workspace…</source>
            <translation>Nuevo espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="65" />
            <source>Open the demo workspace</source>
            <translation>Abrir el espacio de demostración</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="74" />
            <source>Open workspace…</source>
            <translation>Abrir espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="54" />
            <source>Plan campaigns around the moments that matter, keep track of who stands where, and log every engagement. Everything stays on this computer.</source>
            <translation>Planifique campañas en torno a los momentos que importan, siga quién está dónde y registre cada interacción. Todo se queda en este ordenador.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="71" />
            <source>Start with an empty workspace file.</source>
            <translation>Empezar con un espacio de trabajo vacío.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="66" />
            <source>Three example campaigns to explore; nothing you do there matters.</source>
            <translation>Tres campañas de ejemplo para explorar; nada de lo que haga allí importa.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="51" />
            <source>Welcome to Campaign Planner</source>
            <translation>Bienvenido a Campaign Planner</translation>
        </message>
    </context>
    <context>
        <name>WhipCount</name>
        <message>
            <location filename="../../ui/views/whip_count.py" line="166" />
            <source>({absent} not voting)</source>
            <translation>({absent} no participan en la votación)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="160" />
            <source>1 abstention</source>
            <translation>1 abstención</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="605" />
            <source>&lt;b&gt;Results entered:&lt;/b&gt; {n} of {total} (the others count as absent)</source>
            <translation>&lt;b&gt;Resultados introducidos:&lt;/b&gt; {n} de {total} (los demás cuentan como ausentes)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="373" />
            <source>A vote whose title or location names the Security Council (or a Council document symbol, which starts with S/) is counted as a Council vote; any other vote as a General Assembly vote.</source>
            <translation>Una votación cuyo título o lugar menciona el Consejo de Seguridad (o la signatura de un documento del Consejo, que empieza por S/) se cuenta como votación del Consejo; cualquier otra, como votación de la Asamblea General.</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="66" />
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="65" />
            <source>Abstain</source>
            <translation>Abstención</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="264" />
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="168" />
            <location filename="../../ui/views/whip_count.py" line="537" />
            <source>Adopted</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="72" />
            <source>African</source>
            <translation>África</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="466" />
            <source>All members</source>
            <translation>Todos los miembros</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="341" />
            <source>All positions</source>
            <translation>Todas las posiciones</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="470" />
            <source>All regional groups</source>
            <translation>Todos los grupos regionales</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="73" />
            <source>Asia-Pacific</source>
            <translation>Asia-Pacífico</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="265" />
            <source>Assigned to</source>
            <translation>Asignado a</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="428" />
            <location filename="../../ui/views/whip_count.py" line="479" />
            <source>By regional group</source>
            <translation>Por grupo regional</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="479" />
            <source>By seat</source>
            <translation>Por puesto</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="263" />
            <source>Conf.</source>
            <translation>Conf.</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="192" />
            <source>Dashed line: the {n} votes in favour a Council resolution needs</source>
            <translation>Línea discontinua: los {n} votos a favor que necesita una resolución del Consejo</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="74" />
            <source>Eastern European</source>
            <translation>Europa oriental</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="77" />
            <source>Elected members</source>
            <translation>Miembros electos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="262" />
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="346" />
            <source>Expected absent</source>
            <translation>Ausencia esperada</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="345" />
            <source>Expected abstain</source>
            <translation>Abstención esperada</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="344" />
            <source>Expected no</source>
            <translation>No esperado</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="343" />
            <source>Expected yes</source>
            <translation>Sí esperado</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="102" />
            <source>General Assembly: {n} member states; adopted when more vote yes than no (abstentions do not count)</source>
            <translation>Asamblea General: {n} Estados Miembros; se aprueba si hay más síes que noes (las abstenciones no cuentan)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="261" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="64" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="75" />
            <source>No group</source>
            <translation>Sin grupo</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="172" />
            <source>Not adopted: fewer than {required} votes in favour</source>
            <translation>No aprobada: menos de {required} votos a favor</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="170" />
            <source>Not adopted: vetoed by {names}</source>
            <translation>No aprobada: veto de {names}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="266" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="295" />
            <source>Permanent member</source>
            <translation>Miembro permanente</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="76" />
            <source>Permanent members</source>
            <translation>Miembros permanentes</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="139" />
            <location filename="../../ui/views/whip_count.py" line="522" />
            <source>Projected to pass</source>
            <translation>Aprobación prevista</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="383" />
            <source>Projection</source>
            <translation>Proyección</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="537" />
            <source>Rejected</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="384" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="107" />
            <source>Security Council in {year}: {n} members ({permanent} permanent); adopted with at least {required} votes in favour and no permanent member voting against</source>
            <translation>Consejo de Seguridad en {year}: {n} miembros ({permanent} permanentes); se aprueba con al menos {required} votos a favor y sin voto en contra de un miembro permanente</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="529" />
            <source>Short of a majority</source>
            <translation>Sin mayoría</translation>
        </message>
        <message>
            <source>Short of nine votes</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="146" />
            <source>Short of {required} votes</source>
            <translation>Por debajo de {required} votos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="418" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="260" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="112" />
            <source>The elected members of {year} are not in the shipped list: counting the permanent members and the states with a position</source>
            <translation>Los miembros electos de {year} no figuran en la lista incluida: se cuentan los miembros permanentes y los Estados con una posición</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="342" />
            <source>Undecided (unknown)</source>
            <translation>Indecisos (desconocido)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="591" />
            <source>Undecided: {n}</source>
            <translation>Indecisos: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="67" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="128" />
            <source>Veto projected</source>
            <translation>Veto previsto</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="347" />
            <source>Voted otherwise than expected</source>
            <translation>Votó de forma distinta a la esperada</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="360" />
            <source>Whip count</source>
            <translation>Recuento de votos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="63" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="135" />
            <source>and {needed} more yes needed</source>
            <translation>y faltan {needed} síes</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="584" />
            <source>expected → actual</source>
            <translation>esperado → real</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="512" />
            <source>not counted: positions of {names}, not on the Council in {year}</source>
            <translation>no contadas: posiciones de {names} (fuera del Consejo en {year})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="506" />
            <source>projection right for {share} of members called</source>
            <translation>proyección acertada para el {share} de los miembros previstos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="546" />
            <source>projection right for {share} of states called</source>
            <translation>proyección acertada para el {share} de los Estados previstos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="200" />
            <source>{caption}: {yes} yes, {no} no, {abstain} abstain, {absent} absent, {unknown} unknown</source>
            <translation>{caption}: {yes} sí, {no} no, {abstain} abstenciones, {absent} ausentes, {unknown} desconocidos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="148" />
            <source>{figures} — &lt;b&gt;{needed} more yes needed&lt;/b&gt; to pass</source>
            <translation>{figures} — &lt;b&gt;faltan {needed} síes&lt;/b&gt; para aprobarla</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="141" />
            <source>{figures}; {required} needed, no veto expected</source>
            <translation>{figures}; se necesitan {required}, no se espera ningún veto</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="130" />
            <source>{names} expected to vote no ({figures})</source>
            <translation>se espera que {names} vote en contra ({figures})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="160" />
            <source>{n} abstentions</source>
            <translation>{n} abstenciones</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="629" />
            <source>{n} of {total} members</source>
            <translation>{n} de {total} miembros</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="498" />
            <source>{n} of {total} members undecided</source>
            <translation>{n} de {total} miembros indecisos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="629" />
            <source>{n} of {total} states</source>
            <translation>{n} de {total} Estados</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="534" />
            <source>{n} states undecided</source>
            <translation>{n} Estados indecisos</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="600" />
            <source>{n} with nobody assigned</source>
            <translation>{n} sin nadie asignado</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="307" />
            <source>{vote}  ≠ expected</source>
            <translation>{vote}  ≠ esperado</translation>
        </message>
        <message>
            <source>{yes} in favour, {no} against, {abstain} abstentions</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="540" />
            <source>{yes} in favour, {no} against, {abstain} abstentions ({absent} absent)</source>
            <translation>{yes} a favor, {no} en contra, {abstain} abstenciones ({absent} ausentes)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="162" />
            <source>{yes} in favour, {no} against, {abstentions}</source>
            <translation>{yes} a favor, {no} en contra, {abstentions}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="523" />
            <source>{yes} yes against {no} no (margin {margin})</source>
            <translation>{yes} sí frente a {no} no (margen de {margin})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="530" />
            <source>{yes} yes against {no} no — &lt;b&gt;{needed} more yes needed&lt;/b&gt; to pass</source>
            <translation>{yes} sí frente a {no} no — &lt;b&gt;faltan {needed} síes&lt;/b&gt; para aprobarla</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="123" />
            <source>{yes} yes, {no} no, {abstain} abstain</source>
            <translation>{yes} sí, {no} no, {abstain} abstenciones</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceGuard</name>
        <message>
            <location filename="../../ui/workspace_guard.py" line="218" />
            <source>Another Campaign Planner has this workspace open: changes may collide.</source>
            <translation>Otra instancia de Campaign Planner tiene abierto este espacio de trabajo: los cambios pueden entrar en conflicto.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="354" />
            <source>Automatic backup failed: {e}</source>
            <translation>Falló la copia de seguridad automática: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="374" />
            <source>Backup failed</source>
            <translation>Falló la copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="128" />
            <location filename="../../ui/workspace_guard.py" line="157" />
            <source>Cannot open workspace</source>
            <translation>No se puede abrir el espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="261" />
            <source>Checking the workspace for damage…</source>
            <translation>Comprobando si el espacio de trabajo está dañado…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="249" />
            <source>Integrity check</source>
            <translation>Comprobación de integridad</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="186" />
            <source>No good backup was found. Keep the file for recovery.</source>
            <translation>No se encontró ninguna copia en buen estado. Conserve el archivo para recuperarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="200" />
            <location filename="../../ui/workspace_guard.py" line="319" />
            <source>Restore backup</source>
            <translation>Restaurar la copia</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="172" />
            <source>Restore failed</source>
            <translation>Falló la restauración</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="323" />
            <source>Restored the backup from {when}. The damaged file is in the backups folder.</source>
            <translation>Copia del {when} restaurada. El archivo dañado está en la carpeta de copias.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="320" />
            <source>Restoring the backup from {when}…</source>
            <translation>Restaurando la copia del {when}…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="113" />
            <source>That workspace is already open.</source>
            <translation>Ese espacio de trabajo ya está abierto.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="375" />
            <source>The backup on closing failed: {e}
Your data is saved in {p}.</source>
            <translation>Falló la copia de seguridad al cerrar: {e}
Sus datos están guardados en {p}.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="295" />
            <source>The integrity check could not run: {e}</source>
            <translation>No se pudo realizar la comprobación de integridad: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="194" />
            <source>The newest good backup is from {when}. Restore it? The damaged file is kept in the backups folder, untouched.</source>
            <translation>La copia en buen estado más reciente es del {when}. ¿Restaurarla? El archivo dañado se conserva intacto en la carpeta de copias.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="180" />
            <source>Workspace damaged</source>
            <translation>Espacio de trabajo dañado</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="95" />
            <source>Workspace in use</source>
            <translation>Espacio de trabajo en uso</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="182" />
            <source>{name} is damaged and cannot be opened safely.</source>
            <translation>{name} está dañado y no se puede abrir con seguridad.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="306" />
            <source>{name} was closed because it is damaged; the file was left as it is.</source>
            <translation>{name} se cerró porque está dañado; el archivo se dejó tal cual.</translation>
        </message>
    </context>
</TS>
