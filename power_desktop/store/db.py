"""The database engine: SQLite by default (WAL, foreign keys, full sync), migrated at start-up.

SQLite-only statements (pragmas, FTS) stay in this package so that a PostgreSQL camp server can
follow with its own versions of them.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ARRAY, Connection, Engine, any_, bindparam, create_engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger("power.store")

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Start-up compares the database with this and loads Alembic (a few hundred
# milliseconds) only when there is something to migrate; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0014"


# How long a write waits for another program's write (the window and a command line, two
# windows, a demo load) before the operator is told the database is busy: SQLite's own busy
# wait of BUSY_TIMEOUT_MS per attempt, tried again until WRITE_WAIT_S have passed.
BUSY_TIMEOUT_MS = 5000
WRITE_WAIT_S = 60.0
# The execution option that makes a transaction a writing one (db.transaction sets it).
WRITE = "power_write"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling off: it would begin a transaction only at the first
    # INSERT/UPDATE, so what a writer read before it (the next family number) was read outside
    # its transaction and could be stale. SQLAlchemy's "begin" (below) begins instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before it returns, so "saved" on screen survives a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Reads begin a snapshot (BEGIN); a writing transaction takes the write lock at once
    (BEGIN IMMEDIATE), so everything it reads, the counters above all, is the newest and
    stays so until it commits: two writers never both take the same number, and a writer never
    fails halfway because another committed between its read and its write. A busy database
    is waited for, and tried again, before anything in the transaction has run."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    if not conn.get_execution_options().get(WRITE):
        raw.execute("BEGIN")
        return
    deadline = time.monotonic() + WRITE_WAIT_S
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise OperationalError("BEGIN IMMEDIATE", None, exc) from exc
            log.info("database busy in another program; waiting to write")


def engine_url(url_or_path: str | Path) -> str:
    """A database URL for SQLAlchemy: a path is a SQLite file; postgresql:// (or postgres://)
    is driven by psycopg (version 3)."""
    url = str(url_or_path)
    if "://" not in url:
        return f"sqlite:///{Path(url).resolve()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url_or_path: str | Path) -> Engine:
    url = engine_url(url_or_path)
    if url.startswith("postgresql"):
        # A laptop on the camp's LAN: a server that does not answer is said so in seconds,
        # not after the operating system's minutes-long TCP timeout. TLS whenever the server
        # offers it (sslmode=prefer), unless the URL asks for more (sslmode=require, or
        # verify-full with the server's certificate: docs/camp-server.md).
        # No JIT compiling: the search's statements look costly to the planner (a lookup per
        # member given) but read a few hundred rows; compiling them took 150 ms each.
        # Statements psycopg prepares (those sent again and again) are planned for their
        # values each time, as unprepared ones are: a generic plan for `token = ANY(...)` read
        # far more than the values given need (the duplicate check took 8 ms, not 1).
        # Text in UTF-8 whatever the database's encoding, so that a database made in another
        # (SQL_ASCII) is read far enough to be refused in words (check_encoding).
        # A server that goes silent (its power cut, a cable pulled) on a connection already
        # made: a statement sent is given up after TCP_GIVE_UP_MS without the server's
        # acknowledgement, and one waiting for its answer (behind another laptop's turn) after
        # the keep-alive probes go unanswered (10 s quiet, then 3 probes 5 s apart); the
        # system's defaults wait 15 minutes and 2 hours, the window frozen all the while.
        # (tcp_user_timeout is Linux's; Windows keeps the probes.)
        args: dict[str, Any] = {"connect_timeout": 5, "client_encoding": "utf8",
                                "options": "-c jit=off -c plan_cache_mode=force_custom_plan",
                                "keepalives": 1, "keepalives_idle": 10,
                                "keepalives_interval": 5, "keepalives_count": 3,
                                "tcp_user_timeout": TCP_GIVE_UP_MS}
        if "sslmode=" not in url:
            args["sslmode"] = "prefer"
        engine = create_engine(url, connect_args=args)
        _ping_when_idle(engine)
        return engine
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


TCP_GIVE_UP_MS = 20_000

# A pooled server connection unused for this long is asked whether it still answers (one
# round trip) before it is used; one used more recently is not. A camp laptop saving a family
# every few minutes pings before each save, as SQLAlchemy's pre-ping would; one in a burst of
# work (a save's three sessions, typing in the search box) does not pay a round trip each
# time. A connection that then breaks in use raises ServerUnreachable (watch_server) and the
# pool starts afresh.
PING_AFTER_IDLE_S = 5.0
_RETURNED = "power_returned"


def _ping_when_idle(engine: Engine) -> None:
    def _checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info[_RETURNED] = time.monotonic()

    def _checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get(_RETURNED)
        if returned is None or time.monotonic() - returned < PING_AFTER_IDLE_S:
            return  # new, or used a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool drops it and takes another (a new connection: no ping).
            raise DisconnectionError(str(exc)) from exc

    event.listen(engine, "checkin", _checkin)
    event.listen(engine, "checkout", _checkout)


class WrongEncoding(Exception):
    """A camp server's database not in UTF8: Hindi names would be cut and matched byte by
    byte (left(), lower(), the search index's prefixes), so it is not used at all."""

    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


def check_encoding(engine: Engine) -> None:
    """WrongEncoding unless a server's database is in UTF8 (SQLite's always is)."""
    if engine.dialect.name == "sqlite":
        return
    with engine.connect() as conn:
        encoding = str(conn.execute(text("SELECT current_setting('server_encoding')")).scalar())
    if encoding.upper() not in ("UTF8", "UTF-8"):
        raise WrongEncoding(encoding)


def round_trip(engine: Engine) -> None:
    """One statement: raises when the database does not answer."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))


def where(engine: Engine) -> str:
    """The database as it may be shown: a server's host, port and database (no password),
    or a SQLite file's path."""
    url = engine.url
    if engine.dialect.name == "sqlite":
        return str(url.database)
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def watch_server(engine: Engine, lost: Callable[[str, str, bool], Exception]) -> None:
    """On a camp server, a connection that breaks (the LAN dropped, the server stopped) or
    cannot be made raises `lost(where, why, unsure)` in place of the driver's error, whatever
    the program was doing. A transaction it broke is rolled back by the server, except one
    broken while committing (`unsure`): whether that commit landed is not known."""
    if engine.dialect.name == "sqlite":
        return

    def _lost(context: ExceptionContext) -> None:
        exc = context.sqlalchemy_exception
        if context.is_pre_ping or not isinstance(exc, DBAPIError):
            return  # a ping that fails is answered by connecting again
        if context.is_disconnect or (context.connection is None and
                                     isinstance(exc, OperationalError)):
            unsure = context.connection is not None and context.statement is None
            raise lost(where(engine), why_unreachable(exc), unsure) \
                from context.original_exception

    event.listen(engine, "handle_error", _lost)


# What why_unreachable says when the server answered and refused this laptop.
REFUSALS = frozenset({"wrong database password", "no such database or user on the server",
                      "the server does not accept this laptop",
                      "this laptop's database user is shut out on the server"})


def why_unreachable(exc: DBAPIError) -> str:
    """The driver's reason a server did not answer, in a few words (no SQL, no traceback)."""
    text_ = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
    for known, said in (("Connection refused", "connection refused: no server there"),
                        ("timeout expired", "no answer in time"),
                        ("could not translate host name", "unknown server name"),
                        ("No route to host", "no route to the server"),
                        ("password authentication failed", "wrong database password"),
                        ("does not exist", "no such database or user on the server"),
                        ("no pg_hba.conf entry", "the server does not accept this laptop"),
                        ("is not permitted to log in",
                         "this laptop's database user is shut out on the server"),
                        ("server closed the connection", "the connection was cut"),
                        ("idle-in-transaction timeout",
                         "the server ended this laptop's unfinished change: it had heard "
                         "nothing from the laptop for too long"),
                        ("terminating connection", "the server was stopped"),
                        ("consuming input failed", "the connection was cut"),
                        ("the database system is shutting down", "the server is stopping")):
        if known in text_:
            return said
    return text_.removeprefix("connection failed: ")[:200]


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _scripts() -> ScriptDirectory:
    """The migrations as Alembic finds them on disk."""
    from alembic.script import ScriptDirectory
    return ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))


def head_revision() -> str:
    """The newest migration as Alembic finds it on disk."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every migration this program has."""
    return frozenset(r.revision for r in _scripts().walk_revisions())


class SchemaMismatch(Exception):
    """The database's schema is not this program's: another PoWER Desktop (a newer one, as a
    rule) made or upgraded it. Nothing was changed."""

    def __init__(self, found: str | None) -> None:
        super().__init__(f"schema {found}, this program's {SCHEMA_HEAD}")
        self.found = found


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):  # a new, empty database
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, keep_copy_in: Path | None = None) -> None:
    """Bring the schema up to the newest revision (a no-op when it is already there).

    An existing SQLite database (a laptop upgraded to a newer build) is first copied whole into
    `keep_copy_in`, so that a migration that fails halfway, or a surprise after it, costs
    nothing: the copy opens with the previous build."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return
    if revision is not None and revision not in known_revisions():
        raise SchemaMismatch(revision)  # a newer program's: this one cannot read it safely
    if revision is not None and keep_copy_in is not None and engine.dialect.name == "sqlite":
        _copy_before_upgrade(engine, keep_copy_in / f"before-upgrade-from-{revision}.sqlite3")
    from alembic import command
    log.info("migrating database schema from %s to %s", revision, SCHEMA_HEAD)
    command.upgrade(alembic_config(engine), "head")


def _copy_before_upgrade(engine: Engine, target: Path) -> None:
    """SQLite's online backup into a part-file, renamed when whole."""
    import os
    import sqlite3
    part = target.with_name(f".{target.name}.part")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(str(engine.url.database))
    try:
        copy = sqlite3.connect(part)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    with open(part, "rb") as f:
        os.fsync(f.fileno())
    os.replace(part, target)
    log.info("kept a copy of the database before upgrading: %s", target)


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a writing transaction (as `transaction` gives a session)."""
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions over `engine`. On a camp server a session only reading runs each statement on
    its own (autocommit: what READ COMMITTED gives a reading transaction anyway), so that it
    costs no BEGIN and no ROLLBACK on the LAN; and since psycopg forgets its prepared
    statements at every ROLLBACK, only thus are the statements a laptop sends again and again
    prepared once. `transaction` makes a writing session a transaction, `snapshot` a reading
    one that must see one moment (and may stream its rows)."""
    if engine.dialect.name == "postgresql":
        return sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"),
                            expire_on_commit=False)
    return sessionmaker(engine, expire_on_commit=False)


# A writing session's own options: a transaction (on PostgreSQL, out of the reading sessions'
# autocommit), and on SQLite one that takes the write lock at once (_sqlite_begin).
_WRITING_PG = {WRITE: True, "isolation_level": "READ COMMITTED"}


@contextmanager
def snapshot(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session reading one moment of the database, in one read-only transaction (a batch
    read while other laptops register: its sheets agree with each other)."""
    with factory() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                                  "postgresql_readonly": True})
        yield session


@contextmanager
def transaction(factory: sessionmaker[Session], turn: str = "now") -> Iterator[Session]:
    """One session, one writing transaction: committed on success, rolled back on any error.

    Writers take turns: on SQLite the transaction holds the database's write lock from its
    first statement (BEGIN IMMEDIATE); on PostgreSQL, where a camp's laptops share one server,
    a transaction-scoped advisory lock does the same. So whatever a writer reads (a counter, the
    audit chain's last entry) no other writer changes before it commits.

    `turn="later"`: on PostgreSQL the turn is taken when the writer asks for it (take_turn,
    which the audit trail asks for before it reads the chain's end), so that what needs no turn
    (reading, encrypting, making and writing its new rows) is done while another laptop's save
    holds it. Such a writer reads nothing before its turn that it then relies on, and locks no
    row before it that another writer could want (only the rows it inserts), so two writers
    never wait for each other: the turn is always the first lock a shared row waits behind."""
    with factory() as session, session.begin():
        postgresql = session.get_bind().dialect.name == "postgresql"
        session.connection(execution_options=_WRITING_PG if postgresql else {WRITE: True})
        if turn == "now":
            take_turn(session)
        yield session


def take_turn(session: Session) -> None:
    """The writers' turn on a camp server, for the rest of this transaction (again: nothing).

    With the turn, the server's schema is read: a laptop whose program is older than the one
    that last upgraded the server (another laptop, upgraded first) would write what that
    schema no longer expects (a search index without what a newer search asks of it), so its
    change is refused (SchemaMismatch) and rolled back, whatever it wrote before its turn.

    A laptop that stops in the middle of its turn (its power or LAN gone, the machine frozen)
    would hold the turn, and every other laptop's save behind it, for as long as the server
    keeps its connection: so the turn also tells the server to end this transaction, rolled
    back, once it has waited TURN_IDLE_LIMIT_S for this laptop's next statement. A laptop
    that comes back after that is told its change was not saved (ServerUnreachable)."""
    if session.info.get(_TURN):
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        found = conn.execute(text(
            "SELECT (SELECT version_num FROM alembic_version) FROM pg_advisory_xact_lock(:key), "
            "set_config('idle_in_transaction_session_timeout', :idle, true)"),
            {"key": WRITER_LOCK, "idle": f"{TURN_IDLE_LIMIT_S * 1000:.0f}"}).scalar()
        if found != SCHEMA_HEAD:
            raise SchemaMismatch(found)
    session.info[_TURN] = True


_TURN = "power_writer_turn"
# How long the server waits, within a writer's turn, for the laptop's next statement. No
# transaction waits on anything of its own between two statements (files are written before
# or after it, passwords hashed in well under a second), so only a laptop gone quiet reaches
# it; and the others' saves wait no longer than this behind one.
TURN_IDLE_LIMIT_S = 30.0
# The advisory lock's number on PostgreSQL: any fixed 64-bit value, the same in every laptop.
WRITER_LOCK = 0x504F574552  # "POWER"
# The migrations' own advisory lock (store/migrations/env.py).
MIGRATE_LOCK = 0x504F574D4947  # "POWMIG"


def one_of(on: Session | Connection, column: Any, values: Iterable[Any]) -> Any:
    """`column IN (values)`. On PostgreSQL as `= ANY` of one array parameter: one statement
    text whatever the count, so psycopg parses it once and the server plans it once (a
    list of 80 candidates is 80 parameters otherwise, a new statement for every count)."""
    values = list(values)
    dialect = on.get_bind().dialect if isinstance(on, Session) else on.dialect
    if dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)
