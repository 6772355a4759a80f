"""Bytes to str: UTF-8 first (a few bad bytes replaced), UTF-16 when marked, cp1252 as a flagged fallback.

Never raises: a file that is not text comes back as a rejection reason instead.
"""

from __future__ import annotations

import codecs
import re

import ftfy.bad_codecs  # noqa: F401  registers "sloppy-windows-1252", which maps every byte

from pipeline.ingest.model import Decoded

MAX_CONTROL_SHARE = 0.05  # text files carry almost no C0 controls besides \t \n \r \f
MAX_NONASCII_SHARE_CP1252 = 0.30  # a real cp1252 article is mostly ASCII
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: DOS end-of-file marker
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


# The control characters (category Cc) are U+0000-U+001F and U+007F-U+009F, a range Unicode keeps fixed: one
# regex counts them without a Python call per character (tests check it against unicodedata, character by
# character).
_CONTROLS = re.compile("[" + "".join(re.escape(chr(c)) for c in (*range(0x20), *range(0x7F, 0xA0))
                                     if chr(c) not in _TEXT_CONTROLS) + "]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROLS.findall(text)) / len(text)


def _looks_utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte; return the codec if so."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, codec: str) -> Decoded | str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return "undecodable"
    return Decoded(text.lstrip("\ufeff"), ("encoding:utf-16",))


def declared_charset(data: bytes) -> str | None:
    """The codec an HTML page declares in its <meta> tag, if Python knows it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except LookupError:
        return None


def _legacy(data: bytes, charset: str | None) -> Decoded:
    """A page's declared legacy charset (e.g. windows-1256 for Arabic) beats the cp1252 guess."""
    if charset and charset not in ("utf-8", "utf-16"):
        try:
            return Decoded(data.decode(charset), (f"encoding:{charset}",))
        except (UnicodeDecodeError, LookupError):
            pass
    return Decoded(data.decode("sloppy-windows-1252"), ("encoding:cp1252",))


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes (a truncated copy, a stray byte) stays UTF-8; the bad bytes become U+FFFD.

    Reading it all as cp1252 instead would turn every correct accent and quote into
    mojibake. More valid multi-byte characters than bad bytes is the sign: cp1252
    text almost never forms a valid UTF-8 sequence. U+FFFD is a `garbled` rule, so
    cleaning flags the article `mojibake_unrepaired`.
    """
    text = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    bad = text.count("\ufffd")
    valid_multibyte = sum(1 for ch in text if ord(ch) > 127) - bad
    if valid_multibyte > bad:
        return Decoded(text, ("encoding:utf-8-damaged",))
    return None


def decode_bytes(data: bytes, charset: str | None = None) -> Decoded | str:
    """Return the decoded text, or a rejection reason code ("binary", "undecodable")."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, "utf-16")
    if b"\x00" in data:
        codec = _looks_utf16_without_bom(data)
        return _decode_utf16(data, codec) if codec else "binary"
    try:
        decoded = Decoded(data.decode("utf-8-sig"), ())
    except UnicodeDecodeError:
        decoded = _damaged_utf8(data) or _legacy(data, charset)
        nonascii = sum(1 for ch in decoded.text if ord(ch) > 127) / max(len(decoded.text), 1)
        if decoded.encoding_flags == ("encoding:cp1252",) and nonascii > MAX_NONASCII_SHARE_CP1252:
            return "binary"
    if _control_share(decoded.text) > MAX_CONTROL_SHARE:
        return "binary"
    return decoded
