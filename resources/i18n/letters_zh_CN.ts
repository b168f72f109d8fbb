<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="32" />
        <source>Letter to the borrower</source>
        <translation>致借款人的信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="38" />
        <source>Repayment reminder</source>
        <translation>还款提醒函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="39" />
        <source>Formal demand for payment</source>
        <translation>催收函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="46" />
        <source>e.g. 400-800-1234</source>
        <translation>例如 400-800-1234</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="51" />
        <source>Hotline</source>
        <translation>客服电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="54" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="56" />
        <source>&amp;Record as sent</source>
        <translation>记为已寄出(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="63" />
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="68" />
        <source>Addressed to the borrower only, at the home address on file.</source>
        <translation>只寄给借款人本人，寄往档案中的家庭住址。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="101" />
        <source>This letter cannot be drafted, because its template cannot be used: {reason}. Ask the trainer to correct the template.</source>
        <translation>这封函件的模板无法使用，所以不能生成：{reason}。请联系培训老师修改模板。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="113" />
        <source>This case has nothing overdue, so there is no reminder or demand letter to send. Remind the borrower before the due date by a call or an SMS instead.</source>
        <translation>这个案件目前没有逾期，不需要寄还款提醒函或催收函。请在还款日前用电话或短信提醒借款人。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="124" />
        <source>Not known for this case: {fields}</source>
        <translation>本案件缺少以下信息：{fields}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="125" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="141" />
        <source>Saving the hotline</source>
        <translation>正在保存客服电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="149" />
        <source>the lender's name (Tools &gt; Settings)</source>
        <translation>机构名称（“工具 &gt; 设置”）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="150" />
        <source>the hotline (enter it below)</source>
        <translation>客服电话（请在下面填写）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="151" />
        <source>the borrower's name</source>
        <translation>借款人姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="152" />
        <source>the contract number</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="153" />
        <source>the due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="162" />
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="162" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="183" />
        <source>Letter recorded as sent.</source>
        <translation>已记录信函寄出。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/letters/letter_dialog.py" line="188" />
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