; Inno Setup script for PoWER Desktop on Windows (Inno Setup 6).
; Built by installer\build-windows.bat after the PyInstaller one-folder build
; (build\dist\power-desktop); the version comes from /DAppVersion=... on the ISCC command line.
;
; Per machine (Program Files, needs an administrator once); a Start-menu entry for the window
; and one for the self-check. The camp's data (database, logs, backups, exports) lives in each
; user's data folder (%LOCALAPPDATA%\PoWER\PoWER Desktop), never under {app}: an upgrade replaces
; only the program files, and uninstalling leaves the data where it is. The database is migrated
; by the new version when it first opens it (records kept; a copy is taken first).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Never change AppId: it is how a newer installer recognises the installed one and upgrades it.
AppId={{6C1F3E0A-5B7D-4B8E-9C2A-3D5F7A1B9E42}
AppName=PoWER Desktop
AppVersion={#AppVersion}
AppPublisher=PoWER
AppComments=Portfolio of Welfare & Entitlement Rights: welfare camp registration
DefaultDirName={autopf}\PoWER Desktop
DefaultGroupName=PoWER Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=power-desktop-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running PoWER Desktop before replacing its files (its drafts are saved as typed).
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\power-desktop.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[InstallDelete]
; Files of the previous version that this one no longer ships (the folder is rebuilt whole).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\build\dist\power-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\PoWER Desktop"; Filename: "{app}\power-desktop.exe"
Name: "{group}\PoWER Desktop self-check"; Filename: "{cmd}"; Parameters: "/k ""{app}\power-desktop-cli.exe"" --self-check"
Name: "{group}\Uninstall PoWER Desktop"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\power-desktop.exe"; Description: "Start PoWER Desktop"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry touches the data folder: uninstalling keeps every record.
