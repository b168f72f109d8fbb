<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../collector_desk/app.py" line="235" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="267" />
        <location filename="../../collector_desk/app.py" line="277" />
        <location filename="../../collector_desk/app.py" line="293" />
        <source>Collector Desk</source>
        <translation>催收工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="278" />
        <source>The team's server cannot be opened:
{error}</source>
        <translation>无法打开团队的服务器：
{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="294" />
        <source>The database in {folder} cannot be opened:
{error}</source>
        <translation>无法打开 {folder} 中的数据库：
{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/app.py" line="302" />
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="39" />
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="88" />
        <source>the intake</source>
        <translation>分案文件导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="89" />
        <source>the bundle import</source>
        <translation>同步包导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="90" />
        <source>the start of day</source>
        <translation>每日案件更新</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="91" />
        <source>the case update after an import</source>
        <translation>导入后的案件更新</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="100" />
        <source>{kind} of {file}</source>
        <translation>{kind}（{file}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="58" />
        <source>Busy: another program is writing to the database — waiting…</source>
        <translation>忙：另一个程序正在写入数据库——等待中…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="61" />
        <source>Busy: {what} is running — waiting…</source>
        <translation>忙：{what}正在进行——等待中…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/busy_bar.py" line="62" />
        <source>Busy: {what} is running, {percent}% — waiting…</source>
        <translation>忙：{what}正在进行，已完成{percent}%——等待中…</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="85" />
        <source>&amp;Save the call</source>
        <translation>保存通话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="88" />
        <source>Record the &amp;outcome</source>
        <translation>记录通话结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="138" />
        <source>Call on {name}, contract {contract}: confirm who answers first.</source>
        <translation>正在处理{name}（合同{contract}）：先确认接电话的是谁。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="158" />
        <source>That case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="162" />
        <source>The case could not be read: {error}</source>
        <translation>无法读取该案件：{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="179" />
        <source>Opening the case</source>
        <translation>正在打开案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="301" />
        <source>Call in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="302" />
        <source>The call on {name} is not saved. Discard it?</source>
        <translation>与{name}的通话还没有保存。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="326" />
        <source>Not saved: correct the promise form.</source>
        <translation>未保存：请更正承诺表单。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="361" />
        <source>Replace the pending promise?</source>
        <translation>取代待兑现的承诺？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="363" />
        <source>This case already has a pending promise: {amount} by {day}. The new promise replaces it; the history keeps both and says so.

Save the new promise?</source>
        <translation>此案件已有一笔待兑现的承诺：{day} 前还 {amount}。新承诺将取代它，历史记录会保留两条并注明。

保存新承诺吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="375" />
        <source>Wording to avoid</source>
        <translation>禁用语提醒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="377" />
        <source>The note contains wording a collector must never use:
{phrases}

It will be flagged for your supervisor. Save it anyway?</source>
        <translation>备注中含有催收员绝不能使用的用语：
{phrases}

这条备注会被标记给主管。仍然保存吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="390" />
        <source>Quiet hours</source>
        <translation>禁止联系时段</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="392" />
        <source>It is now quiet hours in the borrower's local time. Confirm that this call was really made?</source>
        <translation>现在是借款人当地的禁止联系时段，确认这通电话确实已经打了吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="397" />
        <source>{time} in the borrower's time zone ({tz}); no calls or SMS {start}-{end}. The call is saved flagged as a contact in quiet hours for your supervisor.</source>
        <translation>借款人当地时间 {time}（{tz}）；{start}-{end} 禁止电话和短信联系。这通电话将被标记为禁止联系时段联系，供主管质检。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="421" />
        <source>Call saved: {result}.</source>
        <translation>通话已保存：{result}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="436" />
        <source>Not saved: the call was not confirmed.</source>
        <translation>未保存：这通电话未经确认。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="443" />
        <source>Not saved: correct the marked fields.</source>
        <translation>未保存：请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="454" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="455" />
        <source>The call could not be saved: {error}</source>
        <translation>通话未能保存：{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_controller.py" line="461" />
        <source>Saving the call</source>
        <translation>正在保存通话</translation>
    </message>
</context>
<context>
    <name>CallOutcomeForm</name>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="38" />
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="40" />
        <source>The number you called</source>
        <translation>您拨打的号码</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="161" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="45" />
        <source>Not known</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="58" />
        <source>What was said, what to do next…</source>
        <translation>谈了什么，下一步做什么…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="70" />
        <source>Save call</source>
        <translation>保存通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="72" />
        <source>Save the outcome and the promise together as one record (Ctrl+S)</source>
        <translation>把通话结果和承诺作为一条记录一起保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="81" />
        <source>Called n&amp;umber</source>
        <translation>拨打号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="82" />
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="83" />
        <source>Rea&amp;son</source>
        <translation>原因(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="95" />
        <source>Objections met</source>
        <translation>遇到的异议</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="102" />
        <source>Not&amp;e</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="219" />
        <source>The note contains wording a collector must never use: {phrases}</source>
        <translation>备注中含有禁用语：{phrases}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/call_outcome.py" line="231" />
        <source>Please check the note's wording: the learned model suspects {what}. Not a rule match; saving is not blocked.</source>
        <translation>请复核备注措辞：学习模型怀疑有{what}。这不是规则命中，不影响保存。</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="74" />
        <source>Updating: this case is still being brought up to today</source>
        <translation>正在更新：此案件尚未更新到今天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="77" />
        <source>Outstanding in total: {amount}</source>
        <translation>剩余应还总额：{amount}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="78" />
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="85" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="86" />
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="87" />
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="88" />
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="89" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="90" />
        <source>Contract</source>
        <translation>合同号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_cells.py" line="91" />
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="95" />
        <source>Name, contract, phone or ID tail (Ctrl+F)</source>
        <translation>姓名、合同号、手机或身份证尾号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="103" />
        <source>Show one bucket or DPD band</source>
        <translation>按账龄或逾期天数段筛选</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="138" />
        <source>Up/Down to move, Enter to open the case</source>
        <translation>↑/↓ 移动，回车打开案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="109" />
        <source>Show cases by the status of their latest promise, whatever its date. Partly kept (part paid) is counted apart from broken (nothing paid).</source>
        <translation>按最近一次承诺的状态筛选案件，不论承诺日期。部分兑现（还了一部分）与承诺未兑现（分文未还）分开计数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="117" />
        <source>Show the cases of one batch head office placed</source>
        <translation>只看总部某一批委案的案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="118" />
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="203" />
        <source>Reading batches</source>
        <translation>正在读取批次</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="213" />
        <source>Batch {batch}</source>
        <translation>批次 {batch}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="283" />
        <source>Reading cases</source>
        <translation>正在读取案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="295" />
        <source>The cases could not be read: {error}</source>
        <translation>无法读取案件：{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_list.py" line="404" />
        <source>Refreshing cases</source>
        <translation>正在刷新案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_filters.py" line="19" />
        <source>All buckets</source>
        <translation>全部账龄</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_filters.py" line="27" />
        <source>Any promise</source>
        <translation>全部承诺状态</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_counts.py" line="93" />
        <location filename="../../collector_desk/ui/desk/case_counts.py" line="101" />
        <source>Counting cases</source>
        <translation>正在统计案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_counts.py" line="109" />
        <source>Cases found: {n}</source>
        <translation>共 {n} 个案件</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87" />
        <source>#</source>
        <translation>期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87" />
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87" />
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="87" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91" />
        <source>Who</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91" />
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="91" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="93" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="93" />
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="93" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="100" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="101" />
        <source>Schedule</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="102" />
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="132" />
        <source>Pick a case in the list (Up/Down, Enter) to start a call.</source>
        <translation>在左侧列表中选择案件（↑/↓，回车）开始通话。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="147" />
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="147" />
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="154" />
        <source>Third-party call: amounts and loan details are hidden. Say nothing about the debt; ask for a call back.</source>
        <translation>第三方通话：已隐藏金额和借款信息。不得提及欠款，只请对方转告回电。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="162" />
        <source>{dpd} days past due</source>
        <translation>逾期 {dpd} 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="164" />
        <source>not past due</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="170" />
        <source>Contract {contract} · disbursed {day} · {count} × {instalment}</source>
        <translation>合同 {contract} · 放款 {day} · {count} 期 × {instalment}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="177" />
        <source> (unpaid since {day})</source>
        <translation>（自{day}起未还）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="183" />
        <source>Overdue &lt;b style='color:#b3261e'&gt;{overdue}&lt;/b&gt;{since} · outstanding {outstanding}</source>
        <translation>逾期 &lt;b style='color:#b3261e'&gt;{overdue}&lt;/b&gt;{since} · 剩余应还 {outstanding}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="192" />
        <source>Nothing overdue · next due {day} · outstanding {outstanding}</source>
        <translation>未逾期 · 下期还款日 {day} · 剩余应还 {outstanding}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="196" />
        <source>Nothing overdue · outstanding {outstanding}</source>
        <translation>未逾期 · 剩余应还 {outstanding}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="200" />
        <source>Debit account: {bank} {account}</source>
        <translation>扣款账户：{bank} {account}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="205" />
        <source>{status}: {amount} by {day}</source>
        <translation>{status}：{day}前 {amount}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="222" />
        <source>Batch {batch}</source>
        <translation>批次 {batch}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="224" />
        <source>placed on {day}</source>
        <translation>委案日期 {day}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="226" />
        <source>placed amount {amount}</source>
        <translation>委案金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="259" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="268" />
        <source>(third party)</source>
        <translation>（第三方）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="291" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="292" />
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="293" />
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="294" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="295" />
        <source>Placement</source>
        <translation>委案</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="305" />
        <source>objections {codes}</source>
        <translation>异议 {codes}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="309" />
        <source>⚠ flagged wording</source>
        <translation>⚠ 含禁用语</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="312" />
        <source>{amount} by {day}, {method}, into {account}</source>
        <translation>{day}前还 {amount}，{method}，还入{account}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="319" />
        <source>part payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="322" />
        <source>replaces the pending promise of {amount} by {day}</source>
        <translation>取代此前待兑现的承诺（{day} 前还 {amount}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="326" />
        <source>replaced by a new promise on {day}</source>
        <translation>已于 {day} 被新承诺取代</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="335" />
        <source>{placement} ({file})</source>
        <translation>{placement}（{file}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="337" />
        <source>{amount} on {day} ({channel})</source>
        <translation>{day} 还款 {amount}（{channel}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/case_pane.py" line="340" />
        <source>reported by head office</source>
        <translation>总部报送</translation>
    </message>
</context>
<context>
    <name>DayRefresh</name>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="91" />
        <source>Bringing cases up to date</source>
        <translation>正在更新案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="102" />
        <source>Bringing cases up to date: {done} of {total}</source>
        <translation>正在更新案件 {done} / {total}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/day_refresh.py" line="116" />
        <source>The cases could not all be brought up to date: {error}</source>
        <translation>部分案件未能更新：{error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="24" />
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="29" />
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="39" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="40" />
        <source>Borrower reached, no promise</source>
        <translation>联系到本人，未承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="41" />
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="42" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="43" />
        <source>Phone off</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="44" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="45" />
        <source>Third party reached</source>
        <translation>联系到第三方</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="46" />
        <source>Lost contact</source>
        <translation>失联</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="56" />
        <source>Does not value credit, delays</source>
        <translation>不重视信用，拖延</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="57" />
        <source>Business or cash-flow trouble</source>
        <translation>经营困难或资金周转不开</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="58" />
        <source>Family trouble, illness</source>
        <translation>家庭变故或疾病</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="59" />
        <source>Travelling, cannot reach a bank</source>
        <translation>在外地，不方便去银行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="60" />
        <source>Suspected intent to defraud</source>
        <translation>疑似恶意骗贷</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="61" />
        <source>Forgot or too busy</source>
        <translation>忘记或太忙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="62" />
        <source>Card or debit problem</source>
        <translation>银行卡或扣款问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="63" />
        <source>Waiting for salary or reimbursement</source>
        <translation>等工资或报销</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="66" />
        <location filename="../../collector_desk/ui/labels.py" line="134" />
        <location filename="../../collector_desk/ui/labels.py" line="208" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="76" />
        <source>Forgot / too busy</source>
        <translation>忘记了 / 太忙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="77" />
        <source>No time lately</source>
        <translation>最近没时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="78" />
        <source>Travelling</source>
        <translation>在外地</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="79" />
        <source>Short this month, will pay both next month</source>
        <translation>本月手头紧，下月一起还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="80" />
        <source>Borrowed it for a friend</source>
        <translation>帮朋友借的</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="81" />
        <source>Refuses to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="82" />
        <source>Promises to pay</source>
        <translation>答应还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="93" />
        <source>Forgot, busy</source>
        <translation>忘记/太忙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="94" />
        <source>No time</source>
        <translation>没时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="95" />
        <source>Away</source>
        <translation>在外地</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="96" />
        <source>Short this month</source>
        <translation>本月手头紧</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="97" />
        <source>For a friend</source>
        <translation>帮朋友借</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="98" />
        <source>Won't pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="99" />
        <source>Will pay</source>
        <translation>答应还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="106" />
        <source>No promise</source>
        <translation>无承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="107" />
        <source>Promise pending</source>
        <translation>承诺待兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="108" />
        <source>Promise kept</source>
        <translation>承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="109" />
        <source>Partly kept</source>
        <translation>部分兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="110" />
        <source>Promise broken</source>
        <translation>承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="118" />
        <source>Pending</source>
        <translation>待兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="119" />
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="120" />
        <source>Part kept</source>
        <translation>部分兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="121" />
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="130" />
        <source>Automatic debit</source>
        <translation>委托划扣</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="131" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="132" />
        <source>Lender's app</source>
        <translation>公司App</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="133" />
        <source>Bank counter</source>
        <translation>银行柜台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="142" />
        <source>Confirm today's promise</source>
        <translation>确认今天的承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="143" />
        <source>Follow up broken promise</source>
        <translation>跟进未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="144" />
        <source>Await promised payment</source>
        <translation>等待承诺还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="145" />
        <location filename="../../collector_desk/ui/labels.py" line="157" />
        <source>Collect</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="146" />
        <source>Remind before due date</source>
        <translation>到期前提醒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="154" />
        <source>Confirm today</source>
        <translation>今日确认</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="155" />
        <source>Broken: follow up</source>
        <translation>跟进违约</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="156" />
        <source>Await payment</source>
        <translation>等待还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="158" />
        <source>Remind</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="164" />
        <source>C (current)</source>
        <translation>C（未逾期）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="165" />
        <source>M1 (1-29 days)</source>
        <translation>M1（1-29天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="166" />
        <source>M1, 1-5 days</source>
        <translation>M1，1-5天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="167" />
        <source>M1, 6-20 days</source>
        <translation>M1，6-20天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="168" />
        <source>M1, 21-29 days</source>
        <translation>M1，21-29天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="169" />
        <source>M2 (30-59 days)</source>
        <translation>M2（30-59天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="170" />
        <source>M3 (60-89 days)</source>
        <translation>M3（60-89天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="171" />
        <source>M3+ (90+ days)</source>
        <translation>M3+（90天以上）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="178" />
        <source>The date is in the past.</source>
        <translation>日期已经过去。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="179" />
        <source>The date is too far away.</source>
        <translation>日期太远了。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="180" />
        <source>Enter an amount above zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="181" />
        <source>More than the borrower owes in total.</source>
        <translation>超过了借款人的剩余应还总额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="182" />
        <source>Not an amount in yuan, e.g. 1500 or 1500.50.</source>
        <translation>不是有效的金额（元），例如 1500 或 1500.50。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="183" />
        <source>Choose how the borrower will pay.</source>
        <translation>请选择还款方式。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="184" />
        <source>Choose the account the money goes to.</source>
        <translation>请选择还款账户。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="185" />
        <source>Only the debit account or a published company account.</source>
        <translation>只能是扣款账户或公司公布的账户。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="188" />
        <source>A promise outcome needs the promise form filled in.</source>
        <translation>结果为承诺还款时，需要填写承诺表单。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="191" />
        <source>A third party cannot promise for the borrower.</source>
        <translation>第三方不能代替借款人承诺还款。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="194" />
        <source>Choose how the call ended.</source>
        <translation>请选择通话结果。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="200" />
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="201" />
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="202" />
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="203" />
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="204" />
        <source>Relative</source>
        <translation>亲戚</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="205" />
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="206" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="207" />
        <source>Guarantor</source>
        <translation>担保人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="214" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="215" />
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="216" />
        <source>Work</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="223" />
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="224" />
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="225" />
        <source>do not call</source>
        <translation>勿拨打</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="231" />
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="232" />
        <source>Part paid</source>
        <translation>部分已还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/labels.py" line="233" />
        <source>Unpaid</source>
        <translation>未还</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="82" />
        <source>Collector Desk</source>
        <translation>催收工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="117" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="91" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="196" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="197" />
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="198" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="199" />
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="200" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="208" />
        <source>Add the demo portfolio…</source>
        <translation>添加演示案件…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="212" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="224" />
        <source>&amp;Find a case</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="228" />
        <source>Go to the case &amp;list</source>
        <translation>转到案件列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="232" />
        <source>&amp;Refresh the list</source>
        <translation>刷新列表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="217" />
        <source>&amp;About Collector Desk</source>
        <translation>关于催收工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="245" />
        <source>About Collector Desk</source>
        <translation>关于催收工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="246" />
        <source>Collector Desk {version}
A desk for collectors and trainees.</source>
        <translation>催收工作台 {version}
供催收员和学员使用的工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="299" />
        <source>The server cannot be reached; retrying. Nothing typed is lost: save again once it is back.</source>
        <translation>连不上服务器，正在重试。已输入的内容不会丢失：服务器恢复后再保存一次。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="308" />
        <source>Connected to the server again.</source>
        <translation>已重新连上服务器。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="328" />
        <source>This case was updated by {who} at {time}.</source>
        <translation>此案件已由{who}于{time}更新。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="349" />
        <source>A new day: the cases are brought up to today.</source>
        <translation>新的一天：案件已更新到今天。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/feature_install.py" line="134" />
        <source>A feature could not start: {name}</source>
        <translation>有一项功能未能启动：{name}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="444" />
        <source>The demo portfolio is not available in this build.</source>
        <translation>此版本不包含演示案件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="451" />
        <source>Demo portfolio</source>
        <translation>演示案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="453" />
        <source>The database has no cases yet. Add a demo portfolio of 240 made-up cases to try the desk?</source>
        <translation>数据库中还没有案件。要添加 240 个虚构的演示案件来试用工作台吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="469" />
        <source>{n} demo cases added.</source>
        <translation>已添加 {n} 个演示案件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="471" />
        <source>The database already has cases; no demo added.</source>
        <translation>数据库中已有案件，未添加演示案件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/main_window.py" line="480" />
        <source>Creating the demo portfolio</source>
        <translation>正在生成演示案件</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="128" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="150" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/ops.py" line="214" />
        <source>Cancelled: {title}</source>
        <translation>已取消：{title}</translation>
    </message>
</context>
<context>
    <name>PromiseForm</name>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="64" />
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="83" />
        <source>yuan, e.g. 1500.00</source>
        <translation>单位：元，例如 1500.00</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="92" />
        <source>Part payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="95" />
        <source>Less than what is overdue now: allowed, and marked as a part payment.</source>
        <translation>少于当前逾期金额：允许，并标记为部分还款。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="107" />
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="108" />
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="109" />
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="110" />
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="165" />
        <source>From today up to {n} days ahead</source>
        <translation>从今天起最多 {n} 天内</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="168" />
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="221" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="185" />
        <source>Nothing overdue · at most {outstanding}</source>
        <translation>未逾期 · 最多 {outstanding}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="219" />
        <source>No authorised debit account on file</source>
        <translation>没有登记的委托扣款账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="224" />
        <source>Debit account {bank} {account}</source>
        <translation>扣款账户 {bank} {account}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="228" />
        <source>Company {account}</source>
        <translation>公司账户 {account}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="245" />
        <source>{day} has passed: a promise can be for today ({today}) or later.</source>
        <translation>{day} 已过，最早只能约今天（{today}）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="248" />
        <source>{day} is too far: a promise is at most {n} days ahead (until {last}).</source>
        <translation>{day} 太远：承诺日期最多在 {n} 天之内（至 {last}）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/promise_form.py" line="181" />
        <source>Overdue {overdue} · at most {outstanding}</source>
        <translation>逾期 {overdue} · 最多 {outstanding}</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="87" />
        <source>The script for this case's state; switch when the call is about something else</source>
        <translation>按案件状态选择的话术；通话内容不同时可以切换</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="115" />
        <source>Yes, the borrower</source>
        <translation>是本人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="116" />
        <source>The borrower is on the line (Alt+Y)</source>
        <translation>接电话的是借款人本人（Alt+Y）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="118" />
        <source>Not the borrower</source>
        <translation>不是本人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="119" />
        <source>Someone else answered: third-party script (Alt+N)</source>
        <translation>接电话的是别人：使用第三方话术（Alt+N）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="136" />
        <source>Go to the form field</source>
        <translation>转到表单字段</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="137" />
        <source>Put the cursor in the field this step fills</source>
        <translation>把光标放到这一步要填写的字段</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="139" />
        <source>Record the outcome</source>
        <translation>记录通话结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="140" />
        <source>After hanging up: the outcome on the right (Alt+R)</source>
        <translation>挂断后：在右侧记录通话结果（Alt+R）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="143" />
        <source>The borrower came to the phone</source>
        <translation>借款人本人来接电话了</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="148" />
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="149" />
        <source>Previous step (Alt+Left or Ctrl+[)</source>
        <translation>上一步（Alt+← 或 Ctrl+[）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="151" />
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="152" />
        <source>Next step (Alt+Right or Ctrl+])</source>
        <translation>下一步（Alt+→ 或 Ctrl+]）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="210" />
        <source>Overdue call: nine steps</source>
        <translation>逾期催收：九步话术</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="311" />
        <source>The call script file {file} is written wrongly; reinstall Collector Desk.</source>
        <translation>通话脚本文件 {file} 写法有误，请重新安装催收工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="320" />
        <source>The call script cannot be read</source>
        <translation>无法读取通话话术</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="335" />
        <source>Step {n} of {total}: {title}</source>
        <translation>第 {n} 步 / 共 {total} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="351" />
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="411" />
        <source>Open a case to start the call script.</source>
        <translation>打开一个案件，开始通话话术。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="360" />
        <source>“{heard}” (Ctrl+Shift+{code})</source>
        <translation>“{heard}”（Ctrl+Shift+{code}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="378" />
        <source>{script} · {n}/{of}: {step}</source>
        <translation>{script} · {n}/{of}：{step}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="434" />
        <source>{code}: “{heard}”</source>
        <translation>{code}：“{heard}”</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/desk/script_panel.py" line="435" />
        <source>Technique: {text}</source>
        <translation>技巧：{text}</translation>
    </message>
</context>
</TS>