<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="72"/>
        <source>Or type what you would say (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="74"/>
        <source>Say the &amp;chosen reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="76"/>
        <source>Say &amp;my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="78"/>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="80"/>
        <source>Speak the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="95"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="108"/>
        <source>Choose a scenario and start the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="142"/>
        <source>Step {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="143"/>
        <source>This call has no such step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="157"/>
        <source>You, step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="161"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePageDialog</name>
    <message>
        <location filename="../../collector_desk/ui/practice/course_page.py" line="24"/>
        <source>The course&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="35"/>
        <source>Practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="40"/>
        <source>Practice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="41"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="57"/>
        <source>Practice &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="63"/>
        <source>Practice &amp;progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="26"/>
        <source>Used a forbidden phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="27"/>
        <source>Claimed to be a bank or bank staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="28"/>
        <source>Posed as police, court or lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="31"/>
        <source>Threatened the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="32"/>
        <source>Attacked the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="33"/>
        <source>Told a third party about the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="36"/>
        <source>Asked for money into a private account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="39"/>
        <source>Asked the borrower for a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="40"/>
        <source>Reduced what is owed on your own authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="43"/>
        <source>Step {step} was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="44"/>
        <source>The call ended before step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="47"/>
        <source>Step {step} came after a later step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="50"/>
        <source>Did not check you were speaking to the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="53"/>
        <source>Spoke about the debt before the borrower was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="56"/>
        <source>Did not introduce yourself and the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="59"/>
        <source>Did not ask whether it is a good time to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="62"/>
        <source>Did not state the loan, its due date and the missing payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="65"/>
        <source>Did not ask the third party to have the borrower call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="68"/>
        <source>The objection “{objection}” was not answered: no {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="71"/>
        <source>Debtor kind {kind}: no {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="74"/>
        <source>Argued with a borrower who has no money instead of seeking family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="77"/>
        <source>Accepted a later date instead of saying no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="80"/>
        <source>An open question where an either-or choice was called for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="83"/>
        <source>No specific payment date was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="86"/>
        <source>A day without a time of day or an either-or choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="89"/>
        <source>The promised date {date} is outside the allowed {window} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="92"/>
        <source>An open question where a closed one was called for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="95"/>
        <source>The amount was not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="96"/>
        <source>Named {amount}, neither the overdue nor the agreed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="99"/>
        <source>The payment method was not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="102"/>
        <source>The account was not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="103"/>
        <source>Account ending {tail} is neither the debit account nor a published one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="106"/>
        <source>The promise was not read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="107"/>
        <source>The read-back left out the {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="110"/>
        <source>The read-back got the {element} wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="113"/>
        <source>Did not thank the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="114"/>
        <source>Did not close with good wishes or goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="117"/>
        <source>The promise was agreed but not recorded in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="120"/>
        <source>The form&apos;s {field} differs from what was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="123"/>
        <source>Recorded a promise on a third party&apos;s word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="128"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="147"/>
        <source>A step skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="148"/>
        <source>Call ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="149"/>
        <source>Steps out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="150"/>
        <source>Objection not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="151"/>
        <source>Debtor-kind technique missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="154"/>
        <source>Promise outside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="157"/>
        <source>Wrong amount named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="158"/>
        <source>Unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="159"/>
        <source>Read-back incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="160"/>
        <source>Read-back wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="161"/>
        <source>Form differs from the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="169"/>
        <source>either-or choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="170"/>
        <source>specific time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="171"/>
        <location filename="../../collector_desk/ui/practice/texts.py" line="211"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="172"/>
        <source>other way to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="173"/>
        <source>question about when they are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="176"/>
        <source>reference to the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="179"/>
        <source>word on the credit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="182"/>
        <source>question about payday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="183"/>
        <source>question about where the money comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="186"/>
        <source>part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="187"/>
        <source>reminder that the borrower signed and is liable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="190"/>
        <source>appeal to their own interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="193"/>
        <source>request to call after paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="196"/>
        <source>understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="197"/>
        <source>question about what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="200"/>
        <source>suggestion of family support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="203"/>
        <source>request to pay this lender first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="212"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="213"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="214"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="215"/>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="221"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="222"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="223"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="224"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="225"/>
        <source>Not in this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="231"/>
        <source>A: forgot / too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="232"/>
        <source>B: no time lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="233"/>
        <source>C: travelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="234"/>
        <source>D: short this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="235"/>
        <source>E: borrowed it for a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="236"/>
        <source>F: refuses to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="237"/>
        <source>G: promises to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="238"/>
        <source>The machine failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="239"/>
        <source>Someone else will pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="240"/>
        <source>Waiting for salary or reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="243"/>
        <source>Family emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="244"/>
        <source>A third party answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="250"/>
        <source>1 able to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="251"/>
        <source>2 cash-flow trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="252"/>
        <source>3 broke, family well-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="253"/>
        <source>4 owes many lenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="259"/>
        <source>able to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="260"/>
        <source>can pay part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="261"/>
        <source>cannot pay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="267"/>
        <source>willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="268"/>
        <source>lukewarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="269"/>
        <source>unwilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="275"/>
        <source>friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="276"/>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="277"/>
        <source>in a hurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="278"/>
        <source>evasive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="279"/>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="280"/>
        <source>irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="281"/>
        <source>hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="287"/>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="288"/>
        <source>acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="289"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="290"/>
        <source>breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="296"/>
        <source>The call is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="297"/>
        <source>Type what you would say, or skip the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="300"/>
        <source>Choose one of the replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="301"/>
        <source>There is no such step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="307"/>
        <source>The call was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="308"/>
        <source>The borrower hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="309"/>
        <source>You ended the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCallView</name>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="63"/>
        <source>Promise to pay (practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="64"/>
        <source>&amp;End the call and score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="120"/>
        <source>Loading practice scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="138"/>
        <source>Practising as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="220"/>
        <source>End the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="220"/>
        <source>End the call now and see the score card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="254"/>
        <source>Saving the attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCard</name>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="24"/>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="26"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="29"/>
        <source>{scenario}: {score}/100 {verdict} (pass mark {mark})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="43"/>
        <source>  AUTO-FAIL {section} {message}  “{quote}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="53"/>
        <source> out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="55"/>
        <source>step {step} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="59"/>
        <source>step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="62"/>
        <source>  {head}: {status}  -{lost}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="50"/>
        <source>Scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="52"/>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="55"/>
        <source>No attempts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="53"/>
        <source>Points kept per step (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="56"/>
        <source>Rules broken most often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="58"/>
        <source>Nothing broken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="70"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="126"/>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="133"/>
        <source>{n} attempts, {passed} passed, best {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="158"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="158"/>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="191"/>
        <source>Opening the attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPane</name>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="45"/>
        <source>Scenario sets a trainer assigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="47"/>
        <source>Practice: a simulated borrower. No real case is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="58"/>
        <source>&amp;Start the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="61"/>
        <source>&amp;Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="62"/>
        <source>Pick a scenario at random and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="84"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="100"/>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="108"/>
        <source>{n} scenario file(s) could not be loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="159"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="160"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="162"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="163"/>
        <source>{dpd} ({band})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="165"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="166"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="167"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="168"/>
        <source>Debit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="169"/>
        <source>Debtor kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="171"/>
        <source>Means / will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="174"/>
        <source>Temperament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="177"/>
        <source>Who answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="183"/>
        <source>Practice case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCardDialog</name>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="59"/>
        <source>Score card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="64"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="64"/>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="74"/>
        <source>Pass mark {mark}, and no breach of the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="101"/>
        <source>Automatic fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="109"/>
        <source>Captured: {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="111"/>
        <source>Missing: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="124"/>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="132"/>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="151"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="132"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="132"/>
        <source>Points lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="141"/>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="148"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="149"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="150"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="152"/>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="164"/>
        <source>Open the course&apos;s rule {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="175"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="175"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="182"/>
        <source>Lost points ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="183"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="184"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="190"/>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="194"/>
        <source>The course&apos;s &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
