; Inno Setup script: a per-user installer of the one-folder bundle (dist\skyddsapp) built on
; Windows with packaging\skyddsapp.spec. Build steps: packaging\windows\README.md.
;   iscc /DAppVersion=0.1.0 packaging\windows\skyddsapp.iss   -> dist\skyddsapp-0.1.0-setup.exe
; Cannot be built on the Linux CI; not tested there.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F4B1C2E-7D3A-4E58-9B61-5A0C2D8E9F13}
AppName=skyddsapp
AppVersion={#AppVersion}
AppPublisher=skyddsapp
DefaultDirName={localappdata}\Programs\skyddsapp
DefaultGroupName=skyddsapp
DisableProgramGroupPage=yes
; Per-user: the workstations' users are not administrators.
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=skyddsapp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\skyddsapp.ico
UninstallDisplayIcon={app}\skyddsapp-desktop.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
LicenseFile=..\LICENSES.md

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; Everything of the bundle, including sbom.cdx.json and LICENSES.md (make sbom).
Source: "..\..\dist\skyddsapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\skyddsapp"; Filename: "{app}\skyddsapp-desktop.exe"
Name: "{group}\Licenser"; Filename: "{app}\LICENSES.md"

[Run]
Filename: "{app}\skyddsapp-desktop.exe"; Description: "Starta skyddsapp"; Flags: nowait postinstall skipifsilent

; The vault (%LOCALAPPDATA%\skyddsapp\valv) is the user's data: uninstalling leaves it.
