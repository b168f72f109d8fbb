<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Qa</name>
    <message>
        <location filename="../../collector_desk/ui/qa/__init__.py" line="25"/>
        <source>Daily &amp;QA of notes and SMS…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDialog</name>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="41"/>
        <source>Daily QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="53"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="61"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="191"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="62"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="193"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="63"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="64"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="192"/>
        <source>Written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="65"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="198"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="66"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="199"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="67"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="200"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="68"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="201"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="69"/>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="203"/>
        <source>Text (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="85"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="106"/>
        <source>Checking {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="114"/>
        <source>Checking the day&apos;s notes and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="123"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="124"/>
        <source>call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="125"/>
        <source>callback note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="126"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="143"/>
        <source>learned: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="143"/>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="155"/>
        <source>Found by the learned model, not by a rule: read the text and confirm it before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="163"/>
        <source>Read {notes} notes, {calls} call outcomes, {callbacks} callback notes and {sms} SMS; {flagged} flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="173"/>
        <source>Nothing flagged on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="189"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="190"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="194"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="195"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="196"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="197"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="202"/>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="204"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="205"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="213"/>
        <source>Save the QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="213"/>
        <source>Workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="228"/>
        <source>QA saved: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="231"/>
        <source>Writing the QA workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
