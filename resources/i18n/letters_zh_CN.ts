<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="31" />
        <source>Letter to the borrower</source>
        <translation>致借款人的信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="37" />
        <source>Repayment reminder</source>
        <translation>还款提醒函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="38" />
        <source>Formal demand for payment</source>
        <translation>催收函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="42" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="44" />
        <source>&amp;Record as sent</source>
        <translation>记为已寄出(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="51" />
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="56" />
        <source>Addressed to the borrower only, at the home address on file.</source>
        <translation>只寄给借款人本人，寄往档案中的家庭住址。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="82" />
        <source>Not known for this case: {fields}</source>
        <translation>本案件缺少以下信息：{fields}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="93" />
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="93" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="114" />
        <source>Letter recorded as sent.</source>
        <translation>已记录信函寄出。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="119" />
        <source>Recording the letter</source>
        <translation>正在记录信函</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../collector_desk/ui/letters/__init__.py" line="27" />
        <source>&amp;Letter to the borrower…</source>
        <translation>致借款人的信函(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/__init__.py" line="38" />
        <source>Open a case first.</source>
        <translation>请先打开一个案件。</translation>
    </message>
</context>
</TS>