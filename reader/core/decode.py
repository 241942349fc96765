"""Bytes -> text. Korean must never become mojibake; a binary file is refused, not guessed at.

Order of evidence: a byte-order mark; the UTF-16 pattern of NUL bytes; strict UTF-8 (nearly every
file today, and never wrong when it succeeds on non-ASCII text); an encoding the document declares
(<meta charset>, <?xml encoding?>); CP949 when the double-byte pairs fall in the KS X 1001 Hangul
range (real Korean text does, Windows-1252 punctuation followed by a letter does not); then
Windows-1252 when the result reads like a Western language (its
letters mostly ASCII); charset-normalizer's guess for the rest.
"""

from __future__ import annotations

import codecs
import re

from reader.core.errors import ImportRefused

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program (ELF executable)",
    b"MZ": "a Windows program",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"ID3": "an MP3 file",
    b"RIFF": "a RIFF media file",
    b"OggS": "an Ogg media file",
}

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""",
    re.IGNORECASE,
)

# Labels that pages declare, mapped to the codec that decodes what they really contain.
_ALIASES = {
    "euc-kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ksc5601": "cp949",
    "x-windows-949": "cp949", "windows-949": "cp949", "uhc": "cp949",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
}


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def _looks_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL for Latin text, or Hangul pairs for Korean."""
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _hangul_cp949_share(data: bytes) -> float:
    """Share of double-byte characters that are KS X 1001 (EUC-KR) pairs."""
    wansung = other = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if i + 1 < n and 0xA1 <= b <= 0xFE and 0xA1 <= data[i + 1] <= 0xFE:
            wansung += 1
        else:
            other += 1
        i += 2
    total = wansung + other
    return wansung / total if total else 0.0


def _is_text(text: str) -> bool:
    if not text:
        return True
    controls = len(_CONTROL.findall(text, 0, 20000))
    return controls <= max(2, len(text[:20000]) // 200)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raise ImportRefused for binary content."""
    kind = _binary_kind(data)
    if kind:
        raise ImportRefused(f"this is {kind}, not an article")

    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec + ("-sig" if codec == "utf-8" else "")
            except UnicodeDecodeError as exc:
                raise ImportRefused(f"the file starts with a {codec} byte-order mark but is not valid {codec}") from exc

    utf16 = _looks_utf16(data[:4096])
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass

    if b"\x00" in data[:8192]:
        raise ImportRefused("this is a binary file (it contains NUL bytes), not an article")

    candidates: list[str] = []
    try:
        text = data.decode("utf-8")
        if not _is_text(text):
            raise ImportRefused("this is a binary file, not an article")
        return text, "utf-8"
    except UnicodeDecodeError:
        pass

    declared = _DECLARED.search(data[:4096])
    if declared:
        label = (declared.group(1) or declared.group(2)).decode("ascii", "ignore").lower()
        label = _ALIASES.get(label, label)
        try:
            codecs.lookup(label)
            candidates.append(label)
        except LookupError:
            pass
    if _hangul_cp949_share(data) >= 0.8:
        candidates.append("cp949")

    for codec in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _is_text(text):
            return text, codec

    try:
        text = data.decode("cp1252")
        letters = [ch for ch in text if ch.isalpha()]
        foreign = sum(1 for ch in letters if ord(ch) > 0x7F)
        if _is_text(text) and (not letters or foreign <= 0.3 * len(letters)):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass

    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
            if _is_text(text):
                return text, best.encoding
        except (UnicodeDecodeError, LookupError):
            pass

    text = data.decode("cp1252", errors="replace")
    if not _is_text(text):
        raise ImportRefused("this is a binary file, not an article")
    return text, "cp1252"
