<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="53" />
        <source>{imported} of {rows} lines imported, {errors} rejected</source>
        <translation>共 {rows} 行，导入 {imported} 行，拒绝 {errors} 行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="58" />
        <source>to a third party</source>
        <translation>发给第三方</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="59" />
        <source>to the borrower</source>
        <translation>发给借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="67" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="72" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="76" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="84" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="85" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="86" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="87" />
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="88" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="116" />
        <source>Reading the audit log</source>
        <translation>正在读取审计日志</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/audit_view.py" line="139" />
        <source>{n} events</source>
        <translation>共 {n} 条</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="45" />
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="57" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="65" />
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="88" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="65" />
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="88" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="74" />
        <source>&amp;Import the official notice…</source>
        <translation>导入官方放假通知(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="78" />
        <source>A TOML file of the State Council's arrangement for one year: the days off and the weekend days worked in exchange (docs/holidays.md). It reaches the team in bundles and on the server.</source>
        <translation>一年一个 TOML 文件，写明国务院办公厅通知中的放假日和调休上班日（格式见 docs/holidays.md）。导入后通过同步包和团队服务器发给全组。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="88" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="99" />
        <source>Holiday (no work)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="100" />
        <source>Working day (make-up)</source>
        <translation>工作日（调休上班）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="102" />
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="103" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="105" />
        <source>Remove the selected day</source>
        <translation>删除选中的日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="122" />
        <source>Days added here (they win over the arrangement):</source>
        <translation>在这里添加的日期（优先于上面的安排）：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="154" />
        <source>the official calendar package</source>
        <translation>官方节假日数据（chinese_calendar）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="155" />
        <source>the imported notice</source>
        <translation>已导入的官方通知</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="156" />
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="157" />
        <source>the statutory rules (provisional)</source>
        <translation>法定节假日规则推算（临时）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="158" />
        <source>weekends only</source>
        <translation>仅按周末</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="160" />
        <source>an imported provisional file</source>
        <translation>已导入的临时安排文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="162" />
        <source>Days off and make-up working days in {year}, from {source}:</source>
        <translation>{year} 年的放假日和调休上班日，来源：{source}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="167" />
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="168" />
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="178" />
        <source>Import the official holiday notice</source>
        <translation>导入官方放假通知</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="180" />
        <source>Holiday arrangement (*.toml)</source>
        <translation>节假日安排文件 (*.toml)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="188" />
        <source>days off</source>
        <translation>放假日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="188" />
        <source>make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="192" />
        <source>{file} is not a holiday file in TOML: see docs/holidays.md</source>
        <translation>{file} 不是 TOML 格式的假期文件，格式见 docs/holidays.md</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="193" />
        <source>{file}: the year must be written as a number, such as 2027</source>
        <translation>{file}：年份须写成数字，例如 2027</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="194" />
        <source>{file}: “provisional” must be true or false</source>
        <translation>{file}：“provisional”只能填 true 或 false</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="195" />
        <source>{file}: “source” must be text</source>
        <translation>{file}：“source”须为文字</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="196" />
        <source>{file}: the {key} must be a list of days with their names</source>
        <translation>{file}：{key}须逐条列出日期和名称</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="198" />
        <source>{file}: {key}, entry {entry}: the day must be a date such as {year}-01-01</source>
        <translation>{file}：{key}第 {entry} 条的日期须写成 {year}-01-01 这样的格式</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="200" />
        <source>{file}: {key}, entry {entry}: {day} is not in {year}</source>
        <translation>{file}：{key}第 {entry} 条的 {day} 不在 {year} 年内</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="201" />
        <source>{file}: {day} is listed both as a day off and as a working day</source>
        <translation>{file}：{day} 同时列为放假日和上班日，请只保留一处</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="202" />
        <source>{file}: no days off are listed for {year}</source>
        <translation>{file}：没有列出 {year} 年的任何放假日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="203" />
        <source>{file} cannot be read as UTF-8 text</source>
        <translation>{file} 无法按 UTF-8 文本读取，请另存为 UTF-8 后再导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="205" />
        <source>only a supervisor imports the holiday notice, because it reaches the whole team: import it on the supervisor's desk, or set the role in Tools &gt; Settings</source>
        <translation>假期安排会发给全组，只能由主管导入：请在主管的电脑上导入，或在“工具 &gt; 设置”中把角色设为主管</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="230" />
        <source>Not imported: {reason}</source>
        <translation>未导入：{reason}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="236" />
        <source>Imported {year}: {off} days off, {work} make-up working days.</source>
        <translation>已导入 {year} 年：放假 {off} 天，调休上班 {work} 天。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="247" />
        <source>Importing the holiday notice</source>
        <translation>正在导入放假通知</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="257" />
        <source>The official calendar for {year} is installed; days added here override it.</source>
        <translation>已有 {year} 年的官方节假日安排；这里添加的日期优先。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="259" />
        <source>No official calendar for {year}: weekends plus the days below.</source>
        <translation>尚无 {year} 年的官方节假日安排：按周末休息，加上下面添加的日期。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="266" />
        <source>No official calendar for {year}: only weekends are days off. Add the holidays and make-up working days.</source>
        <translation>尚无 {year} 年的官方节假日安排：目前只按周末休息。请添加节假日和调休上班日。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="65" />
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="276" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="261" />
        <source>Provisional calendar for {year}: the statutory holidays computed from the rules, without make-up working days. A supervisor imports the State Council's notice (Import the official notice…); or add the days below.</source>
        <translation>{year} 年为临时节假日安排：按法定节假日规则推算，不含调休上班日。主管可导入国务院办公厅的放假通知（“导入官方放假通知…”），也可以在下面添加日期。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="276" />
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="300" />
        <location filename="../../collector_desk/ui/worklist/calendar_dialog.py" line="320" />
        <source>Saving the calendar</source>
        <translation>正在保存日历</translation>
    </message>
</context>
<context>
    <name>DebitReportDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="222" />
        <source>Debit results imported</source>
        <translation>回盘已导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="228" />
        <source>{file}: {rows} lines; {imported} imported ({ok} succeeded, {failed} failed); {again} already imported; {bad} rejected.</source>
        <translation>{file}：共 {rows} 行；导入 {imported} 行（扣款成功 {ok}，失败 {failed}）；{again} 行此前已导入；{bad} 行被拒绝。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="243" />
        <source>Value</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>FlagsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="61" />
        <source>Do-not-contact flags</source>
        <translation>禁止联系标记</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="74" />
        <source>Reason (required, logged)</source>
        <translation>原因（必填，将记入日志）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="115" />
        <source>Saving the flags</source>
        <translation>正在保存标记</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="272" />
        <source>Contact limits</source>
        <translation>联系频次限制</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="284" />
        <source>Reason for the change (required, logged)</source>
        <translation>修改原因（必填，将记入日志）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="288" />
        <source>Only a supervisor may change these.</source>
        <translation>只有主管可以修改。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="348" />
        <source>Saving the limits</source>
        <translation>正在保存限额</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="138" />
        <source>Record a payment</source>
        <translation>登记还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="156" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="157" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="158" />
        <source>Paid by</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="159" />
        <source>Reference</source>
        <translation>流水号/凭证号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="175" />
        <source>Enter the amount in yuan, e.g. 1000.00.</source>
        <translation>请输入以元为单位的金额，例如 1000.00。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="195" />
        <source>Payment of {amount} recorded; outstanding {left}.</source>
        <translation>已登记还款 {amount}；剩余未还 {left}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/dialogs.py" line="212" />
        <source>Recording the payment</source>
        <translation>正在登记还款</translation>
    </message>
</context>
<context>
    <name>ReachBar</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="77" />
        <location filename="../../collector_desk/ui/worklist/reach.py" line="258" />
        <location filename="../../collector_desk/ui/worklist/reach.py" line="262" />
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="78" />
        <source>Call this number through the softphone (Ctrl+D)</source>
        <translation>通过软电话拨打此号码（Ctrl+D）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="81" />
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="92" />
        <source>SMS…</source>
        <translation>短信…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="94" />
        <source>Show number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="96" />
        <source>Shows the number in clear; the arrow shows other details. Each is logged.</source>
        <translation>显示完整号码；点箭头可查看其他信息。每次查看都会记入日志。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="106" />
        <source>Flags…</source>
        <translation>标记…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="107" />
        <source>Do-not-contact flags of this person</source>
        <translation>此人的禁止联系标记</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="127" />
        <source>&amp;Dial the chosen number</source>
        <translation>拨打所选号码(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="147" />
        <source>{number} · borrower's {kind}</source>
        <translation>{number} · 借款人{kind}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="221" />
        <source>May be called now.</source>
        <translation>现在可以拨打。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="223" />
        <source>Third party: use the third-party script, no debt details.</source>
        <translation>第三方：请使用第三方话术，不得透露欠款信息。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="226" />
        <source>This number is marked invalid.</source>
        <translation>此号码已标记为无效。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="273" />
        <source>Dialling</source>
        <translation>正在拨号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="288" />
        <source>Dialling {number}…</source>
        <translation>正在拨打 {number}…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="303" />
        <source>Call logged: {outcome}, {m}:{s:02d}</source>
        <translation>通话已记录：{outcome}，时长 {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="313" />
        <source>Logging the call</source>
        <translation>正在记录通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="335" />
        <source>Not allowed now</source>
        <translation>现在不能联系</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="342" />
        <source>Override once…</source>
        <translation>单次放行…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="347" />
        <location filename="../../collector_desk/ui/worklist/reach.py" line="354" />
        <location filename="../../collector_desk/ui/worklist/reach.py" line="365" />
        <source>Override once</source>
        <translation>单次放行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="347" />
        <source>Why may this contact go ahead? (logged)</source>
        <translation>为什么允许这次联系？（将记入日志）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="433" />
        <source>Choose a contact's number first.</source>
        <translation>请先选择一个联系人的号码。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="444" />
        <source>Showing a masked detail</source>
        <translation>正在显示隐藏的信息</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="454" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/reach.py" line="453" />
        <source>{number}

This reveal has been logged.</source>
        <translation>{number}

本次查看已记入日志。</translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="53" />
        <source>Send an SMS</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="74" />
        <source>e.g. 400-800-1234</source>
        <translation>例如 400-800-1234</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="83" />
        <source>To a third party: no amounts, dates or loan details.</source>
        <translation>发给第三方：不得包含金额、日期或借款信息。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="89" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="90" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="91" />
        <source>Hotline</source>
        <translation>客服电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="92" />
        <source>Copy text</source>
        <translation>复制内容</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="94" />
        <source>Open in the SMS app</source>
        <translation>在短信应用中打开</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="150" />
        <source>Saving the hotline</source>
        <translation>正在保存客服电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="189" />
        <source>SMS logged as a contact attempt.</source>
        <translation>短信已记为一次联系。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/sms_dialog.py" line="206" />
        <source>Logging the SMS</source>
        <translation>正在记录短信</translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="64" />
        <source>Lost contact: no working way to reach the borrower</source>
        <translation>失联：已无有效方式联系到借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="67" />
        <source>&lt;b&gt;Tracing checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;查找步骤&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="97" />
        <source>Open a case to see its strategy.</source>
        <translation>打开案件后可查看催收策略。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="114" />
        <source>Not overdue. Next due date {due}: remind before it (see Today) and confirm on the day, 15:00-16:00.</source>
        <translation>未逾期。下一还款日 {due}：还款日前提醒（见"今日工作"），当天 15:00-16:00 再确认。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="123" />
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="123" />
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="123" />
        <source>Cadence</source>
        <translation>频率</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="165" />
        <source>Every own number is marked invalid.</source>
        <translation>本人的号码均已标记为无效。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="174" />
        <source>Only the company may do this: ask your supervisor.</source>
        <translation>只能由公司办理：请报主管。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="200" />
        <source>Marking lost contact</source>
        <translation>正在标记失联</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="200" />
        <source>Clearing lost contact</source>
        <translation>正在取消失联标记</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="224" />
        <source>step done</source>
        <translation>已完成此步</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="224" />
        <source>step reopened</source>
        <translation>已重新打开此步</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/strategy_panel.py" line="229" />
        <source>Saving a tracing step</source>
        <translation>正在保存查找步骤</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="93" />
        <source>Plan another day</source>
        <translation>查看其他日期的计划</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="95" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="97" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="116" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="149" />
        <source>Enter: open the case · Space: mark done · tick the box when done</source>
        <translation>回车：打开案件 · 空格：标记完成 · 完成后勾选</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="233" />
        <source>The plan could not be built: {error}</source>
        <translation>无法生成工作计划：{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="238" />
        <source>Building today's plan</source>
        <translation>正在生成今日工作计划</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="255" />
        <source>Bringing the cases up to today; the plan follows.</source>
        <translation>正在把案件更新到今天，今天的计划随后列出。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="336" />
        <source>Plan for {day}: {open} to do, {done} done</source>
        <translation>{day} 工作计划：待办 {open} 项，已完成 {done} 项</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="359" />
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="359" />
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="363" />
        <source>Best time: {when}</source>
        <translation>最佳时间：{when}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="429" />
        <source>Tick the tracing steps in the case's Strategy tab.</source>
        <translation>请在案件的"策略"页勾选查找步骤。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="435" />
        <source>Marking done</source>
        <translation>正在标记完成</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/today_view.py" line="435" />
        <source>Marking not done</source>
        <translation>正在取消完成</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/plan_tree.py" line="73" />
        <source>{section}: {todo} to do of {n}</source>
        <translation>{section}：待办 {todo} / 共 {n}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="358" />
        <source>No official holiday calendar for {years} yet: the statutory holidays are computed from the rules (provisional, no make-up working days). &lt;a href='calendar'&gt;Add holidays and make-up working days…&lt;/a&gt;</source>
        <translation>尚无 {years} 年的官方节假日安排：暂按法定节假日规则推算（临时安排，不含调休上班日）。&lt;a href='calendar'&gt;添加节假日和调休上班日…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="367" />
        <source>{day} is not a working day.</source>
        <translation>{day} 不是工作日。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="374" />
        <source>Only the first part of these sections is shown: {names}.</source>
        <translation>以下分类只显示了前面一部分：{names}。</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="58" />
        <source>Collector Desk</source>
        <translation>催收工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="95" />
        <source>Callback due</source>
        <translation>该回电了</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="102" />
        <source>{n} to do now ({start}-{end}): {names}</source>
        <translation>现在有 {n} 项待办（{start}-{end}）：{names}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/tray.py" line="106" />
        <source> and {n} more</source>
        <translation> 等 {n} 位</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="47" />
        <source>Today</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="60" />
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="108" />
        <source>&amp;Today's plan</source>
        <translation>今日工作(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="115" />
        <source>Record a &amp;payment…</source>
        <translation>登记还款(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="122" />
        <source>Request to change the debit &amp;account…</source>
        <translation>申请变更扣款账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="128" />
        <source>Import &amp;debit results (回盘)…</source>
        <translation>导入回盘文件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="134" />
        <source>Working-day &amp;calendar…</source>
        <translation>工作日日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="140" />
        <source>Contact &amp;limits…</source>
        <translation>联系频次限制(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="146" />
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="190" />
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="208" />
        <source>Open a case first.</source>
        <translation>请先打开一个案件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="216" />
        <source>Change of debit account</source>
        <translation>变更扣款账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="217" />
        <source>The account cannot be changed on a call: the borrower signs a new debit mandate in person. Record the request as a task on the case?
Note (optional, no account number):</source>
        <translation>扣款账户不能在电话里变更：须借款人本人到门店签署新的委托划款授权书。把这个申请记为本案件的待办吗？
备注（可不填，不要写账号）：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="231" />
        <source>Request recorded: a task on today's plan and a note on the case.</source>
        <translation>已记录申请：今日工作中新增一项待办，案件历史中有备注。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="239" />
        <source>Recording the request</source>
        <translation>正在记录申请</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="252" />
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="277" />
        <source>Debit result file</source>
        <translation>回盘文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="254" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/__init__.py" line="283" />
        <source>Importing debit results</source>
        <translation>正在导入回盘</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="23" />
        <source>Callbacks</source>
        <translation>预约回电</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="24" />
        <source>Promises due today</source>
        <translation>今日到期的承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="25" />
        <source>Broken promises</source>
        <translation>未兑现的承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="26" />
        <source>Due today: confirm</source>
        <translation>今日还款日：确认</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="27" />
        <source>Reminders before the due date</source>
        <translation>还款日前提醒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="28" />
        <source>First-instalment reminders</source>
        <translation>首期还款提醒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="29" />
        <source>Welcome calls</source>
        <translation>放款回访</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="30" />
        <source>Overdue cases</source>
        <translation>逾期案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="31" />
        <source>Lost contact: tracing</source>
        <translation>失联查找</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="32" />
        <source>Failed debits: second notice</source>
        <translation>扣款失败：二次通知</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="33" />
        <source>Debit account changes: new mandate in person</source>
        <translation>变更扣款账户：本人签署新授权</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="41" />
        <source>insufficient balance</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="42" />
        <source>card frozen</source>
        <translation>卡片冻结</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="43" />
        <source>account closed</source>
        <translation>账户已销户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="44" />
        <source>other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="50" />
        <source>Promises dated in the last {days} days and not paid in full: broken (nothing paid) and partly kept (part paid), each counted under its own heading as in the case list's promise filter. The header shows how many are still to do of all.</source>
        <translation>承诺日期在最近 {days} 天内、未全额还款的承诺：承诺未兑现（分文未还）与部分兑现（还了一部分）各列一组，计数方式与案件列表的承诺筛选相同。标题中的数字为待办项数 / 本类总数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="56" />
        <source>The header shows how many are still to do of all in this section.</source>
        <translation>标题中的数字为待办项数 / 本类总数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="65" />
        <source>Broken: nothing paid (last {days} days)</source>
        <translation>承诺未兑现：分文未还（近 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="68" />
        <source>Partly kept: part paid (last {days} days)</source>
        <translation>部分兑现：还了一部分（近 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="76" />
        <source>A (always on time)</source>
        <translation>A（一直按时）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="77" />
        <source>B (late once in 3 months)</source>
        <translation>B（近三个月逾期一次）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="78" />
        <source>C (often late)</source>
        <translation>C（经常逾期）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="84" />
        <source>1-5 days</source>
        <translation>逾期 1-5 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="85" />
        <source>6-20 days</source>
        <translation>逾期 6-20 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="86" />
        <source>21-29 days</source>
        <translation>逾期 21-29 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="87" />
        <source>M2 (30-59 days)</source>
        <translation>M2（30-59 天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="88" />
        <source>M3 (60-89 days)</source>
        <translation>M3（60-89 天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="89" />
        <source>M3+ (90+ days)</source>
        <translation>M3+（90 天以上）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="99" />
        <source>Promised for today: confirm the payment</source>
        <translation>今天承诺还款：确认是否到账</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="101" />
        <source>Promised for {day}; nothing paid</source>
        <translation>承诺 {day} 还款，分文未还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="105" />
        <source>Promised for {day}; {paid} paid</source>
        <translation>承诺 {day} 还款，已还 {paid}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="109" />
        <source>Class {cls} reminder, morning {n} of {of}; due {due}</source>
        <translation>{cls}类提醒，第 {n}/{of} 个上午；还款日 {due}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="113" />
        <source>Due {due}: confirm the money is in the account</source>
        <translation>还款日 {due}：确认账户已备足款项</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="117" />
        <source>First instalment due {due}: have the borrower state date, amount and account</source>
        <translation>首期还款日 {due}：请客户自己说出还款日期、金额和账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="122" />
        <source>Disbursed {day}: welcome call (day {n} of {of})</source>
        <translation>{day} 放款：回访（第 {n}/{of} 天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="126" />
        <source>Promised {amount} for today: confirm the payment</source>
        <translation>承诺今天还 {amount}：确认是否到账</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="130" />
        <source>Promised {amount} on {day}; nothing paid</source>
        <translation>承诺 {day} 还 {amount}；分文未还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="134" />
        <source>Promised {amount} on {day}; {paid} paid</source>
        <translation>承诺 {day} 还 {amount}；只还了 {paid}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="142" />
        <source>{dpd} days past due, {band}</source>
        <translation>逾期 {dpd} 天，{band}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="146" />
        <source>; last promise broken</source>
        <translation>；上次承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="148" />
        <source>; contacted today</source>
        <translation>；今天已联系</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="153" />
        <source>Callback at {time}</source>
        <translation>{time} 回电</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="157" />
        <source>Missed callback of {when}</source>
        <translation>错过的回电（{when}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="163" />
        <source>Debit of {amount} on {day} failed ({why}): call again</source>
        <translation>{why}：{day}扣款{amount}未成功，再次通知</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="169" />
        <source>Asked on {day} to change the debit account: the borrower signs a new mandate in person</source>
        <translation>{day}申请变更扣款账户：须借款人本人签署新的委托划款授权</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="174" />
        <source>Cannot be reached: tracing steps {done} of {steps} done</source>
        <translation>联系不上：查找步骤已完成 {done}/{steps}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="185" />
        <source>asked us to stop contacting</source>
        <translation>要求停止联系</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="186" />
        <source>a complaint is open</source>
        <translation>投诉处理中</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="187" />
        <source>deceased</source>
        <translation>已身故</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="188" />
        <source>refused contact, do not call again</source>
        <translation>拒绝联系，不得再拨打</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="191" />
        <source>a lawyer is appointed: contact the lawyer</source>
        <translation>已委托律师：请联系律师</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="201" />
        <source>Do not contact: {reasons}.</source>
        <translation>禁止联系：{reasons}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="204" />
        <source>No calls or SMS from 22:00 to 08:00 in the borrower's time (now {time}, {tz}).</source>
        <translation>借款人当地时间 22:00 至次日 08:00 不得拨打电话或发送短信（当地现在 {time}，时区 {tz}）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="208" />
        <source>Third parties only while the borrower cannot be reached: every own number invalid, or {n} failed attempts in a row.</source>
        <translation>只有在联系不上借款人时才能联系第三方：本人号码全部无效，或连续 {n} 次未接通。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="213" />
        <source>Already {count} conversations with the borrower today (at most {limit}).</source>
        <translation>今天已与借款人通话 {count} 次（每天最多 {limit} 次）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="216" />
        <source>Already {count} unanswered attempts on this number today (at most {limit}).</source>
        <translation>此号码今天已有 {count} 次未接通（每天最多 {limit} 次）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="223" />
        <source>Allowed again from {when}.</source>
        <translation>{when} 起可以再联系。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="227" />
        <source>Only clearing the flag lifts this.</source>
        <translation>只有取消该标记后才能联系。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="233" />
        <source>Personal data shown</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="234" />
        <source>Contact limit changed</source>
        <translation>修改联系频次限制</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="235" />
        <source>One-time override</source>
        <translation>单次放行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="236" />
        <source>Do-not-contact flag</source>
        <translation>禁止联系标记</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="237" />
        <source>Lost-contact mark</source>
        <translation>失联标记</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="238" />
        <source>Debit results imported</source>
        <translation>回盘已导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="239" />
        <source>SMS sent</source>
        <translation>已发短信</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="245" />
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="246" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="247" />
        <source>borrower's name</source>
        <translation>借款人姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="248" />
        <source>contact's name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="249" />
        <source>debit account</source>
        <translation>扣款账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="250" />
        <source>home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="251" />
        <source>work address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="252" />
        <source>household-registration address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="253" />
        <source>employer's phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="259" />
        <source>Quiet hours start</source>
        <translation>禁止联系开始时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="260" />
        <source>Quiet hours end</source>
        <translation>禁止联系结束时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="261" />
        <source>Conversations per borrower per day</source>
        <translation>每位借款人每天最多通话次数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="264" />
        <source>Unanswered attempts per number per day</source>
        <translation>每个号码每天最多未接通次数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="267" />
        <source>Failed attempts before third parties</source>
        <translation>连续未接通几次后可联系第三方</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="275" />
        <source>Talked</source>
        <translation>已通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="276" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="277" />
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="278" />
        <source>Phone off</source>
        <translation>关机</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="279" />
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="280" />
        <source>Not recorded</source>
        <translation>未记录结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="286" />
        <source>Automatic debit</source>
        <translation>自动扣款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="287" />
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="288" />
        <source>App</source>
        <translation>App 还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="289" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="290" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="297" />
        <source>The date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="298" />
        <source>The date is before the loan was paid out.</source>
        <translation>日期早于放款日。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="301" />
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="304" />
        <source>The amount is more than what is outstanding.</source>
        <translation>金额超过了剩余未还金额。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="307" />
        <source>Choose how the money was paid.</source>
        <translation>请选择还款方式。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="308" />
        <source>Only a supervisor may do this.</source>
        <translation>只有主管可以这样做。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="309" />
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="310" />
        <source>No rule that may be overridden refuses this contact.</source>
        <translation>没有可以放行的限制规则。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="313" />
        <source>The dial address in the settings needs a scheme and {number}.</source>
        <translation>设置中的拨号地址需要包含协议（如 tel:）和 {number}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="316" />
        <source>Fill in every {placeholder} before sending.</source>
        <translation>发送前请先填好所有花括号中的内容。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="319" />
        <source>The text contains forbidden wording.</source>
        <translation>短信内容含有禁用语。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="322" />
        <source>No debt details in a message to a third party.</source>
        <translation>发给第三方的短信不得包含欠款信息。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="325" />
        <source>Only a third-party template may go to a third party.</source>
        <translation>发给第三方只能使用第三方模板。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="328" />
        <source>Choose a number between 1 and 20.</source>
        <translation>请输入 1 到 20 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="331" />
        <source>Enter a time as HH:MM.</source>
        <translation>请按 HH:MM 格式输入时间。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="332" />
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="333" />
        <source>This version has no such limit; update Collector Desk.</source>
        <translation>当前版本没有这项限制，请更新催收工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="336" />
        <source>Choose how the call ended from the list.</source>
        <translation>请从列表中选择通话结果。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="339" />
        <source>That SMS template is not there any more; choose another.</source>
        <translation>该短信模板已不存在，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="342" />
        <source>The SMS templates file is written wrongly; reinstall Collector Desk.</source>
        <translation>短信模板文件写法有误，请重新安装催收工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/worklist/texts.py" line="345" />
        <source>Copy the message or open it in the messaging app.</source>
        <translation>请复制短信内容，或在短信应用中打开。</translation>
    </message>
</context>
</TS>