"""Many small pickled entries in one SQLite file: `<root>/<fingerprint>/entries.sqlite`, a row per key.

Why not a file per entry (`PickleStore`): creating, writing and renaming a file cost ~0.5 ms of system time
on this machine, 5 s for the 10,000 articles of a full build, twice (ingest, extraction); a row costs ~15 µs.
Writes come in batches (`put_pickled`), one transaction each, so a killed build keeps what it committed and
SQLite leaves either the whole batch or none of it. An entry that cannot be read (damaged, from another pickle
format, not of the expected kinds) counts as absent and is recomputed and rewritten; a file that is not a
database any more is replaced by an empty one. A disk that refuses the file only costs speed next time.
Deleting the folder is always safe.
"""

from __future__ import annotations

import gc
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

FILE_NAME = "entries.sqlite"
BUSY_SECONDS = 60  # another build sharing PIPELINE_CACHE_DIR may be committing a batch
QUEUED_ENTRIES = 64


def pickled(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class EntryStore:
    def __init__(self, root: Path, fingerprint: str, kinds: tuple[type, ...] = (object,)) -> None:
        self.root, self.folder, self.kinds = root, root / fingerprint, kinds
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._queued: list[tuple[str, bytes]] = []

    def __getstate__(self) -> dict:  # a connection (or what it has yet to write) never travels to another process
        return {**self.__dict__, "_db": None, "_queued": []}

    def _open(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.folder / FILE_NAME, timeout=BUSY_SECONDS, check_same_thread=False)
        try:
            # WAL: a commit needs no fsync and a crash still leaves a consistent file; kept as it is where the
            # file system cannot share memory (the default journal then).
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.OperationalError:
            pass
        db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        return db

    def _connection(self) -> sqlite3.Connection | None:
        if self._db is None and not self._broken:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError:  # not a database any more: start an empty one
                for suffix in ("", "-wal", "-shm"):
                    (self.folder / (FILE_NAME + suffix)).unlink(missing_ok=True)
                try:
                    self._db = self._open()
                except (sqlite3.Error, OSError):
                    self._broken = True
            except OSError:
                self._broken = True
        return self._db

    def get(self, key: str):
        """The stored value, or None when absent or unreadable (or not of the expected kinds)."""
        db = self._connection()
        try:
            row = db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone() if db else None
            value = pickle.loads(row[0]) if row else None
        except Exception:  # a damaged entry or file: recomputed and rewritten
            return None
        return value if isinstance(value, self.kinds) else None

    def get_many(self, keys: list[str]) -> list:
        """`get` of every key, in order. The cyclic collector is paused meanwhile: every value unpickled stays
        alive, and the collector, started every 700 allocations, traversed the growing heap again and again,
        finding nothing to free (unpickling 10,000 extraction entries took ~2.5x as long with it running)."""
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return [self.get(key) for key in keys]
        finally:
            if was_enabled:
                gc.enable()

    def put_pickled(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store (key, pickled value) pairs, all in one transaction."""
        db = self._connection()
        if db is None:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", items)
        except sqlite3.Error:
            pass  # a full or read-only disk only costs speed next time

    def put(self, key: str, value) -> None:
        self.put_pickled([(key, pickled(value))])

    def add(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Queue (key, pickled value) pairs, committed together every QUEUED_ENTRIES or at `commit()`: results
        that arrive one by one (a build without a pool) are not a transaction each."""
        self._queued.extend(items)
        if len(self._queued) >= QUEUED_ENTRIES:
            self.commit()

    def commit(self) -> None:
        queued, self._queued = self._queued, []
        if queued:
            self.put_pickled(queued)
