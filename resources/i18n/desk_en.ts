<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../collector_desk/app.py" line="235"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="267"/>
        <location filename="../../collector_desk/app.py" line="277"/>
        <location filename="../../collector_desk/app.py" line="293"/>
        <source>Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="278"/>
        <source>The team&apos;s server cannot be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="294"/>
        <source>The database in {folder} cannot be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="302"/>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="39"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="88"/>
        <source>the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="89"/>
        <source>the bundle import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="90"/>
        <source>the start of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="91"/>
        <source>the case update after an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="100"/>
        <source>{kind} of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="58"/>
        <source>Busy: another program is writing to the database — waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="61"/>
        <source>Busy: {what} is running — waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="62"/>
        <source>Busy: {what} is running, {percent}% — waiting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="85"/>
        <source>&amp;Save the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="88"/>
        <source>Record the &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="138"/>
        <source>Call on {name}, contract {contract}: confirm who answers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="158"/>
        <source>That case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="162"/>
        <source>The case could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="179"/>
        <source>Opening the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="301"/>
        <source>Call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="302"/>
        <source>The call on {name} is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="326"/>
        <source>Not saved: correct the promise form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="361"/>
        <source>Replace the pending promise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="363"/>
        <source>This case already has a pending promise: {amount} by {day}. The new promise replaces it; the history keeps both and says so.

Save the new promise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="375"/>
        <source>Wording to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="377"/>
        <source>The note contains wording a collector must never use:
{phrases}

It will be flagged for your supervisor. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="390"/>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="392"/>
        <source>It is now quiet hours in the borrower&apos;s local time. Confirm that this call was really made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="397"/>
        <source>{time} in the borrower&apos;s time zone ({tz}); no calls or SMS {start}-{end}. The call is saved flagged as a contact in quiet hours for your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="421"/>
        <source>Call saved: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="436"/>
        <source>Not saved: the call was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="443"/>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="454"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="455"/>
        <source>The call could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="461"/>
        <source>Saving the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOutcomeForm</name>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="38"/>
        <source>Call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="40"/>
        <source>The number you called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="161"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="45"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="58"/>
        <source>What was said, what to do next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="70"/>
        <source>Save call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="72"/>
        <source>Save the outcome and the promise together as one record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="81"/>
        <source>Called n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="82"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="83"/>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="95"/>
        <source>Objections met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="102"/>
        <source>Not&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="219"/>
        <source>The note contains wording a collector must never use: {phrases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="231"/>
        <source>Please check the note&apos;s wording: the learned model suspects {what}. Not a rule match; saving is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="74"/>
        <source>Updating: this case is still being brought up to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="77"/>
        <source>Outstanding in total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="78"/>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="85"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="86"/>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="87"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="88"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="89"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="90"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="91"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="95"/>
        <source>Name, contract, phone or ID tail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="103"/>
        <source>Show one bucket or DPD band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="138"/>
        <source>Up/Down to move, Enter to open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="109"/>
        <source>Show cases by the status of their latest promise, whatever its date. Partly kept (part paid) is counted apart from broken (nothing paid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="117"/>
        <source>Show the cases of one batch head office placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="118"/>
        <source>All batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="203"/>
        <source>Reading batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="213"/>
        <source>Batch {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="283"/>
        <source>Reading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="295"/>
        <source>The cases could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="404"/>
        <source>Refreshing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_filters.py" line="19"/>
        <source>All buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_filters.py" line="27"/>
        <source>Any promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_counts.py" line="93"/>
        <location filename="../../collector_desk/ui/desk/case_counts.py" line="101"/>
        <source>Counting cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_counts.py" line="109"/>
        <source>Cases found: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="93"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="93"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="93"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="100"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="101"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="102"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="132"/>
        <source>Pick a case in the list (Up/Down, Enter) to start a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="147"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="147"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="154"/>
        <source>Third-party call: amounts and loan details are hidden. Say nothing about the debt; ask for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="162"/>
        <source>{dpd} days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="164"/>
        <source>not past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="170"/>
        <source>Contract {contract} · disbursed {day} · {count} × {instalment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="177"/>
        <source> (unpaid since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="183"/>
        <source>Overdue &lt;b style=&apos;color:#b3261e&apos;&gt;{overdue}&lt;/b&gt;{since} · outstanding {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="192"/>
        <source>Nothing overdue · next due {day} · outstanding {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="196"/>
        <source>Nothing overdue · outstanding {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="200"/>
        <source>Debit account: {bank} {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="205"/>
        <source>{status}: {amount} by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="222"/>
        <source>Batch {batch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="224"/>
        <source>placed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="226"/>
        <source>placed amount {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="259"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="268"/>
        <source>(third party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="291"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="292"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="293"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="294"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="295"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="305"/>
        <source>objections {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="309"/>
        <source>⚠ flagged wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="312"/>
        <source>{amount} by {day}, {method}, into {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="319"/>
        <source>part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="322"/>
        <source>replaces the pending promise of {amount} by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="326"/>
        <source>replaced by a new promise on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="335"/>
        <source>{placement} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="337"/>
        <source>{amount} on {day} ({channel})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="340"/>
        <source>reported by head office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayRefresh</name>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="91"/>
        <source>Bringing cases up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="102"/>
        <source>Bringing cases up to date: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="116"/>
        <source>The cases could not all be brought up to date: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="24"/>
        <source>{label}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="29"/>
        <source>{first} {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="39"/>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="40"/>
        <source>Borrower reached, no promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="41"/>
        <source>Refused to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="42"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="43"/>
        <source>Phone off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="44"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="45"/>
        <source>Third party reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="46"/>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="56"/>
        <source>Does not value credit, delays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="57"/>
        <source>Business or cash-flow trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="58"/>
        <source>Family trouble, illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="59"/>
        <source>Travelling, cannot reach a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="60"/>
        <source>Suspected intent to defraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="61"/>
        <source>Forgot or too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="62"/>
        <source>Card or debit problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="63"/>
        <source>Waiting for salary or reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="66"/>
        <location filename="../../collector_desk/ui/labels.py" line="134"/>
        <location filename="../../collector_desk/ui/labels.py" line="208"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="76"/>
        <source>Forgot / too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="77"/>
        <source>No time lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="78"/>
        <source>Travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="79"/>
        <source>Short this month, will pay both next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="80"/>
        <source>Borrowed it for a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="81"/>
        <source>Refuses to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="82"/>
        <source>Promises to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="93"/>
        <source>Forgot, busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="94"/>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="95"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="96"/>
        <source>Short this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="97"/>
        <source>For a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="98"/>
        <source>Won&apos;t pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="99"/>
        <source>Will pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="106"/>
        <source>No promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="107"/>
        <source>Promise pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="108"/>
        <source>Promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="109"/>
        <source>Partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="110"/>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="118"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="119"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="120"/>
        <source>Part kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="121"/>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="130"/>
        <source>Automatic debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="131"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="132"/>
        <source>Lender&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="133"/>
        <source>Bank counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="142"/>
        <source>Confirm today&apos;s promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="143"/>
        <source>Follow up broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="144"/>
        <source>Await promised payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="145"/>
        <location filename="../../collector_desk/ui/labels.py" line="157"/>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="146"/>
        <source>Remind before due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="154"/>
        <source>Confirm today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="155"/>
        <source>Broken: follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="156"/>
        <source>Await payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="158"/>
        <source>Remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="164"/>
        <source>C (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="165"/>
        <source>M1 (1-29 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="166"/>
        <source>M1, 1-5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="167"/>
        <source>M1, 6-20 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="168"/>
        <source>M1, 21-29 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="169"/>
        <source>M2 (30-59 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="170"/>
        <source>M3 (60-89 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="171"/>
        <source>M3+ (90+ days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="178"/>
        <source>The date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="179"/>
        <source>The date is too far away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="180"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="181"/>
        <source>More than the borrower owes in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="182"/>
        <source>Not an amount in yuan, e.g. 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="183"/>
        <source>Choose how the borrower will pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="184"/>
        <source>Choose the account the money goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="185"/>
        <source>Only the debit account or a published company account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="188"/>
        <source>A promise outcome needs the promise form filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="191"/>
        <source>A third party cannot promise for the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="194"/>
        <source>Choose how the call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="200"/>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="201"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="202"/>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="203"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="204"/>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="205"/>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="206"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="207"/>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="214"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="215"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="216"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="223"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="224"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="225"/>
        <source>do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="231"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="232"/>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="233"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="82"/>
        <source>Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="117"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="91"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="196"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="197"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="198"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="199"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="208"/>
        <source>Add the demo portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="212"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="224"/>
        <source>&amp;Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="228"/>
        <source>Go to the case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="232"/>
        <source>&amp;Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="217"/>
        <source>&amp;About Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="245"/>
        <source>About Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="246"/>
        <source>Collector Desk {version}
A desk for collectors and trainees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="299"/>
        <source>The server cannot be reached; retrying. Nothing typed is lost: save again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="308"/>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="328"/>
        <source>This case was updated by {who} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="349"/>
        <source>A new day: the cases are brought up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/feature_install.py" line="134"/>
        <source>A feature could not start: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="444"/>
        <source>The demo portfolio is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="451"/>
        <source>Demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="453"/>
        <source>The database has no cases yet. Add a demo portfolio of 240 made-up cases to try the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="469"/>
        <source>{n} demo cases added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="471"/>
        <source>The database already has cases; no demo added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="480"/>
        <source>Creating the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="150"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="214"/>
        <source>Cancelled: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseForm</name>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="64"/>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="83"/>
        <source>yuan, e.g. 1500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="92"/>
        <source>Part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="95"/>
        <source>Less than what is overdue now: allowed, and marked as a part payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="107"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="108"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="109"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="110"/>
        <source>Acc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="165"/>
        <source>From today up to {n} days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="168"/>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="221"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="185"/>
        <source>Nothing overdue · at most {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="219"/>
        <source>No authorised debit account on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="224"/>
        <source>Debit account {bank} {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="228"/>
        <source>Company {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="245"/>
        <source>{day} has passed: a promise can be for today ({today}) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="248"/>
        <source>{day} is too far: a promise is at most {n} days ahead (until {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="181"/>
        <source>Overdue {overdue} · at most {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="87"/>
        <source>The script for this case&apos;s state; switch when the call is about something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="115"/>
        <source>Yes, the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="116"/>
        <source>The borrower is on the line (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="118"/>
        <source>Not the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="119"/>
        <source>Someone else answered: third-party script (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="136"/>
        <source>Go to the form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="137"/>
        <source>Put the cursor in the field this step fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="139"/>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="140"/>
        <source>After hanging up: the outcome on the right (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="143"/>
        <source>The borrower came to the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="148"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="149"/>
        <source>Previous step (Alt+Left or Ctrl+[)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="151"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="152"/>
        <source>Next step (Alt+Right or Ctrl+])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="210"/>
        <source>Overdue call: nine steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="311"/>
        <source>The call script file {file} is written wrongly; reinstall Collector Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="320"/>
        <source>The call script cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="335"/>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="351"/>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="411"/>
        <source>Open a case to start the call script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="360"/>
        <source>“{heard}” (Ctrl+Shift+{code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="378"/>
        <source>{script} · {n}/{of}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="434"/>
        <source>{code}: “{heard}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="435"/>
        <source>Technique: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
