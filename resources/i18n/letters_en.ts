<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="32"/>
        <source>Letter to the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="38"/>
        <source>Repayment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="39"/>
        <source>Formal demand for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="46"/>
        <source>e.g. 400-800-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="51"/>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="54"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="56"/>
        <source>&amp;Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="63"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="68"/>
        <source>Addressed to the borrower only, at the home address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="101"/>
        <source>This letter cannot be drafted, because its template cannot be used: {reason}. Ask the trainer to correct the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="113"/>
        <source>This case has nothing overdue, so there is no reminder or demand letter to send. Remind the borrower before the due date by a call or an SMS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="124"/>
        <source>Not known for this case: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="125"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="141"/>
        <source>Saving the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="149"/>
        <source>the lender&apos;s name (Tools &gt; Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="150"/>
        <source>the hotline (enter it below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="151"/>
        <source>the borrower&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="152"/>
        <source>the contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="153"/>
        <source>the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="162"/>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="162"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="183"/>
        <source>Letter recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="188"/>
        <source>Recording the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../collector_desk/ui/letters/__init__.py" line="27"/>
        <source>&amp;Letter to the borrower…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/__init__.py" line="38"/>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
