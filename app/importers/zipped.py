"""Zip archives: every supported member is extracted; unsafe or oversized members are not.

Nothing is written to disk, yet member names with ".." or absolute paths are refused (they
would be dangerous to anyone unpacking the origin names), and size, count, ratio and
nesting limits stop zip bombs before they are inflated.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import replace
from io import BytesIO
from pathlib import PurePosixPath

from app.importers.base import Context, Item, inside_part, tell_part
from app.model import Extracted, ExtractionError, ExtractionFailure

MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB
MAX_DEPTH = 2
#: a zip's part, as progress names it ("Reading zipped file 3 of 20")
ZIPPED = "zipped file"

_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")

# What reading a damaged zip container raises besides BadZipFile: a broken deflate stream,
# a compression method we cannot read, a member cut short. (.docx and .odt are zips too.)
DAMAGED_ZIP: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    OSError,
    EOFError,
)


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":")


#: what systems, editors and saved web pages leave beside the files a person zipped:
#: passed over like hidden files, not reported as failures
_LITTER_NAMES = {"thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r"}
_LITTER_SUFFIXES = {
    ".tmp", ".bak", ".lnk", ".url", ".ini", ".db", ".log",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff",
    ".css", ".js", ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map",
}  # fmt: skip


def _skipped(name: str) -> bool:
    path = PurePosixPath(name)
    hidden = any(
        (p.startswith(".") and p not in (".", "..")) or p == "__MACOSX" for p in path.parts
    )
    lower = path.name.lower()
    litter = (
        lower in _LITTER_NAMES or lower.startswith("~$") or path.suffix.lower() in _LITTER_SUFFIXES
    )
    return hidden or litter


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its maker wrote it. Without the UTF-8 flag, zip readers take
    names for code page 437 (DOS); Windows writes them in its OEM code page (866 in Russia)
    and some tools in UTF-8 unflagged, which 437 turns into "ì«ó«ßΓ¿.txt"."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    raw = name.encode("cp437")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    russian = raw.decode("cp866")
    # 866 also maps a German name's umlauts to Cyrillic letters ("GrФсe"): only whole
    # Cyrillic words make it Russian
    words = re.findall(r"[^\W\d_]+", russian)
    if all(w.isascii() or _CYRILLIC_WORD.fullmatch(w) for w in words):
        return russian
    return name


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, refusing more than it declared or than the limits allow."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise ExtractionError(f"member is larger than {MAX_MEMBER_BYTES // 2**20} MB")
    if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(1, info.compress_size):
        raise ExtractionError("member compresses suspiciously well (a zip bomb?)")
    with zf.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ExtractionError("member is larger than the archive says (a zip bomb?)")
    return data


def extract_zip(name: str, data: bytes, ctx: Context) -> list[Item]:
    """Items of every member, numbered in archive order."""
    from app.importers.registry import SUPPORTED_SUFFIXES, detect, handler

    if ctx.depth >= MAX_DEPTH:
        raise ExtractionError("archives nested too deeply")
    try:
        zf = zipfile.ZipFile(BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (*DAMAGED_ZIP, ValueError) as exc:
        raise ExtractionError("the zip archive is damaged or truncated") from exc
    if not infos:
        raise ExtractionError("the zip archive is empty")
    if len(infos) > MAX_MEMBERS:
        raise ExtractionError(f"the archive has more than {MAX_MEMBERS} files")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        raise ExtractionError("the archive would unpack to more than 1 GB")
    items: list[Item] = []
    for done, info in enumerate(infos):
        tell_part(ctx, done, len(infos), ZIPPED)  # cancel stops here, nothing stored yet
        inner = replace(inside_part(ctx, done, len(infos), ZIPPED), depth=ctx.depth + 1)
        member = member_name(info)
        origin = f"{name}/{member}"
        if _unsafe(member):
            items.append(ExtractionFailure(origin, "unsafe path in the archive (refused)"))
            continue
        if _skipped(member):
            continue
        if info.flag_bits & 0x1:
            items.append(ExtractionFailure(origin, "the file is password-protected"))
            continue
        if PurePosixPath(member.lower()).suffix not in SUPPORTED_SUFFIXES:
            items.append(ExtractionFailure(origin, "not a supported clipping format"))
            continue
        try:
            blob = _read(zf, info)
            if not blob.strip():
                raise ExtractionError("the file is empty")
            found = handler(detect(member, blob))(origin, blob, inner)
        except ExtractionError as exc:
            items.append(ExtractionFailure(origin, str(exc)))
            continue
        except DAMAGED_ZIP:
            reason = "damaged inside the archive (bad checksum or truncated)"
            items.append(ExtractionFailure(origin, reason))
            continue
        for item in found:
            if isinstance(item, Extracted):
                item.article.original_part = len(items)
            items.append(item)
    if not items:
        raise ExtractionError("the archive holds no files of a kind Clippings imports")
    return items
