<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="31"/>
        <source>Letter to the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="37"/>
        <source>Repayment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="38"/>
        <source>Formal demand for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="42"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="44"/>
        <source>&amp;Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="51"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="56"/>
        <source>Addressed to the borrower only, at the home address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="86"/>
        <source>This case has nothing overdue, so there is no reminder or demand letter to send. Remind the borrower before the due date by a call or an SMS instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="97"/>
        <source>Not known for this case: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="98"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="109"/>
        <source>the lender&apos;s name (Tools &gt; Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="110"/>
        <source>the hotline (asked for in the SMS dialog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="111"/>
        <source>the borrower&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="112"/>
        <source>the contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="113"/>
        <source>the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="122"/>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="122"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="143"/>
        <source>Letter recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="148"/>
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
