<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Qa</name>
    <message>
        <location filename="../../collector_desk/ui/qa/__init__.py" line="25" />
        <source>Daily &amp;QA of notes and SMS…</source>
        <translation>每日质检（备注与短信）(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>QaDialog</name>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="41" />
        <source>Daily QA</source>
        <translation>每日质检</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="53" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="61" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="191" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="62" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="193" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="63" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="64" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="192" />
        <source>Written as</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="65" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="198" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="66" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="199" />
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="67" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="200" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="68" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="201" />
        <source>Words</source>
        <translation>命中词句</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="69" />
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="203" />
        <source>Text (masked)</source>
        <translation>原文（已脱敏）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="85" />
        <source>&amp;Export to Excel…</source>
        <translation>导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="106" />
        <source>Checking {day}…</source>
        <translation>正在检查 {day}…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="114" />
        <source>Checking the day's notes and messages</source>
        <translation>正在检查当天的备注和短信</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="123" />
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="124" />
        <source>call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="125" />
        <source>callback note</source>
        <translation>回拨备注</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="126" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="143" />
        <source>learned: please check</source>
        <translation>模型判断，待复核</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="143" />
        <source>rule</source>
        <translation>规则命中</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="155" />
        <source>Found by the learned model, not by a rule: read the text and confirm it before acting on it.</source>
        <translation>这条由学习模型发现，不是规则命中：请先阅读原文并确认，再作处理。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="163" />
        <source>Read {notes} notes, {calls} call outcomes, {callbacks} callback notes and {sms} SMS; {flagged} flagged</source>
        <translation>已检查备注 {notes} 条、通话结果 {calls} 条、回拨备注 {callbacks} 条、短信 {sms} 条；标记 {flagged} 条</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="173" />
        <source>Nothing flagged on this day.</source>
        <translation>当天没有需要标记的内容。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="189" />
        <source>Flagged</source>
        <translation>标记项</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="190" />
        <source>Read</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="194" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="195" />
        <source>Contract</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="196" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="197" />
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="202" />
        <source>Why it matters</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="204" />
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="205" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="213" />
        <source>Save the QA</source>
        <translation>保存质检结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="213" />
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="228" />
        <source>QA saved: {file}</source>
        <translation>质检结果已保存：{file}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/qa/qa_view.py" line="231" />
        <source>Writing the QA workbook</source>
        <translation>正在写入质检工作簿</translation>
    </message>
</context>
</TS>