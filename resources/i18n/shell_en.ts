<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="39"/>
        <source>Collector Desk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="43"/>
        <source>Something went wrong in Collector Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="53"/>
        <source>Everything you saved is safe in the database. Only an entry you had not saved yet may need to be typed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="66"/>
        <source>What happened: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="68"/>
        <source>Where: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="69"/>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="75"/>
        <source>Please send the log file to your supervisor or IT so they can fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="89"/>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="118"/>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="92"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="94"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="104"/>
        <source>Continue working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="107"/>
        <source>Quit Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/crash_dialog.py" line="118"/>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="25"/>
        <source>The team&apos;s database server cannot be reached (refused, timed out or the connection was lost); nothing was saved. Try again once it is back, or ask whoever looks after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="33"/>
        <source>The team&apos;s server refused this login (user name or password); nothing was opened. Check them, or ask whoever looks after the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="38"/>
        <source>The server does not let this login do that; nothing was changed. Intake, bundle export and other team-wide work need a supervisor&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="43"/>
        <source>The database is busy: another program (an intake or import?) is writing to it; nothing was written. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="48"/>
        <source>The database file is damaged; nothing was written. Close the app, run `collector-desk check`, then `collector-desk restore` to go back to a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="53"/>
        <source>The database file is not a database (damaged or replaced). Close the app and run `collector-desk restore` to go back to a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="58"/>
        <source>The database file or its folder is read-only; nothing was written. Give this user write access to the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="63"/>
        <source>The disk is full; nothing was written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="66"/>
        <source>The disk failed to read or write; nothing was written. Check the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="69"/>
        <source>The database file cannot be opened; check the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="72"/>
        <source>Out of memory; close other programs, or split the input file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="75"/>
        <source>{file}: the drive is read-only; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="78"/>
        <source>{file}: this user may not read or write it; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="81"/>
        <source>{file}: there is no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="84"/>
        <source>{file} is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="85"/>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="94"/>
        <source>The database is busy: {what} is running, {percent}%; nothing was written. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="99"/>
        <source>The database is busy: {what} is running; nothing was written. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="114"/>
        <source>Stopped waiting for another program writing to the database; nothing was written. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="123"/>
        <source>Stopped waiting: {what} is running, {percent}%; nothing was written. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="128"/>
        <source>Stopped waiting: {what} is running; nothing was written. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="167"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="170"/>
        <source>No column of the file holds: {fields}. Choose a column for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="189"/>
        <source>{file} is open in another program (Excel, or an antivirus scan?); close it there and try again. The existing file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="199"/>
        <source>This is not a team key: a team key is CDK1- followed by 52 letters. Ask the supervisor for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="204"/>
        <source>{file}: no team key can be read from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="207"/>
        <source>{file} exists; a team key is never written over. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="217"/>
        <source>A staff code has 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="218"/>
        <source>Choose a role: collector, supervisor or trainee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="221"/>
        <source>Tick at least one collector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="222"/>
        <source>A chosen collector is not on the team any more; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="231"/>
        <source>the text is neither UTF-8 nor GB18030; save it from Excel as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="234"/>
        <source>the CSV is broken here (a stray quote or an over-long cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="237"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="238"/>
        <source>there is no column for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="246"/>
        <source>{file}, row {row}, column {column}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="255"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="293"/>
        <source>An unexpected error ({kind}); nothing was changed. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/errors.py" line="301"/>
        <source>This did not work: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="19"/>
        <source>Run `collector-desk restore` to see the backups in {folder} and go back to one (the damaged file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="24"/>
        <source>There is no backup in the data folder; restore the file from your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="33"/>
        <source>The database file {file} is read-only; nothing was written. Give this user write access to the data folder and its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="38"/>
        <source>The data folder {folder} is read-only; nothing was written. Give this user write access, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="45"/>
        <source>The database {file} is damaged (its check found {count} problem(s)); nothing was written. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="50"/>
        <source>The database {file} is damaged or cannot be read; nothing was written. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="56"/>
        <source>{file} is another program&apos;s database, not Collector Desk&apos;s; move it away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="61"/>
        <source>The database is another program&apos;s, not Collector Desk&apos;s; move it away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="68"/>
        <source>This database was written by Collector Desk {needed}; this is {version}. Nothing was changed. Install {needed} or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="73"/>
        <source>This database was written by a newer Collector Desk than {version}; nothing was changed. Install the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="80"/>
        <source>{file} is not a readable database; run `collector-desk check` to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="84"/>
        <source>The database cannot be read; run `collector-desk check` to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="89"/>
        <source>Upgrading the database to this version failed; the backup taken before it is {backup} in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="94"/>
        <source>Upgrading the database to this version failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="98"/>
        <source>The data folder {folder} is a file, not a folder; move it away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="103"/>
        <source>The data folder {folder} cannot be created; choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="106"/>
        <source>{file} is a link to {target}, which does not exist (a drive not connected?); connect it, or move the link away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="111"/>
        <source>{journal} beside the database {file} is not a file the database wrote, and it stops the database from opening; the database itself is sound. Move that file out of the data folder (keep it if unsure) and start again; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="117"/>
        <source>{file} is a folder, not a database file; move it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="120"/>
        <source>The database {file} is empty (0 bytes), though backups of it exist; nothing was written. Run `collector-desk restore` to go back to a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="125"/>
        <source>{file} is not a readable database file (it may have been overwritten). {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="129"/>
        <source>{file} cannot be opened; check the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="132"/>
        <source>The database {file} lacks a table or column its schema version has (another program changed it, or it is damaged); nothing was written. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="137"/>
        <source>The database records {count} schema versions: another program changed it. Run `collector-desk restore` to go back to a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="142"/>
        <source>The data folder {folder} is on a network share; the database must be on a local drive. Choose a folder on this computer with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="147"/>
        <source>The server database has tables but no Collector Desk schema version: it is not ours. Give an empty database or the team&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="152"/>
        <source>The server&apos;s database is at an older schema than this app&apos;s; nothing was written. The supervisor runs `collector-desk server upgrade` once (it backs up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="158"/>
        <source>The server&apos;s database is at a newer schema than this app&apos;s; nothing was written. Install the newer Collector Desk on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="171"/>
        <source>The backup {file} was written by Collector Desk {needed}, which this version ({version}) cannot read; choose another, or install {needed} or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="176"/>
        <source>The backup {file} was written by a newer Collector Desk than {version}; choose another, or install the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="182"/>
        <source>The backup {file} is not a database file; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="185"/>
        <source>The backup {file} cannot be read; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="188"/>
        <source>The backup {file} is damaged ({count} problem(s)); choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="191"/>
        <source>The backup {file} is another program&apos;s database, not Collector Desk&apos;s; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="195"/>
        <source>The backup {file} lacks a table or column its schema version has; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="199"/>
        <source>The backup copy of {file} failed its integrity check and was not kept; check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="211"/>
        <source>{file} is a folder; give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="214"/>
        <source>The folder {folder} does not exist; create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="217"/>
        <source>{folder} is a file, not a folder; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="220"/>
        <source>{file} exists already and was left unchanged; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="228"/>
        <source>Month {month}: write it as YYYY-MM, e.g. 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="231"/>
        <source>Only a supervisor sets targets (settings: role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="234"/>
        <source>Amount: a target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="237"/>
        <source>Kept rate: a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="240"/>
        <source>Collector {collector}: not a member of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="272"/>
        <source>The strategy text ({file}) lacks a part or is written wrongly; reinstall Collector Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/refusals.py" line="279"/>
        <source>That record is not there any more (changed on another computer?); refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="50"/>
        <source>Where my data is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="53"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="54"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="55"/>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="56"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="61"/>
        <source>Uninstalling Collector Desk leaves these files in place. Copy the data folder to keep your work when moving to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="75"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="83"/>
        <source>Collector Desk {version} (Python {python}, Qt for Python {qt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/folders.py" line="92"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="31"/>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="34"/>
        <source>Password of {login}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="40"/>
        <source>Remember it in this computer&apos;s credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/password.py" line="46"/>
        <source>This computer has no credential store: the password is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="46"/>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="56"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="57"/>
        <source>Supervisor (assignment, contact limits, daily report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="58"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="62"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="63"/>
        <source>Collector &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="64"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="67"/>
        <source>Lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="74"/>
        <source>one account a line, e.g. 招商银行 6214 8301 0000 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="83"/>
        <source>Every time is shown in the lender&apos;s time zone, whatever this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="85"/>
        <source>Lender &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="86"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="87"/>
        <source>Published repayment &amp;accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="89"/>
        <source>Borrowers may be told only these accounts; never a personal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="96"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="101"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="104"/>
        <source>A promise may be at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="105"/>
        <source>&amp;Dial with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="109"/>
        <source>{number} is replaced by the number to call, e.g. tel:{number} or sip:{number}@pbx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="118"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="121"/>
        <source>Follow Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="123"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="168"/>
        <source>Enter the collector&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="170"/>
        <source>The collector ID is letters and digits, up to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="172"/>
        <source>Enter the lender&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="174"/>
        <source>Enter a time zone such as Asia/Shanghai or Asia/Urumqi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/settings_dialog.py" line="177"/>
        <source>The dial address needs a scheme and {number}, e.g. tel:{number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="64"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="72"/>
        <source>Where my &amp;data is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="96"/>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="183"/>
        <source>Saving the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="98"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="104"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="105"/>
        <source>The new language applies when Collector Desk starts again. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="111"/>
        <source>Could not restart; please start Collector Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="188"/>
        <source>The whole window switches language when Collector Desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/__init__.py" line="211"/>
        <source>Case intake is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="128"/>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="129"/>
        <source>Welcome to Collector Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="132"/>
        <source>Tell the desk who is working and for which lender. You can change all of this later in Tools &gt; Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="139"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="140"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="141"/>
        <source>Collector &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="142"/>
        <source>L&amp;ender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="147"/>
        <source>as colleagues and the call records show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="148"/>
        <source>letters and digits, e.g. C0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="149"/>
        <source>the lender the borrowers owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="150"/>
        <source>Start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="151"/>
        <source>A demo portfolio: 240 made-up cases to practise on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="152"/>
        <source>A case file from head office (xlsx or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="153"/>
        <source>An empty desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="156"/>
        <source>Demo cases are invented; real case files can be added later from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="159"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="160"/>
        <source>Ask me &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="197"/>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="199"/>
        <source>Enter your collector ID: letters and digits, up to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/shell/welcome.py" line="201"/>
        <source>Enter the lender&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
