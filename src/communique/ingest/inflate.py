"""Decompression with a bound: a gzip stream that stops at a gzip bomb.

A gzip bomb is a small file that inflates to gigabytes (a megabyte of gzip holds a
gigabyte of zeros). Readers stream what they decompress, so memory stays bounded, but
reading a bomb through would still take minutes. ``Inflated`` counts the bytes read on
both sides and raises ``GzipBomb`` once the output is past ``FLOOR`` bytes and more than
``MAX_RATIO`` times the compressed input: news text and HTML compress 3 to 10 times and
the most repetitive real pages stay well under 100, while zeros compress a thousand
times. The source that raised it is skipped as ``bad-gzip``.
"""

from __future__ import annotations

import gzip
import io
from typing import Any, BinaryIO

#: Output bytes per compressed byte past which a stream is taken for a bomb.
MAX_RATIO = 100
#: Output bytes read before the ratio is checked (a small file may compress very well).
FLOOR = 16 << 20


class GzipBomb(ValueError):
    """A compressed stream that inflates more than ``MAX_RATIO`` times."""

    def __init__(self, inflated: int, compressed: int) -> None:
        super().__init__(
            f"{compressed} compressed bytes inflate to over {inflated} "
            f"(more than {MAX_RATIO} times): a gzip bomb"
        )


def check_ratio(inflated: int, compressed: int) -> None:
    """Raise ``GzipBomb`` when ``inflated`` output bytes from ``compressed`` are too many."""
    if inflated > FLOOR and inflated > MAX_RATIO * max(compressed, 1):
        raise GzipBomb(inflated, compressed)


class Counting:
    """A read-only stream that counts the bytes read through it (with ``tell``)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count


class Inflated(io.RawIOBase):
    """The decompressed content of a gzip stream, raising ``GzipBomb`` at a bomb."""

    def __init__(self, stream: BinaryIO) -> None:
        self._raw = Counting(stream)
        self._gzip = gzip.GzipFile(fileobj=self._raw, mode="rb")  # type: ignore[call-overload]
        self.inflated = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        data = self._gzip.read(len(view))
        view[: len(data)] = data
        self.inflated += len(data)
        check_ratio(self.inflated, self._raw.count)
        return len(data)

    def close(self) -> None:
        self._gzip.close()
        super().close()


__all__ = ["FLOOR", "MAX_RATIO", "Counting", "GzipBomb", "Inflated", "check_ratio"]
