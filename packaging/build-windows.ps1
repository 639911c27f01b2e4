# Builds Crisis Desk (舆情应对台) for Windows with jpackage. Run in PowerShell from any folder:
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1            # app image
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 -Type msi  # installer
# Needs JDK 17 (jpackage) and Maven on PATH; -Type msi/exe also needs the WiX Toolset 3.x on PATH
# (candle.exe, light.exe). Output: target\dist\
#   CrisisDesk\CrisisDesk.exe    the desk window (no console)
#   CrisisDesk\crisis-desk.exe   the same program with a console, for subcommands (demo, cases list, ...)
#   e.g. target\dist\CrisisDesk\crisis-desk.exe --help
# The installer adds a desktop shortcut and a Start-menu entry in the group 舆情应对台; the shortcut
# carries the -Name (CrisisDesk by default). -Name 舆情应对台 names it in Chinese — untested here:
# check that the WiX build accepts it on your machine before shipping.
# This file is saved as UTF-8 with a byte-order mark so that Windows PowerShell 5.1 reads the Chinese text.
param(
    [ValidateSet("app-image", "msi", "exe")] [string] $Type = "app-image",
    [string] $Name = "CrisisDesk",
    [switch] $SkipBuild,
    # the Linux launchers' heap options (packaging/README.md) without the native-heap trim, which is glibc's
    [string] $JavaOptions = "-XX:+UseSerialGC -Xms64m -Xmx512m -Xmn48m -XX:SurvivorRatio=4 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -Dfile.encoding=UTF-8"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

if (-not $SkipBuild) {
    mvn -B -q -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw "mvn package failed" }
}
if (-not (Test-Path target\crisis-desk.jar) -or -not (Test-Path target\lib)) {
    throw "target\crisis-desk.jar or target\lib missing: run mvn package"
}

$jpackage = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME "bin\jpackage.exe" } else { "jpackage" }
$version = ([xml](Get-Content -Encoding UTF8 pom.xml)).project.version
# jpackage copies everything in --input: only the main jar and its lib folder.
Remove-Item -Recurse -Force target\jpackage-input, target\dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force target\jpackage-input, target\dist | Out-Null
Copy-Item target\crisis-desk.jar target\jpackage-input\
# only the jars the manifest names: target\lib may still hold an older version of a dependency
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path target\crisis-desk.jar))
try {
    $reader = New-Object System.IO.StreamReader(($zip.GetEntry("META-INF/MANIFEST.MF")).Open())
    $manifest = $reader.ReadToEnd() -replace "`r", ""
    $reader.Close()
} finally { $zip.Dispose() }
$classPath = (($manifest -replace "`n ", "") -split "`n" | Where-Object { $_ -like "Class-Path: *" }) -replace "^Class-Path: ", ""
New-Item -ItemType Directory -Force target\jpackage-input\lib | Out-Null
foreach ($jar in ($classPath -split " " | Where-Object { $_ })) {
    Copy-Item (Join-Path target $jar) target\jpackage-input\lib\
}

$common = @(
    "--dest", "target\dist",
    "--name", $Name,
    "--app-version", $version,
    "--vendor", "Crisis Desk",
    "--description", "舆情应对台 Crisis Desk",
    "--icon", "packaging\icon.ico",
    "--input", "target\jpackage-input",
    "--main-jar", "crisis-desk.jar",
    "--main-class", "org.crisisdesk.app.Main",
    "--java-options", $JavaOptions,
    "--add-launcher", "crisis-desk=packaging\launcher-windows-console.properties"
)
if ($Type -eq "app-image") {
    & $jpackage --type app-image @common
} else {
    # A stable upgrade UUID lets a newer installer replace an older one.
    & $jpackage --type $Type @common `
        --win-upgrade-uuid "6f1d3a52-8c2e-4f7b-9a41-2b6c0e5d7a19" `
        --win-dir-chooser --win-menu --win-menu-group "舆情应对台" --win-shortcut `
        --win-per-user-install
}
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Write-Host "Done: target\dist"
