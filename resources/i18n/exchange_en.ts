<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="47"/>
        <source>Assign cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="52"/>
        <source>The open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="53"/>
        <source>Cases nobody has yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="54"/>
        <source>All cases (reassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="57"/>
        <source>Every bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="59"/>
        <source>Spread evenly over the ticked collectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="61"/>
        <source>Give them all to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="66"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="67"/>
        <source>Cases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="68"/>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="69"/>
        <source>This assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="75"/>
        <source>Add a team member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="80"/>
        <source>Which cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="81"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="88"/>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="210"/>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="221"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="91"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="143"/>
        <source>(nobody: take them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="178"/>
        <source>Press Preview to see who gets what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="216"/>
        <source>Working out the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="228"/>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="239"/>
        <source>, {amount} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="244"/>
        <source>{who}: {n} cases{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="245"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="250"/>
        <source>+{n} cases{extra}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="254"/>
        <source>{n} cases in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="269"/>
        <source>{n} cases assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="274"/>
        <source>Assigning cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="285"/>
        <source>Staff code (for example C007):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="289"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="304"/>
        <source>Adding a team member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="50"/>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="56"/>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="34"/>
        <source>Team key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="57"/>
        <source>This workstation has no team key yet. Bundles are signed with the key the whole team shares: load the supervisor&apos;s key file, or create a new key if you are the supervisor (File &gt; Team key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="77"/>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="176"/>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="233"/>
        <source>Export a sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="80"/>
        <source>My work not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="84"/>
        <source>Everything on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="88"/>
        <source>The cases assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="99"/>
        <source>Encrypt with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="118"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="119"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="121"/>
        <source>Tell the passphrase by phone or in person, never in the same mail as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="147"/>
        <source>Use at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="154"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="177"/>
        <source>This bundle is not encrypted: it carries names, phones and ID numbers that anyone with the file can read. Export it unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="209"/>
        <source>Save the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="211"/>
        <source>Collector Desk bundle (*.cdbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="224"/>
        <source>Bundle saved: {file} ({rows} rows, {size} KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="228"/>
        <source>There was no new work since the last export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="238"/>
        <source>Exporting the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="259"/>
        <source>Import sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="261"/>
        <source>Collector Desk bundles (*.cdbundle *.cdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="275"/>
        <source>Encrypted bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="275"/>
        <source>Passphrase of {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="305"/>
        <source>Importing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="319"/>
        <source>Bundles imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="324"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="325"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="326"/>
        <source>What came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="333"/>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="333"/>
        <source>promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="333"/>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="334"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="334"/>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="334"/>
        <source>dial attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="335"/>
        <source>assignments and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="335"/>
        <source>conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="341"/>
        <source>Refused: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="350"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="353"/>
        <source>{n} concurrent changes kept for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/bundle_ui.py" line="357"/>
        <source>{n} records wait for their case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="38"/>
        <source>Create a new team key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="42"/>
        <source>Load the team&apos;s key from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="46"/>
        <source>Type the team&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="53"/>
        <source>Every workstation of the team must have the same key. The supervisor creates it once and gives the key file to each collector (USB stick). Keep it secret: whoever has it can make bundles the team accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="80"/>
        <source>This workstation&apos;s team key: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="84"/>
        <source>This workstation has no team key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="90"/>
        <source>the Windows credential store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="98"/>
        <source>Team key {id} kept in {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="110"/>
        <source>A new key means every collector must load the new key file. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="118"/>
        <source>Save the key file for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="120"/>
        <source>Key file (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="133"/>
        <source>The team&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="135"/>
        <source>Key file (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/team_key.py" line="150"/>
        <source>The team key (CDK1-…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="30"/>
        <source>Only my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="33"/>
        <source>Show the cases assigned to me; untick to see the whole team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="43"/>
        <source>Show all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="73"/>
        <source>&amp;Load cases from head office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="74"/>
        <source>Daily &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="75"/>
        <source>&amp;Export a sync bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="76"/>
        <source>I&amp;mport sync bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="77"/>
        <source>Team &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="87"/>
        <source>&amp;Assign cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="127"/>
        <source>No case assigned to you ({me}) matches; the team&apos;s cases are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="139"/>
        <source>Saving the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/__init__.py" line="158"/>
        <source>The database is still opening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="12"/>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="13"/>
        <source>Borrower name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="14"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="15"/>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="16"/>
        <source>Second phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="17"/>
        <source>Disbursement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="18"/>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="19"/>
        <source>Number of instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="20"/>
        <source>Instalment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="21"/>
        <source>Amount repaid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="22"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="23"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="24"/>
        <source>Debit bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="25"/>
        <source>Debit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="26"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="27"/>
        <source>Employer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="28"/>
        <source>Employer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="29"/>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="30"/>
        <source>Household registration address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="33"/>
        <source>Contact 1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="34"/>
        <source>Contact 1 relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="35"/>
        <source>Contact 1 phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="36"/>
        <source>Contact 2 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="37"/>
        <source>Contact 2 relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="38"/>
        <source>Contact 2 phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="39"/>
        <source>Spouse name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="40"/>
        <source>Spouse phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="42"/>
        <source>Instalments repaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="43"/>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="44"/>
        <source>Overdue total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="45"/>
        <source>Overdue principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="46"/>
        <source>Overdue interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="47"/>
        <source>Penalty interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="48"/>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="49"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="50"/>
        <source>Last payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="51"/>
        <source>Monthly due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="52"/>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="53"/>
        <source>Assignment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="54"/>
        <source>Assigned amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="55"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="56"/>
        <source>Head office&apos;s bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="57"/>
        <source>Assigned collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="65"/>
        <source>The cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="66"/>
        <source>The same contract number is already on row {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="69"/>
        <source>Excel turned this number into scientific notation ({value}); its last digits are lost. Ask head office to format the column as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="74"/>
        <source>An ID number has 18 characters: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="77"/>
        <source>An ID number is 17 digits and a digit or X: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="80"/>
        <source>The ID number&apos;s check digit is wrong: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="83"/>
        <source>The ID number&apos;s birth date does not exist: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="86"/>
        <source>The ID number&apos;s province code does not exist: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="89"/>
        <source>Not a phone number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="90"/>
        <source>Not a valid Chinese phone number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="93"/>
        <source>The amount is negative: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="96"/>
        <source>Not an amount: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="97"/>
        <source>More than two decimals: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="100"/>
        <source>The amount is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="101"/>
        <source>The amount is larger than any amount can be: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="104"/>
        <source>The date is outside the years a loan can have: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="107"/>
        <source>Not a date: {value} (write 2025-03-05, 2025/3/5 or 2025年3月5日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="110"/>
        <source>No such date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="111"/>
        <source>The date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="112"/>
        <source>Not a whole number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="113"/>
        <source>Not a plausible number of instalments: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="116"/>
        <source>More than all the instalments add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="119"/>
        <source>The text is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="120"/>
        <source>Not a day of the month (1 to 31): {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="123"/>
        <source>The cell holds a formula saved without its result. Open the file in Excel or WPS, let it calculate, save it and load it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="128"/>
        <source>This contract belongs to another borrower here ({value}). Check with head office; to take the file&apos;s, import again and confirm the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="137"/>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="147"/>
        <source>Head office says {stated} days past due; the schedule gives {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="151"/>
        <source>Head office&apos;s overdue total is {stated}; the overdue instalments add up to {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="155"/>
        <source>Head office says {stated} is still owed; the loan total less repayments is {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="159"/>
        <source>The repaid amount {stated} is above the loan total {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="162"/>
        <source>{stated} instalments repaid, but the repaid amount covers {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="166"/>
        <source>Head office&apos;s bucket is {stated}; its days past due put the case in {computed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="170"/>
        <source>The due day is the {stated}th; the days past due point at the {computed}th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="174"/>
        <source>Two columns have this title and hold the same values in every row; the first was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="178"/>
        <source>{stated} is not on the team, so the case stays unassigned. Add them to the team and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="196"/>
        <source>. Head office&apos;s figure is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="207"/>
        <source> ({stated} is not a bucket this desk reads: M1, M2, M3, M3+, C or days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="213"/>
        <source> ({stated} is {span} days past due here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="235"/>
        <source>This file is not a Collector Desk bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="238"/>
        <source>The file is incomplete (cut short while copying?). Ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="241"/>
        <source>The file was changed or damaged after it was made. Ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="244"/>
        <source>The bundle was signed with another team&apos;s key. Check the team key in File &gt; Team key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="248"/>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="251"/>
        <source>The bundle was made by a newer Collector Desk. Update this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="254"/>
        <source>The passphrase is not this bundle&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="257"/>
        <source>The bundle is encrypted; its passphrase is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="260"/>
        <source>The bundle holds a contract that this workstation has under another lender&apos;s name: the two workstations&apos; lender names differ. Make them the same in Tools &gt; Settings, then export and import again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="266"/>
        <source>The bundle does not fit this version of Collector Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="269"/>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="297"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="277"/>
        <source>Columns {first} and {second} are both titled “{title}” but hold different values. Rename or delete one of them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="283"/>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="284"/>
        <source>The file is not a workbook Collector Desk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="287"/>
        <source>The file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="288"/>
        <source>The text is neither UTF-8, UTF-16 nor GB18030. Save it from Excel as &quot;CSV UTF-8&quot; or as a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="293"/>
        <source>This is a workbook saved under a text file&apos;s name; rename it .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/texts.py" line="296"/>
        <source>The file is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="74"/>
        <source>Load cases from head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="78"/>
        <source>Choose the .xlsx or .csv file head office sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="79"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="88"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="88"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="88"/>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="107"/>
        <source>The day the file&apos;s figures (days past due, overdue, outstanding) describe. A date column in the file is used first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="111"/>
        <source>Refuse rows whose figures contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="115"/>
        <source>Without this, such rows are imported by head office&apos;s figures and listed as warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="119"/>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="130"/>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="137"/>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="42"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="130"/>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="137"/>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="43"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="130"/>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="44"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="137"/>
        <source>Imported by head office&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="143"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="144"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="145"/>
        <source>Save the problems as a workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="165"/>
        <source>Check only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="167"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="190"/>
        <source>Head office&apos;s case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="192"/>
        <source>Case files (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="205"/>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="210"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="227"/>
        <source>{sheet}{rows} rows; column titles on row {header}{encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="231"/>
        <source> · column choices remembered from an earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="239"/>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="243"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="291"/>
        <source>Still needed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="293"/>
        <source>Chosen twice: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="326"/>
        <source>Checking the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="326"/>
        <source>Importing the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="346"/>
        <source>Checked, nothing written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="346"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="349"/>
        <source>Stopped; what was written stays, load the file again to finish. So far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="355"/>
        <source>{rows} rows; {new} new contracts, {updated} updated, {same} unchanged; {rejected} rows rejected, {warned} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="388"/>
        <source>Rejected rows ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="390"/>
        <source>Warnings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="406"/>
        <source>Head office&apos;s repayments: {matched} matched with payments recorded here ({matched_yuan}), {new} recorded as head-office payments ({new_yuan}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="418"/>
        <source>Borrower changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="420"/>
        <source>For {n} known contracts the file names another borrower (name or ID number). Take the file&apos;s? The old values stay in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="432"/>
        <source>Save the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_dialog.py" line="434"/>
        <source>Workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="22"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="23"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="39"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="41"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="45"/>
        <source>The file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_problems.py" line="46"/>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeProgress</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="18"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="19"/>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="20"/>
        <source>Writing the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="21"/>
        <source>Updating the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/intake_progress.py" line="22"/>
        <source>{stage}: {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="319"/>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="323"/>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="327"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="328"/>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="344"/>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="339"/>
        <source>Worked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="340"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="341"/>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="342"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="343"/>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="345"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="346"/>
        <source>DPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="347"/>
        <source>Overdue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="348"/>
        <source>Outstanding (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="349"/>
        <source>Dial attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="350"/>
        <source>Last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="351"/>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="352"/>
        <source>Promised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="353"/>
        <source>Promised (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="354"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="355"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="356"/>
        <source>Reason overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="357"/>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="358"/>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="359"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="360"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="361"/>
        <source>Made at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="362"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="363"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="364"/>
        <source>Part payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="365"/>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="373"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="375"/>
        <source>Workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="389"/>
        <source>Report saved: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../collector_desk/ui/exchange/assign_dialog.py" line="394"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
