; Inno Setup 6 script: installs the PyInstaller build (dist\CollectorDesk) for one user,
; without administrator rights. Build the bundle first (docs/install.md), then:
;     iscc installer\collector-desk.iss
; Output: dist\CollectorDesk-Setup-<version>.exe
;
; The version is read from CollectorDesk.exe, whose version resource the spec
; fills from collector_desk.__version__ (the one place it is written).
; Chinese pages need installer\ChineseSimplified.isl: Inno Setup ships it only
; among its unofficial translations, so it is downloaded once (docs/install.md).

#define AppExe "CollectorDesk.exe"
#define Bundle AddBackslash(SourcePath) + "..\dist\CollectorDesk"
#ifndef AppVersion
  #define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)
#endif
#if AppVersion == ""
  #error dist\CollectorDesk\CollectorDesk.exe not found: build the bundle with PyInstaller first (docs/install.md)
#endif
#if !FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #error installer\ChineseSimplified.isl is missing: download Inno Setup's unofficial Simplified Chinese translation into installer\ (docs/install.md)
#endif

[Setup]
; Keep this AppId for every release: upgrades and the uninstaller find the app by it.
AppId={{6F1C3B52-7D0E-4C54-9B1A-2E8D5C4A9F31}
AppName=Collector Desk
AppVersion={#AppVersion}
AppVerName=Collector Desk {#AppVersion}
AppPublisher=Collector Desk
VersionInfoVersion={#AppVersion}
; Per-user install: no administrator rights, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Collector Desk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=CollectorDesk-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Collector Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Closes a running Collector Desk (after asking) so its files can be replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppTitle=催收工作台
english.AppTitle=Collector Desk
chinesesimplified.DataKept=催收工作台已卸载。%n%n您的案件、通话记录和备份没有删除，仍在：%n%1%n%n日志在：%n%2%n%n重新安装后会继续使用这些数据；确认不再需要时，可以手动删除这个文件夹。
english.DataKept=Collector Desk has been removed.%n%nYour cases, call records and backups were kept in:%n%1%n%nLogs are in:%n%2%n%nA new installation picks them up again; delete the folder by hand only when you are sure they are no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what [Files] installed. The user's data lives in
; %LOCALAPPDATA%\CollectorDesk (platformdirs' user data folder), never under {app},
; so it stays; the message below says where.
[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, LogDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\CollectorDesk');
    LogDir := ExpandConstant('{localappdata}\CollectorDesk\Logs');
    if GetEnv('COLLECTOR_DESK_DATA_DIR') <> '' then
      DataDir := GetEnv('COLLECTOR_DESK_DATA_DIR');
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir, LogDir]), mbInformation, MB_OK);
  end;
end;
