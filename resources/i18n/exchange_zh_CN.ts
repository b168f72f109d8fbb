<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="47" />
        <source>Assign cases</source>
        <translation>分配案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="52" />
        <source>The open case</source>
        <translation>当前打开的案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="53" />
        <source>Cases nobody has yet</source>
        <translation>尚未分配的案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="54" />
        <source>All cases (reassign)</source>
        <translation>全部案件（重新分配）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="57" />
        <source>Every bucket</source>
        <translation>全部账龄</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="59" />
        <source>Spread evenly over the ticked collectors</source>
        <translation>平均分给勾选的催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="61" />
        <source>Give them all to:</source>
        <translation>全部分给：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="66" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="67" />
        <source>Cases now</source>
        <translation>现有案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="68" />
        <source>Overdue now</source>
        <translation>现有逾期金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="69" />
        <source>This assignment</source>
        <translation>本次分配</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="75" />
        <source>Add a team member…</source>
        <translation>添加组员…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="80" />
        <source>Which cases</source>
        <translation>分配范围</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="81" />
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="88" />
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="210" />
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="221" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="91" />
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="143" />
        <source>(nobody: take them back)</source>
        <translation>（不分配：收回案件）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="178" />
        <source>Press Preview to see who gets what.</source>
        <translation>点击“预览”查看分配结果。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="216" />
        <source>Working out the plan…</source>
        <translation>正在计算分配方案…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="228" />
        <source>{n} cases</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="239" />
        <source>, {amount} overdue</source>
        <translation>，逾期 {amount}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="244" />
        <source>{who}: {n} cases{extra}</source>
        <translation>{who}：{n} 件{extra}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="245" />
        <source>nobody</source>
        <translation>不分配</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="250" />
        <source>+{n} cases{extra}</source>
        <translation>+{n} 件{extra}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="254" />
        <source>{n} cases in all.</source>
        <translation>共 {n} 件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="269" />
        <source>{n} cases assigned.</source>
        <translation>已分配 {n} 件案件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="274" />
        <source>Assigning cases</source>
        <translation>正在分配案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="285" />
        <source>Staff code (for example C007):</source>
        <translation>工号（例如 C007）：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="289" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="304" />
        <source>Adding a team member</source>
        <translation>正在添加组员</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="50" />
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="56" />
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="34" />
        <source>Team key</source>
        <translation>团队密钥</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="57" />
        <source>This workstation has no team key yet. Bundles are signed with the key the whole team shares: load the supervisor's key file, or create a new key if you are the supervisor (File &gt; Team key).</source>
        <translation>本机还没有团队密钥。同步包用全组共用的密钥签名：请导入主管给的密钥文件；如果您是主管，请新建一个密钥（文件 &gt; 团队密钥）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="77" />
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="176" />
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="233" />
        <source>Export a sync bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="80" />
        <source>My work not sent yet</source>
        <translation>本机尚未发出的工作</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="84" />
        <source>Everything on this workstation</source>
        <translation>本机全部数据</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="88" />
        <source>The cases assigned to:</source>
        <translation>分配给以下催收员的案件：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="99" />
        <source>Encrypt with a passphrase</source>
        <translation>用口令加密</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="118" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="119" />
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="121" />
        <source>Tell the passphrase by phone or in person, never in the same mail as the file.</source>
        <translation>口令请电话或当面告知，切勿与文件放在同一封邮件里。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="147" />
        <source>Use at least 6 characters.</source>
        <translation>口令至少 6 个字符。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="154" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="177" />
        <source>This bundle is not encrypted: it carries names, phones and ID numbers that anyone with the file can read. Export it unencrypted?</source>
        <translation>此同步包未加密：其中的姓名、电话和身份证号，任何拿到文件的人都能读到。仍要不加密导出吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="209" />
        <source>Save the bundle</source>
        <translation>保存同步包</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="211" />
        <source>Collector Desk bundle (*.cdbundle)</source>
        <translation>催收工作台同步包 (*.cdbundle)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="224" />
        <source>Bundle saved: {file} ({rows} rows, {size} KB).</source>
        <translation>同步包已保存：{file}（{rows} 条记录，{size} KB）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="228" />
        <source>There was no new work since the last export.</source>
        <translation>上次导出后没有新的工作。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="238" />
        <source>Exporting the bundle</source>
        <translation>正在导出同步包</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="259" />
        <source>Import sync bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="261" />
        <source>Collector Desk bundles (*.cdbundle *.cdb);;All files (*)</source>
        <translation>催收工作台同步包 (*.cdbundle *.cdb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="275" />
        <source>Encrypted bundle</source>
        <translation>加密的同步包</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="275" />
        <source>Passphrase of {file}:</source>
        <translation>{file} 的口令：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="305" />
        <source>Importing bundles</source>
        <translation>正在导入同步包</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="319" />
        <source>Bundles imported</source>
        <translation>同步包导入结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="324" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="325" />
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="326" />
        <source>What came in</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="333" />
        <source>calls</source>
        <translation>通电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="333" />
        <source>promises</source>
        <translation>条承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="333" />
        <source>payments</source>
        <translation>笔还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="334" />
        <source>notes</source>
        <translation>条备注</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="334" />
        <source>cases</source>
        <translation>件案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="334" />
        <source>dial attempts</source>
        <translation>次拨打</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="335" />
        <source>assignments and flags</source>
        <translation>项分配与标记</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="335" />
        <source>conflicts</source>
        <translation>条冲突</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="341" />
        <source>Refused: </source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="350" />
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="353" />
        <source>{n} concurrent changes kept for review</source>
        <translation>{n} 处同时修改已留存待查</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="357" />
        <source>{n} records wait for their case</source>
        <translation>{n} 条记录等待其案件到达</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="38" />
        <source>Create a new team key…</source>
        <translation>新建团队密钥…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="42" />
        <source>Load the team's key from a file…</source>
        <translation>从文件导入团队密钥…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="46" />
        <source>Type the team's key…</source>
        <translation>手工输入团队密钥…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="53" />
        <source>Every workstation of the team must have the same key. The supervisor creates it once and gives the key file to each collector (USB stick). Keep it secret: whoever has it can make bundles the team accepts.</source>
        <translation>全组每台电脑必须使用同一个密钥。由主管新建一次，再把密钥文件（用U盘）交给每位催收员。请妥善保管：拿到密钥的人就能制作全组都会接受的同步包。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="80" />
        <source>This workstation's team key: {id}</source>
        <translation>本机的团队密钥：{id}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="84" />
        <source>This workstation has no team key yet.</source>
        <translation>本机还没有团队密钥。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="90" />
        <source>the Windows credential store</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="98" />
        <source>Team key {id} kept in {place}.</source>
        <translation>团队密钥 {id} 已保存到 {place}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="110" />
        <source>A new key means every collector must load the new key file. Go on?</source>
        <translation>新建密钥后，每位催收员都必须导入新的密钥文件。继续吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="118" />
        <source>Save the key file for the team</source>
        <translation>保存团队密钥文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="120" />
        <source>Key file (*.txt)</source>
        <translation>密钥文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="133" />
        <source>The team's key file</source>
        <translation>团队密钥文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="135" />
        <source>Key file (*.txt);;All files (*)</source>
        <translation>密钥文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="150" />
        <source>The team key (CDK1-…):</source>
        <translation>团队密钥（CDK1-…）：</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="30" />
        <source>Only my cases</source>
        <translation>只看我的案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="33" />
        <source>Show the cases assigned to me; untick to see the whole team's</source>
        <translation>只显示分配给我的案件；取消勾选可查看全组案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="43" />
        <source>Show all cases</source>
        <translation>显示全部案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="73" />
        <source>&amp;Load cases from head office…</source>
        <translation>导入总部分案文件(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="74" />
        <source>Daily &amp;report…</source>
        <translation>导出日报(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="75" />
        <source>&amp;Export a sync bundle…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="76" />
        <source>I&amp;mport sync bundles…</source>
        <translation>导入同步包(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="77" />
        <source>Team &amp;key…</source>
        <translation>团队密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="87" />
        <source>&amp;Assign cases…</source>
        <translation>分配案件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="127" />
        <source>No case assigned to you ({me}) matches; the team's cases are hidden.</source>
        <translation>没有分配给你（{me}）且符合条件的案件；全组的其他案件未显示。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="139" />
        <source>Saving the settings</source>
        <translation>正在保存设置</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="158" />
        <source>The database is still opening.</source>
        <translation>数据库仍在打开，请稍候。</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="12" />
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="13" />
        <source>Borrower name</source>
        <translation>借款人姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="14" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="15" />
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="16" />
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="17" />
        <source>Disbursement date</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="18" />
        <source>Principal</source>
        <translation>借款金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="19" />
        <source>Number of instalments</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="20" />
        <source>Instalment amount</source>
        <translation>每期还款额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="21" />
        <source>Amount repaid so far</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="22" />
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="23" />
        <source>Branch</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="24" />
        <source>Debit bank</source>
        <translation>扣款银行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="25" />
        <source>Debit account</source>
        <translation>扣款账号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="26" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="27" />
        <source>Employer phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="28" />
        <source>Employer address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="29" />
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="30" />
        <source>Household registration address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="33" />
        <source>Contact 1 name</source>
        <translation>联系人1姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="34" />
        <source>Contact 1 relation</source>
        <translation>联系人1关系</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="35" />
        <source>Contact 1 phone</source>
        <translation>联系人1电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="36" />
        <source>Contact 2 name</source>
        <translation>联系人2姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="37" />
        <source>Contact 2 relation</source>
        <translation>联系人2关系</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="38" />
        <source>Contact 2 phone</source>
        <translation>联系人2电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="39" />
        <source>Spouse name</source>
        <translation>配偶姓名</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="40" />
        <source>Spouse phone</source>
        <translation>配偶电话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="42" />
        <source>Instalments repaid</source>
        <translation>已还期数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="43" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="44" />
        <source>Overdue total</source>
        <translation>逾期总额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="45" />
        <source>Overdue principal</source>
        <translation>逾期本金</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="46" />
        <source>Overdue interest</source>
        <translation>逾期利息</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="47" />
        <source>Penalty interest</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="48" />
        <source>Late fee</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="49" />
        <source>Outstanding</source>
        <translation>剩余应还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="50" />
        <source>Last payment date</source>
        <translation>最近还款日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="51" />
        <source>Monthly due day</source>
        <translation>每月还款日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="52" />
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="53" />
        <source>Assignment date</source>
        <translation>委案日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="54" />
        <source>Assigned amount</source>
        <translation>委案金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="55" />
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="56" />
        <source>Head office's bucket</source>
        <translation>总部账龄</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="57" />
        <source>Assigned collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="65" />
        <source>The cell is empty</source>
        <translation>此格为空</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="66" />
        <source>The same contract number is already on row {value}</source>
        <translation>与第 {value} 行的合同编号重复</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="69" />
        <source>Excel turned this number into scientific notation ({value}); its last digits are lost. Ask head office to format the column as text</source>
        <translation>Excel 已把这个号码变成科学计数法（{value}），末几位已丢失。请总部把该列设为文本格式后重新导出</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="74" />
        <source>An ID number has 18 characters: {value}</source>
        <translation>身份证号应为 18 位：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="77" />
        <source>An ID number is 17 digits and a digit or X: {value}</source>
        <translation>身份证号应为 17 位数字加一位数字或 X：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="80" />
        <source>The ID number's check digit is wrong: {value}</source>
        <translation>身份证号校验位不对：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="83" />
        <source>The ID number's birth date does not exist: {value}</source>
        <translation>身份证号中的出生日期不存在：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="86" />
        <source>The ID number's province code does not exist: {value}</source>
        <translation>身份证号的省份代码不存在：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="89" />
        <source>Not a phone number: {value}</source>
        <translation>不是电话号码：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="90" />
        <source>Not a valid Chinese phone number: {value}</source>
        <translation>不是有效的国内电话号码：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="93" />
        <source>The amount is negative: {value}</source>
        <translation>金额为负数：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="96" />
        <source>Not an amount: {value}</source>
        <translation>不是金额：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="97" />
        <source>More than two decimals: {value}</source>
        <translation>小数超过两位：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="100" />
        <source>The amount is zero</source>
        <translation>金额为零</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="101" />
        <source>The amount is larger than any amount can be: {value}</source>
        <translation>金额超出允许的最大值：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="104" />
        <source>The date is outside the years a loan can have: {value}</source>
        <translation>日期超出贷款可能的年份范围：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="107" />
        <source>Not a date: {value} (write 2025-03-05, 2025/3/5 or 2025年3月5日)</source>
        <translation>不是日期：{value}（请写成 2025-03-05、2025/3/5 或 2025年3月5日）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="110" />
        <source>No such date: {value}</source>
        <translation>日期不存在：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="111" />
        <source>The date is in the future</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="112" />
        <source>Not a whole number: {value}</source>
        <translation>不是整数：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="113" />
        <source>Not a plausible number of instalments: {value}</source>
        <translation>期数不合理：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="116" />
        <source>More than all the instalments add up to</source>
        <translation>超过全部期数应还总额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="119" />
        <source>The text is too long</source>
        <translation>文字过长</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="120" />
        <source>Not a day of the month (1 to 31): {value}</source>
        <translation>不是有效的每月日期（1 至 31）：{value}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="123" />
        <source>The cell holds a formula saved without its result. Open the file in Excel or WPS, let it calculate, save it and load it again</source>
        <translation>此单元格是公式，但文件里没有保存计算结果。请用 Excel 或 WPS 打开文件，等它计算完成后保存，再重新导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="128" />
        <source>This contract belongs to another borrower here ({value}). Check with head office; to take the file's, import again and confirm the change</source>
        <translation>本机记录的这份合同属于另一位借款人（{value}）。请先与总部核实；如要采用文件中的信息，请重新导入并确认更换</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="137" />
        <source>Refused: {reason}</source>
        <translation>已拒绝：{reason}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="147" />
        <source>Head office says {stated} days past due; the schedule gives {computed}</source>
        <translation>总部标注逾期 {stated} 天，按还款计划推算为 {computed} 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="151" />
        <source>Head office's overdue total is {stated}; the overdue instalments add up to {computed}</source>
        <translation>总部标注逾期总额 {stated}，按逾期期数推算为 {computed}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="155" />
        <source>Head office says {stated} is still owed; the loan total less repayments is {computed}</source>
        <translation>总部标注剩余应还 {stated}，按借款总额减已还推算为 {computed}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="159" />
        <source>The repaid amount {stated} is above the loan total {computed}</source>
        <translation>已还金额 {stated} 超过借款应还总额 {computed}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="162" />
        <source>{stated} instalments repaid, but the repaid amount covers {computed}</source>
        <translation>已还期数为 {stated} 期，但已还金额只够 {computed} 期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="166" />
        <source>Head office's bucket is {stated}; its days past due put the case in {computed}</source>
        <translation>总部标注账龄为 {stated}，按逾期天数应为 {computed}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="170" />
        <source>The due day is the {stated}th; the days past due point at the {computed}th</source>
        <translation>每月还款日为 {stated} 日，按逾期天数推算应为 {computed} 日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="174" />
        <source>Two columns have this title and hold the same values in every row; the first was read</source>
        <translation>有两列用了这个标题，且每行内容都相同；只读取了前一列</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="178" />
        <source>{stated} is not on the team, so the case stays unassigned. Add them to the team and import again</source>
        <translation>团队名单中没有“{stated}”，此案件暂不分配。请先把此人加入团队，再重新导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="196" />
        <source>. Head office's figure is used</source>
        <translation>，已按总部数字导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="207" />
        <source> ({stated} is not a bucket this desk reads: M1, M2, M3, M3+, C or days)</source>
        <translation>（{stated} 不是本系统可识别的账龄：M1、M2、M3、M3+、C 或天数范围）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="213" />
        <source> ({stated} is {span} days past due here)</source>
        <translation>（本系统中 {stated} 为逾期 {span} 天）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="235" />
        <source>This file is not a Collector Desk bundle.</source>
        <translation>这个文件不是催收工作台同步包。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="238" />
        <source>The file is incomplete (cut short while copying?). Ask for it again.</source>
        <translation>文件不完整（复制时中断了？）。请对方重新发送。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="241" />
        <source>The file was changed or damaged after it was made. Ask for it again.</source>
        <translation>文件在生成后被改动或已损坏。请对方重新发送。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="244" />
        <source>The bundle was signed with another team's key. Check the team key in File &gt; Team key.</source>
        <translation>同步包是用别的团队密钥签名的。请在“文件 &gt; 团队密钥”中核对密钥。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="248" />
        <location filename="../../collector_desk/ui/exchange/texts.py" line="251" />
        <source>The bundle was made by a newer Collector Desk. Update this one.</source>
        <translation>同步包由更新版本的催收工作台生成。请先升级本机。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="254" />
        <source>The passphrase is not this bundle's.</source>
        <translation>口令不对。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="257" />
        <source>The bundle is encrypted; its passphrase is needed.</source>
        <translation>同步包已加密，需要输入口令。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="260" />
        <source>The bundle holds a contract that this workstation has under another lender's name: the two workstations' lender names differ. Make them the same in Tools &gt; Settings, then export and import again. Nothing was imported.</source>
        <translation>同步包中的某个合同在本机属于另一个机构名称：两台工作站填写的放款机构名称不一致。请在“工具 &gt; 设置”里改成一致，然后重新导出、导入。本次未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="266" />
        <source>The bundle does not fit this version of Collector Desk.</source>
        <translation>同步包与本版本的催收工作台不兼容。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="269" />
        <location filename="../../collector_desk/ui/exchange/texts.py" line="297" />
        <source>The file cannot be read.</source>
        <translation>无法读取这个文件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="277" />
        <source>Columns {first} and {second} are both titled “{title}” but hold different values. Rename or delete one of them and import again.</source>
        <translation>第 {first} 列和第 {second} 列的标题都是“{title}”，内容却不同。请改掉其中一列的标题或删除一列，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="283" />
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="284" />
        <source>The file is not a workbook Collector Desk can read.</source>
        <translation>这个文件不是可读取的 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="287" />
        <source>The file has no rows.</source>
        <translation>文件中没有数据。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="288" />
        <source>The text is neither UTF-8, UTF-16 nor GB18030. Save it from Excel as "CSV UTF-8" or as a workbook.</source>
        <translation>文件编码既不是 UTF-8、UTF-16，也不是 GB18030。请在 Excel 中另存为“CSV UTF-8”或工作簿。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="293" />
        <source>This is a workbook saved under a text file's name; rename it .xlsx.</source>
        <translation>这是一个改成了文本扩展名的工作簿，请把扩展名改为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="296" />
        <source>The file is not a text file.</source>
        <translation>这不是文本文件。</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="74" />
        <source>Load cases from head office</source>
        <translation>导入总部分案文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="78" />
        <source>Choose the .xlsx or .csv file head office sent</source>
        <translation>请选择总部发来的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="79" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="88" />
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="88" />
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="88" />
        <source>Read as</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="107" />
        <source>The day the file's figures (days past due, overdue, outstanding) describe. A date column in the file is used first.</source>
        <translation>文件中逾期天数、逾期金额、剩余应还等数字所对应的日期。文件若有日期列，以该列为准。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="111" />
        <source>Refuse rows whose figures contradict each other</source>
        <translation>数字互相矛盾的行不导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="115" />
        <source>Without this, such rows are imported by head office's figures and listed as warnings.</source>
        <translation>不勾选时，这些行按总部数字导入，并列入警告。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="119" />
        <source>Figures as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="130" />
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="137" />
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="42" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="130" />
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="137" />
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="43" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="130" />
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="44" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="137" />
        <source>Imported by head office's figures</source>
        <translation>已按总部数字导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="143" />
        <source>Rejected rows</source>
        <translation>退回的行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="144" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="145" />
        <source>Save the problems as a workbook…</source>
        <translation>把问题清单另存为工作簿…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="165" />
        <source>Check only</source>
        <translation>只检查</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="167" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="190" />
        <source>Head office's case file</source>
        <translation>总部分案文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="192" />
        <source>Case files (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
        <translation>分案文件 (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="205" />
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="210" />
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="227" />
        <source>{sheet}{rows} rows; column titles on row {header}{encoding}</source>
        <translation>{sheet}{rows} 行；列标题在第 {header} 行{encoding}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="231" />
        <source> · column choices remembered from an earlier file</source>
        <translation> · 已沿用上次同类文件的列对应</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="239" />
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="243" />
        <source>(not used)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="291" />
        <source>Still needed: {fields}</source>
        <translation>还缺少：{fields}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="293" />
        <source>Chosen twice: {fields}</source>
        <translation>重复选择：{fields}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="326" />
        <source>Checking the cases</source>
        <translation>正在检查案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="326" />
        <source>Importing the cases</source>
        <translation>正在导入案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="346" />
        <source>Checked, nothing written:</source>
        <translation>检查完成，未写入：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="346" />
        <source>Imported:</source>
        <translation>导入完成：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="349" />
        <source>Stopped; what was written stays, load the file again to finish. So far:</source>
        <translation>已停止；已写入的保留，再次载入该文件即可完成。目前：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="355" />
        <source>{rows} rows; {new} new contracts, {updated} updated, {same} unchanged; {rejected} rows rejected, {warned} warnings.</source>
        <translation>共 {rows} 行；新增合同 {new} 个，更新 {updated} 个，无变化 {same} 个；退回 {rejected} 行，警告 {warned} 条。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="388" />
        <source>Rejected rows ({n})</source>
        <translation>退回的行（{n}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="390" />
        <source>Warnings ({n})</source>
        <translation>警告（{n}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="406" />
        <source>Head office's repayments: {matched} matched with payments recorded here ({matched_yuan}), {new} recorded as head-office payments ({new_yuan}).</source>
        <translation>总部已还金额：与本地已记录的还款匹配 {matched} 笔（{matched_yuan}），记为总部还款 {new} 笔（{new_yuan}）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="418" />
        <source>Borrower changed</source>
        <translation>借款人有变更</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="420" />
        <source>For {n} known contracts the file names another borrower (name or ID number). Take the file's? The old values stay in the audit log.</source>
        <translation>有 {n} 份已有合同在文件中的借款人姓名或身份证号与本机不同。是否采用文件中的信息？原来的信息会保留在审计日志中。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="432" />
        <source>Save the problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="434" />
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="22" />
        <source>Rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="23" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="39" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="41" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="45" />
        <source>The file says</source>
        <translation>文件所写</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="46" />
        <source>Computed</source>
        <translation>计算所得</translation>
    </message>
</context>
<context>
    <name>IntakeProgress</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="18" />
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="19" />
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="20" />
        <source>Writing the cases</source>
        <translation>正在写入案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="21" />
        <source>Updating the case list</source>
        <translation>正在更新案件列表</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="22" />
        <source>{stage}: {done} of {total} rows</source>
        <translation>{stage}：{done} / {total} 行</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="319" />
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="323" />
        <source>Whole team</source>
        <translation>全组</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="327" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="328" />
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="344" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="339" />
        <source>Worked cases</source>
        <translation>已处理案件</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="340" />
        <source>Calls</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="341" />
        <source>Promises</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="342" />
        <source>Contract</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="343" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="345" />
        <source>Bucket</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="346" />
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="347" />
        <source>Overdue (yuan)</source>
        <translation>逾期金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="348" />
        <source>Outstanding (yuan)</source>
        <translation>剩余应还（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="349" />
        <source>Dial attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="350" />
        <source>Last outcome</source>
        <translation>最后结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="351" />
        <source>Promise</source>
        <translation>承诺状态</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="352" />
        <source>Promised on</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="353" />
        <source>Promised (yuan)</source>
        <translation>承诺金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="354" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="355" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="356" />
        <source>Reason overdue</source>
        <translation>逾期原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="357" />
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="358" />
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="359" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="360" />
        <source>Flagged</source>
        <translation>敏感用语</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="361" />
        <source>Made at</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="362" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="363" />
        <source>Method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="364" />
        <source>Part payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="365" />
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="373" />
        <source>Save the report</source>
        <translation>保存日报</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="375" />
        <source>Workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="389" />
        <source>Report saved: {files}</source>
        <translation>日报已保存：{files}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="394" />
        <source>Writing the report</source>
        <translation>正在生成日报</translation>
    </message>
</context>
</TS>