<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="39" />
        <source>Collector Desk: unexpected error</source>
        <translation>催收工作台：意外错误</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="43" />
        <source>Something went wrong in Collector Desk.</source>
        <translation>催收工作台出了一个意外错误。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="53" />
        <source>Everything you saved is safe in the database. Only an entry you had not saved yet may need to be typed again.</source>
        <translation>已保存的内容都安全地存在数据库里，只有尚未保存的输入可能需要重新填写。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="66" />
        <source>What happened: {what}</source>
        <translation>发生了什么：{what}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="68" />
        <source>Where: {where}</source>
        <translation>出错位置：{where}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="69" />
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="75" />
        <source>Please send the log file to your supervisor or IT so they can fix this.</source>
        <translation>请把日志文件发给主管或 IT 同事，以便修复。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="89" />
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="118" />
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="92" />
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="94" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="104" />
        <source>Continue working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="107" />
        <source>Quit Collector Desk</source>
        <translation>退出催收工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="118" />
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="25" />
        <source>The team's database server cannot be reached (refused, timed out or the connection was lost); nothing was saved. Try again once it is back, or ask whoever looks after the server.</source>
        <translation>无法连接团队的数据库服务器（连接被拒绝、超时或已断开），没有保存任何内容。请等服务器恢复后重试，或联系服务器的管理员。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="33" />
        <source>The team's server refused this login (user name or password); nothing was opened. Check them, or ask whoever looks after the server.</source>
        <translation>团队的服务器拒绝了此登录（用户名或密码不对），没有打开任何内容。请检查用户名和密码，或联系服务器的管理员。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="38" />
        <source>The server does not let this login do that; nothing was changed. Intake, bundle export and other team-wide work need a supervisor's login.</source>
        <translation>服务器不允许此登录账号执行该操作，没有做任何更改。导入分案文件、导出同步包等团队范围的工作需要主管账号登录。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="43" />
        <source>The database is busy: another program (an intake or import?) is writing to it; nothing was written. Wait for it to finish and try again.</source>
        <translation>数据库正忙：另一个程序（可能正在导入分案文件或数据）正在写入，没有写入任何内容。请等它完成后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="48" />
        <source>The database file is damaged; nothing was written. Close the app, run `collector-desk check`, then `collector-desk restore` to go back to a backup.</source>
        <translation>数据库文件已损坏，没有写入任何内容。请关闭程序，运行 `collector-desk check`，再运行 `collector-desk restore` 恢复到备份。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="53" />
        <source>The database file is not a database (damaged or replaced). Close the app and run `collector-desk restore` to go back to a backup.</source>
        <translation>数据库文件不是有效的数据库（已损坏或被替换）。请关闭程序，运行 `collector-desk restore` 恢复到备份。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="58" />
        <source>The database file or its folder is read-only; nothing was written. Give this user write access to the data folder.</source>
        <translation>数据库文件或其所在文件夹是只读的，没有写入任何内容。请给当前用户数据文件夹的写入权限。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="63" />
        <source>The disk is full; nothing was written. Free some space and try again.</source>
        <translation>磁盘已满，没有写入任何内容。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="66" />
        <source>The disk failed to read or write; nothing was written. Check the drive.</source>
        <translation>磁盘读写失败，没有写入任何内容。请检查磁盘。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="69" />
        <source>The database file cannot be opened; check the data folder.</source>
        <translation>无法打开数据库文件，请检查数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="72" />
        <source>Out of memory; close other programs, or split the input file.</source>
        <translation>内存不足。请关闭其他程序，或把输入文件拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="75" />
        <source>{file}: the drive is read-only; choose another place.</source>
        <translation>{file}：该磁盘是只读的，请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="78" />
        <source>{file}: this user may not read or write it; choose another place.</source>
        <translation>{file}：当前用户无权读写，请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="81" />
        <source>{file}: there is no such file or folder.</source>
        <translation>{file}：文件或文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="84" />
        <source>{file} is a folder; choose a file.</source>
        <translation>{file} 是一个文件夹，请选择一个文件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="85" />
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="94" />
        <source>The database is busy: {what} is running, {percent}%; nothing was written. Wait for it to finish and try again.</source>
        <translation>数据库正忙：{what}正在进行（已完成 {percent}%），没有写入任何内容。请等它完成后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="99" />
        <source>The database is busy: {what} is running; nothing was written. Wait for it to finish and try again.</source>
        <translation>数据库正忙：{what}正在进行，没有写入任何内容。请等它完成后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="114" />
        <source>Stopped waiting for another program writing to the database; nothing was written. Try again when it has finished.</source>
        <translation>已停止等待另一个程序写入数据库，没有写入任何内容。请等它完成后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="123" />
        <source>Stopped waiting: {what} is running, {percent}%; nothing was written. Try again when it has finished.</source>
        <translation>已停止等待：{what}正在进行（已完成 {percent}%），没有写入任何内容。请等它完成后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="128" />
        <source>Stopped waiting: {what} is running; nothing was written. Try again when it has finished.</source>
        <translation>已停止等待：{what}正在进行，没有写入任何内容。请等它完成后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="167" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="170" />
        <source>No column of the file holds: {fields}. Choose a column for each.</source>
        <translation>文件中没有这些内容所在的列：{fields}。请为每一项选择一列。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="189" />
        <source>{file} is open in another program (Excel, or an antivirus scan?); close it there and try again. The existing file was left unchanged.</source>
        <translation>{file} 正被另一个程序占用（Excel 或杀毒软件扫描？），请在那里关闭后重试。原有文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="199" />
        <source>This is not a team key: a team key is CDK1- followed by 52 letters. Ask the supervisor for it again.</source>
        <translation>这不是团队密钥：团队密钥以 CDK1- 开头，后面是 52 个字母。请向主管重新索取。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="204" />
        <source>{file}: no team key can be read from this file.</source>
        <translation>{file}：无法从这个文件读出团队密钥。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="207" />
        <source>{file} exists; a team key is never written over. Choose another name.</source>
        <translation>{file} 已存在，团队密钥不会被覆盖。请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="217" />
        <source>A staff code has 1 to 32 characters.</source>
        <translation>工号须为 1 到 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="218" />
        <source>Choose a role: collector, supervisor or trainee.</source>
        <translation>请选择角色：催收员、主管或学员。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="221" />
        <source>Tick at least one collector.</source>
        <translation>请至少勾选一名催收员。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="222" />
        <source>A chosen collector is not on the team any more; refresh the list.</source>
        <translation>所选的某位催收员已不在团队中，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="231" />
        <source>the text is neither UTF-8 nor GB18030; save it from Excel as CSV UTF-8</source>
        <translation>文件编码既不是 UTF-8 也不是 GB18030，请在 Excel 中另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="234" />
        <source>the CSV is broken here (a stray quote or an over-long cell)</source>
        <translation>CSV 在此处损坏（多余的引号或过长的单元格）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="237" />
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="238" />
        <source>there is no column for this</source>
        <translation>缺少这一列</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="246" />
        <source>{file}, row {row}, column {column}: {what}</source>
        <translation>{file}，第 {row} 行，“{column}”列：{what}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="255" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="293" />
        <source>An unexpected error ({kind}); nothing was changed. The log has the details.</source>
        <translation>发生了意外错误（{kind}），没有做任何更改。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="301" />
        <source>This did not work: {error}</source>
        <translation>操作未完成：{error}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="19" />
        <source>Run `collector-desk restore` to see the backups in {folder} and go back to one (the damaged file is kept).</source>
        <translation>请运行 `collector-desk restore`，查看 {folder} 中的备份并恢复其中一个（损坏的文件会保留）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="24" />
        <source>There is no backup in the data folder; restore the file from your own copy.</source>
        <translation>数据文件夹中没有备份，请用您自己保存的副本恢复该文件。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="33" />
        <source>The database file {file} is read-only; nothing was written. Give this user write access to the data folder and its files.</source>
        <translation>数据库文件 {file} 是只读的，没有写入任何内容。请给当前用户数据文件夹及其中文件的写入权限。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="38" />
        <source>The data folder {folder} is read-only; nothing was written. Give this user write access, or choose another folder with --data-dir.</source>
        <translation>数据文件夹 {folder} 是只读的，没有写入任何内容。请给当前用户写入权限，或用 --data-dir 另选一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="45" />
        <source>The database {file} is damaged (its check found {count} problem(s)); nothing was written. {hint}</source>
        <translation>数据库 {file} 已损坏（检查发现 {count} 处问题），没有写入任何内容。{hint}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="50" />
        <source>The database {file} is damaged or cannot be read; nothing was written. {hint}</source>
        <translation>数据库 {file} 已损坏或无法读取，没有写入任何内容。{hint}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="56" />
        <source>{file} is another program's database, not Collector Desk's; move it away or choose another folder with --data-dir.</source>
        <translation>{file} 是其他程序的数据库，不是催收工作台的。请把它移走，或用 --data-dir 另选一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="61" />
        <source>The database is another program's, not Collector Desk's; move it away or choose another folder with --data-dir.</source>
        <translation>这个数据库属于其他程序，不是催收工作台的。请把它移走，或用 --data-dir 另选一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="68" />
        <source>This database was written by Collector Desk {needed}; this is {version}. Nothing was changed. Install {needed} or newer.</source>
        <translation>这个数据库由催收工作台 {needed} 写入，当前版本是 {version}，没有改动任何内容。请安装 {needed} 或更新的版本。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="73" />
        <source>This database was written by a newer Collector Desk than {version}; nothing was changed. Install the newest version.</source>
        <translation>这个数据库由比 {version} 更新的催收工作台写入，没有改动任何内容。请安装最新版本。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="80" />
        <source>{file} is not a readable database; run `collector-desk check` to see why.</source>
        <translation>{file} 不是可读取的数据库，请运行 `collector-desk check` 查看原因。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="84" />
        <source>The database cannot be read; run `collector-desk check` to see why.</source>
        <translation>无法读取数据库，请运行 `collector-desk check` 查看原因。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="89" />
        <source>Upgrading the database to this version failed; the backup taken before it is {backup} in the backups folder.</source>
        <translation>数据库升级到当前版本失败。升级前的备份是备份文件夹中的 {backup}。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="94" />
        <source>Upgrading the database to this version failed.</source>
        <translation>数据库升级到当前版本失败。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="98" />
        <source>The data folder {folder} is a file, not a folder; move it away or choose another folder with --data-dir.</source>
        <translation>数据文件夹 {folder} 是一个文件，不是文件夹。请把它移走，或用 --data-dir 另选一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="103" />
        <source>The data folder {folder} cannot be created; choose another with --data-dir.</source>
        <translation>无法创建数据文件夹 {folder}，请用 --data-dir 另选一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="106" />
        <source>{file} is a link to {target}, which does not exist (a drive not connected?); connect it, or move the link away.</source>
        <translation>{file} 是指向 {target} 的链接，但目标不存在（驱动器没有连接？）。请连接该驱动器，或把这个链接移走。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="111" />
        <source>{journal} beside the database {file} is not a file the database wrote, and it stops the database from opening; the database itself is sound. Move that file out of the data folder (keep it if unsure) and start again; nothing was written.</source>
        <translation>数据库 {file} 旁边的 {journal} 不是数据库自己写的文件，它使数据库无法打开；数据库本身完好。请把这个文件移出数据文件夹（拿不准就先留着备查），再重新启动。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="117" />
        <source>{file} is a folder, not a database file; move it away.</source>
        <translation>{file} 是一个文件夹，不是数据库文件，请把它移走。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="120" />
        <source>The database {file} is empty (0 bytes), though backups of it exist; nothing was written. Run `collector-desk restore` to go back to a backup.</source>
        <translation>数据库 {file} 是空的（0 字节），但它有备份，没有写入任何内容。请运行 `collector-desk restore` 恢复到备份。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="125" />
        <source>{file} is not a readable database file (it may have been overwritten). {hint}</source>
        <translation>{file} 不是可读取的数据库文件（可能已被覆盖）。{hint}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="129" />
        <source>{file} cannot be opened; check the data folder.</source>
        <translation>无法打开 {file}，请检查数据文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="132" />
        <source>The database {file} lacks a table or column its schema version has (another program changed it, or it is damaged); nothing was written. {hint}</source>
        <translation>数据库 {file} 缺少其结构版本应有的表或列（被其他程序改动过，或已损坏），没有写入任何内容。{hint}</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="137" />
        <source>The database records {count} schema versions: another program changed it. Run `collector-desk restore` to go back to a backup.</source>
        <translation>数据库记录了 {count} 个结构版本，说明被其他程序改动过。请运行 `collector-desk restore` 恢复到备份。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="142" />
        <source>The data folder {folder} is on a network share; the database must be on a local drive. Choose a folder on this computer with --data-dir.</source>
        <translation>数据文件夹 {folder} 位于网络共享上，而数据库必须放在本机磁盘上。请用 --data-dir 选择这台电脑上的文件夹。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="147" />
        <source>The server database has tables but no Collector Desk schema version: it is not ours. Give an empty database or the team's database.</source>
        <translation>服务器上的数据库有数据表，却没有催收工作台的结构版本，不是本软件的数据库。请改用一个空数据库或团队的数据库。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="152" />
        <source>The server's database is at an older schema than this app's; nothing was written. The supervisor runs `collector-desk server upgrade` once (it backs up first).</source>
        <translation>服务器上的数据库结构比本程序的旧，没有写入任何内容。请主管运行一次 `collector-desk server upgrade`（会先备份）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="158" />
        <source>The server's database is at a newer schema than this app's; nothing was written. Install the newer Collector Desk on this computer.</source>
        <translation>服务器上的数据库结构比本程序的新，没有写入任何内容。请在这台电脑上安装更新版本的催收工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="171" />
        <source>The backup {file} was written by Collector Desk {needed}, which this version ({version}) cannot read; choose another, or install {needed} or newer.</source>
        <translation>备份 {file} 由催收工作台 {needed} 写入，当前版本（{version}）无法读取。请另选一个，或安装 {needed} 或更新的版本。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="176" />
        <source>The backup {file} was written by a newer Collector Desk than {version}; choose another, or install the newest version.</source>
        <translation>备份 {file} 由比 {version} 更新的催收工作台写入，当前版本无法读取。请另选一个，或安装最新版本。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="182" />
        <source>The backup {file} is not a database file; choose another.</source>
        <translation>备份 {file} 不是数据库文件，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="185" />
        <source>The backup {file} cannot be read; choose another.</source>
        <translation>无法读取备份 {file}，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="188" />
        <source>The backup {file} is damaged ({count} problem(s)); choose another.</source>
        <translation>备份 {file} 已损坏（发现 {count} 处问题），请另选一个。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="191" />
        <source>The backup {file} is another program's database, not Collector Desk's; choose another.</source>
        <translation>备份 {file} 是其他程序的数据库，不是催收工作台的，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="195" />
        <source>The backup {file} lacks a table or column its schema version has; choose another.</source>
        <translation>备份 {file} 缺少其结构版本应有的表或列，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="199" />
        <source>The backup copy of {file} failed its integrity check and was not kept; check the drive and try again.</source>
        <translation>{file} 的备份副本未通过完整性检查，已丢弃。请检查磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="211" />
        <source>{file} is a folder; give the name of a file to write.</source>
        <translation>{file} 是一个文件夹，请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="214" />
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>文件夹 {folder} 不存在，请先创建它。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="217" />
        <source>{folder} is a file, not a folder; choose another place.</source>
        <translation>{folder} 是一个文件，不是文件夹，请另选一个位置。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="220" />
        <source>{file} exists already and was left unchanged; choose another name.</source>
        <translation>{file} 已经存在，未被改动，请另取一个文件名。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="228" />
        <source>Month {month}: write it as YYYY-MM, e.g. 2026-03.</source>
        <translation>月份“{month}”的写法不对，请写成“年-月”，例如 2026-03。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="231" />
        <source>Only a supervisor sets targets (settings: role).</source>
        <translation>只有主管可以设定目标（在设置中把角色选为主管）。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="234" />
        <source>Amount: a target cannot be negative.</source>
        <translation>金额：目标不能是负数。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="237" />
        <source>Kept rate: a percentage from 0 to 100.</source>
        <translation>履约率：请填写 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="240" />
        <source>Collector {collector}: not a member of the team.</source>
        <translation>催收员 {collector} 不是团队成员。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="272" />
        <source>The strategy text ({file}) lacks a part or is written wrongly; reinstall Collector Desk.</source>
        <translation>策略文本（{file}）缺少内容或写法有误，请重新安装催收工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="279" />
        <source>That record is not there any more (changed on another computer?); refresh and try again.</source>
        <translation>这条记录已不存在（在别的电脑上改过？），请刷新后重试。</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="50" />
        <source>Where my data is</source>
        <translation>我的数据在哪里</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="53" />
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="54" />
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="55" />
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="56" />
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="61" />
        <source>Uninstalling Collector Desk leaves these files in place. Copy the data folder to keep your work when moving to another computer.</source>
        <translation>卸载催收工作台不会删除这些文件。换电脑时，复制数据文件夹即可带走全部工作记录。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="75" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="83" />
        <source>Collector Desk {version} (Python {python}, Qt for Python {qt})</source>
        <translation>催收工作台 {version}（Python {python}，Qt for Python {qt}）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="92" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="31" />
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="34" />
        <source>Password of {login}:</source>
        <translation>{login} 的密码：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="40" />
        <source>Remember it in this computer's credential store</source>
        <translation>保存在本机的系统凭据库中</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="46" />
        <source>This computer has no credential store: the password is asked each time.</source>
        <translation>本机没有系统凭据库：每次启动都会询问密码。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="46" />
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="56" />
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="57" />
        <source>Supervisor (assignment, contact limits, daily report)</source>
        <translation>主管（分案、联系限制、日报）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="58" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="62" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="63" />
        <source>Collector &amp;ID:</source>
        <translation>催收员工号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="64" />
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="67" />
        <source>Lender</source>
        <translation>放款机构</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="74" />
        <source>one account a line, e.g. 招商银行 6214 8301 0000 1234</source>
        <translation>每行一个账户，例如：招商银行 6214 8301 0000 1234</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="83" />
        <source>Every time is shown in the lender's time zone, whatever this computer's clock</source>
        <translation>所有时间都按贷款机构所在时区显示，与本机时钟设置无关</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="85" />
        <source>Lender &amp;name:</source>
        <translation>机构名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="86" />
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="87" />
        <source>Published repayment &amp;accounts:</source>
        <translation>公布的还款账户(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="89" />
        <source>Borrowers may be told only these accounts; never a personal account.</source>
        <translation>只能向借款人提供这些账户，绝不能提供个人账户。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="96" />
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="101" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="104" />
        <source>A promise may be at most:</source>
        <translation>承诺还款最长期限：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="105" />
        <source>&amp;Dial with:</source>
        <translation>拨号方式(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="109" />
        <source>{number} is replaced by the number to call, e.g. tel:{number} or sip:{number}@pbx</source>
        <translation>{number} 会替换为要拨打的号码，例如 tel:{number} 或 sip:{number}@pbx</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="118" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="121" />
        <source>Follow Windows</source>
        <translation>跟随 Windows 设置</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="123" />
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="168" />
        <source>Enter the collector's name.</source>
        <translation>请填写催收员姓名。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="170" />
        <source>The collector ID is letters and digits, up to 20.</source>
        <translation>催收员工号只能是字母和数字，最多 20 位。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="172" />
        <source>Enter the lender's name.</source>
        <translation>请填写放款机构名称。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="174" />
        <source>Enter a time zone such as Asia/Shanghai or Asia/Urumqi.</source>
        <translation>请输入时区，例如 Asia/Shanghai 或 Asia/Urumqi。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="177" />
        <source>The dial address needs a scheme and {number}, e.g. tel:{number}.</source>
        <translation>拨号地址需要协议前缀和 {number}，例如 tel:{number}。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="64" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="72" />
        <source>Where my &amp;data is…</source>
        <translation>我的数据在哪里(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="96" />
        <location filename="../../collector_desk/ui/shell/__init__.py" line="183" />
        <source>Saving the settings</source>
        <translation>正在保存设置</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="98" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="104" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="105" />
        <source>The new language applies when Collector Desk starts again. Restart now?</source>
        <translation>新的界面语言在重新启动催收工作台后生效。现在重新启动吗？</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="111" />
        <source>Could not restart; please start Collector Desk again.</source>
        <translation>无法自动重新启动，请手动再次打开催收工作台。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="188" />
        <source>The whole window switches language when Collector Desk starts again.</source>
        <translation>重新启动催收工作台后，整个窗口才会换成所选语言。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="211" />
        <source>Case intake is not available in this build.</source>
        <translation>此版本不含案件导入功能。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="128" />
        <location filename="../../collector_desk/ui/shell/welcome.py" line="129" />
        <source>Welcome to Collector Desk</source>
        <translation>欢迎使用催收工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="132" />
        <source>Tell the desk who is working and for which lender. You can change all of this later in Tools &gt; Settings.</source>
        <translation>请先告诉工作台：谁在使用、为哪家机构催收。这些以后都可以在“工具 &gt; 设置”里修改。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="139" />
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="140" />
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="141" />
        <source>Collector &amp;ID:</source>
        <translation>催收员工号(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="142" />
        <source>L&amp;ender:</source>
        <translation>放款机构(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="147" />
        <source>as colleagues and the call records show it</source>
        <translation>同事和通话记录里显示的名字</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="148" />
        <source>letters and digits, e.g. C0123</source>
        <translation>字母和数字，例如 C0123</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="149" />
        <source>the lender the borrowers owe</source>
        <translation>借款人欠款的机构</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="150" />
        <source>Start with</source>
        <translation>从哪里开始</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="151" />
        <source>A demo portfolio: 240 made-up cases to practise on</source>
        <translation>演示案件：240 个虚构案件，用来熟悉操作</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="152" />
        <source>A case file from head office (xlsx or csv)</source>
        <translation>总部下发的案件文件（xlsx 或 csv）</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="153" />
        <source>An empty desk</source>
        <translation>空白工作台</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="156" />
        <source>Demo cases are invented; real case files can be added later from the File menu.</source>
        <translation>演示案件都是虚构的；真实案件文件以后可从“文件”菜单导入。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="159" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="160" />
        <source>Ask me &amp;later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="197" />
        <source>Enter your name.</source>
        <translation>请填写您的姓名。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="199" />
        <source>Enter your collector ID: letters and digits, up to 20.</source>
        <translation>请填写催收员工号：字母和数字，最多 20 位。</translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="201" />
        <source>Enter the lender's name.</source>
        <translation>请填写放款机构名称。</translation>
    </message>
</context>
</TS>