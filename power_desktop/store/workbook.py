"""Batch workbooks written to disk with openpyxl in write-only mode: memory stays flat however
many rows. Kept apart from the services so that the writer process spawned for a large batch
loads openpyxl alone, not the database layer."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from power_desktop.core import batch_format as bf


class WriterFailed(RuntimeError):
    """The writer process failed for a reason other than the disk."""


@contextlib.contextmanager
def _disk_errors() -> Iterator[None]:
    """openpyxl writes through lxml, which reports a full disk or a vanished folder as its own
    serialisation errors (IO_EFBIG, "not in an element"): turned into the OSError they are."""
    try:
        yield
    except OSError:
        raise
    except Exception as exc:
        if type(exc).__module__.startswith("lxml") or isinstance(exc, (EOFError, ValueError)):
            raise OSError(errno.EIO, f"the file could not be written ({exc})") from exc
        raise


class BatchWriter:
    """Sheets in the order Manifest, Families, Members, Applications; a sheet longer than a
    worksheet holds continues in numbered parts, each with the header row."""

    def __init__(self, path: Path, max_rows: int = bf.MAX_ROWS) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        self._cell = WriteOnlyCell
        self.path = path
        self.max_rows = max_rows
        self.book = Workbook(write_only=True)
        self.manifest = self.book.create_sheet(bf.MANIFEST)
        self._sheets: dict[str, Any] = {}
        self._headers: dict[str, list[Any]] = {}
        self._counts: dict[str, int] = {}
        self._parts: dict[str, int] = {}

    def header(self, sheet: str, row: list[Any]) -> None:
        self._headers[sheet] = row
        self._parts[sheet] = 1
        self._open(sheet)

    def _open(self, sheet: str) -> None:
        ws = self.book.create_sheet(bf.part_name(sheet, self._parts[sheet]))
        ws.freeze_panes = "A2"
        self._sheets[sheet] = ws
        ws.append(self._row(ws, self._headers[sheet]))
        self._counts[sheet] = 1

    def row(self, sheet: str, row: list[Any]) -> None:
        if self._counts[sheet] >= self.max_rows:
            self._parts[sheet] += 1
            self._open(sheet)
        ws = self._sheets[sheet]
        with _disk_errors():
            ws.append(self._row(ws, row))
        self._counts[sheet] += 1

    def _row(self, ws: Any, row: list[Any]) -> list[Any]:
        """`row` holds canonical cells (core.batch_format.cell). Text starting with = would be
        written by openpyxl as a formula; as a typed string cell a spreadsheet shows it as
        text and never runs it."""
        if not any(type(v) is str and v[:1] == "=" for v in row):
            return row
        out = []
        for value in row:
            if type(value) is str and value[:1] == "=":
                text = self._cell(ws, value=value)
                text.data_type = "s"
                out.append(text)
            else:
                out.append(value)
        return out

    def finish(self, manifest: list[tuple[str, Any]]) -> None:
        """The Manifest, then the file flushed to disk (under the name it was given)."""
        self.manifest.append(["key", "value"])
        for key, value in manifest:
            self.manifest.append(self._row(self.manifest, [key, bf.cell(value)]))
        with _disk_errors():
            self.book.save(self.path)
        with open(self.path, "rb+") as handle:
            os.fsync(handle.fileno())


    def abandon(self) -> None:
        """Close the sheets' writers after a failure (their temporary files go with them)."""
        for ws in self.book.worksheets:
            with contextlib.suppress(Exception):  # already failing; this only tidies up
                ws.close()



# --- writing in a second process --------------------------------------------------------------
# openpyxl's cell writing is most of an export's time. With two cores, a writer process turns
# rows into the workbook while this one reads, checks, hashes and keeps them: the export then
# takes about as long as openpyxl alone. Rows cross a pipe in chunks; a full pipe makes the
# reader wait, so neither side's memory grows with the batch.
CHUNK = 1000


def _writer_process(conn: Any, path: str, max_rows: int) -> None:
    writer = BatchWriter(Path(path), max_rows)
    try:
        while True:
            message = conn.recv()
            if message[0] == "header":
                writer.header(message[1], message[2])
            elif message[0] == "rows":
                for row in message[2]:
                    writer.row(message[1], row)
            elif message[0] == "finish":
                writer.finish(message[1])
                conn.send(("ok",))
                return
            else:  # abandon
                writer.abandon()
                return
    except OSError as exc:
        writer.abandon()
        conn.send(("oserror", exc.errno, exc.strerror or str(exc)))
    except Exception as exc:  # handed back to be raised in the exporting process
        writer.abandon()
        conn.send(("error", repr(exc)))


class ParallelBatchWriter:
    """BatchWriter's interface, the writing done by a child process."""

    def __init__(self, path: Path, max_rows: int = bf.MAX_ROWS) -> None:
        import multiprocessing
        context = multiprocessing.get_context("spawn")
        self.path = path
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_writer_process, args=(child, str(path),
                                                                      max_rows), daemon=True)
        self._process.start()
        child.close()
        self._pending: dict[str, list[list[Any]]] = {}

    def header(self, sheet: str, row: list[Any]) -> None:
        self._conn.send(("header", sheet, row))
        self._pending[sheet] = []

    def row(self, sheet: str, row: list[Any]) -> None:
        rows = self._pending[sheet]
        rows.append(row)
        if len(rows) >= CHUNK:
            self._flush(sheet)

    def _flush(self, sheet: str) -> None:
        if self._pending[sheet]:
            try:
                self._conn.send(("rows", sheet, self._pending[sheet]))
            except (BrokenPipeError, EOFError):
                self._raise_child_error()
            self._pending[sheet] = []

    def finish(self, manifest: list[tuple[str, Any]]) -> None:
        for sheet in self._pending:
            self._flush(sheet)
        try:
            self._conn.send(("finish", manifest))
        except (BrokenPipeError, EOFError):
            self._raise_child_error()
        self._raise_child_error()

    def _raise_child_error(self) -> None:
        try:
            reply = self._conn.recv()
        except EOFError:
            reply = ("error", "the writer process stopped")
        self._process.join(timeout=30)
        if reply[0] == "oserror":
            raise OSError(reply[1], reply[2])
        if reply[0] == "error":
            raise WriterFailed(f"Writing the batch failed: {reply[1]}")

    def abandon(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._conn.send(("abandon",))
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
