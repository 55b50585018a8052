@echo off
rem omnibus from a USB stick or a shared folder, without installing: the data folder travels beside this file.
rem Every answer, key, setting and backup is kept in "omnibus-data" next to it, never on the computer.
set "OMNIBUS_HOME=%~dp0omnibus-data"
start "" "%~dp0omnibus\omnibus.exe" %*
