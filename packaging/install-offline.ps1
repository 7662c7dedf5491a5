# Install skyddsapp from an offline wheelhouse (made by `make wheelhouse`) on a Windows workstation
# without network: checks SHA256SUMS, creates a venv, installs every wheel with --no-index
# --require-hashes, and makes Start-menu shortcuts.
#
#   powershell -ExecutionPolicy Bypass -File install-offline.ps1 [-Prefix DIR] [-Python PATH]
#
# Defaults: the wheelhouse is this script's folder, the program goes to
# %LOCALAPPDATA%\Programs\skyddsapp. Needs Python 3.11 (the `py` launcher or -Python).
# Not run in CI (no Windows machine there); the same steps as install-offline.sh.
param(
    [string]$Prefix = (Join-Path $env:LOCALAPPDATA "Programs\skyddsapp"),
    [string]$Python = "",
    [string]$Wheelhouse = $PSScriptRoot
)
$ErrorActionPreference = "Stop"

function Fail([string]$Message) {
    Write-Error "install-offline: $Message"
    exit 1
}

# 1. Every file of the wheelhouse is what `make wheelhouse` wrote.
$sums = Join-Path $Wheelhouse "SHA256SUMS"
if (-not (Test-Path $sums)) { Fail "SHA256SUMS saknas i $Wheelhouse" }
foreach ($line in Get-Content $sums) {
    if ($line -notmatch '^([0-9a-f]{64})  (.+)$') { Fail "ogiltig rad i SHA256SUMS: $line" }
    $expected = $Matches[1]
    $file = Join-Path $Wheelhouse $Matches[2]
    if (-not (Test-Path $file)) { Fail "$($Matches[2]) saknas" }
    $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $file).Hash.ToLower()
    if ($actual -ne $expected) {
        Fail "kontrollsumman för $($Matches[2]) stämmer inte: kopiera om mappen från originalet"
    }
}

# 2. Python 3.11 (the wheels are built for it).
if ($Python -eq "") {
    $Python = (& py -3.11 -c "import sys; print(sys.executable)" 2>$null)
    if (-not $Python) { Fail "Python 3.11 hittades inte (ange -Python C:\sökväg\python.exe)" }
}
& $Python -c "import sys; sys.exit(sys.version_info[:2] != (3, 11))"
if ($LASTEXITCODE -ne 0) { Fail "$Python är inte Python 3.11" }

# 3. A fresh venv, every wheel from the wheelhouse only, each checked against its hash.
$venv = Join-Path $Prefix "venv"
if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
New-Item -ItemType Directory -Force -Path $Prefix | Out-Null
& $Python -m venv $venv
if ($LASTEXITCODE -ne 0) { Fail "kunde inte skapa $venv" }
$env:PIP_CONFIG_FILE = "NUL"
& (Join-Path $venv "Scripts\python.exe") -m pip install --quiet --no-index `
    --disable-pip-version-check --no-cache-dir --find-links $Wheelhouse --only-binary=:all: `
    --require-hashes -r (Join-Path $Wheelhouse "requirements-windows.txt")
if ($LASTEXITCODE -ne 0) { Fail "installationen misslyckades" }

# 4. Launcher: a Start-menu shortcut to the windowed entry point.
$target = Join-Path $venv "Scripts\skyddsapp-desktop.exe"
$menu = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs"
$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut((Join-Path $menu "skyddsapp.lnk"))
$link.TargetPath = $target
$link.WorkingDirectory = $Prefix
$link.Save()
& (Join-Path $venv "Scripts\skyddsapp.exe") --help | Out-Null
if ($LASTEXITCODE -ne 0) { Fail "den installerade skyddsapp startar inte" }
Write-Output "skyddsapp installerad i $Prefix; starta från Start-menyn (skyddsapp)"
