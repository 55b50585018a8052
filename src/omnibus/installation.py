"""Which computer this copy of omnibus runs on, as an opaque id recorded with the signing key it creates.

A data folder copied to another computer (twenty trainees copying a trainer's portable omnibus) carries the
signing key with it; the key's record then names another computer, and signing is refused until the copy makes
its own key. The id is a hash of the operating system's machine identifier, never the identifier itself.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import uuid
from pathlib import Path

_LINUX_MACHINE_ID = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def installation_id() -> str:
    """32 hex digits naming this computer; the same on every run, different on another computer."""
    digest = hashlib.sha256(b"omnibus-installation\0" + machine_identifier().encode("utf-8"))
    return digest.hexdigest()[:32]


def machine_identifier() -> str:
    """The system's own machine id (systemd, Windows' MachineGuid, the Mac's platform UUID), else a MAC address."""
    for reader in (_linux_machine_id, _windows_machine_guid, _mac_platform_uuid):
        value = reader()
        if value:
            return value
    return f"node:{uuid.getnode():012x}"


def _linux_machine_id() -> str | None:
    for path in _LINUX_MACHINE_ID:
        try:
            value = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if value:
            return value
    return None


def _windows_machine_guid() -> str | None:
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    except OSError:
        return None
    return str(value) or None


def _mac_platform_uuid() -> str | None:
    if sys.platform != "darwin":
        return None
    try:
        out = subprocess.run(
            ["/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in out.splitlines():
        if "IOPlatformUUID" in line:
            return line.rpartition("=")[2].strip().strip('"') or None
    return None
