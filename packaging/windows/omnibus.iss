; Inno Setup script for omnibus on Windows: a per-user installer that needs no administrator rights.
;
; Built by .github/workflows/release.yml on a Windows runner, after PyInstaller has written the application folder
; (packaging/omnibus.spec, one folder with omnibus.exe):
;
;   iscc /DAppVersion=0.1.0 packaging\windows\omnibus.iss
;
; What it guarantees, and why:
; - PrivilegesRequired=lowest: officials' laptops are often locked down; the program goes to
;   %LOCALAPPDATA%\Programs\omnibus and the file association to HKCU, neither needs an administrator.
; - The same AppId for every release: a newer installer upgrades the installed copy in place (same folder,
;   one entry in "Installed apps"), closing a running omnibus first.
; - Data is never in the install folder: assessments, keys, settings and backups live in the user's data folder
;   (%LOCALAPPDATA%\omnibus, through platformdirs, or OMNIBUS_HOME). Uninstalling removes only what this
;   installer copied, so the answers survive an uninstall and a reinstall.
; - A double-clicked .omnibus file runs `omnibus.exe "<file>"`, which opens the package viewer; a double-clicked
;   .omnibus-assignment, .omnibus-contribution or .omnibus-receipt runs the same command, which opens the main
;   window and the file in it (as File > Open assignment / contribution, or Import a receipt). One ProgId each,
;   so that Explorer names each kind of file.
;
; Untested here: this script is compiled only on the release workflow's Windows runner. See
; docs/install-windows-macos.md.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z omnibus.iss
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\omnibus"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif

#define AppName "omnibus"
#define AppExe "omnibus.exe"
#define ProgId "omnibus.package"

[Setup]
; Never change this AppId: it is what makes a newer installer upgrade the installed copy in place.
AppId={{316BAA24-BD07-476E-8349-ECE3AFF7FAE2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=United Nations Office on Drugs and Crime (UNODC)
AppComments=The UNTOC self-assessment checklist, answered offline and handed in as a signed package.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=omnibus-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE

[Languages]
; Inno Setup's official translations among the UN languages; Arabic and Chinese exist only as unofficial
; translations, so their users see the English installer (the application itself speaks all six).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller wrote; `ignoreversion` so that an upgrade replaces every file of the older release.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older release that this one no longer ships (libraries are renamed between Qt versions).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "UNTOC self-assessment checklist"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The associations, per user (HKA is HKCU in a per-user install). Removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.omnibus"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.omnibus\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "omnibus response package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".omnibus"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.omnibus-assignment"; ValueType: string; ValueName: ""; ValueData: "omnibus.assignment"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.omnibus-assignment\OpenWithProgids"; ValueType: string; ValueName: "omnibus.assignment"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\omnibus.assignment"; ValueType: string; ValueName: ""; ValueData: "omnibus assignment"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\omnibus.assignment\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\omnibus.assignment\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".omnibus-assignment"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.omnibus-contribution"; ValueType: string; ValueName: ""; ValueData: "omnibus.contribution"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.omnibus-contribution\OpenWithProgids"; ValueType: string; ValueName: "omnibus.contribution"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\omnibus.contribution"; ValueType: string; ValueName: ""; ValueData: "omnibus contribution"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\omnibus.contribution\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\omnibus.contribution\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".omnibus-contribution"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.omnibus-receipt"; ValueType: string; ValueName: ""; ValueData: "omnibus.receipt"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.omnibus-receipt\OpenWithProgids"; ValueType: string; ValueName: "omnibus.receipt"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\omnibus.receipt"; ValueType: string; ValueName: ""; ValueData: "omnibus receipt from the Secretariat"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\omnibus.receipt\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\omnibus.receipt\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".omnibus-receipt"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the user's data folder is not the installer's to remove.
