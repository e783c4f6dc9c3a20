"""Evidence files: read where the browser put them, never sent anywhere.

The page reads each chosen file with FileReader and hands the bytes to the worker,
which writes them into Pyodide's in-memory file system under :data:`ROOT`
(``filer/<id>``). Python then checks that the file is a picture (by its first
bytes, not its name), computes SHA-256 with :mod:`hashlib` and reads the size in
pixels. Why SHA-256 here and not with ``crypto.subtle`` in the page: ``crypto.subtle``
exists only in a secure context (https or localhost), and an intranet is often
plain http; and the hash in the documents is then computed from the very bytes
that are put into them.

Nothing here survives a reload: the in-memory file system goes with the tab.
"""
from __future__ import annotations

import hashlib
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..docx_writer import clean
from ..errors import InputError

ROOT = Path("/tmp/sagsmappe")  # Pyodide's MEMFS; the tests point it at a temporary directory
ID_RE = re.compile(r"^[a-z][a-z0-9]{1,40}$")
MB = 1024 * 1024
MAX_FILE_BYTES = 25 * MB       # one picture
MAX_TOTAL_BYTES = 60 * MB      # all pictures in one case
MAIL_WARN_BYTES = 10 * MB      # many mail systems refuse larger attachments
MAX_FILES = 100

KINDS = {  # what the first bytes say -> (MIME type, extension Word knows)
    "png": ("image/png", "png"),
    "jpeg": ("image/jpeg", "jpeg"),
    "gif": ("image/gif", "gif"),
}
NOT_EMBEDDABLE = {"webp": "WebP", "heic": "HEIC", "bmp": "BMP", "tiff": "TIFF"}


def folder(kind: str) -> Path:
    return ROOT / kind


def path_for(kind: str, file_id: str) -> Path:
    if not isinstance(file_id, str) or not ID_RE.match(file_id):
        raise InputError("fil", "Filen har et ugyldigt id. Vælg filen igen.")
    return folder(kind) / file_id


def sniff(data: bytes) -> str | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"):
        return "heic"
    if data[:2] == b"BM":
        return "bmp"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return None


def dimensions(kind: str, data: bytes) -> tuple[int, int] | None:
    """Width and height in pixels, read from the header; None if the header is damaged."""
    try:
        if kind == "png":
            if data[12:16] != b"IHDR":
                return None
            w, h = struct.unpack(">II", data[16:24])
            return (w, h) if w and h else None
        if kind == "gif":
            w, h = struct.unpack("<HH", data[6:10])
            return (w, h) if w and h else None
        if kind == "jpeg":
            i = 2
            while i + 9 < len(data):
                if data[i] != 0xFF:
                    return None
                marker = data[i + 1]
                if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                    i += 2
                    continue
                length = struct.unpack(">H", data[i + 2:i + 4])[0]
                if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                    h, w = struct.unpack(">HH", data[i + 5:i + 9])
                    return (w, h) if w and h else None
                i += 2 + length
    except struct.error:
        return None
    return None


def size_text(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB".replace(".", ",")
    if n >= 1024:
        return f"{round(n / 1024)} kB"
    return f"{n} byte"


@dataclass(frozen=True)
class Evidence:
    id: str
    haendelse: str
    navn: str
    stoerrelse: int
    sidst_aendret: int | None   # the file's own time on the device, ms since 1970 (File.lastModified)
    sha256: str
    type: str
    bredde: int
    hoejde: int

    def as_dict(self) -> dict[str, Any]:
        return dict(vars(self))

    @property
    def ext(self) -> str:
        return {"image/png": "png", "image/jpeg": "jpeg", "image/gif": "gif"}[self.type]


def read_bytes(kind: str, file_id: str) -> bytes | None:
    p = path_for(kind, file_id)
    try:
        return p.read_bytes()
    except OSError:
        return None


def remove(kind: str, file_id: str) -> None:
    try:
        os.remove(path_for(kind, file_id))
    except (OSError, InputError):
        pass


def write(kind: str, file_id: str, data: bytes) -> None:
    p = path_for(kind, file_id)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


def clean_name(raw: object) -> str:
    text = clean(str(raw or "")).replace("\n", " ").replace("\r", " ").strip()
    text = text.replace("\ue000", "").replace("\ue001", "")
    return (text[:120] + "…") if len(text) > 120 else (text or "uden navn")


def register(file_id: str, name: object, modified: object, incident: str, total_before: int,
             count_before: int) -> Evidence:
    """Check one chosen file and describe it; the file is removed again if it cannot be used."""
    shown = clean_name(name)
    data = read_bytes("filer", file_id)
    if data is None:
        raise InputError("beviser", f"Filen «{shown}» kunne ikke læses. Vælg den igen.")
    problem = None
    kind = sniff(data)
    if kind is None:
        problem = (f"«{shown}» er ikke et billede. Vælg et skærmbillede eller et foto (PNG, JPEG eller GIF). "
                   "Gem andre filer, fx video eller lyd, uændret, og skriv i beskrivelsen, hvor de ligger.")
    elif kind in NOT_EMBEDDABLE:
        problem = (f"«{shown}» er et {NOT_EMBEDDABLE[kind]}-billede. Det kan ikke sættes ind i Word-dokumentet. "
                   "Tag et skærmbillede af det, eller gem det som PNG eller JPEG, og vælg det igen.")
    elif len(data) > MAX_FILE_BYTES:
        problem = (f"«{shown}» fylder {size_text(len(data))}. Et billede må højst fylde {size_text(MAX_FILE_BYTES)}. "
                   "Tag et skærmbillede af det i stedet.")
    elif count_before >= MAX_FILES:
        problem = f"Der kan højst være {MAX_FILES} billeder i en sagsmappe. «{shown}» er ikke lagt ind."
    elif total_before + len(data) > MAX_TOTAL_BYTES:
        problem = (f"Der er ikke plads til «{shown}»: billederne i sagsmappen må fylde højst "
                   f"{size_text(MAX_TOTAL_BYTES)} i alt, og der er {size_text(total_before)} nu. Billedet er ikke "
                   "lagt ind. Lav en ny sagsmappe til de næste billeder.")
    dims = dimensions(kind, data) if kind in KINDS else None
    if problem is None and dims is None:
        problem = f"«{shown}» ligner et billede, men filen er beskadiget. Vælg en anden fil."
    if problem:
        remove("filer", file_id)
        raise InputError("beviser", problem + " Det, du har skrevet, er ikke ændret.")
    assert kind is not None and dims is not None
    when = modified if isinstance(modified, int) and not isinstance(modified, bool) and 0 < modified < 2**53 else None
    return Evidence(
        id=file_id, haendelse=incident, navn=shown, stoerrelse=len(data), sidst_aendret=when,
        sha256=hashlib.sha256(data).hexdigest(), type=KINDS[kind][0], bredde=dims[0], hoejde=dims[1],
    )


def parse_record(raw: Any, where: str) -> Evidence:
    """An evidence record as the page sends it back (from an earlier register() or a case file)."""
    if not isinstance(raw, Mapping):
        raise InputError(where, "Et bevis mangler sine oplysninger. Vælg billedet igen.")
    try:
        sha = str(raw["sha256"])
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise ValueError
        size = raw["stoerrelse"]
        width, height = raw["bredde"], raw["hoejde"]
        for v in (size, width, height):
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise ValueError
        mime = raw["type"]
        if mime not in ("image/png", "image/jpeg", "image/gif"):
            raise ValueError
        modified = raw.get("sidst_aendret")
        if modified is not None and (isinstance(modified, bool) or not isinstance(modified, int)):
            raise ValueError
        file_id = str(raw["id"])
        if not ID_RE.match(file_id):
            raise ValueError
        return Evidence(id=file_id, haendelse=str(raw.get("haendelse") or ""), navn=clean_name(raw.get("navn")),
                        stoerrelse=size, sidst_aendret=modified, sha256=sha, type=mime, bredde=width, hoejde=height)
    except (KeyError, TypeError, ValueError):
        raise InputError(where, "Oplysningerne om et bevis er ufuldstændige. Vælg billedet igen.") from None


def verified_bytes(ev: Evidence) -> bytes | None:
    """The picture's bytes if they are here in this session and still match the recorded hash."""
    data = read_bytes("filer", ev.id)
    if data is None or hashlib.sha256(data).hexdigest() != ev.sha256:
        return None
    return data
