<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Targets</name>
    <message>
        <location filename="../../collector_desk/ui/targets/__init__.py" line="30" />
        <location filename="../../collector_desk/ui/targets/__init__.py" line="58" />
        <location filename="../../collector_desk/ui/targets/__init__.py" line="97" />
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/__init__.py" line="34" />
        <source>Targets &amp;dashboard…</source>
        <translation>目标看板(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="63" />
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="65" />
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="76" />
        <source>Collected this month, day by day</source>
        <translation>本月逐日累计回款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="81" />
        <location filename="../../collector_desk/ui/targets/charts.py" line="132" />
        <location filename="../../collector_desk/ui/targets/charts.py" line="179" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="58" />
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="88" />
        <source>Target, reached evenly</source>
        <translation>目标（按天均匀完成）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="97" />
        <source>day of the month</source>
        <translation>日期（几号）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="134" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="65" />
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="140" />
        <source>Collected vs target per collector</source>
        <translation>各催收员回款与目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="151" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="208" />
        <location filename="../../collector_desk/ui/targets/view.py" line="122" />
        <source>Kept</source>
        <translation>已履约</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="153" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="50" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="210" />
        <location filename="../../collector_desk/ui/targets/view.py" line="123" />
        <source>Part-kept</source>
        <translation>部分履约</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="163" />
        <source>Kept and part-kept promises per collector</source>
        <translation>各催收员履约与部分履约</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="184" />
        <source>Collected by band at the end of last month</source>
        <translation>按上月末账龄段统计的回款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="201" />
        <source>Roll rates by amount, month over month</source>
        <translation>逐月迁徙率（按金额）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/charts.py" line="203" />
        <source>Roll rates by count, month over month</source>
        <translation>逐月迁徙率（按件数）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/model.py" line="86" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="244" />
        <source>Team</source>
        <translation>全组</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="44" />
        <source>Targets for {month}</source>
        <translation>{month} 的目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="56" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="20" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="200" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="57" />
        <source>Amount to collect (yuan)</source>
        <translation>回款目标（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="58" />
        <source>Kept rate %</source>
        <translation>履约率目标 %</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="87" />
        <source>Every change is recorded in the audit log and travels in the next bundle.</source>
        <translation>每次修改都会记入审计日志，并随下一个同步包发送。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/target_dialog.py" line="142" />
        <source>Saving the targets</source>
        <translation>正在保存目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="21" />
        <source>The collector; the last row is the whole team.</source>
        <translation>催收员；最后一行为全组合计。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="24" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="202" />
        <source>Calls</source>
        <translation>通话数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="25" />
        <source>Calls recorded in the month by the collector.</source>
        <translation>该催收员本月记录的通话数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="28" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="204" />
        <source>Contact rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="29" />
        <source>Right-party contacts ÷ calls made in the month. A right-party contact is a call that reached the borrower: a promise, no promise, or a refusal.</source>
        <translation>本人接通数 ÷ 本月通话数。本人接通指联系到借款人本人的通话：承诺还款、未承诺或拒绝还款。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="36" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="206" />
        <source>PTP rate</source>
        <translation>承诺率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="37" />
        <source>Promises to pay made ÷ right-party contacts in the month.</source>
        <translation>本月取得的承诺还款数 ÷ 本月本人接通数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="42" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="209" />
        <source>Kept rate</source>
        <translation>履约率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="43" />
        <source>Promises kept ÷ promises whose day fell in the month and is over. Kept: at least the promised amount was paid between the promise and its day.</source>
        <translation>已履约承诺数 ÷ 承诺日在本月且已过的承诺数。履约：从承诺当天到承诺还款日，还款不少于承诺金额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="51" />
        <source>Promises part-kept (something paid, less than promised) ÷ the same promises due; counted apart from the kept ones.</source>
        <translation>部分履约的承诺数（有还款但少于承诺金额）÷ 同一批到期承诺数；与已履约分开统计。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="59" />
        <source>Payments received in the month on the loans now assigned to the collector.</source>
        <translation>本月在该催收员当前名下案件上收到的还款。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="66" />
        <source>The amount the supervisor set for the collector and month.</source>
        <translation>主管为该催收员设定的本月回款目标。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="71" />
        <location filename="../../collector_desk/ui/targets/texts.py" line="215" />
        <source>Of target</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="72" />
        <source>Collected ÷ target.</source>
        <translation>已回款 ÷ 目标金额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="75" />
        <source>Pace needed</source>
        <translation>每日需回款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="76" />
        <source>What must still come in per remaining working day to reach the target.</source>
        <translation>要完成目标，剩余每个工作日还需回款的金额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="81" />
        <source>Kept target</source>
        <translation>履约率目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="82" />
        <source>The kept rate the supervisor set for the collector and month.</source>
        <translation>主管为该催收员设定的本月履约率目标。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="90" />
        <source>Roll rate: loans in this bucket at the end of last month that are in the next bucket at the end of this month (for the current month: at the end of yesterday), by count and by outstanding amount.</source>
        <translation>迁徙率：上月末处于该账龄段、到本月末（本月尚未结束时为昨日日终）滚入下一账龄段的案件，按件数和剩余本息金额计。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="99" />
        <source>Cure rate: loans overdue at the end of last month that are current at the end of this month (for the current month: at the end of yesterday), by count and by overdue amount.</source>
        <translation>催回率：上月末已逾期、到本月末（本月尚未结束时为昨日日终）已恢复正常（C）的案件，按件数和逾期金额计。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="110" />
        <source>Counting calls and promises made…</source>
        <translation>正在统计通话和承诺……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="111" />
        <source>Judging the promises due…</source>
        <translation>正在判定到期承诺……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="112" />
        <source>Counting payments by band…</source>
        <translation>正在按账龄段统计回款……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="113" />
        <source>Counting promises confirmed on their day…</source>
        <translation>正在统计承诺当日确认……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="116" />
        <source>Counting reminders before the due date…</source>
        <translation>正在统计到期前提醒……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="117" />
        <source>Counting second notices after failed debits…</source>
        <translation>正在统计扣款失败后的二次通知……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="120" />
        <source>Counting where every loan stood at each month end (roll rates)…</source>
        <translation>正在统计每笔贷款在各月末的账龄（迁徙率）……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="124" />
        <source>Reading the month's totals…</source>
        <translation>正在读取本月汇总……</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="132" />
        <source>Reached before the due date</source>
        <translation>还款日前联系到本人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="133" />
        <source>Instalments due in the month whose borrower was reached by a right-party call in the week before the due date ÷ instalments due.</source>
        <translation>本月到期的期数中，还款日前一周内有本人接通通话的 ÷ 本月到期期数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="141" />
        <source>Second notice after a failed debit</source>
        <translation>扣款失败后二次通知</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="142" />
        <source>Failed debits followed by a call or SMS on the loan by the end of the next working day ÷ failed debits in the month.</source>
        <translation>扣款失败后，在下一个工作日结束前有电话或短信跟进的 ÷ 本月扣款失败笔数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="150" />
        <source>Promise confirmed on its day</source>
        <translation>承诺日当天确认</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="151" />
        <source>Promises due in the month with a call or SMS on the loan on the promised day ÷ promises due.</source>
        <translation>本月到期的承诺中，承诺还款日当天有电话或短信确认的 ÷ 到期承诺数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="162" />
        <source>A: forgot / too busy</source>
        <translation>A：忘记了 / 太忙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="163" />
        <source>B: no time lately</source>
        <translation>B：最近没时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="164" />
        <source>C: travelling</source>
        <translation>C：在外地出差</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="165" />
        <source>D: short this month</source>
        <translation>D：本月资金紧张</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="166" />
        <source>E: borrowed for a friend</source>
        <translation>E：替朋友借的</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="167" />
        <source>F: wilful refusal</source>
        <translation>F：恶意拒还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="168" />
        <source>G: promises to pay</source>
        <translation>G：答应还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="169" />
        <source>no objection recorded</source>
        <translation>未记录异议</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="175" />
        <source>does not value credit</source>
        <translation>不重视信用</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="176" />
        <source>business or cash-flow trouble</source>
        <translation>经营困难或资金周转不开</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="177" />
        <source>family trouble</source>
        <translation>家庭变故</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="178" />
        <source>travelling</source>
        <translation>出差在外</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="179" />
        <source>intent to defraud</source>
        <translation>恶意骗贷</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="180" />
        <source>forgot or too busy</source>
        <translation>忘记或太忙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="181" />
        <source>debit or card problem</source>
        <translation>扣款或银行卡问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="182" />
        <source>waiting for salary or reimbursement</source>
        <translation>等工资或报销</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="185" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="186" />
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="201" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="203" />
        <source>Right-party contacts</source>
        <translation>本人接通数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="205" />
        <source>Promises</source>
        <translation>承诺数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="207" />
        <location filename="../../collector_desk/ui/targets/view.py" line="121" />
        <source>Promises due</source>
        <translation>到期承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="211" />
        <source>Part-kept rate</source>
        <translation>部分履约率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="212" />
        <source>Promised (yuan)</source>
        <translation>承诺金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="213" />
        <source>Collected (yuan)</source>
        <translation>已回款（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="214" />
        <source>Target (yuan)</source>
        <translation>目标（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="216" />
        <source>Pace needed (yuan per working day)</source>
        <translation>每个工作日需回款（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="219" />
        <source>Kept target %</source>
        <translation>履约率目标 %</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="220" />
        <location filename="../../collector_desk/ui/targets/view.py" line="99" />
        <source>Movement</source>
        <translation>迁徙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="221" />
        <source>Loans moved</source>
        <translation>迁徙件数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="222" />
        <source>Loans</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="223" />
        <source>Rate by count</source>
        <translation>按件数比率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="224" />
        <source>Amount moved (yuan)</source>
        <translation>迁徙金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="225" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="226" />
        <source>Rate by amount</source>
        <translation>按金额比率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="228" />
        <source>To the end of</source>
        <translation>截至（日终）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="229" />
        <source>Roll month over month</source>
        <translation>逐月迁徙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="230" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="231" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="232" />
        <location filename="../../collector_desk/ui/targets/view.py" line="113" />
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="233" />
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="234" />
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="235" />
        <location filename="../../collector_desk/ui/targets/view.py" line="114" />
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="236" />
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="237" />
        <source>Band at the end of last month</source>
        <translation>上月末账龄段</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="240" />
        <source>Collected by band</source>
        <translation>按账龄段回款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="241" />
        <source>Roll and cure</source>
        <translation>迁徙与催回</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="242" />
        <location filename="../../collector_desk/ui/targets/view.py" line="144" />
        <source>What works</source>
        <translation>哪些做法有效</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="243" />
        <source>Staff measures</source>
        <translation>员工侧指标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="245" />
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="246" />
        <location filename="../../collector_desk/ui/targets/view.py" line="350" />
        <source>Reason for overdue</source>
        <translation>逾期原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="247" />
        <source>Cured</source>
        <translation>催回</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="65" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="69" />
        <source>Set &amp;targets…</source>
        <translation>设定目标(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="73" />
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/texts.py" line="227" />
        <location filename="../../collector_desk/ui/targets/view.py" line="78" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="100" />
        <source>By count</source>
        <translation>按件数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="101" />
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="106" />
        <source>Roll and cure rates month over month: by count · by amount.</source>
        <translation>逐月迁徙率和催回率：按件数 · 按金额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="120" />
        <source>On the call</source>
        <translation>通话中记录的情况</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="128" />
        <source>Kept ÷ promises due.</source>
        <translation>已履约 ÷ 到期承诺。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="140" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="142" />
        <source>Roll, cure and follow-up</source>
        <translation>迁徙、催回与跟进</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="194" />
        <source>The whole team</source>
        <translation>全组</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="200" />
        <source>(no staff code set)</source>
        <translation>（未设置工号）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="235" />
        <source>Set your staff code in Settings to see your own figures.</source>
        <translation>请先在设置中填写工号，才能查看自己的指标。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="242" />
        <source>Counting {month}…</source>
        <translation>正在统计 {month}…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="255" />
        <source>Counting the month's figures</source>
        <translation>正在统计本月指标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="269" />
        <source>Counting stopped. What was counted is kept; Refresh counts the rest.</source>
        <translation>统计已停止。已统计的部分会保留；点“刷新”统计其余部分。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="287" />
        <source>{month}, as of {day}; {left} working days left in the month.</source>
        <translation>{month}，统计至 {day}；本月还剩 {left} 个工作日。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="291" />
        <source>{summary} Roll and cure rates to the end of {day}.</source>
        <translation>{summary}迁徙率和催回率截至{day}日终。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="297" />
        <source>{summary} The month has just begun: {previous} has last month's figures.</source>
        <translation>{summary}本月刚开始：上月的指标请选 {previous}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="20" />
        <source>No day of this month has closed yet.</source>
        <translation>本月还没有已结束的日子。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="22" />
        <source>By count {n}/{d}; by amount {a}/{b}; to the end of {day}.</source>
        <translation>按件数 {n}/{d}；按金额 {a}/{b}；截至{day}日终。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="38" />
        <source>Count · amount</source>
        <translation>件数 · 金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/roll_table.py" line="44" />
        <location filename="../../collector_desk/ui/targets/view.py" line="317" />
        <source>Cured (overdue → C)</source>
        <translation>催回（逾期 → C）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="339" />
        <source>Objections met (A–G)</source>
        <translation>遇到的异议（A–G）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="376" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="380" />
        <source>Collected per collector</source>
        <translation>各人回款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="384" />
        <source>Kept per collector</source>
        <translation>各人履约</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="388" />
        <source>By band</source>
        <translation>按账龄段</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="392" />
        <source>Roll rates by count</source>
        <translation>迁徙率（件数）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="396" />
        <source>Roll rates by amount</source>
        <translation>迁徙率（金额）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="421" />
        <source>Save the figures</source>
        <translation>保存指标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="423" />
        <source>Workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="440" />
        <source>Figures saved: {file}</source>
        <translation>指标已保存：{file}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/targets/view.py" line="447" />
        <source>Writing the figures workbook</source>
        <translation>正在写入指标工作簿</translation>
    </message>
</context>
</TS>