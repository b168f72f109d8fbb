<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../collector_desk/app.py" line="176"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="204"/>
        <location filename="../../collector_desk/app.py" line="209"/>
        <source>Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="210"/>
        <source>The database in {folder} cannot be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="218"/>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="66"/>
        <source>&amp;Save the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="69"/>
        <source>Record the &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="119"/>
        <source>Call on {name}, contract {contract}: confirm who answers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="140"/>
        <source>That case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="144"/>
        <source>The case could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="151"/>
        <source>Opening the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="264"/>
        <source>Call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="265"/>
        <source>The call on {name} is not saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="289"/>
        <source>Not saved: correct the promise form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="324"/>
        <source>Replace the pending promise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="326"/>
        <source>This case already has a pending promise: {amount} by {day}. The new promise replaces it; the history keeps both and says so.

Save the new promise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="338"/>
        <source>Wording to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="340"/>
        <source>The note contains wording a collector must never use:
{phrases}

It will be flagged for your supervisor. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="362"/>
        <source>Call saved: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="378"/>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="383"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="384"/>
        <source>The call could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="390"/>
        <source>Saving the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOutcomeForm</name>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="34"/>
        <source>Call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="36"/>
        <source>The number you called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="157"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="41"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="54"/>
        <source>What was said, what to do next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="66"/>
        <source>Save call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="68"/>
        <source>Save the outcome and the promise together as one record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="77"/>
        <source>Called n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="78"/>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="79"/>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="91"/>
        <source>Objections met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="98"/>
        <source>Not&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="206"/>
        <source>The note contains wording a collector must never use: {phrases}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="109"/>
        <source>Updating: this case is still being brought up to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="139"/>
        <source>Outstanding in total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="217"/>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="469"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="470"/>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="471"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="472"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="473"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="474"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_model.py" line="475"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="72"/>
        <source>Name, contract, phone or ID tail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="80"/>
        <source>Show one bucket or DPD band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="378"/>
        <source>Any promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="107"/>
        <source>Up/Down to move, Enter to open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="88"/>
        <source>Show cases by the status of their latest promise, whatever its date. Partly kept (part paid) is counted apart from broken (nothing paid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="210"/>
        <source>Reading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="218"/>
        <source>The cases could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="326"/>
        <source>Refreshing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="362"/>
        <source>Counting cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="367"/>
        <source>Cases found: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="382"/>
        <source>All buckets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="85"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="85"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="85"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="85"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="89"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="89"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="89"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="89"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="98"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="99"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="100"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="126"/>
        <source>Pick a case in the list (Up/Down, Enter) to start a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="141"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="141"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="148"/>
        <source>Third-party call: amounts and loan details are hidden. Say nothing about the debt; ask for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="156"/>
        <source>{dpd} days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="158"/>
        <source>Contract {contract} · disbursed {day} · {count} × {instalment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="165"/>
        <source> (unpaid since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="170"/>
        <source>Overdue &lt;b style=&apos;color:#b3261e&apos;&gt;{overdue}&lt;/b&gt;{since} · outstanding {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="176"/>
        <source>Debit account: {bank} {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="181"/>
        <source>{status}: {amount} by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="216"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="225"/>
        <source>(third party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="248"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="249"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="250"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="251"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="261"/>
        <source>objections {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="265"/>
        <source>⚠ flagged wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="268"/>
        <source>{amount} by {day}, {method}, into {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="275"/>
        <source>part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="278"/>
        <source>replaces the pending promise of {amount} by {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="282"/>
        <source>replaced by a new promise on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="287"/>
        <source>{amount} on {day} ({channel})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayRefresh</name>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="88"/>
        <source>Bringing cases up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="99"/>
        <source>Bringing cases up to date: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="113"/>
        <source>The cases could not all be brought up to date: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="20"/>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="21"/>
        <source>Borrower reached, no promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="22"/>
        <source>Refused to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="23"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="24"/>
        <source>Phone off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="25"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="26"/>
        <source>Third party reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="27"/>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="33"/>
        <source>Does not value credit, delays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="34"/>
        <source>Business or cash-flow trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="35"/>
        <source>Family trouble, illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="36"/>
        <source>Travelling, cannot reach a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="37"/>
        <source>Suspected intent to defraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="38"/>
        <source>Forgot or too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="39"/>
        <source>Card or debit problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="40"/>
        <source>Waiting for salary or reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="41"/>
        <location filename="../../collector_desk/ui/labels.py" line="97"/>
        <location filename="../../collector_desk/ui/labels.py" line="170"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="47"/>
        <source>Forgot / too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="48"/>
        <source>No time lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="49"/>
        <source>Travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="50"/>
        <source>Short this month, will pay both next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="51"/>
        <source>Borrowed it for a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="52"/>
        <source>Refuses to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="53"/>
        <source>Promises to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="60"/>
        <source>Forgot, busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="61"/>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="62"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="63"/>
        <source>Short this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="64"/>
        <source>For a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="65"/>
        <source>Won&apos;t pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="66"/>
        <source>Will pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="72"/>
        <source>No promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="73"/>
        <source>Promise pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="74"/>
        <source>Promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="75"/>
        <source>Partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="76"/>
        <source>Promise broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="84"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="85"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="86"/>
        <source>Part kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="87"/>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="93"/>
        <source>Automatic debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="94"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="95"/>
        <source>Lender&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="96"/>
        <source>Bank counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="104"/>
        <source>Confirm today&apos;s promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="105"/>
        <source>Follow up broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="106"/>
        <source>Await promised payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="107"/>
        <location filename="../../collector_desk/ui/labels.py" line="119"/>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="108"/>
        <source>Remind before due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="116"/>
        <source>Confirm today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="117"/>
        <source>Broken: follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="118"/>
        <source>Await payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="120"/>
        <source>Remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="126"/>
        <source>C (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="127"/>
        <source>M1 (1-29 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="128"/>
        <source>M1, 1-5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="129"/>
        <source>M1, 6-20 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="130"/>
        <source>M1, 21-29 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="131"/>
        <source>M2 (30-59 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="132"/>
        <source>M3 (60-89 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="133"/>
        <source>M3+ (90+ days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="140"/>
        <source>The date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="141"/>
        <source>The date is too far away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="142"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="143"/>
        <source>More than the borrower owes in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="144"/>
        <source>Not an amount in yuan, e.g. 1500 or 1500.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="145"/>
        <source>Choose how the borrower will pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="146"/>
        <source>Choose the account the money goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="147"/>
        <source>Only the debit account or a published company account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="150"/>
        <source>A promise outcome needs the promise form filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="153"/>
        <source>A third party cannot promise for the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="156"/>
        <source>Choose how the call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="162"/>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="163"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="164"/>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="165"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="166"/>
        <source>Relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="167"/>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="168"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="169"/>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="176"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="177"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="178"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="185"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="186"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="187"/>
        <source>do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="193"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="194"/>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="195"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="70"/>
        <source>Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="77"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="116"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="127"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="128"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="129"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="130"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="134"/>
        <source>Add the demo portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="138"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="143"/>
        <source>&amp;Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="147"/>
        <source>Go to the case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="151"/>
        <source>&amp;Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="159"/>
        <source>&amp;About Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="166"/>
        <source>About Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="167"/>
        <source>Collector Desk {version}
A desk for collectors and trainees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="200"/>
        <source>A new day: the cases are brought up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="218"/>
        <source>A feature could not start: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="279"/>
        <source>The demo portfolio is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="284"/>
        <source>Demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="286"/>
        <source>The database has no cases yet. Add a demo portfolio of 240 made-up cases to try the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="302"/>
        <source>{n} demo cases added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="304"/>
        <source>The database already has cases; no demo added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="313"/>
        <source>Creating the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="208"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="230"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="294"/>
        <source>Cancelled: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromiseForm</name>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="63"/>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="82"/>
        <source>yuan, e.g. 1500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="91"/>
        <source>Part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="94"/>
        <source>Less than what is overdue now: allowed, and marked as a part payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="106"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="107"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="108"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="109"/>
        <source>Acc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="164"/>
        <source>From today up to {n} days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="167"/>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="216"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="214"/>
        <source>No authorised debit account on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="219"/>
        <source>Debit account {bank} {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="223"/>
        <source>Company {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="240"/>
        <source>{day} has passed: a promise can be for today ({today}) or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="243"/>
        <source>{day} is too far: a promise is at most {n} days ahead (until {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="178"/>
        <source>Overdue {overdue} · at most {outstanding}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="89"/>
        <source>The script for this case&apos;s state; switch when the call is about something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="117"/>
        <source>Yes, the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="118"/>
        <source>The borrower is on the line (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="120"/>
        <source>Not the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="121"/>
        <source>Someone else answered: third-party script (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="138"/>
        <source>Go to the form field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="139"/>
        <source>Put the cursor in the field this step fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="141"/>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="142"/>
        <source>After hanging up: the outcome on the right (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="145"/>
        <source>The borrower came to the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="150"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="151"/>
        <source>Previous step (Alt+Left or Ctrl+[)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="153"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="154"/>
        <source>Next step (Alt+Right or Ctrl+])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="212"/>
        <source>Overdue call: nine steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="314"/>
        <source>The call script cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="329"/>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="347"/>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="414"/>
        <source>Open a case to start the call script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="358"/>
        <source>“{heard}” (Ctrl+Shift+{code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="376"/>
        <source>{script} · {n}/{of}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="442"/>
        <source>{code}: “{heard}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="443"/>
        <source>Technique: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
