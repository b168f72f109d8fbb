<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Qa</name>
    <message>
        <location filename="../../collector_desk/ui/qa/__init__.py" line="24"/>
        <source>Daily &amp;QA of notes and SMS…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDialog</name>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="37"/>
        <source>Daily QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="49"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="57"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="178"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="58"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="180"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="59"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="60"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="179"/>
        <source>Written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="61"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="185"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="62"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="186"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="63"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="187"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="64"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="189"/>
        <source>Text (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="80"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="101"/>
        <source>Checking {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="109"/>
        <source>Checking the day&apos;s notes and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="118"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="119"/>
        <source>call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="120"/>
        <source>callback note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="121"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="150"/>
        <source>Read {notes} notes, {calls} call outcomes, {callbacks} callback notes and {sms} SMS; {flagged} flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="160"/>
        <source>Nothing flagged on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="176"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="177"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="181"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="182"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="183"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="184"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="188"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="190"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="191"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="199"/>
        <source>Save the QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="199"/>
        <source>Workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="214"/>
        <source>QA saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="217"/>
        <source>Writing the QA workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
