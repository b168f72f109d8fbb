<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="53"/>
        <source>{imported} of {rows} lines imported, {errors} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="58"/>
        <source>to a third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="59"/>
        <source>to the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="67"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="72"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="76"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="84"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="85"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="86"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="87"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="88"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="116"/>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="139"/>
        <source>{n} events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="45"/>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="57"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="65"/>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="88"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="65"/>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="88"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="74"/>
        <source>&amp;Import the official notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="78"/>
        <source>A TOML file of the State Council&apos;s arrangement for one year: the days off and the weekend days worked in exchange (docs/holidays.md). It reaches the team in bundles and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="88"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="99"/>
        <source>Holiday (no work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="100"/>
        <source>Working day (make-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="102"/>
        <source>e.g. National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="103"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="105"/>
        <source>Remove the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="122"/>
        <source>Days added here (they win over the arrangement):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="154"/>
        <source>the official calendar package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="155"/>
        <source>the imported notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="156"/>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="157"/>
        <source>the statutory rules (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="158"/>
        <source>weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="160"/>
        <source>an imported provisional file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="162"/>
        <source>Days off and make-up working days in {year}, from {source}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="167"/>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="168"/>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="178"/>
        <source>Import the official holiday notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="180"/>
        <source>Holiday arrangement (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="188"/>
        <source>days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="188"/>
        <source>make-up working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="192"/>
        <source>{file} is not a holiday file in TOML: see docs/holidays.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="193"/>
        <source>{file}: the year must be written as a number, such as 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="194"/>
        <source>{file}: “provisional” must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="195"/>
        <source>{file}: “source” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="196"/>
        <source>{file}: the {key} must be a list of days with their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="198"/>
        <source>{file}: {key}, entry {entry}: the day must be a date such as {year}-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="200"/>
        <source>{file}: {key}, entry {entry}: {day} is not in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="201"/>
        <source>{file}: {day} is listed both as a day off and as a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="202"/>
        <source>{file}: no days off are listed for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="203"/>
        <source>{file} cannot be read as UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="205"/>
        <source>only a supervisor imports the holiday notice, because it reaches the whole team: import it on the supervisor&apos;s desk, or set the role in Tools &gt; Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="230"/>
        <source>Not imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="236"/>
        <source>Imported {year}: {off} days off, {work} make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="247"/>
        <source>Importing the holiday notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="257"/>
        <source>The official calendar for {year} is installed; days added here override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="259"/>
        <source>No official calendar for {year}: weekends plus the days below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="266"/>
        <source>No official calendar for {year}: only weekends are days off. Add the holidays and make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="65"/>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="276"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="261"/>
        <source>Provisional calendar for {year}: the statutory holidays computed from the rules, without make-up working days. A supervisor imports the State Council&apos;s notice (Import the official notice…); or add the days below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="276"/>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="300"/>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="320"/>
        <source>Saving the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebitReportDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="222"/>
        <source>Debit results imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="228"/>
        <source>{file}: {rows} lines; {imported} imported ({ok} succeeded, {failed} failed); {again} already imported; {bad} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="61"/>
        <source>Do-not-contact flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="74"/>
        <source>Reason (required, logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="115"/>
        <source>Saving the flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="272"/>
        <source>Contact limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="284"/>
        <source>Reason for the change (required, logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="288"/>
        <source>Only a supervisor may change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="348"/>
        <source>Saving the limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="138"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="156"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="157"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="158"/>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="159"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="175"/>
        <source>Enter the amount in yuan, e.g. 1000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="195"/>
        <source>Payment of {amount} recorded; outstanding {left}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="212"/>
        <source>Recording the payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachBar</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="77"/>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="258"/>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="262"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="78"/>
        <source>Call this number through the softphone (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="81"/>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="92"/>
        <source>SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="94"/>
        <source>Show number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="96"/>
        <source>Shows the number in clear; the arrow shows other details. Each is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="106"/>
        <source>Flags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="107"/>
        <source>Do-not-contact flags of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="127"/>
        <source>&amp;Dial the chosen number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="147"/>
        <source>{number} · borrower&apos;s {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="221"/>
        <source>May be called now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="223"/>
        <source>Third party: use the third-party script, no debt details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="226"/>
        <source>This number is marked invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="273"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="288"/>
        <source>Dialling {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="303"/>
        <source>Call logged: {outcome}, {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="313"/>
        <source>Logging the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="335"/>
        <source>Not allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="342"/>
        <source>Override once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="347"/>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="354"/>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="365"/>
        <source>Override once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="347"/>
        <source>Why may this contact go ahead? (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="433"/>
        <source>Choose a contact&apos;s number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="444"/>
        <source>Showing a masked detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="454"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="453"/>
        <source>{number}

This reveal has been logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="53"/>
        <source>Send an SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="74"/>
        <source>e.g. 400-800-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="83"/>
        <source>To a third party: no amounts, dates or loan details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="89"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="90"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="91"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="92"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="94"/>
        <source>Open in the SMS app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="150"/>
        <source>Saving the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="189"/>
        <source>SMS logged as a contact attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="206"/>
        <source>Logging the SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="64"/>
        <source>Lost contact: no working way to reach the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="67"/>
        <source>&lt;b&gt;Tracing checklist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="97"/>
        <source>Open a case to see its strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="114"/>
        <source>Not overdue. Next due date {due}: remind before it (see Today) and confirm on the day, 15:00-16:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="123"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="123"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="123"/>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="165"/>
        <source>Every own number is marked invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="174"/>
        <source>Only the company may do this: ask your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="200"/>
        <source>Marking lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="200"/>
        <source>Clearing lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="224"/>
        <source>step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="224"/>
        <source>step reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="229"/>
        <source>Saving a tracing step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="93"/>
        <source>Plan another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="95"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="97"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="149"/>
        <source>Enter: open the case · Space: mark done · tick the box when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="233"/>
        <source>The plan could not be built: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="238"/>
        <source>Building today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="255"/>
        <source>Bringing the cases up to today; the plan follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="336"/>
        <source>Plan for {day}: {open} to do, {done} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="359"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="359"/>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="363"/>
        <source>Best time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="429"/>
        <source>Tick the tracing steps in the case&apos;s Strategy tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="435"/>
        <source>Marking done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="435"/>
        <source>Marking not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/plan_tree.py" line="73"/>
        <source>{section}: {todo} to do of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="358"/>
        <source>No official holiday calendar for {years} yet: the statutory holidays are computed from the rules (provisional, no make-up working days). &lt;a href=&apos;calendar&apos;&gt;Add holidays and make-up working days…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="367"/>
        <source>{day} is not a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="374"/>
        <source>Only the first part of these sections is shown: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="58"/>
        <source>Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="95"/>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="102"/>
        <source>{n} to do now ({start}-{end}): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="106"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="47"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="60"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="108"/>
        <source>&amp;Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="115"/>
        <source>Record a &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="122"/>
        <source>Request to change the debit &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="128"/>
        <source>Import &amp;debit results (回盘)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="134"/>
        <source>Working-day &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="140"/>
        <source>Contact &amp;limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="146"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="190"/>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="208"/>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="216"/>
        <source>Change of debit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="217"/>
        <source>The account cannot be changed on a call: the borrower signs a new debit mandate in person. Record the request as a task on the case?
Note (optional, no account number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="231"/>
        <source>Request recorded: a task on today&apos;s plan and a note on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="239"/>
        <source>Recording the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="252"/>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="277"/>
        <source>Debit result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="254"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="283"/>
        <source>Importing debit results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="23"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="24"/>
        <source>Promises due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="25"/>
        <source>Broken promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="26"/>
        <source>Due today: confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="27"/>
        <source>Reminders before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="28"/>
        <source>First-instalment reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="29"/>
        <source>Welcome calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="30"/>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="31"/>
        <source>Lost contact: tracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="32"/>
        <source>Failed debits: second notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="33"/>
        <source>Debit account changes: new mandate in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="41"/>
        <source>insufficient balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="42"/>
        <source>card frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="43"/>
        <source>account closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="44"/>
        <source>other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="50"/>
        <source>Promises dated in the last {days} days and not paid in full: broken (nothing paid) and partly kept (part paid), each counted under its own heading as in the case list&apos;s promise filter. The header shows how many are still to do of all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="56"/>
        <source>The header shows how many are still to do of all in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="65"/>
        <source>Broken: nothing paid (last {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="68"/>
        <source>Partly kept: part paid (last {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="76"/>
        <source>A (always on time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="77"/>
        <source>B (late once in 3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="78"/>
        <source>C (often late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="84"/>
        <source>1-5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="85"/>
        <source>6-20 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="86"/>
        <source>21-29 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="87"/>
        <source>M2 (30-59 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="88"/>
        <source>M3 (60-89 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="89"/>
        <source>M3+ (90+ days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="99"/>
        <source>Promised for today: confirm the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="101"/>
        <source>Promised for {day}; nothing paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="105"/>
        <source>Promised for {day}; {paid} paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="109"/>
        <source>Class {cls} reminder, morning {n} of {of}; due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="113"/>
        <source>Due {due}: confirm the money is in the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="117"/>
        <source>First instalment due {due}: have the borrower state date, amount and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="122"/>
        <source>Disbursed {day}: welcome call (day {n} of {of})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="126"/>
        <source>Promised {amount} for today: confirm the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="130"/>
        <source>Promised {amount} on {day}; nothing paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="134"/>
        <source>Promised {amount} on {day}; {paid} paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="142"/>
        <source>{dpd} days past due, {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="146"/>
        <source>; last promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="148"/>
        <source>; contacted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="153"/>
        <source>Callback at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="157"/>
        <source>Missed callback of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="163"/>
        <source>Debit of {amount} on {day} failed ({why}): call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="169"/>
        <source>Asked on {day} to change the debit account: the borrower signs a new mandate in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="174"/>
        <source>Cannot be reached: tracing steps {done} of {steps} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="185"/>
        <source>asked us to stop contacting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="186"/>
        <source>a complaint is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="187"/>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="188"/>
        <source>refused contact, do not call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="191"/>
        <source>a lawyer is appointed: contact the lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="201"/>
        <source>Do not contact: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="204"/>
        <source>No calls or SMS from 22:00 to 08:00 in the borrower&apos;s time (now {time}, {tz}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="208"/>
        <source>Third parties only while the borrower cannot be reached: every own number invalid, or {n} failed attempts in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="213"/>
        <source>Already {count} conversations with the borrower today (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="216"/>
        <source>Already {count} unanswered attempts on this number today (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="223"/>
        <source>Allowed again from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="227"/>
        <source>Only clearing the flag lifts this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="233"/>
        <source>Personal data shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="234"/>
        <source>Contact limit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="235"/>
        <source>One-time override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="236"/>
        <source>Do-not-contact flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="237"/>
        <source>Lost-contact mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="238"/>
        <source>Debit results imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="239"/>
        <source>SMS sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="245"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="246"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="247"/>
        <source>borrower&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="248"/>
        <source>contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="249"/>
        <source>debit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="250"/>
        <source>home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="251"/>
        <source>work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="252"/>
        <source>household-registration address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="253"/>
        <source>employer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="259"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="260"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="261"/>
        <source>Conversations per borrower per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="264"/>
        <source>Unanswered attempts per number per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="267"/>
        <source>Failed attempts before third parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="275"/>
        <source>Talked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="276"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="277"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="278"/>
        <source>Phone off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="279"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="280"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="286"/>
        <source>Automatic debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="287"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="288"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="289"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="290"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="297"/>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="298"/>
        <source>The date is before the loan was paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="301"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="304"/>
        <source>The amount is more than what is outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="307"/>
        <source>Choose how the money was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="308"/>
        <source>Only a supervisor may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="309"/>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="310"/>
        <source>No rule that may be overridden refuses this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="313"/>
        <source>The dial address in the settings needs a scheme and {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="316"/>
        <source>Fill in every {placeholder} before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="319"/>
        <source>The text contains forbidden wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="322"/>
        <source>No debt details in a message to a third party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="325"/>
        <source>Only a third-party template may go to a third party.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="328"/>
        <source>Choose a number between 1 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="331"/>
        <source>Enter a time as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="332"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="333"/>
        <source>This version has no such limit; update Collector Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="336"/>
        <source>Choose how the call ended from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="339"/>
        <source>That SMS template is not there any more; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="342"/>
        <source>The SMS templates file is written wrongly; reinstall Collector Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="345"/>
        <source>Copy the message or open it in the messaging app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
