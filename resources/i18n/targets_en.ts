<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Targets</name>
    <message>
        <location filename="../../collector_desk/ui/targets/__init__.py" line="30"/>
        <location filename="../../collector_desk/ui/targets/__init__.py" line="58"/>
        <location filename="../../collector_desk/ui/targets/__init__.py" line="97"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/__init__.py" line="34"/>
        <source>Targets &amp;dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="63"/>
        <source>10,000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="65"/>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="76"/>
        <source>Collected this month, day by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="81"/>
        <location filename="../../collector_desk/ui/targets/charts.py" line="132"/>
        <location filename="../../collector_desk/ui/targets/charts.py" line="179"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="58"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="88"/>
        <source>Target, reached evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="97"/>
        <source>day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="134"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="65"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="140"/>
        <source>Collected vs target per collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="151"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="208"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="122"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="153"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="50"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="210"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="123"/>
        <source>Part-kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="163"/>
        <source>Kept and part-kept promises per collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="184"/>
        <source>Collected by band at the end of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="201"/>
        <source>Roll rates by amount, month over month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="203"/>
        <source>Roll rates by count, month over month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/model.py" line="86"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="244"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="44"/>
        <source>Targets for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="56"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="20"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="200"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="57"/>
        <source>Amount to collect (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="58"/>
        <source>Kept rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="87"/>
        <source>Every change is recorded in the audit log and travels in the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="142"/>
        <source>Saving the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="21"/>
        <source>The collector; the last row is the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="24"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="202"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="25"/>
        <source>Calls recorded in the month by the collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="28"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="204"/>
        <source>Contact rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="29"/>
        <source>Right-party contacts ÷ calls made in the month. A right-party contact is a call that reached the borrower: a promise, no promise, or a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="36"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="206"/>
        <source>PTP rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="37"/>
        <source>Promises to pay made ÷ right-party contacts in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="42"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="209"/>
        <source>Kept rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="43"/>
        <source>Promises kept ÷ promises whose day fell in the month and is over. Kept: at least the promised amount was paid between the promise and its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="51"/>
        <source>Promises part-kept (something paid, less than promised) ÷ the same promises due; counted apart from the kept ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="59"/>
        <source>Payments received in the month on the loans now assigned to the collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="66"/>
        <source>The amount the supervisor set for the collector and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="71"/>
        <location filename="../../collector_desk/ui/targets/texts.py" line="215"/>
        <source>Of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="72"/>
        <source>Collected ÷ target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="75"/>
        <source>Pace needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="76"/>
        <source>What must still come in per remaining working day to reach the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="81"/>
        <source>Kept target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="82"/>
        <source>The kept rate the supervisor set for the collector and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="90"/>
        <source>Roll rate: loans in this bucket at the end of last month that are in the next bucket at the end of this month (for the current month: at the end of yesterday), by count and by outstanding amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="99"/>
        <source>Cure rate: loans overdue at the end of last month that are current at the end of this month (for the current month: at the end of yesterday), by count and by overdue amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="110"/>
        <source>Counting calls and promises made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="111"/>
        <source>Judging the promises due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="112"/>
        <source>Counting payments by band…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="113"/>
        <source>Counting promises confirmed on their day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="116"/>
        <source>Counting reminders before the due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="117"/>
        <source>Counting second notices after failed debits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="120"/>
        <source>Counting where every loan stood at each month end (roll rates)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="124"/>
        <source>Reading the month&apos;s totals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="132"/>
        <source>Reached before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="133"/>
        <source>Instalments due in the month whose borrower was reached by a right-party call in the week before the due date ÷ instalments due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="141"/>
        <source>Second notice after a failed debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="142"/>
        <source>Failed debits followed by a call or SMS on the loan by the end of the next working day ÷ failed debits in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="150"/>
        <source>Promise confirmed on its day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="151"/>
        <source>Promises due in the month with a call or SMS on the loan on the promised day ÷ promises due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="162"/>
        <source>A: forgot / too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="163"/>
        <source>B: no time lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="164"/>
        <source>C: travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="165"/>
        <source>D: short this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="166"/>
        <source>E: borrowed for a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="167"/>
        <source>F: wilful refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="168"/>
        <source>G: promises to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="169"/>
        <source>no objection recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="175"/>
        <source>does not value credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="176"/>
        <source>business or cash-flow trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="177"/>
        <source>family trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="178"/>
        <source>travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="179"/>
        <source>intent to defraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="180"/>
        <source>forgot or too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="181"/>
        <source>debit or card problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="182"/>
        <source>waiting for salary or reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="185"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="186"/>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="201"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="203"/>
        <source>Right-party contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="205"/>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="207"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="121"/>
        <source>Promises due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="211"/>
        <source>Part-kept rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="212"/>
        <source>Promised (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="213"/>
        <source>Collected (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="214"/>
        <source>Target (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="216"/>
        <source>Pace needed (yuan per working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="219"/>
        <source>Kept target %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="220"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="99"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="221"/>
        <source>Loans moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="222"/>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="223"/>
        <source>Rate by count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="224"/>
        <source>Amount moved (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="225"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="226"/>
        <source>Rate by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="228"/>
        <source>To the end of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="229"/>
        <source>Roll month over month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="230"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="231"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="232"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="113"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="233"/>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="234"/>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="235"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="114"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="236"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="237"/>
        <source>Band at the end of last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="240"/>
        <source>Collected by band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="241"/>
        <source>Roll and cure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="242"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="144"/>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="243"/>
        <source>Staff measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="245"/>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="246"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="350"/>
        <source>Reason for overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="247"/>
        <source>Cured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="69"/>
        <source>Set &amp;targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="73"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="227"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="78"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="100"/>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="101"/>
        <source>By amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="106"/>
        <source>Roll and cure rates month over month: by count · by amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="120"/>
        <source>On the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="128"/>
        <source>Kept ÷ promises due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="140"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="142"/>
        <source>Roll, cure and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="194"/>
        <source>The whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="200"/>
        <source>(no staff code set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="235"/>
        <source>Set your staff code in Settings to see your own figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="242"/>
        <source>Counting {month}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="255"/>
        <source>Counting the month&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="269"/>
        <source>Counting stopped. What was counted is kept; Refresh counts the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="287"/>
        <source>{month}, as of {day}; {left} working days left in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="291"/>
        <source>{summary} Roll and cure rates to the end of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="297"/>
        <source>{summary} The month has just begun: {previous} has last month&apos;s figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="20"/>
        <source>No day of this month has closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="22"/>
        <source>By count {n}/{d}; by amount {a}/{b}; to the end of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="38"/>
        <source>Count · amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="44"/>
        <location filename="../../collector_desk/ui/targets/view.py" line="317"/>
        <source>Cured (overdue → C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="339"/>
        <source>Objections met (A–G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="376"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="380"/>
        <source>Collected per collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="384"/>
        <source>Kept per collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="388"/>
        <source>By band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="392"/>
        <source>Roll rates by count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="396"/>
        <source>Roll rates by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="421"/>
        <source>Save the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="423"/>
        <source>Workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="440"/>
        <source>Figures saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="447"/>
        <source>Writing the figures workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
