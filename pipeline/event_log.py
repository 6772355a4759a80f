"""The build's Dagster event log on SQLite with one database engine per file for the whole run.

Dagster's SQLite event log (`SqliteEventLogStorage._connect`) creates a SQLAlchemy engine, connects (SQLAlchemy
then asks the new connection about the server) and disposes of both for every read and write: ~570 times for
the ~250 events of an unchanged rebuild, ~1-1.5 s of it at 10,000 articles, more for a build that logs more.
Here each file (the index and the run's shard) keeps its engine and its pooled connection until the storage is
disposed, and runs in WAL mode with `synchronous=NORMAL`, so a commit needs no fsync (a crash of the machine
may lose the last events, never corrupt the file; SQLite readers in other processes, the UI's, see every
committed event as before). The rows written are Dagster's own, through its own queries. Only the build
command's instance is changed: the UI's processes keep the storage `dagster.yaml` configures.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from dagster import DagsterInstance
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SQLITE_BUSY_TIMEOUT_SECONDS, SqliteEventLogStorage
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine


def _faster_commits(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


class EnginePerFileEventLog(SqliteEventLogStorage):
    """`SqliteEventLogStorage` whose engines outlive one connection (see the module docstring)."""

    def _engine(self, shard: str) -> Engine:
        engines: dict[str, Engine] = self.__dict__.setdefault("_engines_by_shard", {})
        if shard not in engines:
            engine = create_engine(self.conn_string_for_shard(shard),
                                   connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
            event.listen(engine, "connect", _faster_commits)
            engines[shard] = engine
        return engines[shard]

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def dispose(self) -> None:
        for engine in self.__dict__.pop("_engines_by_shard", {}).values():
            engine.dispose()
        super().dispose()


def with_engine_per_file(instance: DagsterInstance) -> DagsterInstance:
    """`instance`, its event log kept on one engine per file when it is Dagster's SQLite event log."""
    if type(instance.event_log_storage) is SqliteEventLogStorage:
        instance.event_log_storage.__class__ = EnginePerFileEventLog
    return instance
