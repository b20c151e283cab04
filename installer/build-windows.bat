@echo off
rem Build PoWER Desktop for Windows: the one-folder build, then the installer.
rem Needs: Python 3.11+ (python.org, "py" launcher) and Inno Setup 6 (jrsoftware.org).
rem Run from the project folder:   installer\build-windows.bat
setlocal
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe py -3.11 -m venv .venv || goto :fail
.venv\Scripts\python -m pip install -q --upgrade pip || goto :fail
.venv\Scripts\python -m pip install -q -c requirements.lock -e ".[build]" || goto :fail
.venv\Scripts\pyside6-lrelease -silent resources\i18n\power_desktop_hi.ts -qm resources\i18n\power_desktop_hi.qm || goto :fail
.venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath build\dist --workpath build\work installer\power-desktop.spec || goto :fail
build\dist\power-desktop\power-desktop-cli.exe --self-check || goto :fail
for /f %%v in ('.venv\Scripts\python -c "import power_desktop; print(power_desktop.__version__)"') do set VERSION=%%v
set ISCC="%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"
if not exist %ISCC% set ISCC="%ProgramFiles%\Inno Setup 6\ISCC.exe"
%ISCC% /DAppVersion=%VERSION% installer\power-desktop.iss || goto :fail
echo Built dist\power-desktop-%VERSION%-windows-setup.exe
exit /b 0
:fail
echo Build failed.
exit /b 1
