"""Refusing archives built to exhaust memory before any reader opens them.

An .xlsx, an .ods and Google's .zip are zip archives. A "zip bomb" declares or
hides a huge uncompressed size; an "XML bomb" defines entities that expand
exponentially. Every member is decompressed here as a stream, with nothing kept,
and refused past the limits, whatever the archive's headers claim; XML members
must not declare a DTD (spreadsheets never need one).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, UserError

MAX_UNCOMPRESSED = 1 << 30  # 1 GiB in all: ten times a 100,000-response workbook
MAX_RATIO = 200  # real workbooks compress 5 to 30 times; bombs a thousand times
RATIO_FLOOR = 8 << 20  # small members may compress very well (empty styles)
CHUNK = 1 << 20
#: A document type declaration, where XML entities are declared (any case: some readers
#: accept it so).
_DOCTYPE = re.compile(rb"<!doctype", re.IGNORECASE)


class UnsafeFileError(UserError):
    """The file would exhaust memory or needs features no spreadsheet needs."""


def _refuse_bomb(name: str) -> UnsafeFileError:
    return UnsafeFileError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file {name} is refused: once uncompressed it would be far too large "
            "(a damaged or malicious archive).",
        ),
        name=name,
    )


def check_archive(path: Path) -> None:
    """Raises UnsafeFileError for a zip or XML bomb; reads the archive once."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for member in archive.infolist():
                total += _check_member(archive, member, path.name, MAX_UNCOMPRESSED - total)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file {name} is damaged or incomplete: download it again (technical "
                "detail: {reason}).",
            ),
            name=path.name,
            reason=str(error),
        ) from error


def _check_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, allowance: int
) -> int:
    if member.is_dir():
        return 0
    if member.flag_bits & 0x1:  # encrypted: it cannot be read without its password
        raise UnsafeFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file {name} is protected by a password: extract what it holds, or "
                "download it again without a password.",
            ),
            name=name,
        )
    if member.file_size > allowance or (
        member.file_size > RATIO_FLOOR
        and member.file_size > MAX_RATIO * max(member.compress_size, 1)
    ):
        raise _refuse_bomb(name)
    produced = 0
    is_xml = member.filename.endswith((".xml", ".rels", ".vml"))
    tail = b""  # the end of the previous chunk: a declaration cut in two is seen too
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK):
            if is_xml and _DOCTYPE.search(tail + chunk):
                raise UnsafeFileError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The file {name} is refused: it declares XML entities, "
                        "which spreadsheets never need.",
                    ),
                    name=name,
                )
            produced += len(chunk)
            tail = chunk[-8:]
            if produced > allowance or (
                produced > RATIO_FLOOR and produced > MAX_RATIO * max(member.compress_size, 1)
            ):
                raise _refuse_bomb(name)
    return produced
