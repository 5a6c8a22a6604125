<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AddMoments</name>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="160" />
            <source>(already added)</source>
            <translation>(أُضيفت سابقاً)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="72" />
            <source>(typical; confirm)</source>
            <translation>(معتاد، يلزم التأكيد)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="70" />
            <source>, {n} days</source>
            <translation>، {n} أيام</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <source>Add 1 moment</source>
            <translation>إضافة مناسبة واحدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="89" />
            <location filename="../../ui/dialogs/add_moments.py" line="124" />
            <source>Add moments</source>
            <translation>إضافة مناسبات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="94" />
            <source>Add moments from the library</source>
            <translation>إضافة مناسبات من المكتبة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="207" />
            <location filename="../../ui/dialogs/add_moments.py" line="189" />
            <source>Add {n} moments</source>
            <translation>إضافة المناسبات ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="109" />
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Moment</source>
            <translation>المناسبة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="95" />
            <source>Recurring UN sessions and international days. Tick the ones this campaign plans around: each becomes a milestone on its date in the chosen year.</source>
            <translation>دورات الأمم المتحدة المتكررة والأيام الدولية. حدّد ما تبني عليه هذه الحملة خطتها: تصبح كل مناسبة محطةً في تاريخها من السنة المختارة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="113" />
            <source>Rule</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="110" />
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>fifth {weekday} of {month}</source>
            <translation>خامس {weekday} من {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>first {weekday} of {month}</source>
            <translation>أول {weekday} من {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="66" />
            <source>first {weekday} on or after {day} {month}</source>
            <translation>أول {weekday} في {day} {month} أو بعده</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>fourth {weekday} of {month}</source>
            <translation>رابع {weekday} من {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>last {weekday} of {month}</source>
            <translation>آخر {weekday} من {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>second {weekday} of {month}</source>
            <translation>ثاني {weekday} من {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="64" />
            <source>third {weekday} of {month}</source>
            <translation>ثالث {weekday} من {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="58" />
            <source>{day} {month}</source>
            <translation>يوم {day} {month}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="192" />
            <source>≈ marks typical dates to confirm each year. Ctrl+Z removes what was added.</source>
            <translation>تشير ≈ إلى تواريخ معتادة يجب تأكيدها كل سنة. يزيل Ctrl+Z ما أُضيف.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/add_moments.py" line="157" />
            <source>≈ typical dates: confirm each year</source>
            <translation>≈ تواريخ معتادة: أكِّدها كل سنة</translation>
        </message>
    </context>
    <context>
        <name>BriefDialog</name>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="201" />
            <source>1 page</source>
            <translation>صفحة واحدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="214" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="79" />
            <location filename="../../ui/dialogs/brief_dialog.py" line="231" />
            <source>Advocacy brief</source>
            <translation>إيجاز المناصرة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="83" />
            <source>Asks first, why now, voices from the ground, who stands where and what is next. Partners are named only as far as the audience allows.</source>
            <translation>المطالب أولاً، ثم لماذا الآن، وأصوات من الميدان، ومواقف الأطراف، والخطوات التالية. لا يُذكر الشركاء بأسمائهم إلا بالقدر الذي يسمح به الجمهور.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="96" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="105" />
            <source>Branding: {org}, {logo}.</source>
            <translation>الهوية: {org}، {logo}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="204" />
            <source>Brief ready</source>
            <translation>الإيجاز جاهز</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="95" />
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="149" />
            <source>Choose where to save the brief.</source>
            <translation>اختر مكان حفظ الإيجاز.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="231" />
            <source>Create a campaign first: a brief is about one.</source>
            <translation>أنشئ حملة أولاً: يتناول الإيجاز حملةً بعينها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <source>Full brief</source>
            <translation>الموجز الكامل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="110" />
            <source>Generate brief</source>
            <translation>إنشاء الإيجاز</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="137" />
            <source>Internal: names every partner, confidential ones included, with contacts. Keep it inside the team.</source>
            <translation>داخلي: يذكر جميع الشركاء بأسمائهم، بمن فيهم السريّون، مع بيانات الاتصال. احتفظ به داخل الفريق.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="98" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="90" />
            <source>One-pager</source>
            <translation>موجز من صفحة واحدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="93" />
            <source>PDF document (*.pdf)</source>
            <translation>مستند PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="99" />
            <source>Paper</source>
            <translation>الورق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="215" />
            <source>Preparing the brief of {c}…</source>
            <translation>جارٍ إعداد إيجاز {c}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="82" />
            <source>Print-ready PDF brief</source>
            <translation>إيجاز PDF جاهز للطباعة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="100" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="93" />
            <source>Save brief as</source>
            <translation>حفظ الإيجاز باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="97" />
            <source>Template</source>
            <translation>القالب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="205" />
            <source>The brief of {c} is ready ({pages}).</source>
            <translation>إيجاز {c} جاهز ({pages}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="149" />
            <source>The folder {f} does not exist.</source>
            <translation>المجلد ‎{f}‎ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="92" />
            <source>US Letter</source>
            <translation>مقاس الرسالة الأمريكي</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="106" />
            <source>no organisation name</source>
            <translation>دون اسم منظمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="107" />
            <source>the neutral logo</source>
            <translation>الشعار المحايد</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/brief_dialog.py" line="201" />
            <source>{n} pages</source>
            <translation>عدد الصفحات: {n}</translation>
        </message>
    </context>
    <context>
        <name>BundleExport</name>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="75" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="55" />
            <source>Bundle (.json)</source>
            <translation>حزمة (.json)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="143" />
            <source>Bundle ready</source>
            <translation>الحزمة جاهزة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="64" />
            <source>Campaign Planner bundle (*.json)</source>
            <translation>حزمة Campaign Planner ‏(*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="74" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="108" />
            <source>Choose where to save the bundle.</source>
            <translation>اختر مكان حفظ الحزمة.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="63" />
            <source>Everything in the workspace</source>
            <translation>كل ما في مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="80" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="153" />
            <location filename="../../ui/dialogs/bundle_export.py" line="52" />
            <source>Export bundle</source>
            <translation>تصدير حزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="154" />
            <source>Exporting {t}…</source>
            <translation>جارٍ تصدير {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="98" />
            <source>For another organisation: only what this audience may see; withheld partners are left out or described.</source>
            <translation>لمنظمة أخرى: فقط ما يجوز لهذا الجمهور رؤيته؛ الشركاء المحجوبون يُحذفون أو يوصفون.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="91" />
            <source>Internal: the full copy, confidential partners, contacts and the engagement log included. Only for the team's own laptops.</source>
            <translation>داخلي: النسخة الكاملة، بما فيها الشركاء السريّون وجهات الاتصال وسجل التواصل. لأجهزة الفريق فقط.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="72" />
            <source>Optional: encrypts the bundle</source>
            <translation>اختياري: يشفّر الحزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="68" />
            <location filename="../../ui/dialogs/bundle_export.py" line="77" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="70" />
            <source>Required: the workspace is encrypted</source>
            <translation>مطلوبة: مساحة العمل مشفّرة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="76" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="64" />
            <source>Save bundle as</source>
            <translation>حفظ الحزمة باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="144" />
            <source>The bundle of {t} is ready ({n} records).</source>
            <translation>حزمة {t} جاهزة ({n} سجلًا).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="109" />
            <source>The folder {f} does not exist.</source>
            <translation>المجلد {f} غير موجود.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="114" />
            <source>The workspace is encrypted: give the bundle a passphrase.</source>
            <translation>مساحة العمل مشفّرة: أعطِ الحزمة عبارة مرور.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_export.py" line="56" />
            <source>To share a campaign with another organisation or carry it to another laptop. A bundle for an outside audience carries only what that audience may see; an internal bundle is the full copy.</source>
            <translation>لمشاركة حملة مع منظمة أخرى أو نقلها إلى حاسوب آخر. الحزمة لجمهور خارجي تحمل فقط ما يجوز له رؤيته؛ والحزمة الداخلية هي النسخة الكاملة.</translation>
        </message>
    </context>
    <context>
        <name>BundleImport</name>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="56" />
            <location filename="../../ui/dialogs/bundle_import.py" line="75" />
            <source>Bundle imported</source>
            <translation>تم استيراد الحزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="156" />
            <source>Campaign Planner bundle (*.json);;All files (*)</source>
            <translation>حزمة Campaign Planner (*.json);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="79" />
            <source>Created {created} · Left as they were {kept}</source>
            <translation>أُنشئ {created} · تُرك كما كان {kept}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="83" />
            <source>Created {created} · Taken from the bundle {updated} · Merged {merged} · Kept as changed here {kept} · Conflicts waiting for review {conflicts}</source>
            <translation>أُنشئ {created} · أُخذ من الحزمة {updated} · دُمج {merged} · أُبقي كما عُدّل هنا {kept} · تعارضات بانتظار المراجعة {conflicts}</translation>
        </message>
        <message>
            <source>Created {created} · Taken from the bundle {updated} · Merged {merged} · Kept as changed here {kept} · Conflicts {conflicts}</source>
            <translation type="vanished">أُنشئ {created} · أُخذ من الحزمة {updated} · دُمج {merged} · أُبقي كما عُدّل هنا {kept} · تعارضات {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="167" />
            <source>Encrypted bundle</source>
            <translation>حزمة مشفّرة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="154" />
            <location filename="../../ui/dialogs/bundle_import.py" line="125" />
            <location filename="../../ui/dialogs/bundle_import.py" line="117" />
            <source>Import bundle</source>
            <translation>استيراد حزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="71" />
            <source>Imported {file} from {sender}. Nothing was left to choose.</source>
            <translation>تم استيراد {file} من {sender}. لم يبقَ شيء للاختيار.</translation>
        </message>
        <message>
            <source>Imported {file} from {sender}. Some fields were changed both here and in the other laptop's bundle: nothing was overwritten for them until you choose.</source>
            <translation type="vanished">تم استيراد {file} من {sender}. عُدّلت بعض الحقول هنا وفي حزمة الحاسوب الآخر: لم يُستبدل شيء منها إلى أن تختار.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="65" />
            <source>Imported {file} from {sender}. Some fields were changed both here and in the other laptop's bundle: they are waiting for your review, and nothing was overwritten for them until you choose.</source>
            <translation>تم استيراد {file} من {sender}. عُدّلت بعض الحقول هنا وفي حزمة الحاسوب الآخر: إنها بانتظار مراجعتك، ولم يُستبدل شيء منها إلى أن تختار.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="60" />
            <source>Imported {file}, a bundle made for an outside audience: it added what was new here and left every record already here as it was.</source>
            <translation>تم استيراد {file}، وهي حزمة معدّة لجمهور خارجي: أضافت ما كان جديدًا هنا وتركت كل سجل موجود كما هو.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="126" />
            <source>Importing {f}…</source>
            <translation>جارٍ استيراد {f}…</translation>
        </message>
        <message>
            <source>Review conflicts…</source>
            <translation type="vanished">مراجعة التعارضات…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="118" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation>لا يمكن استيراد {f}. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/bundle_import.py" line="168" />
            <source>{f} is encrypted. Its passphrase:</source>
            <translation>{f} مشفّر. عبارة المرور الخاصة به:</translation>
        </message>
    </context>
    <context>
        <name>CampaignTabs</name>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="326" />
            <source>Add relationship…</source>
            <translation>إضافة علاقة…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="212" />
            <source>Cannot move</source>
            <translation>تعذّر النقل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="130" />
            <source>Drag a stakeholder (or select one and use the arrow keys) to change stance or influence. Ctrl+Z undoes. Double-click opens the record.</source>
            <translation>اسحب صاحب مصلحة (أو حدّده واستخدم مفاتيح الأسهم) لتغيير موقفه أو تأثيره. يتراجع Ctrl+Z عن التغيير. النقر المزدوج يفتح السجل.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="422" />
            <source>Expected and actual vote of the state</source>
            <translation>التصويت المتوقع والفعلي للدولة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="138" />
            <location filename="../../ui/pages/campaign_tabs.py" line="327" />
            <source>Export PNG…</source>
            <translation>تصدير PNG…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="139" />
            <source>Export SVG…</source>
            <translation>تصدير SVG…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation type="vanished">فشل التصدير</translation>
        </message>
        <message>
            <source>Export power map</source>
            <translation type="vanished">تصدير خريطة القوى</translation>
        </message>
        <message>
            <source>Export relationship map</source>
            <translation type="vanished">تصدير خريطة العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="206" />
            <source>Move {name} on the power map</source>
            <translation>نقل {name} على خريطة القوى</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="294" />
            <source>No recorded change yet.</source>
            <translation>لا تغيير مسجَّل بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="436" />
            <source>No vote in this campaign yet. Add a milestone of kind Vote to count who will vote how: the 193 member states, or the 15 members of the Security Council when its title or location names the Security Council.</source>
            <translation>لا يوجد تصويت في هذه الحملة بعد. أضف محطة من نوع «تصويت» لإحصاء من سيصوّت وكيف: الدول الأعضاء الـ193، أو أعضاء مجلس الأمن الـ15 إذا ذكر عنوانها أو مكانها مجلس الأمن.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="281" />
            <source>Now: {stance} · influence {inf}</source>
            <translation>الآن: {stance} · التأثير {inf}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="255" />
            <source>Open record</source>
            <translation>فتح السجل</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation type="vanished">صورة PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="vanished">صورة PNG (*.png)</translation>
        </message>
        <message>
            <source>SVG image</source>
            <translation type="vanished">صورة SVG</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="vanished">حُفظ ‎{path}‎</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="268" />
            <source>Select a stakeholder on the map to see how they moved.</source>
            <translation>حدّد صاحب مصلحة على الخريطة لترى كيف تغيّر موقفه.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="422" />
            <source>Set position…</source>
            <translation>تحديد الموقف…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="247" />
            <source>Stance history</source>
            <translation>تطوّر الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="138" />
            <source>The whole map as an image</source>
            <translation>الخريطة كاملة صورةً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="139" />
            <source>Vector, sharp in slides and reports</source>
            <translation>رسم متجهي، واضح في العروض والتقارير</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="418" />
            <source>Vote</source>
            <translation>التصويت</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="424" />
            <source>Vote:</source>
            <translation>التصويت:</translation>
        </message>
        <message>
            <source>Who can get us to this target? Pick From and To, then Show paths.</source>
            <translation type="vanished">من يمكنه إيصالنا إلى هذه الجهة المستهدفة؟ اختر «من» و«إلى»، ثم «إظهار المسارات».</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="318" />
            <source>Who can get us to this target? Pick From and To, then Show paths. Right-click a stakeholder or a link to add, edit or remove relationships.</source>
            <translation>من يمكنه إيصالنا إلى هذه الجهة المستهدفة؟ اختر «من» و«إلى»، ثم «إظهار المسارات». انقر بالزر الأيمن على صاحب مصلحة أو على صلة لإضافة علاقات أو تعديلها أو إزالتها.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="287" />
            <source>recorded</source>
            <translation>مسجَّل</translation>
        </message>
    </context>
    <context>
        <name>CampaignWorkspace</name>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="231" />
            <source>Add ask</source>
            <translation>إضافة مطلب</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="518" />
            <source>Add quote</source>
            <translation>إضافة اقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="401" />
            <source>Add someone</source>
            <translation>إضافة طرف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="230" />
            <source>Asks</source>
            <translation>المطالب</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Closed briefings</source>
            <translation>الإحاطات المغلقة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="339" />
            <source>Confidential: never leaves the team</source>
            <translation>سري: لا يخرج أبداً من الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="250" />
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="99" />
            <source>Edit campaign…</source>
            <translation>تعديل الحملة…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="399" />
            <source>Edit position…</source>
            <translation>تعديل الدور والموقف…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="560" />
            <source>Engagement log</source>
            <translation>سجل التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="395" />
            <source>History</source>
            <translation>سجل التعديلات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="157" />
            <source>Lead: {lead}</source>
            <translation>المسؤول: {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="101" />
            <source>Log engagement</source>
            <translation>تسجيل تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="559" />
            <source>Milestones</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="235" />
            <source>No asks yet. What do you want decision-makers to do? Add an ask.</source>
            <translation>لا توجد مطالب بعد. ماذا تريد من صانعي القرار أن يفعلوا؟ أضف مطلباً.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="214" />
            <source>No objective yet: edit the campaign to add one.</source>
            <translation>لا يوجد هدف بعد: عدّل الحملة لإضافته.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="219" />
            <source>No strategy yet.</source>
            <translation>لا توجد استراتيجية بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="530" />
            <source>No voices yet. Add what affected people and local partners say, in their words.</source>
            <translation>لا توجد أصوات بعد. أضف ما يقوله المتضررون والشركاء المحليون، بكلماتهم.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="419" />
            <source>Nobody in this campaign yet. Click Add someone to map who matters.</source>
            <translation>لا أحد في هذه الحملة بعد. انقر «إضافة طرف» لرسم خريطة الجهات المؤثرة.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="213" />
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="224" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="557" />
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="558" />
            <source>People</source>
            <translation>الأطراف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="499" />
            <source>Power map</source>
            <translation>خريطة القوى</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Public</source>
            <translation>علني</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="500" />
            <source>Relationships</source>
            <translation>العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="397" />
            <location filename="../../ui/pages/campaign_workspace.py" line="468" />
            <source>Remove from campaign</source>
            <translation>إزالة من الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="502" />
            <location filename="../../ui/pages/campaign_workspace.py" line="219" />
            <source>Strategy</source>
            <translation>الاستراتيجية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="507" />
            <source>Team only</source>
            <translation>الفريق فقط</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="144" />
            <source>This campaign was deleted (Ctrl+Z brings it back)</source>
            <translation>حُذفت هذه الحملة (يعيدها Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="501" />
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="561" />
            <location filename="../../ui/pages/sign_ons_tab.py" line="244" />
            <source>Voices</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_tabs.py" line="503" />
            <source>Votes</source>
            <translation>التصويت</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="207" />
            <source>overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="204" />
            <source>people in play</source>
            <translation>أطراف معنيّة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="153" />
            <source>since {d}</source>
            <translation>منذ {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="205" />
            <source>supportive or champions</source>
            <translation>مؤيدون أو مناصرون</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="155" />
            <source>until {d}</source>
            <translation>حتى {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="206" />
            <source>upcoming moments</source>
            <translation>مناسبات قادمة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="437" />
            <source>{n} people and organisations</source>
            <translation>الأفراد والمنظمات: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="541" />
            <source>{n} quotes</source>
            <translation>الاقتباسات: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="147" />
            <source>{p} priority</source>
            <translation>الأولوية: ‎{p}‎</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="85" />
            <source>‹ All campaigns</source>
            <translation>› كل الحملات</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../ui/pages/base.py" line="167" />
            <location filename="../../ui/pages/campaigns.py" line="20" />
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="378" />
            <location filename="../../ui/pages/stakeholders.py" line="67" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="31" />
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="21" />
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="379" />
            <location filename="../../ui/pages/stakeholders.py" line="68" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="502" />
            <location filename="../../ui/pages/engagements.py" line="30" />
            <location filename="../../ui/pages/milestones.py" line="33" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="80" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="38" />
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="182" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="44" />
            <source>Follow up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="347" />
            <source>Influence</source>
            <translation>التأثير</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="362" />
            <source>Interest</source>
            <translation>الاهتمام</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="35" />
            <location filename="../../ui/pages/stakeholders.py" line="66" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="501" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="370" />
            <source>Last contact</source>
            <translation>آخر تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="39" />
            <source>Lead</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="78" />
            <source>Local / women-led</source>
            <translation>محلية / بقيادة نسائية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="43" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="503" />
            <source>May be named</source>
            <translation>يجوز ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="34" />
            <source>Milestone</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="333" />
            <location filename="../../ui/pages/stakeholders.py" line="54" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="79" />
            <source>Name consent</source>
            <translation>الموافقة على ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="185" />
            <source>New</source>
            <translation>الجديد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="377" />
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="184" />
            <source>Old</source>
            <translation>القديم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="56" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="369" />
            <location filename="../../ui/pages/milestones.py" line="44" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="43" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="81" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="30" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="486" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="179" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="346" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="57" />
            <location filename="../../ui/pages/stakeholders.py" line="69" />
            <source>Sensitivity</source>
            <translation>درجة الحساسية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="495" />
            <source>Speaker</source>
            <translation>المتحدث</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="354" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="37" />
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="22" />
            <location filename="../../ui/pages/milestones.py" line="36" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="32" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="40" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="77" />
            <source>Title</source>
            <translation>المسمّى</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaign_workspace.py" line="494" />
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="177" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="178" />
            <source>Who</source>
            <translation>من</translation>
        </message>
    </context>
    <context>
        <name>ExportCalendar</name>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="47" />
            <source>All campaigns</source>
            <translation>كل الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="50" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="94" />
            <source>Calendar export failed</source>
            <translation>فشل تصدير التقويم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="89" />
            <source>Calendar exported</source>
            <translation>صُدِّر التقويم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="40" />
            <source>Calendar file (.ics)</source>
            <translation>ملف تقويم (‎.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="54" />
            <source>Choose file…</source>
            <translation>اختيار ملف…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="114" />
            <location filename="../../ui/dialogs/export_calendar.py" line="36" />
            <source>Export calendar</source>
            <translation>تصدير التقويم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="41" />
            <source>Milestones as all-day events in an .ics file (Outlook, Google Calendar, Apple Calendar). Importing a newer export updates the events.</source>
            <translation>المحطات كأحداث تمتد طوال اليوم في ملف ‎.ics (Outlook وGoogle Calendar وApple Calendar). استيراد تصدير أحدث يحدّث الأحداث.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="49" />
            <source>Milestones of</source>
            <translation>محطات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="116" />
            <source>iCalendar file (*.ics)</source>
            <translation>ملف iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/export_calendar.py" line="88" />
            <source>{n} milestones written to {name}.</source>
            <translation>كُتبت المحطات ({n}) في ‎{name}‎.</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <location filename="../../ui/dialogs/audience_choice.py" line="63" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <source>Internal — the team only: everything, including confidential partners</source>
            <translation type="vanished">داخلي — للفريق فقط: كل شيء، بمن في ذلك الشركاء السريّون</translation>
        </message>
        <message>
            <source>Public — anyone: only what partners agreed to make public</source>
            <translation type="vanished">علني — للجميع: فقط ما وافق الشركاء على نشره</translation>
        </message>
        <message>
            <source>Restricted — closed-door briefings: partners named only with consent</source>
            <translation type="vanished">محدود التوزيع — إحاطات مغلقة: لا يُذكر الشركاء بأسمائهم إلا بموافقتهم</translation>
        </message>
    </context>
    <context>
        <name>FileWritten</name>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="40" />
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/file_written.py" line="41" />
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../ui/first_run.py" line="45" />
            <source>DEMO WORKSPACE · sample data, explore freely</source>
            <translation>مساحة عمل تجريبية · بيانات نموذجية، استكشفها بحرية</translation>
        </message>
        <message>
            <location filename="../../ui/first_run.py" line="47" />
            <source>This is the demo workspace</source>
            <translation>هذه مساحة العمل التجريبية</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../ui/forms/ask.py" line="26" />
            <source>Achieved on</source>
            <translation>تاريخ التحقيق</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="52" />
            <source>Actual vote</source>
            <translation>التصويت الفعلي</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="383" />
            <source>Add a participant: type a name…</source>
            <translation>أضف مشاركاً: اكتب اسماً…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="66" />
            <source>Add a signatory to {title}</source>
            <translation>إضافة موقّع إلى {title}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>Add ask</source>
            <translation>إضافة مطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="91" />
            <source>Add member state</source>
            <translation>إضافة دولة عضو</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="44" />
            <source>Add milestone</source>
            <translation>إضافة محطة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="35" />
            <source>Add quote</source>
            <translation>إضافة اقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="119" />
            <source>Add relationship</source>
            <translation>إضافة علاقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="45" />
            <source>Add sign-on</source>
            <translation>إضافة توقيع مشترك</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="64" />
            <source>Add signatory</source>
            <translation>إضافة موقّع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="65" />
            <source>Add someone to the campaign</source>
            <translation>إضافة طرف إلى الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="107" />
            <source>Add stakeholder</source>
            <translation>إضافة صاحب مصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="51" />
            <source>Add to campaign</source>
            <translation>إضافة إلى الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="59" />
            <source>As they agreed in general</source>
            <translation>حسب موافقتهم العامة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="22" />
            <source>Ask</source>
            <translation>المطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="29" />
            <location filename="../../ui/forms/milestone.py" line="30" />
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="82" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="65" />
            <source>Change vote of {state}</source>
            <translation>تغيير تصويت {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="21" />
            <source>Change {field}</source>
            <translation>تغيير {field}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="215" />
            <source>Changed by someone else</source>
            <translation>غيّره شخص آخر</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="33" />
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="106" />
            <source>Choose how they are linked…</source>
            <translation>اختر نوع الصلة…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="218" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>Comma-separated</source>
            <translation>مفصولة بفواصل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="47" />
            <source>Confidence</source>
            <translation>درجة الثقة</translation>
        </message>
        <message>
            <source>Confidential — never leaves the team</source>
            <translation type="vanished">سري — لا يخرج أبداً عن الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="30" />
            <location filename="../../ui/forms/stakeholder.py" line="96" />
            <source>Consent to be named</source>
            <translation>الموافقة على ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="21" />
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="83" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="21" />
            <source>Country or theme</source>
            <translation>البلد أو الموضوع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="33" />
            <source>Create campaign</source>
            <translation>إنشاء الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="32" />
            <location filename="../../ui/forms/milestone.py" line="34" />
            <location filename="../../ui/forms/quote.py" line="27" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="39" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>Edit ask</source>
            <translation>تعديل المطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>Edit campaign</source>
            <translation>تعديل الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="50" />
            <source>Edit engagement</source>
            <translation>تعديل التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="42" />
            <source>Edit milestone</source>
            <translation>تعديل المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="65" />
            <source>Edit position</source>
            <translation>تعديل الدور والموقف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="34" />
            <source>Edit quote</source>
            <translation>تعديل الاقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="131" />
            <source>Edit relationship</source>
            <translation>تعديل العلاقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="44" />
            <source>Edit sign-on</source>
            <translation>تعديل التوقيع المشترك</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="105" />
            <source>Edit stakeholder</source>
            <translation>تعديل صاحب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/common.py" line="22" />
            <source>Edit {noun}</source>
            <translation>تعديل {noun}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="85" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="27" />
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="21" />
            <source>Endorsement of an ask</source>
            <translation>تأييد مطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Ends</source>
            <translation>ينتهي</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="42" />
            <source>Expected vote</source>
            <translation>التصويت المتوقع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="38" />
            <source>Follow up on</source>
            <translation>المتابعة في</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="144" />
            <source>Form error</source>
            <translation>خطأ في النموذج</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="109" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>How you will get there</source>
            <translation>كيف ستحقق ذلك</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="23" />
            <source>In the speaker's own words</source>
            <translation>بكلمات المتحدث نفسه</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="33" />
            <source>Influence</source>
            <translation>التأثير</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Influences</source>
            <translation>يؤثر في</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="39" />
            <source>Interest</source>
            <translation>الاهتمام</translation>
        </message>
        <message>
            <source>Internal — team and closed briefings</source>
            <translation type="vanished">داخلي — للفريق والإحاطات المغلقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Is a member of</source>
            <translation>عضو في</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Is allied with</source>
            <translation>متحالف مع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="19" />
            <source>Joint letter</source>
            <translation>رسالة مشتركة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="20" />
            <source>Joint statement</source>
            <translation>بيان مشترك</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="33" />
            <location filename="../../ui/forms/sign_on.py" line="38" />
            <location filename="../../ui/forms/stakeholder.py" line="75" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="84" />
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Lead</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="110" />
            <location filename="../../ui/forms/sign_on.py" line="42" />
            <source>Link</source>
            <translation>الصلة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="87" />
            <source>Local actor (from the affected community)</source>
            <translation>جهة فاعلة محلية (من المجتمع المتضرر)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="50" />
            <source>Log an engagement</source>
            <translation>تسجيل تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>Log engagement</source>
            <translation>تسجيل تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="53" />
            <source>Log it</source>
            <translation>تسجيل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="58" />
            <source>May be named</source>
            <translation>يجوز ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>May be named in closed-door briefings</source>
            <translation>يجوز ذكر اسمه في الإحاطات المغلقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>May be named publicly</source>
            <translation>يجوز ذكر اسمه علناً</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="20" />
            <location filename="../../ui/forms/stakeholder.py" line="74" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>New ask</source>
            <translation>مطلب جديد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="31" />
            <source>New campaign</source>
            <translation>حملة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="42" />
            <source>New milestone</source>
            <translation>محطة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="34" />
            <source>New quote</source>
            <translation>اقتباس جديد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="131" />
            <source>New relationship</source>
            <translation>علاقة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="44" />
            <source>New sign-on</source>
            <translation>توقيع مشترك جديد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="105" />
            <source>New stakeholder</source>
            <translation>صاحب مصلحة جديد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="43" />
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="39" />
            <source>No ask</source>
            <translation>بلا مطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="216" />
            <source>No date</source>
            <translation>بلا تاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="39" />
            <source>No follow-up</source>
            <translation>لا متابعة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="97" />
            <source>Not to be named outside the team</source>
            <translation>لا يُذكر اسمه خارج الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="53" />
            <source>Not voted yet</source>
            <translation>لم يصوّت بعد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="112" />
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="99" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="296" />
            <source>Nothing was saved.</source>
            <translation>لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Opposes</source>
            <translation>يعارض</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <location filename="../../ui/forms/quote.py" line="26" />
            <location filename="../../ui/forms/sign_on.py" line="41" />
            <source>Optional</source>
            <translation>اختياري</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="112" />
            <source>Optional: how they know each other, how close</source>
            <translation>اختياري: كيف يعرف أحدهما الآخر، ومدى قربهما</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="42" />
            <source>Optional: where it is published</source>
            <translation>اختياري: مكان النشر</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="78" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="35" />
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="219" />
            <source>Overwrite</source>
            <translation>استبدال</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="38" />
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="34" />
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="74" />
            <source>Person or organisation</source>
            <translation>فرد أو منظمة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="86" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="188" />
            <source>Pick both stakeholders and how they are linked.</source>
            <translation>اختر صاحبَي المصلحة ونوع الصلة بينهما.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="387" />
            <source>Press Delete to remove the selected participant</source>
            <translation>اضغط مفتاح الحذف لإزالة المشارك المحدد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="25" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Public — may appear in any document</source>
            <translation type="vanished">علني — يجوز أن يظهر في أي وثيقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="23" />
            <source>Quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="217" />
            <source>Reload</source>
            <translation>إعادة التحميل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="240" />
            <source>Reloaded: these are the values saved by your colleague.</source>
            <translation>أُعيد التحميل: هذه هي القيم التي حفظها زميلك.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="231" />
            <source>Remove relationship</source>
            <translation>إزالة العلاقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="388" />
            <source>Remove selected</source>
            <translation>إزالة المحدد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="30" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="35" />
            <source>Same day</source>
            <translation>اليوم نفسه</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="152" />
            <location filename="../../ui/forms/interaction.py" line="53" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="41" />
            <location filename="../../ui/forms/stakeholder.py" line="91" />
            <source>Sensitivity</source>
            <translation>درجة الحساسية</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="40" />
            <source>Sent or published on</source>
            <translation>تاريخ الإرسال أو النشر</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="78" />
            <location filename="../../ui/forms/vote_position.py" line="63" />
            <source>Set vote of {state}</source>
            <translation>تحديد تصويت {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="54" />
            <source>Signatory</source>
            <translation>الموقّع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="55" />
            <source>Signed on</source>
            <translation>تاريخ التوقيع</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="44" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="26" />
            <source>Speaker</source>
            <translation>المتحدث</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="28" />
            <source>Stakeholder</source>
            <translation>صاحب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="36" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="26" />
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="25" />
            <location filename="../../ui/forms/campaign.py" line="24" />
            <location filename="../../ui/forms/milestone.py" line="37" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="23" />
            <source>Strategy</source>
            <translation>الاستراتيجية</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="39" />
            <source>Supports the ask</source>
            <translation>يدعم المطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="29" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="23" />
            <source>Target</source>
            <translation>الجهة المستهدفة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="24" />
            <source>Target stakeholder</source>
            <translation>صاحب المصلحة المستهدف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="41" />
            <source>Text or summary</source>
            <translation>النص أو الملخص</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="161" />
            <source>The relationship in words</source>
            <translation>العلاقة بالكلمات</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="63" />
            <source>There is already a stakeholder named “{name}”{where}. Save again to add a second one, or Cancel and use the existing one.</source>
            <translation>توجد بالفعل جهة معنية باسم «{name}»{where}. احفظ مرة أخرى لإضافة جهة ثانية، أو ألغِ واستخدم الجهة الموجودة.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <location filename="../../ui/forms/sign_on.py" line="37" />
            <location filename="../../ui/forms/stakeholder.py" line="81" />
            <source>Title</source>
            <translation>المسمّى</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="111" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="24" />
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="164" />
            <source>Turn the direction round: To becomes From</source>
            <translation>عكس الاتجاه: يصبح «إلى» هو «من»</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="54" />
            <source>Type a name</source>
            <translation>اكتب اسمًا</translation>
        </message>
        <message>
            <location filename="../../ui/forms/fields.py" line="323" />
            <location filename="../../ui/forms/relationship.py" line="102" />
            <location filename="../../ui/forms/relationship.py" line="103" />
            <source>Type a name…</source>
            <translation>اكتب اسماً…</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="43" />
            <source>Unknown (undecided)</source>
            <translation>غير معروف (لم يحسم بعد)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="98" />
            <source>Vote of {state}</source>
            <translation>تصويت {state}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="40" />
            <source>What happened (after the date)</source>
            <translation>ما الذي حدث (بعد التاريخ)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="22" />
            <source>What should the target do?</source>
            <translation>ما الذي ينبغي أن تفعله الجهة المستهدفة؟</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="35" />
            <source>What was agreed</source>
            <translation>ما الذي اتُّفق عليه</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="31" />
            <source>What was said, in a sentence or two</source>
            <translation>ما الذي قيل، في جملة أو جملتين</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="22" />
            <source>What will have changed when you win?</source>
            <translation>ما الذي سيتغيّر عندما تنجح الحملة؟</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="44" />
            <source>Where the stance assessment comes from</source>
            <translation>مصدر تقييم الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="42" />
            <source>Who in the team keeps in touch</source>
            <translation>من في الفريق يتولى التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="134" />
            <source>Who knows whom. Paths on the relationship map follow every link in either direction, except “opposes”.</source>
            <translation>من يعرف من. تتبع المسارات على خريطة العلاقات كل صلة في الاتجاهين، باستثناء «يعارض».</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="28" />
            <source>Who leads it in the team</source>
            <translation>من يقودها في الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="55" />
            <source>Who said what, and when</source>
            <translation>من قال ماذا، ومتى</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="88" />
            <source>Women-led</source>
            <translation>بقيادة نسائية</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="105" />
            <source>Works at</source>
            <translation>يعمل في</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="79" />
            <source>Works at… (optional)</source>
            <translation>يعمل في… (اختياري)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="60" />
            <source>a milestone cannot depend on itself</source>
            <translation>لا يمكن لمحطة أن تعتمد على نفسها</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="29" />
            <source>ask</source>
            <translation>المطلب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="33" />
            <source>campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="55" />
            <source>contains control characters</source>
            <translation>يحتوي على محارف تحكم</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="81" />
            <source>e.g. Deputy Permanent Representative</source>
            <translation>مثلاً: نائب الممثل الدائم</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="37" />
            <source>e.g. Joint letter to General Assembly delegations</source>
            <translation>مثلًا: رسالة مشتركة إلى وفود الجمعية العامة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/campaign.py" line="20" />
            <source>e.g. Missing persons in Syria</source>
            <translation>مثلاً: المفقودون في سوريا</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="36" />
            <source>e.g. New York, Geneva, online</source>
            <translation>مثلاً: نيويورك، جنيف، عبر الإنترنت</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="32" />
            <source>e.g. Security Council open debate</source>
            <translation>مثلاً: مناقشة مفتوحة في مجلس الأمن</translation>
        </message>
        <message>
            <location filename="../../ui/forms/ask.py" line="23" />
            <source>e.g. UN General Assembly member states</source>
            <translation>مثلاً: الدول الأعضاء في الجمعية العامة للأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="84" />
            <source>e.g. ar, en</source>
            <translation>مثلاً: ar، en</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="25" />
            <source>e.g. ar, en, fr</source>
            <translation>مثلاً: ar، en، fr</translation>
        </message>
        <message>
            <location filename="../../ui/forms/interaction.py" line="51" />
            <source>engagement</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="56" />
            <source>is not a date (expected YYYY-MM-DD)</source>
            <translation>ليس تاريخاً (الصيغة المتوقعة سنة-شهر-يوم، مثل 2026-06-29)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="58" />
            <source>is not a language tag (like en, ar, fr-CH)</source>
            <translation>ليس رمز لغة (مثل en أو ar أو fr)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="59" />
            <source>is not an email address (like name@example.org)</source>
            <translation>ليس عنوانًا صالحًا (يلزم وجود @ واسم نطاق)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="57" />
            <source>is out of range (years 1900 to 2200)</source>
            <translation>خارج النطاق (السنوات من 1900 إلى 2200)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="51" />
            <source>is required</source>
            <translation>مطلوب</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="75" />
            <source>is required: choose how the two are linked</source>
            <translation>مطلوب: اختر نوع الصلة بين الطرفين</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="75" />
            <location filename="../../ui/forms/relationship.py" line="75" />
            <source>is required: type a name and pick the stakeholder from the list</source>
            <translation>مطلوب: اكتب اسماً واختر صاحب المصلحة من القائمة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="77" />
            <source>is the same stakeholder as From: a relationship links two different ones</source>
            <translation>هو صاحب المصلحة نفسه في «من»: العلاقة تربط بين طرفين مختلفين</translation>
        </message>
        <message>
            <location filename="../../ui/forms/milestone.py" line="44" />
            <source>milestone</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="54" />
            <source>must be a single line</source>
            <translation>يجب أن يكون في سطر واحد</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="53" />
            <source>must be text</source>
            <translation>يجب أن يكون نصاً</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="52" />
            <source>must not be empty</source>
            <translation>لا يجوز أن يكون فارغاً</translation>
        </message>
        <message>
            <location filename="../../ui/forms/position.py" line="52" />
            <source>position</source>
            <translation>الدور والموقف</translation>
        </message>
        <message>
            <location filename="../../ui/forms/quote.py" line="35" />
            <source>quote</source>
            <translation>الاقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="120" />
            <source>relationship</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <location filename="../../ui/forms/sign_on.py" line="45" />
            <source>sign-on</source>
            <translation>توقيع مشترك</translation>
        </message>
        <message>
            <location filename="../../ui/forms/stakeholder.py" line="107" />
            <source>stakeholder</source>
            <translation>صاحب المصلحة</translation>
        </message>
        <message>
            <source>{action} — {subject}</source>
            <translation type="vanished">{action} — {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} influences {b}</source>
            <translation>‏{a} يؤثر في {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} is a member of {b}</source>
            <translation>‏{a} عضو في {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} is allied with {b}</source>
            <translation>‏{a} متحالف مع {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} opposes {b}</source>
            <translation>‏{a} يعارض {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="190" />
            <source>{a} works at {b}</source>
            <translation>‏{a} يعمل في {b}</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="295" />
            <source>{field} {reason}.</source>
            <translation>الحقل «{field}»: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/entity_dialog.py" line="293" />
            <source>{field} {reason}. Nothing was saved.</source>
            <translation>{field}: {reason}. لم يُحفظ شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/vote_position.py" line="101" />
            <source>{name} · {group}. The actual vote is entered after the vote.</source>
            <translation>‏{name} · {group}. يُدخَل التصويت الفعلي بعد التصويت.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/relationship.py" line="162" />
            <source>⇅ Swap From and To</source>
            <translation>⇅ تبديل «من» و«إلى»</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/help.py" line="56" />
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="258" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="255" />
            <source>&amp;User guide</source>
            <translation>&amp;دليل المستخدم</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="97" />
            <source>(unnamed)</source>
            <translation>(دون اسم)</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="90" />
            <source>Anywhere in the window</source>
            <translation>في أي مكان من النافذة</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="162" />
            <source>Campaign Planner user guide</source>
            <translation>دليل مستخدم Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="112" />
            <source>Close a dialog or the quick search without saving</source>
            <translation>إغلاق نافذة حوار أو البحث السريع دون حفظ</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="126" />
            <source>Every shortcut of this window, read from its menus.</source>
            <translation>جميع اختصارات هذه النافذة، مأخوذة من قوائمها.</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="131" />
            <source>Everywhere</source>
            <translation>في كل مكان</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="104" />
            <source>Filter the current list</source>
            <translation>تصفية القائمة الحالية</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="97" />
            <source>In lists</source>
            <translation>في القوائم</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="113" />
            <source>Jump to a form field or open a menu</source>
            <translation>الانتقال إلى حقل في نموذج أو فتح قائمة</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="123" />
            <location filename="../../ui/help.py" line="134" />
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="133" />
            <source>Menu</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="110" />
            <source>Move between fields and buttons</source>
            <translation>التنقل بين الحقول والأزرار</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="111" />
            <source>Open the selected row; save a form</source>
            <translation>فتح الصف المحدد؛ حفظ نموذج</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="114" />
            <source>Press the focused button or tick a box</source>
            <translation>ضغط الزر المحدد أو تحديد مربع اختيار</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="261" />
            <source>Take the &amp;tour</source>
            <translation>القيام ب&amp;جولة تعريفية</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="177" />
            <source>The user guide is missing from this installation ({path}).</source>
            <translation>دليل المستخدم غير موجود في هذا التثبيت (‎{path}‎).</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="169" />
            <source>User guide</source>
            <translation>دليل المستخدم</translation>
        </message>
        <message>
            <location filename="../../ui/help.py" line="113" />
            <source>underlined letter</source>
            <translation>الحرف المسطَّر</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="134" />
            <location filename="../../ui/pages/history_tab.py" line="140" />
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Achieved on</source>
            <translation>تاريخ التحقيق</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Actual vote</source>
            <translation>التصويت الفعلي</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="292" />
            <source>CSV file (*.csv)</source>
            <translation>ملف CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="253" />
            <source>Cannot read the history: {e}</source>
            <translation>تعذّرت قراءة سجل التعديلات: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="348" />
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Confidence</source>
            <translation>درجة الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Consent note</source>
            <translation>ملاحظة حول الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Created</source>
            <translation>أُنشئ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Deleted</source>
            <translation>حُذف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Depends on</source>
            <translation>يعتمد على</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Expected vote</source>
            <translation>التصويت المتوقع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="292" />
            <location filename="../../ui/pages/history_tab.py" line="300" />
            <source>Export audit</source>
            <translation>تصدير سجل التدقيق</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="217" />
            <source>Export audit…</source>
            <translation>تصدير سجل التدقيق…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="214" />
            <source>Filter by record, field, person or value…</source>
            <translation>تصفية حسب السجل أو الحقل أو الشخص أو القيمة…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Follow-up date</source>
            <translation>تاريخ المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="362" />
            <source>History of {name}</source>
            <translation>سجل تعديلات {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="368" />
            <source>History — {name}</source>
            <translation>سجل التعديلات — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Influence</source>
            <translation>التأثير</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Interest</source>
            <translation>الاهتمام</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Lead</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Local actor</source>
            <translation>جهة محلية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Member added</source>
            <translation>أُضيف عضو</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Member removed</source>
            <translation>أُزيل عضو</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Milestone</source>
            <translation>المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="365" />
            <source>No changes recorded for {name} yet.</source>
            <translation>لم تُسجَّل أي تعديلات على {name} بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="322" />
            <source>No changes recorded yet. Every edit to this campaign will be listed here.</source>
            <translation>لم تُسجَّل أي تعديلات بعد. سيظهر هنا كل تعديل على هذه الحملة.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="378" />
            <source>No changes recorded yet. Every edit will be listed here.</source>
            <translation>لم تُسجَّل أي تغييرات بعد. ستظهر هنا كل التعديلات.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Organisation</source>
            <translation>منظمة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>People</source>
            <translation>الأطراف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="375" />
            <source>Recent changes in this workspace</source>
            <translation>التغييرات الأخيرة في مساحة العمل هذه</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Removed for good</source>
            <translation>حُذف نهائياً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="128" />
            <source>Restored</source>
            <translation>استُعيد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Sensitivity</source>
            <translation>درجة الحساسية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="127" />
            <source>Shared</source>
            <translation>مُشارَك</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Stakeholder</source>
            <translation>صاحب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Strategy</source>
            <translation>الاستراتيجية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Target</source>
            <translation>جهة مستهدفة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Target stakeholder</source>
            <translation>صاحب المصلحة المستهدف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Title</source>
            <translation>المسمّى</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="123" />
            <source>Women-led</source>
            <translation>بقيادة نسائية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="306" />
            <source>Wrote {n} changes to {p}</source>
            <translation>كُتبت التعديلات ({n}) في ‎{p}‎</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="142" />
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="142" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="278" />
            <source>{n} changes</source>
            <translation>التعديلات: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="281" />
            <source>{n} of {t} changes</source>
            <translation>‏{n} من أصل {t} تعديلاً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/history_tab.py" line="138" />
            <source>{n} people</source>
            <translation>الأطراف: {n}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="476" />
            <source> (demo)</source>
            <translation> (تجريبية)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_actions.py" line="171" />
            <source>%n conflicts resolved here. Your choices reach the server at the next sync.</source>
            <translation>
                <numerusform>لم يُحل أي تعارض هنا.</numerusform>
                <numerusform>حُل تعارض واحد هنا. يصل اختيارك إلى الخادم في المزامنة التالية.</numerusform>
                <numerusform>حُل تعارضان هنا. يصل اختياراك إلى الخادم في المزامنة التالية.</numerusform>
                <numerusform>حُلت %n تعارضات هنا. تصل اختياراتك إلى الخادم في المزامنة التالية.</numerusform>
                <numerusform>حُل %n تعارضًا هنا. تصل اختياراتك إلى الخادم في المزامنة التالية.</numerusform>
                <numerusform>حُل %n تعارض هنا. تصل اختياراتك إلى الخادم في المزامنة التالية.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>&amp;About Campaign Planner</source>
            <translation>&amp;حول Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="173" />
            <source>&amp;Brief…</source>
            <translation>إي&amp;جاز المناصرة…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="172" />
            <source>&amp;Campaign</source>
            <translation>ال&amp;حملة</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="150" />
            <source>&amp;Change passphrase…</source>
            <translation>تغيير &amp;عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>&amp;Close workspace</source>
            <translation>إ&amp;غلاق مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="152" />
            <source>&amp;Decrypt workspace…</source>
            <translation>&amp;فك تشفير مساحة العمل…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="174" />
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="148" />
            <source>&amp;Encrypt workspace…</source>
            <translation>&amp;تشفير مساحة العمل…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="161" />
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="181" />
            <source>&amp;History…</source>
            <translation>سجل ال&amp;تعديلات…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="143" />
            <source>&amp;Import tracker…</source>
            <translation>ا&amp;ستيراد جدول متابعة…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>&amp;Log engagement…</source>
            <translation>ت&amp;سجيل تواصل…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="162" />
            <source>&amp;New workspace…</source>
            <translation>مساحة عمل &amp;جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>&amp;Open workspace…</source>
            <translation>&amp;فتح مساحة عمل…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="147" />
            <source>&amp;Security</source>
            <translation>الأ&amp;مان</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="188" />
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="461" />
            <source>About Campaign Planner</source>
            <translation>حول Campaign Planner</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="454" />
            <source>All changes saved</source>
            <translation>حُفظت كل التغييرات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="281" />
            <source>Campaign Planner workspace (*.db)</source>
            <translation>مساحة عمل Campaign Planner (*.db)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>Campaign Planner workspace (*.db);;All files (*)</source>
            <translation>مساحة عمل Campaign Planner (*.db);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="462" />
            <source>Campaign Planner {v}
Offline-first planning for coalition convenors.</source>
            <translation>‏Campaign Planner {v}
تخطيط يعمل دون اتصال بالإنترنت لمنسّقي التحالفات.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="70" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>Cannot open the demo</source>
            <translation>تعذّر فتح مساحة العمل التجريبية</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="44" />
            <source>Carry on this &amp;laptop…</source>
            <translation>الحمل على هذا ال&amp;حاسوب…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="177" />
            <source>Conflicts resolved</source>
            <translation>تم حل التعارضات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>Ctrl+Shift+W</source>
            <translation>Ctrl+Shift+W</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="69" />
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="478" />
            <source>Demo data: explore freely</source>
            <translation>بيانات تجريبية: استكشفها بحرية</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="142" />
            <source>E&amp;xport tracker…</source>
            <translation>ت&amp;صدير جدول المتابعة…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="445" />
            <source>Engagement logged.</source>
            <translation>سُجِّل التواصل.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="73" />
            <source>Engagements</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="144" />
            <source>Export &amp;bundle…</source>
            <translation>تصدير &amp;حزمة…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="145" />
            <source>Import b&amp;undle…</source>
            <translation>استيراد ح&amp;زمة…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <source>Log engagement</source>
            <translation>تسجيل تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="72" />
            <source>Milestones</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <source>Navigation</source>
            <translation>التنقل</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="279" />
            <location filename="../../ui/main_window.py" line="287" />
            <source>New workspace</source>
            <translation>مساحة عمل جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>No recent workspaces</source>
            <translation>لا توجد مساحات عمل حديثة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="244" />
            <source>Not undone</source>
            <translation>لم يُتراجع عنه</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>Open &amp;demo workspace</source>
            <translation>فتح مساحة العمل ال&amp;تجريبية</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="165" />
            <source>Open &amp;recent</source>
            <translation>فتح مساحة عمل &amp;حديثة</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="297" />
            <source>Open workspace</source>
            <translation>فتح مساحة عمل</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Opened {path}. Every change is saved as you make it.</source>
            <translation>فُتح ‎{path}‎. يُحفظ كل تغيير فور إجرائه.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>Quick &amp;search…</source>
            <translation>&amp;بحث سريع…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="146" />
            <source>Restore from &amp;backup…</source>
            <translation>استعادة من &amp;نسخة احتياطية…</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="42" />
            <source>S&amp;ync with server…</source>
            <translation>م&amp;زامنة مع الخادم…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>Search…</source>
            <translation>بحث…</translation>
        </message>
        <message>
            <source>Select a stakeholder, or open a campaign, to see its history.</source>
            <translation type="vanished">حدّد صاحب مصلحة أو افتح حملة لعرض سجل تعديلاتها.</translation>
        </message>
        <message>
            <location filename="../../ui/navigation.py" line="71" />
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="136" />
            <source>Sync cancelled</source>
            <translation>أُلغيت المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="132" />
            <source>Sync failed</source>
            <translation>فشلت المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="179" />
            <source>Sync now</source>
            <translation>زامن الآن</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="420" />
            <source>That item no longer exists.</source>
            <translation>هذا العنصر لم يعد موجوداً.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_actions.py" line="95" />
            <source>The next sync removes %n records from this laptop (never from the server), and drops its automatic backups, which hold them.</source>
            <translation>
                <numerusform>لن تزيل المزامنة التالية أي سجل (%n) من هذا الحاسوب، ولا من الخادم أبدًا.</numerusform>
                <numerusform>تزيل المزامنة التالية سجلًا واحدًا (%n) من هذا الحاسوب (وليس من الخادم أبدًا)، وتحذف نسخه الاحتياطية التلقائية التي تحويه.</numerusform>
                <numerusform>تزيل المزامنة التالية سجلين (%n) من هذا الحاسوب (وليس من الخادم أبدًا)، وتحذف نسخه الاحتياطية التلقائية التي تحويهما.</numerusform>
                <numerusform>تزيل المزامنة التالية %n سجلات من هذا الحاسوب (وليس من الخادم أبدًا)، وتحذف نسخه الاحتياطية التلقائية التي تحويها.</numerusform>
                <numerusform>تزيل المزامنة التالية %n سجلًا من هذا الحاسوب (وليس من الخادم أبدًا)، وتحذف نسخه الاحتياطية التلقائية التي تحويها.</numerusform>
                <numerusform>تزيل المزامنة التالية %n سجل من هذا الحاسوب (وليس من الخادم أبدًا)، وتحذف نسخه الاحتياطية التلقائية التي تحويها.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="137" />
            <source>The sync stopped before it finished. Nothing is half-written: each side holds all or none of each step's changes, and the next sync completes the rest.</source>
            <translation>توقفت المزامنة قبل أن تكتمل. لم يُكتب شيء جزئيًا: كل جانب يحمل تغييرات كل خطوة كاملةً أو لا يحمل منها شيئًا، والمزامنة التالية تُكمل الباقي.</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="35" />
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <location filename="../../ui/sync_actions.py" line="103" />
            <source>What this laptop carries</source>
            <translation>ما يحمله هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="287" />
            <source>{path} already exists.</source>
            <translation>‏‎{path}‎ موجود مسبقاً.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkspace</name>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="48" />
            <source>A workspace is one file holding your campaigns, contacts, engagements and notes. Everything you change is saved in it as you go.</source>
            <translation>مساحة العمل ملف واحد يضم حملاتك وجهات اتصالك وأنشطة التواصل والملاحظات. يُحفظ فيه كل ما تغيّره أولاً بأول.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="157" />
            <source>Cannot create it: {e}</source>
            <translation>تعذّر إنشاؤها: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="77" />
            <location filename="../../ui/dialogs/new_workspace.py" line="85" />
            <source>Create</source>
            <translation>إنشاء</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="85" />
            <source>Create encrypted</source>
            <translation>إنشاء مشفّرة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="147" />
            <source>Created {name}, encrypted.</source>
            <translation>أُنشئت ‎{name}‎ مشفّرةً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="163" />
            <source>Creating the encrypted workspace…</source>
            <translation>جارٍ إنشاء مساحة العمل المشفّرة…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="60" />
            <source>Encrypt this workspace</source>
            <translation>تشفير مساحة العمل هذه</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="57" />
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="162" />
            <location filename="../../ui/dialogs/new_workspace.py" line="43" />
            <location filename="../../ui/dialogs/new_workspace.py" line="47" />
            <location filename="../../ui/dialogs/new_workspace.py" line="154" />
            <source>New workspace</source>
            <translation>مساحة عمل جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/new_workspace.py" line="64" />
            <source>Recommended if this computer travels or could be lost or seized: without the passphrase the file, its journal and its backups are unreadable. The passphrase is never stored; you type it each time you open the workspace.</source>
            <translation>يُنصح به إذا كان هذا الحاسوب يتنقل معك أو قد يُفقد أو يُصادَر: فمن دون عبارة المرور لا يمكن قراءة الملف ولا سجل معاملاته ولا نسخه الاحتياطية. لا تُخزَّن عبارة المرور أبداً؛ ستكتبها في كل مرة تفتح فيها مساحة العمل.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="310" />
            <source> days</source>
            <translation> يوماً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="43" />
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="129" />
            <location filename="../../ui/pages/base.py" line="322" />
            <source>All campaigns</source>
            <translation>كل الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="104" />
            <source>All campaigns. Click a moment to edit it, drag it to reschedule (Ctrl+Z undoes).</source>
            <translation>كل الحملات. انقر مناسبة لتعديلها، واسحبها لتغيير موعدها (يتراجع Ctrl+Z عن ذلك).</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="102" />
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="104" />
            <source>All countries</source>
            <translation>كل البلدان</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="68" />
            <source>Any kind</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="107" />
            <source>Any role</source>
            <translation>كل الأدوار</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="105" />
            <source>Any sensitivity</source>
            <translation>كل درجات الحساسية</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="63" />
            <location filename="../../ui/pages/milestones.py" line="64" />
            <source>Any status</source>
            <translation>كل الحالات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="545" />
            <source>Asks: {a}</source>
            <translation>المطالب: {a}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="49" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="561" />
            <source>Campaigns and their asks</source>
            <translation>الحملات ومطالبها</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="63" />
            <source>Cannot reschedule</source>
            <translation>تعذّر تغيير الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="38" />
            <source>Confidential. </source>
            <translation>سري. </translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="106" />
            <source>Create a campaign first.</source>
            <translation>أنشئ حملة أولاً.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="300" />
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="311" />
            <source>Days without contact</source>
            <translation>أيام دون تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="51" />
            <location filename="../../ui/pages/milestones.py" line="61" />
            <location filename="../../ui/pages/stakeholders.py" line="92" />
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="123" />
            <location filename="../../ui/pages/campaigns.py" line="128" />
            <source>Delete campaign</source>
            <translation>حذف الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="115" />
            <source>Delete milestone</source>
            <translation>حذف المحطة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="229" />
            <source>Delete stakeholder</source>
            <translation>حذف صاحب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="224" />
            <source>Delete stakeholders</source>
            <translation>حذف أصحاب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="124" />
            <source>Delete {names}? You can undo this with Ctrl+Z.</source>
            <translation>حذف {names}؟ يمكنك التراجع عن ذلك بـ Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="225" />
            <source>Delete {n} stakeholder(s)? You can undo this with Ctrl+Z.</source>
            <translation>حذف أصحاب المصلحة المحددين ({n})؟ يمكنك التراجع عن ذلك بـ Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="46" />
            <location filename="../../ui/pages/stakeholders.py" line="93" />
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="69" />
            <source>Engagements</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="128" />
            <source>Enter opens · Ctrl+K searches everything</source>
            <translation>يفتح Enter · يبحث Ctrl+K في كل شيء</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="484" />
            <source>Every target and partner was contacted recently.</source>
            <translation>جرى التواصل مؤخراً مع كل الجهات المستهدفة والشركاء.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>Everyone you work with or seek to move, across campaigns</source>
            <translation>كل من تعمل معهم أو تسعى إلى التأثير فيهم، في جميع الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="61" />
            <source>Filter by name, context or lead</source>
            <translation>تصفية حسب الاسم أو السياق أو المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="99" />
            <source>Filter by name, title, country, email…</source>
            <translation>تصفية حسب الاسم أو المنصب أو البلد أو البريد…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="468" />
            <source>Follow-ups due</source>
            <translation>متابعات مستحقة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="457" />
            <source>Late {n}d</source>
            <translation>أيام التأخير: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="44" />
            <source>Link this stakeholder to someone they know</source>
            <translation>ربط صاحب المصلحة هذا بطرف يعرفه</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="73" />
            <source>Log engagement</source>
            <translation>تسجيل تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="70" />
            <source>Meetings, calls and briefings, newest first</source>
            <translation>الاجتماعات والمكالمات والإحاطات، الأحدث أولاً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="58" />
            <source>Milestones</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="511" />
            <source>Moved toward us this month</source>
            <translation>اقتربوا من موقفنا هذا الشهر</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="474" />
            <source>Never</source>
            <translation>أبداً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="53" />
            <source>New campaign</source>
            <translation>حملة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="62" />
            <location filename="../../ui/pages/timeline_page.py" line="108" />
            <source>New milestone</source>
            <translation>محطة جديدة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="94" />
            <source>New stakeholder</source>
            <translation>صاحب مصلحة جديد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="406" />
            <source>Next week</source>
            <translation>الأسبوع القادم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="547" />
            <source>No asks yet</source>
            <translation>لا مطالب بعد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="106" />
            <source>No campaign</source>
            <translation>لا توجد حملة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="102" />
            <source>No campaign matches this filter. Clear the filter to see them all.</source>
            <translation>لا توجد حملة تطابق هذه التصفية. امسح التصفية لعرض كل الحملات.</translation>
        </message>
        <message>
            <source>No campaigns yet. Click New campaign (Ctrl+N) to start one.</source>
            <translation type="vanished">لا توجد حملات بعد. انقر «حملة جديدة» (Ctrl+N) لبدء حملة.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="100" />
            <source>No campaigns yet. Click New campaign (Ctrl+Shift+N) to start one.</source>
            <translation>لا توجد حملات بعد. انقر «حملة جديدة» (Ctrl+Shift+N) لبدء حملة.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="558" />
            <source>No campaigns yet. Go to Campaigns and click New campaign.</source>
            <translation>لا توجد حملات بعد. انتقل إلى «الحملات» وانقر «حملة جديدة».</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="527" />
            <source>No changes yet.</source>
            <translation>لا تعديلات بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="464" />
            <source>No follow-ups due this week. Log a meeting (Ctrl+L) with a date.</source>
            <translation>لا متابعات مستحقة هذا الأسبوع. سجّل اجتماعاً (Ctrl+L) مع تاريخ للمتابعة.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="88" />
            <source>No known links yet. Add who they work at, ally with or influence.</source>
            <translation>لا صلات معروفة بعد. أضف الجهة التي يعمل فيها أو يتحالف معها أو يؤثر فيها.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="93" />
            <source>No milestone matches this filter.</source>
            <translation>لا توجد محطة تطابق هذه التصفية.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="95" />
            <source>No milestones yet. Add the moments that matter: a vote, a session, a deadline.</source>
            <translation>لا توجد محطات بعد. أضف المناسبات المهمة: تصويت، أو دورة، أو موعد نهائي.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="188" />
            <source>No stakeholders yet. Click New stakeholder to add the first one.</source>
            <translation>لا يوجد أصحاب مصلحة بعد. انقر «صاحب مصلحة جديد» لإضافة أولهم.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="509" />
            <source>No stance moved toward us in the last 30 days.</source>
            <translation>لم يقترب أي موقف من موقفنا خلال الثلاثين يوماً الماضية.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="186" />
            <source>Nobody matches this filter. Try fewer words or clear a filter.</source>
            <translation>لا أحد يطابق هذه التصفية. جرّب كلمات أقل أو امسح أحد عوامل التصفية.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="92" />
            <source>Nothing logged yet. Press Ctrl+L after a meeting or call to log it.</source>
            <translation>لم يُسجَّل شيء بعد. اضغط Ctrl+L بعد اجتماع أو مكالمة لتسجيلها.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="444" />
            <source>Nothing overdue.</source>
            <translation>لا شيء متأخر.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="418" />
            <source>Nothing planned.</source>
            <translation>لا شيء مخطط له.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="49" />
            <source>Open a campaign to plan its people, moments and asks</source>
            <translation>افتح حملة لتخطيط أطرافها ومناسباتها ومطالبها</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="273" />
            <location filename="../../ui/pages/dashboard.py" line="445" />
            <location filename="../../ui/pages/milestones.py" line="23" />
            <location filename="../../ui/pages/milestones.py" line="66" />
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="106" />
            <source>People and organisations</source>
            <translation>الأفراد والمنظمات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="528" />
            <source>Recent changes</source>
            <translation>التعديلات الأخيرة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="34" />
            <source>Relationships</source>
            <translation>العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="48" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="49" />
            <source>Remove the selected relationship (Ctrl+Z undoes)</source>
            <translation>إزالة العلاقة المحددة (يتراجع Ctrl+Z عن ذلك)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="57" />
            <source>Reschedule “{t}”</source>
            <translation>تغيير موعد «{t}»</translation>
        </message>
        <message>
            <location filename="../../ui/pages/base.py" line="243" />
            <source>Right-click to choose columns</source>
            <translation>انقر بالزر الأيمن لاختيار الأعمدة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholder_relationships.py" line="71" />
            <source>Select a stakeholder to see who they know.</source>
            <translation>حدّد صاحب مصلحة لترى من يعرف.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="194" />
            <source>Showing {n}+ stakeholders · counting…</source>
            <translation>عرض {n}+ من أصحاب المصلحة · جارٍ العدّ…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="90" />
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="496" />
            <source>Targets and partners not contacted</source>
            <translation>جهات مستهدفة وشركاء دون تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="312" />
            <source>Targets and partners not contacted for more than this</source>
            <translation>الجهات المستهدفة والشركاء الذين لم يُتواصل معهم لأكثر من هذه المدة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="337" />
            <source>The dashboard could not be loaded: {error}</source>
            <translation>تعذّر تحميل لوحة المعلومات: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="59" />
            <source>The moments your campaigns are built around</source>
            <translation>المناسبات التي تُبنى حولها حملاتك</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="405" />
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="424" />
            <source>This week and next</source>
            <translation>هذا الأسبوع والقادم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/timeline_page.py" line="103" />
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="459" />
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="329" />
            <source>Today is {day}</source>
            <translation>اليوم {day}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="66" />
            <source>Upcoming</source>
            <translation>القادمة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="357" />
            <source>active campaigns</source>
            <translation>حملات نشطة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="360" />
            <source>follow-ups due today or late</source>
            <translation>متابعات مستحقة اليوم أو متأخرة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="445" />
            <source>late</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="552" />
            <source>lead {who}</source>
            <translation>المسؤول {who}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="422" />
            <source>moments</source>
            <translation>مناسبات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="358" />
            <source>moments this week and next</source>
            <translation>مناسبات هذا الأسبوع والقادم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="490" />
            <source>more than</source>
            <translation>أكثر من</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="480" />
            <source>no owner</source>
            <translation>دون مسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="359" />
            <source>overdue milestones</source>
            <translation>محطات متأخرة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="480" />
            <source>owner {o}</source>
            <translation>المسؤول {o}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="441" />
            <source>record the outcome or reschedule</source>
            <translation>سجّل النتيجة أو غيّر الموعد</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="361" />
            <source>targets and partners gone quiet</source>
            <translation>جهات مستهدفة وشركاء انقطع التواصل معهم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="550" />
            <source>until {d}</source>
            <translation>حتى {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="432" />
            <source>was due {d}</source>
            <translation>كانت مستحقة في {d}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="465" />
            <source>{late} due or late · {n} this week</source>
            <translation>مستحقة أو متأخرة: {late} · هذا الأسبوع: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="477" />
            <source>{n} days</source>
            <translation>‏{n} يوماً</translation>
        </message>
        <message>
            <location filename="../../ui/pages/engagements.py" line="90" />
            <source>{n} engagements</source>
            <translation>أنشطة التواصل: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="561" />
            <source>{n} in total</source>
            <translation>المجموع: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/milestones.py" line="89" />
            <source>{n} milestones</source>
            <translation>المحطات: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/campaigns.py" line="97" />
            <source>{n} of {total} campaigns</source>
            <translation>‏{n} من أصل {total} حملة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/dashboard.py" line="281" />
            <source>{n} of {t} {noun}</source>
            <translation>‏{n} من أصل {t} ({noun})</translation>
        </message>
        <message>
            <location filename="../../ui/pages/stakeholders.py" line="197" />
            <source>{n} stakeholders</source>
            <translation>أصحاب المصلحة: {n}</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="165" />
            <source>Cannot unlock: {e}</source>
            <translation>تعذّر فتح القفل: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="379" />
            <source>Copied</source>
            <translation>نُسخ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="352" />
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="371" />
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="79" />
            <source>Encrypted workspace</source>
            <translation>مساحة عمل مشفّرة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="87" />
            <location filename="../../ui/dialogs/passphrase.py" line="118" />
            <source>Enter its passphrase to open it.</source>
            <translation>أدخل عبارة المرور الخاصة بها لفتحها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Fair</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="367" />
            <source>I have stored the recovery key safely</source>
            <translation>حفظتُ مفتاح الاستعادة في مكان آمن</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="341" />
            <source>Keep this recovery key somewhere safe</source>
            <translation>احفظ مفتاح الاستعادة هذا في مكان آمن</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="213" />
            <location filename="../../ui/dialogs/passphrase.py" line="215" />
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="90" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="228" />
            <source>Passphrase problem</source>
            <translation>مشكلة في عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="224" />
            <source>Passphrase strength</source>
            <translation>قوة عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="339" />
            <source>Recovery key</source>
            <translation>مفتاح الاستعادة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="216" />
            <source>Repeat it</source>
            <translation>أعد كتابتها</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="214" />
            <source>Repeat the new passphrase</source>
            <translation>أعد كتابة عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="156" />
            <source>That {what} does not open {name}. Check it and try again.</source>
            <translation>ما أدخلته ({what}) لا يفتح ‎{name}‎. تحقق منه وحاول مجدداً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="266" />
            <location filename="../../ui/dialogs/passphrase.py" line="247" />
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="356" />
            <source>This is the only time it is shown. It opens the workspace if the passphrase is forgotten, so anyone who has it can read everything in it. Write it down or print it and keep it apart from this computer (not in a file next to the workspace). Without the passphrase and without this key, the data cannot be recovered by anyone.</source>
            <translation>لن يظهر هذا المفتاح إلا هذه المرة. فهو يفتح مساحة العمل إذا نُسيت عبارة المرور، لذا يستطيع كل من يحوزه قراءة كل ما فيها. اكتبه أو اطبعه واحفظه بعيداً عن هذا الحاسوب (لا في ملف بجوار مساحة العمل). ومن دون عبارة المرور ومن دون هذا المفتاح لا يستطيع أحد استعادة البيانات.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess. {hint}</source>
            <translation type="vanished">عبارة المرور هذه سهلة التخمين. {hint}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="262" />
            <source>This passphrase is too easy to guess: make it longer, as the hint says.</source>
            <translation>عبارة المرور هذه سهلة التخمين: أطِلها كما يقترح التلميح.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="260" />
            <source>Type a passphrase.</source>
            <translation>اكتب عبارة مرور.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="264" />
            <source>Type the passphrase a second time, to be sure of it.</source>
            <translation>اكتب عبارة المرور مرة ثانية للتأكد منها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="124" />
            <source>Type the passphrase first.</source>
            <translation>اكتب عبارة المرور أولاً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="114" />
            <source>Type the recovery key you were given when you encrypted it.</source>
            <translation>اكتب مفتاح الاستعادة الذي حصلت عليه عند التشفير.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="102" />
            <location filename="../../ui/dialogs/passphrase.py" line="140" />
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="96" />
            <source>Unlock error</source>
            <translation>خطأ في فتح القفل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="92" />
            <source>Use the recovery key instead (forgotten passphrase)</source>
            <translation>استخدام مفتاح الاستعادة بدلاً منها (عبارة مرور منسية)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Very weak</source>
            <translation>ضعيفة جداً</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="237" />
            <source>Weak</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="155" />
            <source>recovery key</source>
            <translation>مفتاح الاستعادة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/passphrase.py" line="84" />
            <source>{name} is encrypted</source>
            <translation>‏‎{name}‎ مشفّرة</translation>
        </message>
    </context>
    <context>
        <name>PictureExport</name>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="60" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="78" />
            <source>Choose where to save the picture.</source>
            <translation>اختر مكان حفظ الصورة.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="63" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="44" />
            <location filename="../../ui/dialogs/picture_export.py" line="58" />
            <source>Export picture</source>
            <translation>تصدير صورة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="51" />
            <source>For a slide or an email: the picture shows what the audience may see. Withheld partners are left out or described, never named, and the audience is printed at the bottom.</source>
            <translation>لشريحة عرض أو رسالة بريد: تُظهر الصورة ما يجوز للجمهور رؤيته. الشركاء المحجوبون يُحذفون أو يوصفون ولا تُذكر أسماؤهم أبدًا، ويُطبع الجمهور في الأسفل.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="61" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="108" />
            <source>Saved {path}</source>
            <translation>حُفظ {path}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/picture_export.py" line="78" />
            <source>The folder {f} does not exist.</source>
            <translation>المجلد {f} غير موجود.</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <location filename="../../ui/planning.py" line="124" />
            <source>&amp;Campaign</source>
            <translation>ال&amp;حملة</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="125" />
            <source>Add &amp;moments…</source>
            <translation>إضافة م&amp;ناسبات…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="116" />
            <source>Export &amp;calendar (.ics)…</source>
            <translation>تصدير الت&amp;قويم (‎.ics)…</translation>
        </message>
        <message>
            <location filename="../../ui/planning.py" line="101" />
            <source>{n} moments added as milestones. Ctrl+Z removes them.</source>
            <translation>أُضيفت المناسبات ({n}) كمحطات. يزيلها Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>PowerMap</name>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="601" />
            <source>%n stakeholders</source>
            <translation>
                <numerusform>%n صاحب مصلحة</numerusform>
                <numerusform>صاحب مصلحة واحد</numerusform>
                <numerusform>صاحبا مصلحة</numerusform>
                <numerusform>%n أصحاب مصلحة</numerusform>
                <numerusform>%n صاحب مصلحة</numerusform>
                <numerusform>%n صاحب مصلحة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="714" />
            <source>%n stakeholders not shown</source>
            <translation>
                <numerusform>لم يُعرض أي جهة معنية (%n)</numerusform>
                <numerusform>لم تُعرض جهة معنية واحدة</numerusform>
                <numerusform>لم تُعرض جهتان معنيتان</numerusform>
                <numerusform>لم تُعرض %n جهات معنية</numerusform>
                <numerusform>لم تُعرض %n جهة معنية</numerusform>
                <numerusform>لم تُعرض %n جهة معنية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="603" />
            <source>(%n withheld for this audience)</source>
            <translation>
                <numerusform>(%n محجوب عن هذا الجمهور)</numerusform>
                <numerusform>(واحد محجوب عن هذا الجمهور)</numerusform>
                <numerusform>(اثنان محجوبان عن هذا الجمهور)</numerusform>
                <numerusform>(%n محجوبين عن هذا الجمهور)</numerusform>
                <numerusform>(%n محجوبًا عن هذا الجمهور)</numerusform>
                <numerusform>(%n محجوب عن هذا الجمهور)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/power_map.py" line="828" />
            <source>+%n more</source>
            <translation>
                <numerusform>+%n أخرى</numerusform>
                <numerusform>+%n أخرى</numerusform>
                <numerusform>+%n أخريان</numerusform>
                <numerusform>+%n أخرى</numerusform>
                <numerusform>+%n أخرى</numerusform>
                <numerusform>+%n أخرى</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="386" />
            <source>All categories</source>
            <translation>كل الفئات</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="381" />
            <source>All roles</source>
            <translation>كل الأدوار</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="83" />
            <source>Allies to strengthen</source>
            <translation>حلفاء يجب تعزيزهم</translation>
        </message>
        <message>
            <source>Audience: {audience}</source>
            <translation type="vanished">الجمهور: {audience}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="317" />
            <source>Category:</source>
            <translation>الفئة:</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="82" />
            <source>Champions to mobilise</source>
            <translation>مناصرون يجب حشدهم</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="831" />
            <source>Click to list them on the map</source>
            <translation>انقر لعرضها في قائمة على الخريطة</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="826" />
            <source>Close the list</source>
            <translation>إغلاق القائمة</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="765" />
            <source>Could not draw the power map</source>
            <translation>تعذّر رسم خريطة القوى</translation>
        </message>
        <message>
            <source>Could not write {target}</source>
            <translation type="vanished">تعذّرت كتابة {target}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="661" />
            <source>Drag a stakeholder to
change stance or influence.</source>
            <translation>اسحب صاحب مصلحة
لتغيير موقفه أو تأثيره.</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="311" />
            <source>Filter by category</source>
            <translation>التصفية حسب الفئة</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="309" />
            <source>Filter by role</source>
            <translation>التصفية حسب الدور</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="568" />
            <source>Influence  →</source>
            <translation>التأثير: يزداد نحو الأعلى</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="81" />
            <source>Key targets to move</source>
            <translation>جهات مستهدفة رئيسية يجب استمالتها</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="159" />
            <source>Last contact: none recorded</source>
            <translation>آخر تواصل: لا شيء مسجّل</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="154" />
            <source>Last contact: {date} ({ago})</source>
            <translation>آخر تواصل: {date} ({ago})</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="160" />
            <source>Local</source>
            <translation>محلي</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="641" />
            <source>Local actor</source>
            <translation>جهة محلية</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="638" />
            <source>Markers</source>
            <translation>العلامات</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="84" />
            <source>Monitor</source>
            <translation>للمتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="325" />
            <source>Power map</source>
            <translation>خريطة القوى</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="925" />
            <source>Power map canvas</source>
            <translation>لوحة خريطة القوى</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="611" />
            <source>Power map of {campaign}: {total} stakeholders: {shown}. Select a stakeholder and use the arrow keys to change stance (left, right) or influence (up, down).</source>
            <translation>خريطة القوى لحملة {campaign}: {total} من أصحاب المصلحة: {shown}. حدد صاحب مصلحة واستخدم مفاتيح الأسهم لتغيير الموقف (يمين، يسار) أو التأثير (أعلى، أسفل).</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="523" />
            <location filename="../../ui/views/power_map.py" line="756" />
            <source>Power map — {title}</source>
            <translation>خريطة القوى — {title}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="628" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="315" />
            <source>Role:</source>
            <translation>الدور:</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="648" />
            <source>Size = interest</source>
            <translation>الحجم = الاهتمام</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="558" />
            <source>Stance  →  more supportive</source>
            <translation>الموقف: يزداد التأييد نحو اليمين</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="148" />
            <source>Stance: {stance} · Influence {influence} · Interest {interest}</source>
            <translation>الموقف: {stance} · التأثير {influence} · الاهتمام {interest}</translation>
        </message>
        <message>
            <location filename="../../ui/views/power_map.py" line="642" />
            <location filename="../../ui/views/power_map.py" line="160" />
            <source>Women-led</source>
            <translation>بقيادة نسائية</translation>
        </message>
    </context>
    <context>
        <name>ProgressTask</name>
        <message>
            <location filename="../../ui/dialogs/progress_task.py" line="60" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Publishing</name>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="57" />
            <source>Before writing, {n} withheld name(s) or contact(s) found in the text will be replaced:</source>
            <translation>قبل الكتابة، سيُستبدل {n} من الأسماء أو جهات الاتصال المحجوبة الموجودة في النص:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="121" />
            <source>Cannot write there</source>
            <translation>تعذّرت الكتابة هناك</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="55" />
            <source>Checked: no withheld name, e-mail or phone in the text.</source>
            <translation>تم الفحص: لا يوجد في النص اسم أو بريد إلكتروني أو هاتف محجوب.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="94" />
            <source>Checking the text for withheld names…</source>
            <translation>جارٍ فحص النص بحثًا عن أسماء محجوبة…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="155" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="313" />
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="53" />
            <source>Internal: nothing is replaced; every name stays. Keep the file in the team.</source>
            <translation>داخلي: لا يُستبدل شيء وتبقى كل الأسماء. أبقِ الملف داخل الفريق.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="81" />
            <source>Names replaced before writing</source>
            <translation>الأسماء المستبدلة قبل الكتابة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="128" />
            <source>Replace?</source>
            <translation>استبدال؟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="154" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="129" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} موجود بالفعل. هل تريد استبداله؟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="122" />
            <source>{p} is a symbolic link; choose the file itself.</source>
            <translation>{p} رابط رمزي؛ اختر الملف نفسه.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="63" />
            <source>• “{found}” → “{by}” ({where})</source>
            <translation>• «{found}» ← «{by}» (في {where})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/publishing.py" line="68" />
            <source>… and {n} more.</source>
            <translation>… و{n} غيرها.</translation>
        </message>
    </context>
    <context>
        <name>QuickSearch</name>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="144" />
            <source>Confidential: never leaves the team</source>
            <translation>سري: لا يغادر الفريق أبدًا</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Engagements</source>
            <translation>التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Milestones</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="150" />
            <source>Nothing found. Try the first letters of a name.</source>
            <translation>لم يُعثر على شيء. جرّب الأحرف الأولى من اسم.</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="97" />
            <source>Search campaigns, people, moments, notes…</source>
            <translation>ابحث في الحملات والأطراف والمناسبات والملاحظات…</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="125" />
            <source>Voices</source>
            <translation>الأصوات</translation>
        </message>
        <message>
            <location filename="../../ui/quick_search.py" line="104" />
            <source>↑↓ to choose · Enter to open · Esc to close</source>
            <translation>↑↓ للاختيار · Enter للفتح · Esc للإغلاق</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMap</name>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="588" />
            <source>%n shortest paths</source>
            <translation>
                <numerusform>%n مسار أقصر</numerusform>
                <numerusform>أقصر مسار واحد</numerusform>
                <numerusform>أقصر مسارين</numerusform>
                <numerusform>%n مسارات هي الأقصر</numerusform>
                <numerusform>%n مسارًا هي الأقصر</numerusform>
                <numerusform>%n مسار هي الأقصر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="590" />
            <source>(%n links)</source>
            <translation>
                <numerusform>(%n صلة)</numerusform>
                <numerusform>(صلة واحدة)</numerusform>
                <numerusform>(صلتان)</numerusform>
                <numerusform>(%n صلات)</numerusform>
                <numerusform>(%n صلة)</numerusform>
                <numerusform>(%n صلة)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="593" />
            <source>(and %n more)</source>
            <translation>
                <numerusform>(و%n غيرها)</numerusform>
                <numerusform>(وواحد آخر)</numerusform>
                <numerusform>(واثنان آخران)</numerusform>
                <numerusform>(و%n أخرى)</numerusform>
                <numerusform>(و%n غيرها)</numerusform>
                <numerusform>(و%n غيرها)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="513" />
            <source>Add relationship from here…</source>
            <translation>إضافة علاقة من هنا…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="252" />
            <location filename="../../ui/views/relationship_map.py" line="255" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="260" />
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="639" />
            <source>Could not draw the relationship map</source>
            <translation>تعذّر رسم خريطة العلاقات</translation>
        </message>
        <message>
            <source>Could not write {target}</source>
            <translation type="vanished">تعذّرت كتابة {target}</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="520" />
            <source>Edit relationship…</source>
            <translation>تعديل العلاقة…</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="267" />
            <source>From:</source>
            <translation>من:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="443" />
            <source>Links:</source>
            <translation>الروابط:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="470" />
            <source>Local actor</source>
            <translation>جهة محلية</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="350" />
            <source>No known links yet ({n})</source>
            <translation>لا صلات معروفة بعد ({n})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/views/relationship_map.py" line="599" />
            <source>No path within %n links (opposition links are not paths).</source>
            <translation>
                <numerusform>لا مسار في حدود %n صلة (صلات المعارضة ليست مسارات).</numerusform>
                <numerusform>لا مسار في حدود صلة واحدة (صلات المعارضة ليست مسارات).</numerusform>
                <numerusform>لا مسار في حدود صلتين (صلات المعارضة ليست مسارات).</numerusform>
                <numerusform>لا مسار في حدود %n صلات (صلات المعارضة ليست مسارات).</numerusform>
                <numerusform>لا مسار في حدود %n صلة (صلات المعارضة ليست مسارات).</numerusform>
                <numerusform>لا مسار في حدود %n صلة (صلات المعارضة ليست مسارات).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="468" />
            <source>No role in this campaign</source>
            <translation>بلا دور في هذه الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="514" />
            <source>Open record</source>
            <translation>فتح السجل</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="251" />
            <source>Path from</source>
            <translation>المسار من</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="254" />
            <source>Path to</source>
            <translation>المسار إلى</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="453" />
            <source>Paths follow every link in either direction except “{opposes}”.</source>
            <translation>تتبع المسارات كل صلة في الاتجاهين باستثناء «{opposes}».</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="278" />
            <source>Relationship map</source>
            <translation>خريطة العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="247" />
            <source>Relationship map canvas</source>
            <translation>لوحة خريطة العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="386" />
            <source>Relationship map: {n} stakeholders, {links} links.</source>
            <translation>خريطة العلاقات: {n} من أصحاب المصلحة، {links} من الصلات.</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="521" />
            <source>Remove relationship</source>
            <translation>إزالة العلاقة</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="462" />
            <source>Roles:</source>
            <translation>الأدوار:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="256" />
            <source>Show paths</source>
            <translation>إظهار المسارات</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="269" />
            <source>To:</source>
            <translation>إلى:</translation>
        </message>
        <message>
            <location filename="../../ui/views/relationship_map.py" line="471" />
            <source>Women-led</source>
            <translation>بقيادة نسائية</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackup</name>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="211" />
            <source> The replaced state is kept as {n}.</source>
            <translation> حُفظت الحالة المستبدَلة باسم {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="64" />
            <source> · encrypted</source>
            <translation> · مشفّرة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Automatic</source>
            <translation>تلقائية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before a restore</source>
            <translation>قبل استعادة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before a tracker import</source>
            <translation>قبل استيراد جدول متابعة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before decrypting</source>
            <translation>قبل فك التشفير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Before encrypting</source>
            <translation>قبل التشفير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Damaged file kept</source>
            <translation>ملف تالف محفوظ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>Made by hand</source>
            <translation>يدوية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="150" />
            <source>No backups yet. They are taken on opening, on closing and every few minutes.</source>
            <translation>لا توجد نسخ احتياطية بعد. تُنشأ عند الفتح وعند الإغلاق وكل بضع دقائق.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>On closing</source>
            <translation>عند الإغلاق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="134" />
            <source>On opening</source>
            <translation>عند الفتح</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="80" />
            <source>Pick the moment to go back to. The workspace as it is now is backed up first, so a restore can itself be undone by restoring that backup.
Backups are kept in {folder}.</source>
            <translation>اختر اللحظة التي تريد العودة إليها. تُنسخ مساحة العمل بحالتها الحالية احتياطياً أولاً، فيمكن التراجع عن الاستعادة نفسها باستعادة تلك النسخة.
تُحفظ النسخ الاحتياطية في ‎{folder}‎.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="106" />
            <source>Reading backups…</source>
            <translation>جارٍ قراءة النسخ الاحتياطية…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="165" />
            <source>Replace the workspace with the backup of {when}?

Everything changed since then is set aside (the current state is backed up first).</source>
            <translation>استبدال مساحة العمل بالنسخة الاحتياطية المأخوذة في {when}؟

يُنحّى كل ما تغيّر منذ ذلك الحين جانباً (تُنسخ الحالة الحالية احتياطياً أولاً).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="218" />
            <location filename="../../ui/dialogs/restore_backup.py" line="74" />
            <location filename="../../ui/dialogs/restore_backup.py" line="79" />
            <location filename="../../ui/dialogs/restore_backup.py" line="164" />
            <source>Restore from backup</source>
            <translation>استعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="210" />
            <source>Restored the backup of {when}.</source>
            <translation>استُعيدت النسخة الاحتياطية المأخوذة في {when}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="111" />
            <source>Restore…</source>
            <translation>استعادة…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="219" />
            <source>Restoring the backup of {when}…</source>
            <translation>جارٍ استعادة النسخة الاحتياطية المأخوذة في {when}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Taken</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="196" />
            <source>This backup was made under another passphrase: enter it, or the recovery key.</source>
            <translation>أُنشئت هذه النسخة الاحتياطية بعبارة مرور أخرى: أدخلها، أو أدخل مفتاح الاستعادة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="90" />
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="144" />
            <source>{n} backups, newest first.</source>
            <translation>النسخ الاحتياطية: {n}، الأحدث أولاً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/restore_backup.py" line="64" />
            <source>{size} MB</source>
            <translation>{size} ميغابايت</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../ui/dialogs/security.py" line="119" />
            <source>After decrypting, anyone who gets hold of this file (a lost laptop, a copied USB stick) can read every name, phone number and note in it.

Existing backups stay encrypted. Decrypt anyway?</source>
            <translation>بعد فك التشفير، يستطيع كل من يحصل على هذا الملف (حاسوب محمول مفقود، أو ذاكرة USB منسوخة) قراءة كل اسم ورقم هاتف وملاحظة فيه.

تبقى النسخ الاحتياطية الموجودة مشفّرة. هل تريد فك التشفير رغم ذلك؟</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="77" />
            <location filename="../../ui/dialogs/security.py" line="91" />
            <location filename="../../ui/dialogs/security.py" line="99" />
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="100" />
            <source>Changing the passphrase…</source>
            <translation>جارٍ تغيير عبارة المرور…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="112" />
            <location filename="../../ui/dialogs/security.py" line="118" />
            <location filename="../../ui/dialogs/security.py" line="137" />
            <source>Decrypt workspace</source>
            <translation>فك تشفير مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="138" />
            <source>Decrypting the workspace…</source>
            <translation>جارٍ فك تشفير مساحة العمل…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="37" />
            <location filename="../../ui/dialogs/security.py" line="59" />
            <location filename="../../ui/dialogs/security.py" line="32" />
            <source>Encrypt workspace</source>
            <translation>تشفير مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="59" />
            <source>Encrypting the workspace…</source>
            <translation>جارٍ تشفير مساحة العمل…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="86" />
            <source>Enter the current passphrase (or the recovery key) to change it.</source>
            <translation>أدخل عبارة المرور الحالية (أو مفتاح الاستعادة) لتغييرها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="129" />
            <source>Enter the passphrase (or the recovery key).</source>
            <translation>أدخل عبارة المرور (أو مفتاح الاستعادة).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="103" />
            <source>Passphrase changed (and for {n} backups).</source>
            <translation>تغيّرت عبارة المرور (وكذلك للنسخ الاحتياطية: {n}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="92" />
            <source>The recovery key stays the same. Backups made with this key follow the change.</source>
            <translation>يبقى مفتاح الاستعادة كما هو. وتتبع النسخ الاحتياطية المنشأة بهذا المفتاح التغيير.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="38" />
            <source>The workspace file, its journal and its backups will be unreadable without this passphrase. It is never stored: you will type it each time you open the workspace. A backup is taken first.</source>
            <translation>لن تمكن قراءة ملف مساحة العمل وسجل معاملاته ونسخه الاحتياطية دون عبارة المرور هذه. لا تُخزَّن أبداً: ستكتبها في كل مرة تفتح فيها مساحة العمل. تُنشأ نسخة احتياطية أولاً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="141" />
            <source>The workspace is no longer encrypted.</source>
            <translation>لم تعد مساحة العمل مشفّرة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="53" />
            <source>The workspace is now encrypted.</source>
            <translation>أصبحت مساحة العمل مشفّرة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="33" />
            <source>This workspace is already encrypted. Use Change passphrase… to change it.</source>
            <translation>مساحة العمل هذه مشفّرة بالفعل. استخدم «تغيير عبارة المرور…» لتغييرها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="112" />
            <source>This workspace is not encrypted.</source>
            <translation>مساحة العمل هذه غير مشفّرة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/security.py" line="78" />
            <source>This workspace is not encrypted. Use Encrypt workspace… first.</source>
            <translation>مساحة العمل هذه غير مشفّرة. استخدم «تشفير مساحة العمل…» أولاً.</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="128" />
            <source> backups</source>
            <translation> نسخ</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="130" />
            <location filename="../../ui/settings_dialog.py" line="143" />
            <source> days</source>
            <translation> يوماً</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="136" />
            <source> minutes</source>
            <translation> دقائق</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="156" />
            <source>&amp;Dates</source>
            <translation>ال&amp;تواريخ</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="129" />
            <source>&amp;Keep the last</source>
            <translation>الا&amp;حتفاظ بآخر</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="vanished">الل&amp;غة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="94" />
            <source>&amp;Logo for briefs</source>
            <translation>&amp;شعار الإيجازات</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="88" />
            <source>&amp;Organisation name</source>
            <translation>اسم ال&amp;منظمة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="150" />
            <source>&amp;Theme</source>
            <translation>الم&amp;ظهر</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="162" />
            <source>A new language applies when the app restarts.</source>
            <translation>تُطبَّق اللغة الجديدة عند إعادة تشغيل التطبيق.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="138" />
            <source>Back up &amp;every</source>
            <translation>نسخ احتياطي &amp;كل</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="127" />
            <source>Backup &amp;folder</source>
            <translation>م&amp;جلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="256" />
            <source>Backup folder</source>
            <translation>مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="121" />
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="123" />
            <source>Beside the workspace file</source>
            <translation>بجوار ملف مساحة العمل</translation>
        </message>
        <message>
            <source>Briefs and trackers</source>
            <translation type="vanished">الإيجازات وجداول المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="92" />
            <source>Choose a logo file</source>
            <translation>اختيار ملف الشعار</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="125" />
            <source>Choose the backup folder</source>
            <translation>اختيار مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="201" />
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Closed-door: for diplomats and UN officials</source>
            <translation type="vanished">محدود التوزيع (إحاطات مغلقة): للدبلوماسيين ومسؤولي الأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="60" />
            <source>Day and month name</source>
            <translation>اليوم واسم الشهر</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="117" />
            <source>Default &amp;audience</source>
            <translation>ال&amp;جمهور الافتراضي</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="142" />
            <source>Display</source>
            <translation>العرض</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="112" />
            <source>Exports</source>
            <translation>التصدير</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Follow the system</source>
            <translation>حسب النظام</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="62" />
            <source>ISO (year-month-day)</source>
            <translation>‏ISO (سنة-شهر-يوم)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="249" />
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>صور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Internal: the team's own view, everything</source>
            <translation type="vanished">داخلي: رؤية الفريق نفسه، كل شيء</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="161" />
            <source>Lan&amp;guage</source>
            <translation>الل&amp;غة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="249" />
            <source>Logo for briefs</source>
            <translation>شعار الإيجازات</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="63" />
            <source>Long</source>
            <translation>طويل</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="105" />
            <source>Members and campaigns…</source>
            <translation>الأعضاء والحملات…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="147" />
            <source>Not &amp;contacted after</source>
            <translation>دون تواصل &amp;بعد</translation>
        </message>
        <message>
            <source>Not contacted after</source>
            <translation type="vanished">دون تواصل بعد</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="90" />
            <source>PNG or JPEG; empty for the neutral logo</source>
            <translation>صورة PNG أو JPEG؛ اتركه فارغاً للشعار المحايد</translation>
        </message>
        <message>
            <source>Plus one a day &amp;for</source>
            <translation type="vanished">ونسخة يومية &amp;لمدة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="132" />
            <source>Plus one a day fo&amp;r</source>
            <translation>ونسخة يومية &amp;لمدة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="87" />
            <source>Printed on the briefs of this workspace</source>
            <translation>يُطبع على إيجازات مساحة العمل هذه</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="172" />
            <source>Problem</source>
            <translation>مشكلة</translation>
        </message>
        <message>
            <source>Public: only what partners agreed to make public</source>
            <translation type="vanished">علني: فقط ما وافق الشركاء على نشره</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="349" />
            <source>Restart Campaign Planner to switch the language.</source>
            <translation>أعد تشغيل Campaign Planner لتغيير اللغة.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="356" />
            <source>Se&amp;ttings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="71" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="347" />
            <source>Settings saved.</source>
            <translation>حُفظت الإعدادات.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="61" />
            <source>Short (the system's)</source>
            <translation>قصير (تنسيق النظام)</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="145" />
            <source>Targets and partners with no engagement for this long show as not contacted</source>
            <translation>تظهر الجهات المستهدفة والشركاء الذين لم يُتواصل معهم طوال هذه المدة على أنهم دون تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="108" />
            <source>Tea&amp;m</source>
            <translation>ال&amp;فريق</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="85" />
            <source>This workspace ({name})</source>
            <translation>مساحة العمل هذه ({name})</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="96" />
            <source>Who made each change, in the history</source>
            <translation>من أجرى كل تعديل، في سجل التعديلات</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="97" />
            <source>Your &amp;name</source>
            <translation>ا&amp;سمك</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="84" />
            <source>no workspace open</source>
            <translation>لا توجد مساحة عمل مفتوحة</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="291" />
            <source>{problem}. Nothing was saved.</source>
            <translation>‏{problem}. لم يُحفظ شيء.</translation>
        </message>
    </context>
    <context>
        <name>SignOns</name>
        <message numerus="yes">
            <location filename="../../ui/pages/sign_ons_tab.py" line="154" />
            <source>%n sign-ons (joint letters, statements, endorsements)</source>
            <translation>
                <numerusform>لا توقيعات مشتركة (رسائل وبيانات وتأييدات)</numerusform>
                <numerusform>توقيع مشترك واحد (رسالة أو بيان أو تأييد)</numerusform>
                <numerusform>توقيعان مشتركان (رسائل وبيانات وتأييدات)</numerusform>
                <numerusform>%n توقيعات مشتركة (رسائل وبيانات وتأييدات)</numerusform>
                <numerusform>%n توقيعًا مشتركًا (رسائل وبيانات وتأييدات)</numerusform>
                <numerusform>%n توقيع مشترك (رسائل وبيانات وتأييدات)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="55" />
            <source>Add signatory…</source>
            <translation>إضافة موقّع…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="72" />
            <source>Ask / may be named</source>
            <translation>المطلب / يجوز ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="40" />
            <source>Closed briefings</source>
            <translation>الإحاطات المغلقة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="71" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="56" />
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="70" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="54" />
            <source>New sign-on…</source>
            <translation>توقيع مشترك جديد…</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="88" />
            <source>No sign-ons yet. Record a joint letter or statement, or the endorsement of an ask, and who signed it: documents name only those who agreed to be named and count the others.</source>
            <translation>لا توقيعات مشتركة بعد. سجّل رسالة أو بيانًا مشتركًا، أو تأييد مطلب، ومن وقّعه: لا تذكر الوثائق إلا أسماء من وافقوا على ذكرها وتكتفي بعدّ الآخرين.</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="41" />
            <source>Public</source>
            <translation>علني</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="57" />
            <location filename="../../ui/pages/sign_ons_tab.py" line="183" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="187" />
            <source>Remove sign-on</source>
            <translation>إزالة التوقيع المشترك</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="224" />
            <source>Remove {title}</source>
            <translation>إزالة {title}</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="69" />
            <source>Sign-on / signatory</source>
            <translation>النص / الموقّع</translation>
        </message>
        <message>
            <source>Sign-ons: {n} joint letters, statements and endorsements</source>
            <translation type="vanished">التوقيعات المشتركة: {n} من الرسائل والبيانات والتأييدات</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="73" />
            <source>Signed</source>
            <translation>الموقّعون</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="39" />
            <source>Team only (counted in documents)</source>
            <translation>للفريق فقط (يُعدّ في الوثائق)</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="185" />
            <source>Withdraw signature</source>
            <translation>سحب التوقيع</translation>
        </message>
        <message>
            <location filename="../../ui/pages/sign_ons_tab.py" line="222" />
            <source>Withdraw {name}</source>
            <translation>سحب توقيع {name}</translation>
        </message>
    </context>
    <context>
        <name>StrategyView</name>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="88" />
            <source>(progressing)</source>
            <translation>(قيد التقدم)</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="98" />
            <source>Achieved: {asks}</source>
            <translation>ما تحقق: {asks}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="82" />
            <source>Asks</source>
            <translation>المطالب</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="113" />
            <source>Best placed to reach them</source>
            <translation>الأقدر على الوصول إليها</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="196" />
            <source>Campaign strategy</source>
            <translation>استراتيجية الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="110" />
            <source>Influence</source>
            <translation>التأثير</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Moment</source>
            <translation>المناسبة</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="154" />
            <source>Next moments</source>
            <translation>المناسبات القادمة</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="152" />
            <source>No high-influence stakeholder left to move.</source>
            <translation>لم يبق صاحب مصلحة مؤثر يجب استمالته.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="173" />
            <source>No moments planned ahead. Add some from the library.</source>
            <translation>لا مناسبات مخططة قادمة. أضف بعضها من المكتبة.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="77" />
            <source>No objective yet.</source>
            <translation>لا هدف بعد.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="95" />
            <source>No open asks.</source>
            <translation>لا مطالب مفتوحة.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="140" />
            <source>No supporter within reach — map relationships</source>
            <translation>لا مؤيد في المتناول — ارسم خريطة العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="76" />
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="158" />
            <source>Overdue: {moment} ({when}) — record the outcome or reschedule.</source>
            <translation>متأخرة: {moment} ({when}) — سجّل النتيجة أو أعد الجدولة.</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="112" />
            <source>Owner · next step</source>
            <translation>المسؤول · الخطوة التالية</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="220" />
            <source>Preparing the strategy…</source>
            <translation>جارٍ إعداد الاستراتيجية…</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="111" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="198" />
            <source>Strategy: objective, asks, targets to move, routes</source>
            <translation>الاستراتيجية: الهدف والمطالب والجهات المستهدفة والمسارات</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="109" />
            <source>Target</source>
            <translation>جهة مستهدفة</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="104" />
            <source>Targets to move</source>
            <translation>جهات مستهدفة يجب استمالتها</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="162" />
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="130" />
            <source>direct link</source>
            <translation>صلة مباشرة</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="100" />
            <source>influence ≥ {min}, not yet supportive · {n} supporters to reach them through</source>
            <translation>التأثير ≥ {min}، غير مؤيدة بعد · {n} من المؤيدين للوصول إليها</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="71" />
            <source>lead {lead}</source>
            <translation>المسؤول {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="124" />
            <source>nobody</source>
            <translation>لا أحد</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="73" />
            <source>strategy as of {date}</source>
            <translation>الاستراتيجية بتاريخ {date}</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="132" />
            <source>{n} links</source>
            <translation>{n} صلات</translation>
        </message>
        <message>
            <location filename="../../ui/views/strategy_view.py" line="86" />
            <source>— to {target}</source>
            <translation>— إلى {target}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="54" />
            <source>Asks</source>
            <translation>المطالب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="417" />
            <source>Automatic backups of this laptop dropped (they held those records): {n}.</source>
            <translation>النسخ الاحتياطية التلقائية لهذا الحاسوب المحذوفة (كانت تحوي تلك السجلات): {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="55" />
            <source>Campaign partners</source>
            <translation>شركاء الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="52" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="305" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="194" />
            <source>Carry on this laptop…</source>
            <translation>الحمل على هذا الحاسوب…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="239" />
            <source>Checking what changed since the last sync…</source>
            <translation>التحقق مما تغيّر منذ آخر مزامنة…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="245" />
            <source>Choosing what this laptop carries…</source>
            <translation>جارٍ اختيار ما يحمله هذا الحاسوب…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="396" />
            <source>Conflicts</source>
            <translation>التعارضات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="297" />
            <source>Connecting to {host}…</source>
            <translation>جارٍ الاتصال بـ {host}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="58" />
            <source>Engagements</source>
            <translation>التواصلات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="422" />
            <source>Kept here only: {what}</source>
            <translation>محفوظ هنا فقط: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="122" />
            <source>Leave the password out of the address: put it in your {pgpass} file (or {env}), as the user guide's team server section says.</source>
            <translation>لا تضع كلمة المرور في العنوان: ضعها في ملف {pgpass} (أو {env})، كما يشرح قسم خادم الفريق في دليل المستخدم.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="395" />
            <source>Merged</source>
            <translation>مدمجة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="57" />
            <source>Milestones</source>
            <translation>المحطات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="182" />
            <source>No password here: the app reads it from your {pgpass} file or {env}. The address is remembered for this workspace.</source>
            <translation>لا كلمة مرور هنا: يقرؤها التطبيق من ملف {pgpass} أو من {env}. يُحفظ العنوان لمساحة العمل هذه.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="59" />
            <source>Quotes</source>
            <translation>الاقتباسات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="242" />
            <source>Reading the server…</source>
            <translation>جارٍ قراءة الخادم…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="241" />
            <source>Reading this workspace…</source>
            <translation>جارٍ قراءة مساحة العمل هذه…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="394" />
            <source>Received</source>
            <translation>مستلمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="56" />
            <source>Relationships</source>
            <translation>العلاقات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="410" />
            <source>Removed from this laptop (records it no longer carries): {n}. Nothing was deleted on the server.</source>
            <translation>أزيل من هذا الحاسوب (سجلات لم يعد يحملها): {n}. لم يُحذف شيء على الخادم.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="444" />
            <source>Review conflicts…</source>
            <translation>مراجعة التعارضات…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="249" />
            <source>Sending {n} records to the server…</source>
            <translation>جارٍ إرسال {n} سجلًا إلى الخادم…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="169" />
            <source>Sends the changes made in this workspace since the last sync and brings back the team's. When you and a colleague changed the same field, nothing is overwritten: you choose afterwards.</source>
            <translation>يرسل التغييرات التي أُجريت في مساحة العمل هذه منذ آخر مزامنة ويجلب تغييرات الفريق. إذا غيّرت أنت وزميل الحقل نفسه فلا يُستبدل شيء: تختار أنت بعد ذلك.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="393" />
            <source>Sent</source>
            <translation>مرسلة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="481" />
            <source>Sent {pushed} · Received {pulled} · Merged {merged} · Conflicts {conflicts}</source>
            <translation>مرسلة {pushed} · مستلمة {pulled} · مدمجة {merged} · تعارضات {conflicts}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="178" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="179" />
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="61" />
            <source>Sign-ons</source>
            <translation>الانضمامات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="62" />
            <source>Signatures</source>
            <translation>التوقيعات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="53" />
            <source>Stakeholders</source>
            <translation>الجهات المعنية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="63" />
            <source>Stance changes</source>
            <translation>تغيرات المواقف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="342" />
            <source>Stopping at the end of this step…</source>
            <translation>جارٍ التوقف في نهاية هذه الخطوة…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="199" />
            <source>Sync</source>
            <translation>مزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="461" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="479" />
            <source>Sync finished</source>
            <translation>اكتملت المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="164" />
            <location filename="../../ui/dialogs/sync_dialog.py" line="290" />
            <source>Sync with server</source>
            <translation>المزامنة مع الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="168" />
            <source>Sync with the team server</source>
            <translation>المزامنة مع خادم الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="476" />
            <source>Synced with {server}. Nothing had changed on either side.</source>
            <translation>تمت المزامنة مع {server}. لم يتغير شيء على أي من الجانبين.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="467" />
            <source>Synced with {server}. Some fields were changed both here and on the server: nothing was overwritten for them until you choose.</source>
            <translation>تمت المزامنة مع {server}. تغيّرت بعض الحقول هنا وعلى الخادم: لم يُستبدل فيها شيء حتى تختار.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="472" />
            <source>Synced with {server}. This workspace and the server now agree.</source>
            <translation>تمت المزامنة مع {server}. مساحة العمل هذه والخادم متطابقان الآن.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="129" />
            <source>The address must end with the database name ({example}).</source>
            <translation>يجب أن ينتهي العنوان باسم قاعدة البيانات ({example}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="274" />
            <source>The connection to the server failed: {detail}. Nothing is half-written; sync again when the server is reachable.</source>
            <translation>فشل الاتصال بالخادم: {detail}. لم يُكتب شيء جزئيًا؛ زامن مرة أخرى عندما يصبح الخادم متاحًا.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="425" />
            <source>The server no longer shows you campaign {id} (revoked or deleted).</source>
            <translation>لم يعد الخادم يعرض لك الحملة {id} (سُحب الوصول أو حُذفت).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="142" />
            <source>This laptop carries every campaign the server shows you.</source>
            <translation>يحمل هذا الحاسوب كل حملة يعرضها لك الخادم.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="145" />
            <source>This laptop carries {n} chosen campaign(s), as a closed audience sees them.</source>
            <translation>يحمل هذا الحاسوب {n} من الحملات المختارة، كما يراها جمهور مغلق.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="149" />
            <source>This laptop carries {n} chosen campaign(s), as the public sees them.</source>
            <translation>يحمل هذا الحاسوب {n} من الحملات المختارة، كما يراها الجمهور العام.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="152" />
            <source>This laptop carries {n} chosen campaign(s), in full.</source>
            <translation>يحمل هذا الحاسوب {n} من الحملات المختارة، كاملة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="108" />
            <source>Type the team server's address.</source>
            <translation>اكتب عنوان خادم الفريق.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="60" />
            <source>Vote positions</source>
            <translation>مواقف التصويت</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="253" />
            <source>Writing {n} records here…</source>
            <translation>جارٍ كتابة {n} سجلًا هنا…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="111" />
            <source>{url} is not a team server address: it starts with {scheme} (for example {example}).</source>
            <translation>{url} ليس عنوان خادم فريق: يبدأ العنوان بـ {scheme} (مثلًا {example}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_dialog.py" line="119" />
            <source>{url} is not a valid server address.</source>
            <translation>{url} ليس عنوان خادم صالحًا.</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="143" />
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="46" />
            <source>Achieved on</source>
            <translation>تحقق في</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="47" />
            <source>Actual</source>
            <translation>الفعلي</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="270" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="346" />
            <source>Apply</source>
            <translation>تطبيق</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/sync_conflicts.py" line="344" />
            <source>Apply %n choices</source>
            <translation>
                <numerusform>تطبيق %n اختيار</numerusform>
                <numerusform>تطبيق اختيار واحد</numerusform>
                <numerusform>تطبيق اختيارين</numerusform>
                <numerusform>تطبيق %n اختيارات</numerusform>
                <numerusform>تطبيق %n اختيارًا</numerusform>
                <numerusform>تطبيق %n اختيار</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="48" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="112" />
            <source>Ask</source>
            <translation>مطلب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <source>Bundle's</source>
            <translation>قيمة الحزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="49" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="110" />
            <source>Campaign</source>
            <translation>حملة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="113" />
            <source>Campaign partner</source>
            <translation>شريك الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="50" />
            <source>Category</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="198" />
            <source>Changed on both sides</source>
            <translation>تغيّر على الجانبين</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="51" />
            <source>Channel</source>
            <translation>القناة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="229" />
            <source>Choose…</source>
            <translation>اختر…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="52" />
            <source>Confidence</source>
            <translation>الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="53" />
            <source>Consent note</source>
            <translation>ملاحظة الموافقة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="74" />
            <source>Consent to be named</source>
            <translation>الموافقة على ذكر الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="54" />
            <source>Context</source>
            <translation>السياق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="55" />
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="56" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="141" />
            <source>Deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="155" />
            <source>Deleted or kept</source>
            <translation>محذوف أو محفوظ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="57" />
            <source>Depends on</source>
            <translation>يعتمد على</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="58" />
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="59" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="60" />
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="116" />
            <source>Engagement</source>
            <translation>تواصل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="61" />
            <source>Expected</source>
            <translation>المتوقع</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="62" />
            <source>Follow-up date</source>
            <translation>تاريخ المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="81" />
            <source>Former influence</source>
            <translation>التأثير السابق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="82" />
            <source>Former stance</source>
            <translation>الموقف السابق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="63" />
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="64" />
            <source>Influence</source>
            <translation>التأثير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="65" />
            <source>Interest</source>
            <translation>الاهتمام</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Keep</source>
            <translation>الإبقاء على</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="255" />
            <source>Keep all mine</source>
            <translation>الإبقاء على كل قيمي</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="259" />
            <source>Keep all server's</source>
            <translation>الإبقاء على كل قيم الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="260" />
            <source>Keep all the bundle's</source>
            <translation>الإبقاء على كل ما في الحزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="261" />
            <source>Keep all theirs</source>
            <translation>الإبقاء على كل ما لدى الطرف الآخر</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="232" />
            <source>Keep for {record}</source>
            <translation>الإبقاء لـ {record}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="141" />
            <source>Kept (not deleted)</source>
            <translation>محفوظ (غير محذوف)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="67" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="68" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="69" />
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="70" />
            <source>Lead</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="66" />
            <source>Local</source>
            <translation>محلي</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="71" />
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="72" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="115" />
            <source>Milestone</source>
            <translation>محطة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="230" />
            <source>Mine</source>
            <translation>قيمتي</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="73" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="75" />
            <source>New influence</source>
            <translation>التأثير الجديد</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="76" />
            <source>New stance</source>
            <translation>الموقف الجديد</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="77" />
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="145" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="78" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="79" />
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="80" />
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="83" />
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="84" />
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="85" />
            <source>Owner</source>
            <translation>المالك</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="86" />
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="87" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="117" />
            <source>Quote</source>
            <translation>اقتباس</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="202" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="114" />
            <source>Relationship</source>
            <translation>علاقة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
            <source>Review conflicts</source>
            <translation>مراجعة التعارضات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="196" />
            <source>Review sync conflicts</source>
            <translation>مراجعة تعارضات المزامنة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="88" />
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="89" />
            <source>Sensitivity</source>
            <translation>الحساسية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="231" />
            <source>Server's</source>
            <translation>قيمة الخادم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="90" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="119" />
            <source>Sign-on</source>
            <translation>انضمام</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="120" />
            <source>Signature</source>
            <translation>توقيع</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="91" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="92" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="111" />
            <source>Stakeholder</source>
            <translation>جهة معنية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="93" />
            <source>Stakeholders</source>
            <translation>الجهات المعنية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="94" />
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="121" />
            <source>Stance change</source>
            <translation>تغير موقف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="95" />
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="96" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="97" />
            <source>Strategy</source>
            <translation>الاستراتيجية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="98" />
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="99" />
            <source>Tags</source>
            <translation>الوسوم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="100" />
            <location filename="../../ui/dialogs/sync_conflicts.py" line="101" />
            <source>Target</source>
            <translation>الهدف المستهدف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="102" />
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="231" />
            <source>The bundle's</source>
            <translation>قيمة الحزمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="200" />
            <source>Theirs</source>
            <translation>قيمة الطرف الآخر</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="288" />
            <source>These fields were changed differently here and on the other laptop whose bundle you imported ({names}). Choose which value to keep for each; nothing changes until you click Apply. Your choices reach the other laptop with the next bundle you send it.</source>
            <translation>عُدّلت هذه الحقول بشكل مختلف هنا وعلى الحاسوب الآخر الذي استوردت حزمته ({names}). اختر القيمة التي تُبقي عليها لكل حقل؛ لا يتغيّر شيء حتى تنقر تطبيق. تصل اختياراتك إلى الحاسوب الآخر مع الحزمة التالية التي ترسلها إليه.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="294" />
            <source>These fields were changed differently here and on the server or another laptop whose bundle you imported. Choose which value to keep for each; nothing changes until you click Apply. Your choices reach them at the next sync or with the next bundle you send.</source>
            <translation>عُدّلت هذه الحقول بشكل مختلف هنا وعلى الخادم أو على حاسوب آخر استوردت حزمته. اختر القيمة التي تُبقي عليها لكل حقل؛ لا يتغيّر شيء حتى تنقر تطبيق. تصل اختياراتك إليهم عند المزامنة التالية أو مع الحزمة التالية التي ترسلها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="103" />
            <source>Title</source>
            <translation>المنصب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="104" />
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="105" />
            <source>Translation</source>
            <translation>الترجمة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="118" />
            <source>Vote position</source>
            <translation>موقف تصويت</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="106" />
            <source>Web address</source>
            <translation>عنوان الويب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="107" />
            <source>Women-led</source>
            <translation>بقيادة نسائية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="145" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="281" />
            <source>You and a colleague changed these fields differently since the last sync. Choose which value to keep for each; nothing changes until you click Apply. Your choices reach the server at the next sync.</source>
            <translation>غيّرت أنت وزميل هذه الحقول بشكل مختلف منذ آخر مزامنة. اختر القيمة التي تبقى في كل منها؛ لا يتغير شيء حتى تنقر تطبيق. تصل اختياراتك إلى الخادم في المزامنة التالية.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="176" />
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="221" />
            <source>the bundle from {name}</source>
            <translation>الحزمة الواردة من {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="165" />
            <source>unknown time</source>
            <translation>وقت غير معروف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/sync_conflicts.py" line="175" />
            <source>{who}, {when}</source>
            <translation>{who}، {when}</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <location filename="../../ui/dialogs/team.py" line="141" />
            <source>&amp;Add</source>
            <translation>&amp;إضافة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="228" />
            <source>&amp;Add member…</source>
            <translation>&amp;إضافة عضو…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="126" />
            <source>&amp;Name</source>
            <translation>الا&amp;سم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="127" />
            <source>&amp;Password</source>
            <translation>&amp;كلمة المرور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="231" />
            <source>&amp;Remove…</source>
            <translation>إ&amp;زالة…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="124" />
            <source>A&amp;dmin: sees every campaign and manages the team</source>
            <translation>م&amp;شرف: يرى كل الحملات ويدير الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="103" />
            <source>Add a team member</source>
            <translation>إضافة عضو إلى الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="172" />
            <source>Adding {name}…</source>
            <translation>جارٍ إضافة {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="214" />
            <location filename="../../ui/dialogs/team.py" line="288" />
            <source>Admin</source>
            <translation>مشرف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="287" />
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="317" />
            <source>An admin sees every campaign.</source>
            <translation>المشرف يرى كل الحملات.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="240" />
            <location filename="../../ui/dialogs/team.py" line="214" />
            <location filename="../../ui/dialogs/team.py" line="312" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="244" />
            <source>Campaigns of the selected member</source>
            <translation>حملات العضو المختار</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="315" />
            <source>Campaigns of {name}</source>
            <translation>حملات {name}</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="313" />
            <source>Choose a member to see their campaigns.</source>
            <translation>اختر عضوًا لترى حملاته.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="202" />
            <source>Each colleague logs in to {workspace} with their own name and password and sees only the campaigns they are on; admins see every campaign. The server enforces it, for the app and for any other program.</source>
            <translation>يدخل كل زميل إلى {workspace} باسمه وكلمة مروره ولا يرى إلا الحملات التي هو عضو فيها؛ ويرى المشرفون كل الحملات. يفرض الخادم ذلك على التطبيق وعلى أي برنامج آخر.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="162" />
            <source>Give them a password.</source>
            <translation>أعطه كلمة مرور.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="214" />
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="300" />
            <source>No members yet: add one, then put them on campaigns.</source>
            <translation>لا أعضاء بعد: أضف عضوًا ثم ضعه في حملات.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="302" />
            <source>Only an admin can change the team; you can see it.</source>
            <translation>لا يغيّر الفريق إلا مشرف؛ يمكنك الاطلاع عليه.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="128" />
            <source>Password a&amp;gain</source>
            <translation>كلمة المرور &amp;مرة أخرى</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="254" />
            <source>Problem</source>
            <translation>مشكلة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="374" />
            <source>Putting {name} on {campaign}…</source>
            <translation>جارٍ وضع {name} في {campaign}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="278" />
            <source>Reading the team…</source>
            <translation>جارٍ قراءة الفريق…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="401" />
            <source>Remove a team member</source>
            <translation>إزالة عضو من الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="402" />
            <source>Remove {name} from the team? They will no longer be able to log in to this server. The campaigns and everything in them stay.</source>
            <translation>هل تريد إزالة {name} من الفريق؟ لن يتمكن بعد الآن من الدخول إلى هذا الخادم. تبقى الحملات وكل ما فيها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="416" />
            <source>Removing {name}…</source>
            <translation>جارٍ إزالة {name}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="380" />
            <source>Taking {name} off {campaign}…</source>
            <translation>جارٍ إخراج {name} من {campaign}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="195" />
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="215" />
            <source>Team members</source>
            <translation>أعضاء الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="63" />
            <source>The server did not answer ({error}). Nothing was changed.</source>
            <translation>لم يستجب الخادم ({error}). لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="166" />
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="109" />
            <source>They log in with this name and password. Give them the password in person or by another channel than the server's address.</source>
            <translation>يدخل بهذا الاسم وكلمة المرور هذه. أعطه كلمة المرور شخصيًا أو عبر قناة غير عنوان الخادم.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="319" />
            <source>Tick the campaigns they may see and edit.</source>
            <translation>ضع علامة على الحملات التي يمكنه رؤيتها وتعديلها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/team.py" line="118" />
            <source>lower-case letters, digits, _ . -</source>
            <translation>حروف لاتينية صغيرة وأرقام و _ . -</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../ui/views/timeline.py" line="804" />
            <source>(this week)</source>
            <translation>(هذا الأسبوع)</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="495" />
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="484" />
            <source>Agenda of milestones</source>
            <translation>جدول المحطات</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="70" />
            <source>CANCELLED</source>
            <translation>ملغاة</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Campaign</source>
            <translation>الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="522" />
            <source>Legend</source>
            <translation>مفتاح الرموز</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="69" />
            <location filename="../../ui/views/timeline.py" line="282" />
            <source>MISSED</source>
            <translation>فائتة</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Moment</source>
            <translation>المناسبة</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="68" />
            <location filename="../../ui/views/timeline.py" line="281" />
            <source>OVERDUE</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="156" />
            <source>Owner: {owner}</source>
            <translation>المسؤول: {owner}</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="507" />
            <source>Scroll to today</source>
            <translation>الانتقال إلى اليوم</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="480" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="494" />
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="529" />
            <source>Timeline of milestones</source>
            <translation>الجدول الزمني للمحطات</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="791" />
            <source>Timeline: {summary}. Click a milestone to open it; drag it sideways to move it.</source>
            <translation>الجدول الزمني: {summary}. انقر على محطة لفتحها، واسحبها أفقياً لنقلها.</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="416" />
            <location filename="../../ui/views/timeline.py" line="310" />
            <location filename="../../ui/views/timeline.py" line="507" />
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="802" />
            <source>Week of {date}</source>
            <translation>أسبوع {date}</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="506" />
            <source>Zoom in (Ctrl + mouse wheel)</source>
            <translation>تكبير (Ctrl + عجلة الفأرة)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+wheel)</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="505" />
            <source>Zoom out (Ctrl + mouse wheel)</source>
            <translation>تصغير (Ctrl + عجلة الفأرة)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+wheel)</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="293" />
            <source>anniversary</source>
            <translation>ذكرى</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="283" />
            <source>cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="291" />
            <source>deadline</source>
            <translation>موعد نهائي</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="280" />
            <source>done</source>
            <translation>تم</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="292" />
            <source>media</source>
            <translation>إعلام</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="289" />
            <source>meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="279" />
            <source>planned</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="290" />
            <source>vote</source>
            <translation>تصويت</translation>
        </message>
        <message>
            <location filename="../../ui/views/timeline.py" line="786" />
            <source>{n} milestones · {late} overdue · {missed} missed</source>
            <translation>{n} من المحطات · {late} متأخرة · {missed} فائتة</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <location filename="../../ui/tour.py" line="114" />
            <source>A campaign's workspace</source>
            <translation>مساحة عمل الحملة</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="99" />
            <source>A one-minute tour of the main views. Use Next (Enter) and Back, or Esc to stop; Help ▸ Take the tour brings it back.</source>
            <translation>جولة من دقيقة واحدة في الواجهات الرئيسية. استخدم «التالي» (Enter) و«السابق»، أو Esc للإيقاف؛ ويعيدها «مساعدة ◂ القيام بجولة تعريفية».</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="165" />
            <source>Back</source>
            <translation>السابق</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="122" />
            <source>Ctrl+K searches everything. Help ▸ Keyboard shortcuts lists every key and Help ▸ User guide explains each task. Edit ▸ Settings puts your organisation's name on briefs.</source>
            <translation>يبحث Ctrl+K في كل شيء. يعرض «مساعدة ◂ اختصارات لوحة المفاتيح» كل المفاتيح، ويشرح «مساعدة ◂ دليل المستخدم» كل مهمة. ويضع «تحرير ◂ الإعدادات» اسم منظمتك على الإيجازات.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="164" />
            <source>End tour</source>
            <translation>إنهاء الجولة</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="68" />
            <source>Every campaign with its status, priority and dates. Select one and press Enter to open its workspace.</source>
            <translation>كل حملة مع حالتها وأولويتها وتواريخها. حدّد حملة واضغط Enter لفتح مساحة عملها.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="72" />
            <source>Everyone you work with or want to move, across campaigns. Filter by category, country or sensitivity; confidential partners carry a lock and the word Confidential.</source>
            <translation>كل من تعمل معهم أو تريد التأثير فيهم، في جميع الحملات. صفِّ حسب الفئة أو البلد أو درجة الحساسية؛ يحمل الشركاء السريّون رمز قفل وكلمة «سري».</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="115" />
            <source>Everything about one campaign, in tabs: {tabs}.</source>
            <translation>كل ما يخص حملة واحدة، في علامات تبويب: {tabs}.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="121" />
            <source>Find anything, get help</source>
            <translation>ابحث عن أي شيء واحصل على المساعدة</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="197" />
            <source>Finish</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="146" />
            <source>Guided tour</source>
            <translation>جولة تعريفية</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="166" />
            <location filename="../../ui/tour.py" line="197" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="106" />
            <source>One of the workspace's views.</source>
            <translation>إحدى واجهات مساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="190" />
            <source>Step {n} of {total}</source>
            <translation>الخطوة {n} من {total}</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="82" />
            <source>The log of meetings, calls and briefings. Press Ctrl+L anywhere to log one right after it happens.</source>
            <translation>سجل الاجتماعات والمكالمات والإحاطات. اضغط Ctrl+L في أي مكان لتسجيل أحدها فور حدوثه.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="77" />
            <source>The moments you plan around, across campaigns: UN meetings, votes, deadlines. Overdue ones are marked in words, not only in colour.</source>
            <translation>المناسبات التي تخطط حولها في جميع الحملات: اجتماعات الأمم المتحدة، والتصويتات، والمواعيد النهائية. يُشار إلى المتأخر منها بالكلمات، لا باللون وحده.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="81" />
            <source>The same moments on a calendar line, campaign by campaign.</source>
            <translation>المناسبات نفسها على خط زمني، حملةً تلو الأخرى.</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="98" />
            <source>Welcome</source>
            <translation>مرحباً</translation>
        </message>
        <message>
            <location filename="../../ui/tour.py" line="64" />
            <source>What needs you now: moments due this week, overdue milestones, follow-ups and the latest engagements. Start here every morning.</source>
            <translation>ما يحتاج إليك الآن: مناسبات هذا الأسبوع، والمحطات المتأخرة، والمتابعات، وآخر أنشطة التواصل. ابدأ من هنا كل صباح.</translation>
        </message>
    </context>
    <context>
        <name>TrackerExport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="71" />
            <source>All campaigns</source>
            <translation>كل الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="90" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="89" />
            <source>Campaigns</source>
            <translation>الحملات</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="140" />
            <source>Choose where to save the tracker.</source>
            <translation>اختر مكان حفظ جدول المتابعة.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">اختيار…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="63" />
            <source>Excel tracker</source>
            <translation>جدول متابعة Excel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="87" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="94" />
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="183" />
            <location filename="../../ui/dialogs/tracker_export.py" line="60" />
            <source>Export tracker</source>
            <translation>تصدير جدول المتابعة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="184" />
            <source>Exporting the tracker of {t}…</source>
            <translation>جارٍ تصدير جدول متابعة {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="163" />
            <source>Gathering {t}…</source>
            <translation>جارٍ جمع {t}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="124" />
            <source>Internal: every partner, confidential ones included, with contacts and the engagement log. It can be edited and imported back.</source>
            <translation>داخلي: جميع الشركاء، بمن فيهم السريّون، مع بيانات الاتصال وسجل التواصل. يمكن تعديله واستيراده مجدداً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="70" />
            <source>One campaign</source>
            <translation>حملة واحدة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="91" />
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="87" />
            <source>Save tracker as</source>
            <translation>حفظ جدول المتابعة باسم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="131" />
            <source>Shared outside the team: withheld partners are described or counted, never named. It cannot be imported back; the export is recorded in the campaign's History.</source>
            <translation>للمشاركة خارج الفريق: الشركاء المحجوبون يوصفون أو يُعدّون ولا تُذكر أسماؤهم أبداً. لا يمكن استيراده مجدداً؛ ويُسجَّل التصدير في سجل تعديلات الحملة.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="140" />
            <source>The folder {f} does not exist.</source>
            <translation>المجلد ‎{f}‎ غير موجود.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="172" />
            <source>The tracker of {t} is ready ({n} rows on {s} sheets).</source>
            <translation>جدول متابعة {t} جاهز (الصفوف: {n}، الأوراق: {s}).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="64" />
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker.</source>
            <translation>وثيقة العمل التي تُشارَك وتُعدَّل في Excel أو LibreOffice. يمكن إعادة جدول المتابعة الداخلي عبر «ملف ◂ استيراد جدول متابعة».</translation>
        </message>
        <message>
            <source>The working document to share and edit in Excel or LibreOffice. An internal tracker can be brought back with File ▸ Import tracker….</source>
            <translation type="vanished">وثيقة العمل التي تُشارَك وتُعدَّل في Excel أو LibreOffice. يمكن إعادة جدول المتابعة الداخلي عبر «ملف ◂ استيراد جدول متابعة…».</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="171" />
            <source>Tracker ready</source>
            <translation>جدول المتابعة جاهز</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_export.py" line="147" />
            <source>all campaigns</source>
            <translation>كل الحملات</translation>
        </message>
    </context>
    <context>
        <name>TrackerImport</name>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="56" />
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="152" />
            <source>Apply {n} changes</source>
            <translation>تطبيق التغييرات ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="238" />
            <source>Applying {s}…</source>
            <translation>جارٍ تطبيق {s}…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="236" />
            <source>Backing up the workspace first…</source>
            <translation>جارٍ نسخ مساحة العمل احتياطياً أولاً…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <location filename="../../ui/dialogs/tracker_import.py" line="137" />
            <source>Cell</source>
            <translation>الخلية</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="144" />
            <source>Changes ({n})</source>
            <translation>التغييرات ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="180" />
            <source>Excel workbook (*.xlsx);;All files (*)</source>
            <translation>مصنف Excel (*.xlsx);;كل الملفات (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="158" />
            <source>Fix the problems in the file and import it again.</source>
            <translation>أصلح المشكلات في الملف ثم استورده مجدداً.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="180" />
            <location filename="../../ui/dialogs/tracker_import.py" line="191" />
            <location filename="../../ui/dialogs/tracker_import.py" line="217" />
            <location filename="../../ui/dialogs/tracker_import.py" line="259" />
            <source>Import tracker</source>
            <translation>استيراد جدول متابعة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="100" />
            <source>Import tracker — preview</source>
            <translation>استيراد جدول متابعة — معاينة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="249" />
            <source>Imported {f}: {s}.</source>
            <translation>استُورد ‎{f}‎: {s}.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="260" />
            <source>Importing {f}…</source>
            <translation>جارٍ استيراد ‎{f}‎…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>New</source>
            <translation>الجديد</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="171" />
            <source>No changes: this tracker matches the workspace.</source>
            <translation>لا تغييرات: جدول المتابعة هذا يطابق مساحة العمل.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Old</source>
            <translation>القديم</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="137" />
            <source>Problem</source>
            <translation>مشكلة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="145" />
            <source>Problems ({n})</source>
            <translation>المشكلات ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="218" />
            <source>Reading {f}…</source>
            <translation>جارٍ قراءة ‎{f}‎…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="172" />
            <source>Ready to import {n} changes ({s}). Check them, then apply.</source>
            <translation>جاهز لاستيراد التغييرات ({n}): {s}. راجعها ثم طبّقها.</translation>
        </message>
        <message>
            <source>Ready to import: {s}. Check the changes, then apply them.</source>
            <translation type="vanished">جاهز للاستيراد: {s}. راجع التغييرات ثم طبّقها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="120" />
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="76" />
            <source>delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="74" />
            <source>new row</source>
            <translation>صف جديد</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="192" />
            <source>{f} cannot be imported. Nothing was changed.</source>
            <translation>لا يمكن استيراد ‎{f}‎. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/tracker_import.py" line="166" />
            <source>{n} problem(s) must be fixed in the file before anything can be imported (the import is all or nothing). Nothing has been changed.</source>
            <translation>يجب إصلاح المشكلات ({n}) في الملف قبل استيراد أي شيء (الاستيراد يتم كاملاً أو لا يتم). لم يتغيّر شيء.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopy</name>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="199" />
            <source>(not on this laptop yet: {id})</source>
            <translation>(ليست على هذا الحاسوب بعد: {id})</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="145" />
            <source>Asking {server} which campaigns you may carry… Meanwhile, the campaigns already on this laptop are listed.</source>
            <translation>جارٍ سؤال {server} عن الحملات التي يمكنك حملها… في الأثناء، تُعرض الحملات الموجودة على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="106" />
            <location filename="../../ui/dialogs/travel_copy.py" line="109" />
            <source>Audience</source>
            <translation>الجمهور</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="83" />
            <source>Before crossing a border, carry only the campaigns you need, and only what an audience may see. The next sync brings down nothing else, and removes from this laptop (never from the server) what it no longer carries, with its history and its automatic backups.</source>
            <translation>قبل عبور الحدود، احمل الحملات التي تحتاجها فقط، وما يجوز لجمهور ما أن يراه فقط. لا تجلب المزامنة التالية شيئًا آخر، وتزيل من هذا الحاسوب (وليس من الخادم أبدًا) ما لم يعد يحمله، مع سجله ونسخه الاحتياطية التلقائية.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="99" />
            <source>Campaigns to carry</source>
            <translation>الحملات المحمولة</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="78" />
            <source>Carry on this laptop</source>
            <translation>الحمل على هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="91" />
            <source>Carry only the campaigns ticked below</source>
            <translation>احمل الحملات المحددة أدناه فقط</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="119" />
            <source>Checking what this laptop keeps and what leaves it…</source>
            <translation>جارٍ التحقق مما يحتفظ به هذا الحاسوب وما سيُزال منه…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="62" />
            <source>Closed audience: withheld partners left out, others not named</source>
            <translation>جمهور مغلق: يُستبعد الشركاء المحجوبون ولا يُسمّى الآخرون</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="61" />
            <source>Everything (internal view)</source>
            <translation>كل شيء (العرض الداخلي)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="134" />
            <source>No team server is set for this workspace yet, so only the campaigns already on this laptop are listed. Sync once to choose among all the campaigns the server shows you.</source>
            <translation>لم يُحدَّد خادم فريق لمساحة العمل هذه بعد، لذا تُعرض فقط الحملات الموجودة على هذا الحاسوب. زامِن مرة واحدة لتختار من بين كل الحملات التي يعرضها لك الخادم.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="172" />
            <source>Offline: {server} could not be reached ({why}). Only the campaigns already on this laptop are listed; your choice is kept all the same.</source>
            <translation>غير متصل: تعذّر الوصول إلى {server} ({why}). تُعرض فقط الحملات الموجودة على هذا الحاسوب؛ ويُحفظ اختيارك مع ذلك.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="63" />
            <source>Public audience: only what may be published</source>
            <translation>الجمهور العام: ما يجوز نشره فقط</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="124" />
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="163" />
            <source>The campaigns {server} shows you, including those not on this laptop yet: the next sync brings down the ones you tick.</source>
            <translation>الحملات التي يعرضها لك {server}، ومنها ما ليس على هذا الحاسوب بعد: تجلب المزامنة التالية ما تحدده منها.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="231" />
            <source>Tick at least one campaign, or untick “Carry only”.</source>
            <translation>حدد حملة واحدة على الأقل، أو ألغِ تحديد «احمل فقط».</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="113" />
            <source>Unticked, the laptop carries every campaign the server shows you. Edits not yet synced must be synced first.</source>
            <translation>دون تحديد، يحمل الحاسوب كل حملة يعرضها لك الخادم. يجب مزامنة التعديلات غير المتزامنة أولًا.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="82" />
            <source>What this laptop carries</source>
            <translation>ما يحمله هذا الحاسوب</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="194" />
            <source>{name} (new on this laptop: the next sync sends it)</source>
            <translation>{name} (جديدة على هذا الحاسوب: ترسلها المزامنة التالية)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/travel_copy.py" line="200" />
            <source>{name} (the server no longer shows it to you)</source>
            <translation>{name} (لم يعد الخادم يعرضها لك)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../ui/undo_commands.py" line="104" />
            <source>Not undone or redone: “{what}”. {why}</source>
            <translation>لم يُتراجع عن «{what}» ولم يُعَد. {why}</translation>
        </message>
        <message>
            <location filename="../../ui/undo_commands.py" line="96" />
            <source>{fact}. Their change is kept.</source>
            <translation>{fact}. أُبقي على تعديله.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message numerus="yes">
            <location filename="../../ui/display.py" line="216" />
            <source>%n days ago</source>
            <translation>
                <numerusform>منذ %n يوم</numerusform>
                <numerusform>منذ يوم واحد</numerusform>
                <numerusform>منذ يومين</numerusform>
                <numerusform>منذ %n أيام</numerusform>
                <numerusform>منذ %n يومًا</numerusform>
                <numerusform>منذ %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Abstain</source>
            <translation>امتناع</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Academic</source>
            <translation>أكاديمي</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Achieved</source>
            <translation>تحقق</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Active</source>
            <translation>نشطة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Allied with</source>
            <translation>متحالف مع</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Ally</source>
            <translation>حليف</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <source>Anniversary</source>
            <translation>ذكرى</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Briefing</source>
            <translation>إحاطة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Call</source>
            <translation>مكالمة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Champion</source>
            <translation>مناصر</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <source>Confidential</source>
            <translation>سري</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="185" />
            <source>Confidential — internal</source>
            <translation>سري — داخلي</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Confidential — only in Internal documents: never leaves the team</source>
            <translation>سري — في الوثائق الداخلية فقط: لا يخرج أبدًا من الفريق</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="160" />
            <source>Considerable</source>
            <translation>كبير</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Deadline</source>
            <translation>موعد نهائي</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="162" />
            <source>Decisive</source>
            <translation>حاسم</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Donor</source>
            <translation>جهة مانحة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Dropped</source>
            <translation>متروك</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Endorsement</source>
            <translation>تأييد</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="170" />
            <source>Engaged</source>
            <translation>منخرط</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Event</source>
            <translation>فعالية</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Faith-based</source>
            <translation>ديني</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Government</source>
            <translation>حكومة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Hearing</source>
            <translation>جلسة استماع</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="161" />
            <location filename="../../ui/display.py" line="176" />
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Human rights</source>
            <translation>حقوق الإنسان</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Humanitarian</source>
            <translation>إنساني</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Influences</source>
            <translation>يؤثر في</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <source>Internal</source>
            <translation>داخلي</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Internal — in Internal and Restricted distribution documents, never in Public ones</source>
            <translation>داخلي — في الوثائق الداخلية وذات التوزيع المحدود، ولا يظهر أبدًا في الوثائق العامة</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="171" />
            <source>Invested</source>
            <translation>ملتزم بقوة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Legal</source>
            <translation>قانوني</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Letter</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Local civil society</source>
            <translation>مجتمع مدني محلي</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="168" />
            <location filename="../../ui/display.py" line="178" />
            <source>Low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="158" />
            <source>Marginal</source>
            <translation>هامشي</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Media</source>
            <translation>إعلام</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Medical</source>
            <translation>طبي</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="177" />
            <source>Medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Meeting</source>
            <translation>اجتماع</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Member of</source>
            <translation>عضو في</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Member state</source>
            <translation>دولة عضو</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Missed</source>
            <translation>فائت</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="169" />
            <source>Moderate</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Neutral</source>
            <translation>محايد</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Opponent</source>
            <translation>معارض</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Opposed</source>
            <translation>معارض</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Opposes</source>
            <translation>يعارض</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="62" />
            <source>Organisation</source>
            <translation>منظمة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="73" />
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Partner</source>
            <translation>شريك</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Paused</source>
            <translation>متوقفة مؤقتاً</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="62" />
            <source>Person</source>
            <translation>شخص</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="72" />
            <source>Planned</source>
            <translation>مخطط</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="60" />
            <source>Planning</source>
            <translation>قيد التخطيط</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="61" />
            <source>Progressing</source>
            <translation>قيد التقدم</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="63" />
            <location filename="../../planner/domain/vocabulary.py" line="64" />
            <location filename="../../planner/domain/vocabulary.py" line="77" />
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <location filename="../../ui/display.py" line="187" />
            <source>Public</source>
            <translation>علني</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="99" />
            <source>Public — may appear in documents for every audience</source>
            <translation>عام — يمكن أن يظهر في وثائق كل الجماهير</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Regional body</source>
            <translation>هيئة إقليمية</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="79" />
            <location filename="../../ui/display.py" line="186" />
            <source>Restricted distribution</source>
            <translation>محدود التوزيع</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Sceptical</source>
            <translation>متشكك</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="159" />
            <source>Some</source>
            <translation>محدود</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="76" />
            <source>Statement</source>
            <translation>بيان</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Student</source>
            <translation>طلابي</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Summit</source>
            <translation>قمة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="111" />
            <source>Supportive</source>
            <translation>مؤيد</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Target</source>
            <translation>جهة مستهدفة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Think tank</source>
            <translation>مركز أبحاث</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>UN entity</source>
            <translation>كيان أممي</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>UN meeting</source>
            <translation>اجتماع أممي</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="167" />
            <source>Unaware</source>
            <translation>غير مطّلع</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="65" />
            <source>Voice</source>
            <translation>صوت</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="67" />
            <location filename="../../planner/domain/vocabulary.py" line="71" />
            <source>Vote</source>
            <translation>تصويت</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Women's group</source>
            <translation>مجموعة نسائية</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="66" />
            <source>Works at</source>
            <translation>يعمل في</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="74" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="75" />
            <location filename="../../planner/domain/vocabulary.py" line="119" />
            <source>Youth group</source>
            <translation>مجموعة شبابية</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>anyone</source>
            <translation>أي شخص</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>anyone: no confidential or internal partner; names only with consent to be named publicly</source>
            <translation>أي شخص: لا شريك سريّ أو داخلي؛ ولا أسماء إلا بموافقة على الذكر العلني</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>closed-door briefings with diplomats and UN officials</source>
            <translation>إحاطات مغلقة مع الدبلوماسيين ومسؤولي الأمم المتحدة</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>closed-door briefings with diplomats and UN officials: no confidential partner; others named only with their consent, otherwise described</source>
            <translation>إحاطات مغلقة مع الدبلوماسيين ومسؤولي الأمم المتحدة: لا شريك سريّ؛ ويُذكر الآخرون بأسمائهم بموافقتهم فقط، وإلا يوصفون</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/display.py" line="215" />
            <source>in %n days</source>
            <translation>
                <numerusform>خلال %n يوم</numerusform>
                <numerusform>بعد يوم واحد</numerusform>
                <numerusform>بعد يومين</numerusform>
                <numerusform>بعد %n أيام</numerusform>
                <numerusform>بعد %n يومًا</numerusform>
                <numerusform>بعد %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="84" />
            <source>the team only</source>
            <translation>الفريق فقط</translation>
        </message>
        <message>
            <location filename="../../planner/domain/vocabulary.py" line="89" />
            <source>the team only: everything, confidential partners, contacts and the engagement log included</source>
            <translation>الفريق فقط: كل شيء، بما في ذلك الشركاء السريّون وجهات الاتصال وسجل التواصل</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="209" />
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="211" />
            <source>tomorrow</source>
            <translation>غداً</translation>
        </message>
        <message>
            <location filename="../../ui/display.py" line="213" />
            <source>yesterday</source>
            <translation>أمس</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <location filename="../../ui/welcome.py" line="75" />
            <source>A workspace file anywhere, e.g. on a USB stick.</source>
            <translation>ملف مساحة عمل في أي مكان، مثلاً على ذاكرة USB.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="71" />
            <source>New workspace…</source>
            <translation>مساحة عمل جديدة…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="65" />
            <source>Open the demo workspace</source>
            <translation>فتح مساحة العمل التجريبية</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="74" />
            <source>Open workspace…</source>
            <translation>فتح مساحة عمل…</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="54" />
            <source>Plan campaigns around the moments that matter, keep track of who stands where, and log every engagement. Everything stays on this computer.</source>
            <translation>خطّط حملاتك حول المناسبات المهمة، وتابع مواقف كل طرف، وسجّل كل تواصل. يبقى كل شيء على هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="71" />
            <source>Start with an empty workspace file.</source>
            <translation>ابدأ بملف مساحة عمل فارغ.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="66" />
            <source>Three example campaigns to explore; nothing you do there matters.</source>
            <translation>ثلاث حملات نموذجية للاستكشاف؛ لا أثر لأي شيء تفعله فيها.</translation>
        </message>
        <message>
            <location filename="../../ui/welcome.py" line="51" />
            <source>Welcome to Campaign Planner</source>
            <translation>مرحباً بك في Campaign Planner</translation>
        </message>
    </context>
    <context>
        <name>WhipCount</name>
        <message>
            <location filename="../../ui/views/whip_count.py" line="166" />
            <source>({absent} not voting)</source>
            <translation>({absent} لم يشارك في التصويت)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="160" />
            <source>1 abstention</source>
            <translation>امتناع واحد</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="605" />
            <source>&lt;b&gt;Results entered:&lt;/b&gt; {n} of {total} (the others count as absent)</source>
            <translation>&lt;b&gt;النتائج المُدخلة:&lt;/b&gt; {n} من {total} (يُحسب الباقون غائبين)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="373" />
            <source>A vote whose title or location names the Security Council (or a Council document symbol, which starts with S/) is counted as a Council vote; any other vote as a General Assembly vote.</source>
            <translation>يُحتسب التصويت الذي يذكر عنوانُه أو مكانُه مجلسَ الأمن (أو رمزَ وثيقة من وثائق المجلس، وهو يبدأ بـ S/) تصويتًا في المجلس، وأي تصويت آخر تصويتًا في الجمعية العامة.</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="66" />
            <source>Absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="65" />
            <source>Abstain</source>
            <translation>امتناع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="264" />
            <source>Actual</source>
            <translation>الفعلي</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="168" />
            <location filename="../../ui/views/whip_count.py" line="537" />
            <source>Adopted</source>
            <translation>اعتُمد</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="72" />
            <source>African</source>
            <translation>أفريقيا</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="466" />
            <source>All members</source>
            <translation>كل الأعضاء</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="341" />
            <source>All positions</source>
            <translation>كل المواقف</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="470" />
            <source>All regional groups</source>
            <translation>كل المجموعات الإقليمية</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="73" />
            <source>Asia-Pacific</source>
            <translation>آسيا والمحيط الهادئ</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="265" />
            <source>Assigned to</source>
            <translation>مُسند إلى</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="428" />
            <location filename="../../ui/views/whip_count.py" line="479" />
            <source>By regional group</source>
            <translation>حسب المجموعة الإقليمية</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="479" />
            <source>By seat</source>
            <translation>حسب المقعد</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="263" />
            <source>Conf.</source>
            <translation>الثقة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="192" />
            <source>Dashed line: the {n} votes in favour a Council resolution needs</source>
            <translation>الخط المتقطع: الأصوات المؤيدة الـ{n} اللازمة لاعتماد قرار في المجلس</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="74" />
            <source>Eastern European</source>
            <translation>أوروبا الشرقية</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="77" />
            <source>Elected members</source>
            <translation>الأعضاء المنتخبون</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="262" />
            <source>Expected</source>
            <translation>المتوقع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="346" />
            <source>Expected absent</source>
            <translation>غياب متوقع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="345" />
            <source>Expected abstain</source>
            <translation>امتناع متوقع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="344" />
            <source>Expected no</source>
            <translation>لا متوقعة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="343" />
            <source>Expected yes</source>
            <translation>نعم متوقعة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="102" />
            <source>General Assembly: {n} member states; adopted when more vote yes than no (abstentions do not count)</source>
            <translation>الجمعية العامة: {n} دولة عضوًا؛ يُعتمد النص إذا زادت أصوات نعم على أصوات لا (لا يُحتسب الامتناع)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="261" />
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="64" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="75" />
            <source>No group</source>
            <translation>بلا مجموعة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="172" />
            <source>Not adopted: fewer than {required} votes in favour</source>
            <translation>لم يُعتمد: أقل من {required} أصوات مؤيدة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="170" />
            <source>Not adopted: vetoed by {names}</source>
            <translation>لم يُعتمد: حق النقض (الفيتو) من جانب {names}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="266" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="295" />
            <source>Permanent member</source>
            <translation>عضو دائم</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="76" />
            <source>Permanent members</source>
            <translation>الأعضاء الدائمون</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="139" />
            <location filename="../../ui/views/whip_count.py" line="522" />
            <source>Projected to pass</source>
            <translation>يُتوقع اعتماده</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="383" />
            <source>Projection</source>
            <translation>التوقع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="537" />
            <source>Rejected</source>
            <translation>رُفض</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="384" />
            <source>Result</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="107" />
            <source>Security Council in {year}: {n} members ({permanent} permanent); adopted with at least {required} votes in favour and no permanent member voting against</source>
            <translation>مجلس الأمن في {year}: {n} عضوًا ({permanent} دائمون)؛ يُعتمد القرار بما لا يقل عن {required} أصوات مؤيدة ودون تصويت أي عضو دائم ضده</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="529" />
            <source>Short of a majority</source>
            <translation>دون الأغلبية</translation>
        </message>
        <message>
            <source>Short of nine votes</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="146" />
            <source>Short of {required} votes</source>
            <translation>دون {required} أصوات</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="418" />
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="260" />
            <source>State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="112" />
            <source>The elected members of {year} are not in the shipped list: counting the permanent members and the states with a position</source>
            <translation>الأعضاء المنتخبون لعام {year} غير مدرجين في القائمة المرفقة: تُحتسب الدول الدائمة العضوية والدول التي سُجّل لها موقف</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="342" />
            <source>Undecided (unknown)</source>
            <translation>مترددون (غير معروف)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="591" />
            <source>Undecided: {n}</source>
            <translation>المترددون: {n}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="67" />
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="128" />
            <source>Veto projected</source>
            <translation>فيتو متوقع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="347" />
            <source>Voted otherwise than expected</source>
            <translation>صوّت على غير المتوقع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="360" />
            <source>Whip count</source>
            <translation>حصر الأصوات</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="63" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="135" />
            <source>and {needed} more yes needed</source>
            <translation>ويلزم {needed} نعم إضافية</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="584" />
            <source>expected → actual</source>
            <translation>المتوقع ← الفعلي</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="512" />
            <source>not counted: positions of {names}, not on the Council in {year}</source>
            <translation>غير محتسبة: مواقف {names} (من خارج المجلس في {year})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="506" />
            <source>projection right for {share} of members called</source>
            <translation>صح التوقع لـ {share} من الأعضاء المتوقَّعة مواقفهم</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="546" />
            <source>projection right for {share} of states called</source>
            <translation>صح التوقع لـ {share} من الدول المتوقَّعة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="200" />
            <source>{caption}: {yes} yes, {no} no, {abstain} abstain, {absent} absent, {unknown} unknown</source>
            <translation>{caption}: نعم {yes}، لا {no}، امتناع {abstain}، غياب {absent}، غير معروف {unknown}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="148" />
            <source>{figures} — &lt;b&gt;{needed} more yes needed&lt;/b&gt; to pass</source>
            <translation>{figures} — &lt;b&gt;يلزم {needed} نعم إضافية&lt;/b&gt; للاعتماد</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="141" />
            <source>{figures}; {required} needed, no veto expected</source>
            <translation>{figures}؛ يلزم {required}، ولا يُتوقع استخدام الفيتو</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="130" />
            <source>{names} expected to vote no ({figures})</source>
            <translation>يُتوقع أن يصوّت {names} ضد النص ({figures})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="160" />
            <source>{n} abstentions</source>
            <translation>{n} ممتنع</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="629" />
            <source>{n} of {total} members</source>
            <translation>{n} من {total} عضوًا</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="498" />
            <source>{n} of {total} members undecided</source>
            <translation>مترددون: {n} من {total} عضوًا</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="629" />
            <source>{n} of {total} states</source>
            <translation>{n} من {total} دولة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="534" />
            <source>{n} states undecided</source>
            <translation>{n} من الدول مترددة</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="600" />
            <source>{n} with nobody assigned</source>
            <translation>{n} دون أي مسؤول</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="307" />
            <source>{vote}  ≠ expected</source>
            <translation>{vote}  ≠ المتوقع</translation>
        </message>
        <message>
            <source>{yes} in favour, {no} against, {abstain} abstentions</source>
            <translation type="vanished" />
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="540" />
            <source>{yes} in favour, {no} against, {abstain} abstentions ({absent} absent)</source>
            <translation>{yes} مؤيد، {no} معارض، {abstain} ممتنع ({absent} غائب)</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="162" />
            <source>{yes} in favour, {no} against, {abstentions}</source>
            <translation>{yes} مؤيد، {no} معارض، {abstentions}</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="523" />
            <source>{yes} yes against {no} no (margin {margin})</source>
            <translation>{yes} نعم مقابل {no} لا (الفارق {margin})</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="530" />
            <source>{yes} yes against {no} no — &lt;b&gt;{needed} more yes needed&lt;/b&gt; to pass</source>
            <translation>{yes} نعم مقابل {no} لا — &lt;b&gt;يلزم {needed} نعم إضافية&lt;/b&gt; للاعتماد</translation>
        </message>
        <message>
            <location filename="../../ui/views/whip_count.py" line="123" />
            <source>{yes} yes, {no} no, {abstain} abstain</source>
            <translation>نعم {yes}، لا {no}، امتناع {abstain}</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceGuard</name>
        <message>
            <location filename="../../ui/workspace_guard.py" line="218" />
            <source>Another Campaign Planner has this workspace open: changes may collide.</source>
            <translation>نسخة أخرى من Campaign Planner تفتح مساحة العمل هذه: قد تتعارض التغييرات.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="354" />
            <source>Automatic backup failed: {e}</source>
            <translation>فشل النسخ الاحتياطي التلقائي: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="374" />
            <source>Backup failed</source>
            <translation>فشل النسخ الاحتياطي</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="128" />
            <location filename="../../ui/workspace_guard.py" line="157" />
            <source>Cannot open workspace</source>
            <translation>تعذّر فتح مساحة العمل</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="261" />
            <source>Checking the workspace for damage…</source>
            <translation>جارٍ فحص مساحة العمل بحثاً عن أعطال…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="249" />
            <source>Integrity check</source>
            <translation>فحص السلامة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="186" />
            <source>No good backup was found. Keep the file for recovery.</source>
            <translation>لم يُعثر على نسخة احتياطية سليمة. احتفظ بالملف لمحاولة استرداده.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="200" />
            <location filename="../../ui/workspace_guard.py" line="319" />
            <source>Restore backup</source>
            <translation>استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="172" />
            <source>Restore failed</source>
            <translation>فشلت الاستعادة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="323" />
            <source>Restored the backup from {when}. The damaged file is in the backups folder.</source>
            <translation>استُعيدت النسخة الاحتياطية المأخوذة في {when}. الملف التالف في مجلد النسخ الاحتياطية.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="320" />
            <source>Restoring the backup from {when}…</source>
            <translation>جارٍ استعادة النسخة الاحتياطية المأخوذة في {when}…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="113" />
            <source>That workspace is already open.</source>
            <translation>مساحة العمل هذه مفتوحة بالفعل.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="375" />
            <source>The backup on closing failed: {e}
Your data is saved in {p}.</source>
            <translation>فشل النسخ الاحتياطي عند الإغلاق: {e}
بياناتك محفوظة في ‎{p}‎.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="295" />
            <source>The integrity check could not run: {e}</source>
            <translation>تعذّر إجراء فحص السلامة: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="194" />
            <source>The newest good backup is from {when}. Restore it? The damaged file is kept in the backups folder, untouched.</source>
            <translation>أحدث نسخة احتياطية سليمة مأخوذة في {when}. هل تريد استعادتها؟ يُحفظ الملف التالف في مجلد النسخ الاحتياطية دون أن يُمسّ.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="180" />
            <source>Workspace damaged</source>
            <translation>مساحة العمل تالفة</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="95" />
            <source>Workspace in use</source>
            <translation>مساحة العمل قيد الاستخدام</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="182" />
            <source>{name} is damaged and cannot be opened safely.</source>
            <translation>‏‎{name}‎ تالف ولا يمكن فتحه بأمان.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace_guard.py" line="306" />
            <source>{name} was closed because it is damaged; the file was left as it is.</source>
            <translation>أُغلق ‎{name}‎ لأنه تالف؛ وتُرك الملف على حاله.</translation>
        </message>
    </context>
</TS>
