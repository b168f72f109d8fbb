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
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="86" />
        <source>This case has nothing overdue, so there is no reminder or demand letter to send. Remind the borrower before the due date by a call or an SMS instead.</source>
        <translation>这个案件目前没有逾期，不需要寄还款提醒函或催收函。请在还款日前用电话或短信提醒借款人。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="97" />
        <source>Not known for this case: {fields}</source>
        <translation>本案件缺少以下信息：{fields}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="98" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="109" />
        <source>the lender's name (Tools &gt; Settings)</source>
        <translation>机构名称（“工具 &gt; 设置”）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="110" />
        <source>the hotline (asked for in the SMS dialog)</source>
        <translation>客服电话（在发短信的对话框中填写）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="111" />
        <source>the borrower's name</source>
        <translation>借款人姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="112" />
        <source>the contract number</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="113" />
        <source>the due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="122" />
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="122" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="143" />
        <source>Letter recorded as sent.</source>
        <translation>已记录信函寄出。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="148" />
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