<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="72" />
        <source>Or type what you would say (Ctrl+Enter)</source>
        <translation>或者输入你要说的话（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="74" />
        <source>Say the &amp;chosen reply</source>
        <translation>说所选回复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="76" />
        <source>Say &amp;my words</source>
        <translation>说出我的话(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="78" />
        <source>S&amp;kip this step</source>
        <translation>跳过此步(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="80" />
        <source>Speak the borrower</source>
        <translation>朗读借款人的话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="95" />
        <source>Your reply</source>
        <translation>你的回复</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="108" />
        <source>Choose a scenario and start the call.</source>
        <translation>选择一个练习场景，然后开始通话。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="142" />
        <source>Step {n}: {title}</source>
        <translation>第{n}步：{title}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="143" />
        <source>This call has no such step.</source>
        <translation>本通话没有这一步。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="157" />
        <source>You, step {n}</source>
        <translation>我（第{n}步）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/conversation.py" line="161" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
</context>
<context>
    <name>CoursePageDialog</name>
    <message>
        <location filename="../../collector_desk/ui/practice/course_page.py" line="24" />
        <source>The course's rules</source>
        <translation>课程规则</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="35" />
        <source>Practice mode</source>
        <translation>练习模式</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="40" />
        <source>Practice call</source>
        <translation>练习通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="41" />
        <source>Progress</source>
        <translation>练习进度</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="57" />
        <source>Practice &amp;call…</source>
        <translation>练习通话(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/__init__.py" line="63" />
        <source>Practice &amp;progress…</source>
        <translation>练习进度(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="26" />
        <source>Used a forbidden phrase</source>
        <translation>使用了禁用语</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="27" />
        <source>Claimed to be a bank or bank staff</source>
        <translation>自称银行或银行工作人员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="28" />
        <source>Posed as police, court or lawyer</source>
        <translation>冒充警察、法院或律师</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="31" />
        <source>Threatened the borrower</source>
        <translation>威胁借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="32" />
        <source>Attacked the person</source>
        <translation>人身攻击</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="33" />
        <source>Told a third party about the debt</source>
        <translation>向第三方透露了欠款信息</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="36" />
        <source>Asked for money into a private account</source>
        <translation>要求把钱转入私人账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="39" />
        <source>Asked the borrower for a fee</source>
        <translation>向借款人收取费用</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="40" />
        <source>Reduced what is owed on your own authority</source>
        <translation>擅自减免欠款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="43" />
        <source>Step {step} was skipped</source>
        <translation>跳过了第{step}步</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="44" />
        <source>The call ended before step {step}</source>
        <translation>通话在第{step}步之前就结束了</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="47" />
        <source>Step {step} came after a later step</source>
        <translation>第{step}步在后面的步骤之后才进行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="50" />
        <source>Did not check you were speaking to the borrower</source>
        <translation>没有核实对方是否为借款人本人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="53" />
        <source>Spoke about the debt before the borrower was verified</source>
        <translation>核实身份之前就谈及欠款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="56" />
        <source>Did not introduce yourself and the company</source>
        <translation>没有介绍公司和自己</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="59" />
        <source>Did not ask whether it is a good time to talk</source>
        <translation>没有询问对方是否方便通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="62" />
        <source>Did not state the loan, its due date and the missing payment</source>
        <translation>没有说明借款、还款日和未还款的情况</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="65" />
        <source>Did not ask the third party to have the borrower call back</source>
        <translation>没有请第三方转告借款人回电</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="68" />
        <source>The objection “{objection}” was not answered: no {expected}</source>
        <translation>异议「{objection}」未处理好：缺少{expected}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="71" />
        <source>Debtor kind {kind}: no {expected}</source>
        <translation>第{kind}类欠款人：缺少{expected}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="74" />
        <source>Argued with a borrower who has no money instead of seeking family support</source>
        <translation>与没钱的借款人纠缠，没有争取家人支持</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="77" />
        <source>Accepted a later date instead of saying no</source>
        <translation>接受了拖后的日期，没有拒绝</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="80" />
        <source>An open question where an either-or choice was called for</source>
        <translation>该用二选一时用了开放式问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="83" />
        <source>No specific payment date was agreed</source>
        <translation>没有约定具体还款日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="86" />
        <source>A day without a time of day or an either-or choice</source>
        <translation>只约了日期，没有具体时段，也没有用二选一</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="89" />
        <source>The promised date {date} is outside the allowed {window} days</source>
        <translation>承诺日期 {date} 超出允许的 {window} 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="92" />
        <source>An open question where a closed one was called for</source>
        <translation>该用封闭式问题时用了开放式问题</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="95" />
        <source>The amount was not confirmed</source>
        <translation>没有确认还款金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="96" />
        <source>Named {amount}, neither the overdue nor the agreed amount</source>
        <translation>说出的{amount}既不是逾期金额也不是约定金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="99" />
        <source>The payment method was not agreed</source>
        <translation>没有约定还款方式</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="102" />
        <source>The account was not confirmed</source>
        <translation>没有确认还款账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="103" />
        <source>Account ending {tail} is neither the debit account nor a published one</source>
        <translation>尾号{tail}的账户既不是扣款账户，也不是公司公布的还款账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="106" />
        <source>The promise was not read back</source>
        <translation>没有再次确认还款信息</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="107" />
        <source>The read-back left out the {element}</source>
        <translation>复述时漏了{element}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="110" />
        <source>The read-back got the {element} wrong</source>
        <translation>复述的{element}有误</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="113" />
        <source>Did not thank the borrower</source>
        <translation>没有感谢借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="114" />
        <source>Did not close with good wishes or goodbye</source>
        <translation>结束时没有祝福或道别</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="117" />
        <source>The promise was agreed but not recorded in the form</source>
        <translation>约定了还款，但没有填写承诺表单</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="120" />
        <source>The form's {field} differs from what was agreed</source>
        <translation>表单中的{field}与约定不一致</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="123" />
        <source>Recorded a promise on a third party's word</source>
        <translation>根据第三方的话记录了还款承诺</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="128" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="147" />
        <source>A step skipped</source>
        <translation>跳过了步骤</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="148" />
        <source>Call ended early</source>
        <translation>通话提前结束</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="149" />
        <source>Steps out of order</source>
        <translation>步骤顺序颠倒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="150" />
        <source>Objection not answered</source>
        <translation>异议未处理</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="151" />
        <source>Debtor-kind technique missing</source>
        <translation>未针对欠款人类型处理</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="154" />
        <source>Promise outside the window</source>
        <translation>承诺日期超出期限</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="157" />
        <source>Wrong amount named</source>
        <translation>金额说错</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="158" />
        <source>Unknown account</source>
        <translation>非指定账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="159" />
        <source>Read-back incomplete</source>
        <translation>复述不完整</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="160" />
        <source>Read-back wrong</source>
        <translation>复述有误</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="161" />
        <source>Form differs from the agreement</source>
        <translation>表单与约定不一致</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="169" />
        <source>either-or choice</source>
        <translation>二选一提问</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="170" />
        <source>specific time</source>
        <translation>具体时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="171" />
        <location filename="../../collector_desk/ui/practice/texts.py" line="211" />
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="172" />
        <source>other way to pay</source>
        <translation>其他还款渠道</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="173" />
        <source>question about when they are back</source>
        <translation>询问何时回来</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="176" />
        <source>reference to the contract</source>
        <translation>提及合同约定</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="179" />
        <source>word on the credit record</source>
        <translation>提及信用记录</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="182" />
        <source>question about payday</source>
        <translation>询问发薪日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="183" />
        <source>question about where the money comes from</source>
        <translation>询问资金来源</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="186" />
        <source>part payment</source>
        <translation>先还一部分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="187" />
        <source>reminder that the borrower signed and is liable</source>
        <translation>说明借款人本人签约、应承担还款责任</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="190" />
        <source>appeal to their own interest</source>
        <translation>从对方自身利益出发的劝导</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="193" />
        <source>request to call after paying</source>
        <translation>请对方还款后回电</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="196" />
        <source>understanding</source>
        <translation>表示理解</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="197" />
        <source>question about what happened</source>
        <translation>询问发生了什么</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="200" />
        <source>suggestion of family support</source>
        <translation>建议争取家人支持</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="203" />
        <source>request to pay this lender first</source>
        <translation>请对方优先还我司</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="212" />
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="213" />
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="214" />
        <source>method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="215" />
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="221" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="222" />
        <source>Weak</source>
        <translation>欠佳</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="223" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="224" />
        <source>Not reached</source>
        <translation>未进行</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="225" />
        <source>Not in this call</source>
        <translation>本通话不涉及</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="231" />
        <source>A: forgot / too busy</source>
        <translation>A：忘了/太忙</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="232" />
        <source>B: no time lately</source>
        <translation>B：最近没时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="233" />
        <source>C: travelling</source>
        <translation>C：出差在外</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="234" />
        <source>D: short this month</source>
        <translation>D：本月资金紧张</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="235" />
        <source>E: borrowed it for a friend</source>
        <translation>E：替朋友借的</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="236" />
        <source>F: refuses to pay</source>
        <translation>F：恶意拖欠</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="237" />
        <source>G: promises to pay</source>
        <translation>G：承诺还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="238" />
        <source>The machine failed</source>
        <translation>机器故障/吞卡</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="239" />
        <source>Someone else will pay</source>
        <translation>他人代还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="240" />
        <source>Waiting for salary or reimbursement</source>
        <translation>等工资或报销</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="243" />
        <source>Family emergency</source>
        <translation>家中急事</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="244" />
        <source>A third party answers</source>
        <translation>第三方接听</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="250" />
        <source>1 able to pay</source>
        <translation>1 有钱可还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="251" />
        <source>2 cash-flow trouble</source>
        <translation>2 资金周转不开</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="252" />
        <source>3 broke, family well-off</source>
        <translation>3 本人没钱、家境富裕</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="253" />
        <source>4 owes many lenders</source>
        <translation>4 多家欠款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="259" />
        <source>able to pay</source>
        <translation>有还款能力</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="260" />
        <source>can pay part</source>
        <translation>能还一部分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="261" />
        <source>cannot pay now</source>
        <translation>暂时无力还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="267" />
        <source>willing</source>
        <translation>愿意还款</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="268" />
        <source>lukewarm</source>
        <translation>意愿一般</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="269" />
        <source>unwilling</source>
        <translation>无还款意愿</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="275" />
        <source>friendly</source>
        <translation>友好</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="276" />
        <source>calm</source>
        <translation>平和</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="277" />
        <source>in a hurry</source>
        <translation>着急</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="278" />
        <source>evasive</source>
        <translation>躲闪</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="279" />
        <source>anxious</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="280" />
        <source>irritable</source>
        <translation>易怒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="281" />
        <source>hostile</source>
        <translation>敌对</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="287" />
        <source>best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="288" />
        <source>acceptable</source>
        <translation>可以</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="289" />
        <source>weak</source>
        <translation>欠佳</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="290" />
        <source>breaks a rule</source>
        <translation>违规</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="296" />
        <source>The call is over.</source>
        <translation>通话已结束。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="297" />
        <source>Type what you would say, or skip the step.</source>
        <translation>请输入你要说的话，或者跳过这一步。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="300" />
        <source>Choose one of the replies.</source>
        <translation>请选择一条回复。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="301" />
        <source>There is no such step.</source>
        <translation>没有这一步。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="307" />
        <source>The call was completed.</source>
        <translation>通话已完成。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="308" />
        <source>The borrower hung up.</source>
        <translation>借款人挂断了电话。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/texts.py" line="309" />
        <source>You ended the call.</source>
        <translation>你结束了通话。</translation>
    </message>
</context>
<context>
    <name>PracticeCallView</name>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="63" />
        <source>Promise to pay (practice)</source>
        <translation>承诺还款（练习）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="64" />
        <source>&amp;End the call and score</source>
        <translation>结束通话并评分(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="120" />
        <source>Loading practice scenarios</source>
        <translation>正在加载练习场景</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="138" />
        <source>Practising as {name}.</source>
        <translation>练习人：{name}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="220" />
        <source>End the call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="220" />
        <source>End the call now and see the score card?</source>
        <translation>现在结束通话并查看评分？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/call_view.py" line="254" />
        <source>Saving the attempt</source>
        <translation>正在保存练习记录</translation>
    </message>
</context>
<context>
    <name>PracticeCard</name>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="24" />
        <source>PASSED</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="26" />
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="29" />
        <source>{scenario}: {score}/100 {verdict} (pass mark {mark})</source>
        <translation>{scenario}：{score}/100 分，{verdict}（及格线 {mark} 分）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="43" />
        <source>  AUTO-FAIL {section} {message}  “{quote}”</source>
        <translation>  直接不及格 {section} {message}  “{quote}”</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="53" />
        <source> out of order</source>
        <translation>（顺序颠倒）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="55" />
        <source>step {step} ({name})</source>
        <translation>第 {step} 步（{name}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="59" />
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/card_text.py" line="62" />
        <source>  {head}: {status}  -{lost}/{max}</source>
        <translation>  {head}：{status}  -{lost}/{max}</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="50" />
        <source>Scores over time</source>
        <translation>历次得分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="52" />
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="55" />
        <source>No attempts yet</source>
        <translation>还没有练习记录</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="53" />
        <source>Points kept per step (%)</source>
        <translation>各步骤得分率（%）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="56" />
        <source>Rules broken most often</source>
        <translation>最常违反的规则</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="58" />
        <source>Nothing broken yet</source>
        <translation>尚无违规</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61" />
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="61" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="70" />
        <source>Trainee</source>
        <translation>练习人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="126" />
        <source>Loading progress</source>
        <translation>正在加载练习进度</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="133" />
        <source>{n} attempts, {passed} passed, best {best}</source>
        <translation>共练习 {n} 次，通过 {passed} 次，最高 {best} 分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="158" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="158" />
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/progress_view.py" line="191" />
        <source>Opening the attempt</source>
        <translation>正在打开练习记录</translation>
    </message>
</context>
<context>
    <name>ScenarioPane</name>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="45" />
        <source>Scenario sets a trainer assigns</source>
        <translation>培训老师布置的场景组</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="47" />
        <source>Practice: a simulated borrower. No real case is touched.</source>
        <translation>练习模式：模拟借款人，不涉及任何真实案件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="58" />
        <source>&amp;Start the call</source>
        <translation>开始通话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="61" />
        <source>&amp;Random</source>
        <translation>随机(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="62" />
        <source>Pick a scenario at random and start</source>
        <translation>随机选择一个场景并开始</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="84" />
        <source>Scenarios</source>
        <translation>练习场景</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="100" />
        <source>All scenarios</source>
        <translation>全部场景</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="108" />
        <source>{n} scenario file(s) could not be loaded:</source>
        <translation>{n} 个场景文件无法加载：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="159" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="160" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="162" />
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="163" />
        <source>{dpd} ({band})</source>
        <translation>{dpd}天（{band}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="165" />
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="166" />
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="167" />
        <source>Outstanding</source>
        <translation>剩余应还</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="168" />
        <source>Debit account</source>
        <translation>扣款账户</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="169" />
        <source>Debtor kind</source>
        <translation>欠款人类型</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="171" />
        <source>Means / will</source>
        <translation>还款能力/意愿</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="174" />
        <source>Temperament</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="177" />
        <source>Who answers</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scenario_pane.py" line="183" />
        <source>Practice case</source>
        <translation>练习案件</translation>
    </message>
</context>
<context>
    <name>ScoreCardDialog</name>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="59" />
        <source>Score card</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="64" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="64" />
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="74" />
        <source>Pass mark {mark}, and no breach of the rules.</source>
        <translation>及格线 {mark} 分，且不得违反规定。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="101" />
        <source>Automatic fail</source>
        <translation>直接不及格</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="109" />
        <source>Captured: {got}</source>
        <translation>已确认：{got}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="111" />
        <source>Missing: {missing}</source>
        <translation>缺少：{missing}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="124" />
        <source>out of order</source>
        <translation>顺序颠倒</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="132" />
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="151" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="132" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="132" />
        <source>Points lost</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="141" />
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="148" />
        <source>Points</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="149" />
        <source>Section</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="150" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="152" />
        <source>Your words</source>
        <translation>你的原话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="164" />
        <source>Open the course's rule {section}</source>
        <translation>打开课程规则 {section}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="175" />
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="175" />
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="182" />
        <source>Lost points ({n})</source>
        <translation>扣分（{n}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="183" />
        <source>Steps</source>
        <translation>各步骤</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="184" />
        <source>Conversation</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="190" />
        <source>Try &amp;again</source>
        <translation>再练一次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/practice/scorecard.py" line="194" />
        <source>The course's &amp;rules</source>
        <translation>课程规则(&amp;R)</translation>
    </message>
</context>
</TS>