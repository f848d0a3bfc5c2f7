; Inno Setup 6 script: a Windows installer for the one-folder PyInstaller build.
;
;   1. uv run pyinstaller --noconfirm build.spec        (builds dist\musrenbang\)
;   2. iscc installer\musrenbang.iss                     (writes dist\installer\musrenbang-<versi>-setup.exe)
;
; The version comes from the executable's version resource, which build.spec fills from
; app.__version__; `iscc /DAppVersion=1.2.3 ...` overrides it. The installer needs no administrator
; rights (it installs for the current user unless the user picks "all users"). Office data lives
; in the user's AppData folder (platformdirs), outside {app}: uninstalling never deletes it.

#define AppName "Musrenbang Kecamatan"
#define AppExe "musrenbang.exe"
#define BundleDir AddBackslash(SourcePath) + "..\dist\musrenbang"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "dist\musrenbang\musrenbang.exe not found or without a version: build the bundle first"
#endif

[Setup]
AppId={{0714F531-9E9D-4DD3-9716-BAAF395D2A14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=musrenbang-{#AppVersion}-setup
SetupIconFile=..\resources\icons\musrenbang.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old bundle's files entirely (stale modules would shadow new ones).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
