"""The front door: one object holding the database, the vault and the services built on them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from power_desktop.core import roles
from power_desktop.paths import Paths
from power_desktop.store import db, search_index, server_config
from power_desktop.store.vault import Vault

from .errors import NotAllowed, NotLoggedIn, OtherVersion, ServerUnreachable, ServiceError
from .results import Change, KeptLogin, User

if TYPE_CHECKING:
    from .aadhaar_qr import AadhaarQrService
    from .duplicates import DuplicateService
    from .eligibility import EligibilityService
    from .export import ExportService
    from .printing import PrintService
    from .search import SearchService

log = logging.getLogger("power.services")

Listener = Callable[[Change], None]


class Clock:
    """Today's date and the time now; tests replace it to pin a date."""

    def now(self) -> datetime:
        """Naive UTC, as stored."""
        return datetime.now(UTC).replace(tzinfo=None)

    def today(self) -> date:
        return datetime.now().date()


class Services:
    def __init__(self, paths: Paths, engine: Engine, clock: Clock | None = None) -> None:
        self.paths = paths
        self.engine = engine
        self.sessions: sessionmaker[Session] = db.session_factory(engine)
        self.clock = clock or Clock()
        self._vault: Vault | None = None  # opened by a login, dropped at log-out
        self.user: User | None = None
        # On a camp server: this laptop's own camp row (its device code and numbering), as
        # remembered in the data folder's settings; None on a laptop's own database, whose
        # current camp is the one marked so.
        self.laptop_camp_id: int | None = None
        if engine.dialect.name != "sqlite":
            self.laptop_camp_id = server_config.device(paths.settings, db.where(engine))
            db.watch_server(engine, self._server_lost)
        self._listeners: list[Listener] = []
        self._lost_listeners: list[Callable[[ServerUnreachable], None]] = []
        from .accounts import AccountService
        from .camp import CampService
        from .dashboard import DashboardService
        from .drafts import DraftService
        from .registration import RegistrationService
        from .settings import SettingsService
        self.accounts = AccountService(self)
        self.dashboard = DashboardService(self)
        self.settings = SettingsService(self)
        self.camp = CampService(self)
        self.registration = RegistrationService(self)
        self.drafts = DraftService(self)
        self._eligibility: EligibilityService | None = None
        self._search: SearchService | None = None
        self._duplicates: DuplicateService | None = None
        self._printing: PrintService | None = None
        self._export: ExportService | None = None
        self._aadhaar_qr: AadhaarQrService | None = None

    @classmethod
    def open(cls, paths: Paths, clock: Clock | None = None,
             database_url: str | None = None) -> Services:
        """Open (creating if needed) the database, migrated to the newest schema: the one given
        (a URL; `local` for the data folder's own), else $POWER_DESKTOP_DATABASE, else the camp
        server the laptop joined (settings.json), else the data folder's SQLite file.
        Nothing that needs the vault works until someone logs in (`accounts.login`).
        A camp server that does not answer raises ServerUnreachable, said plainly."""
        paths.ensure()
        from .restore import finish_interrupted, note_interrupted
        try:
            database_url = server_config.choose(database_url, paths.settings,
                                                paths.settings_key)
        except server_config.SettingsError as exc:
            raise ServiceError(f"The laptop's settings cannot be read: {exc}.",
                               hi=f"लैपटॉप की सेटिंग पढ़ी नहीं जा सकी: {exc}।") from exc
        interrupted = finish_interrupted(paths) if database_url is None else None
        engine = db.make_engine(database_url or paths.database)
        try:
            db.check_encoding(engine)
            db.migrate(engine, keep_copy_in=paths.backups)
            with db.writing(engine) as conn:
                search_index.heal(conn)
        except OperationalError as exc:
            engine.dispose()
            if engine.dialect.name == "sqlite":
                raise
            raise ServerUnreachable(db.where(engine), db.why_unreachable(exc)) from None
        except db.SchemaMismatch as exc:
            engine.dispose()
            raise OtherVersion(exc.found, db.SCHEMA_HEAD, db.where(engine)) from None
        except db.WrongEncoding as exc:
            engine.dispose()
            where = db.where(engine)
            raise ServiceError(
                f"The database {where} on the camp server is in the {exc.encoding} encoding; "
                "PoWER Desktop needs UTF8 (for names in Hindi) and has changed nothing in it. "
                "Make the database again on the server: CREATE DATABASE power OWNER "
                "camp_owner ENCODING 'UTF8' TEMPLATE template0; (docs/camp-server.md).",
                hi=f"कैंप सर्वर पर डेटाबेस {where} {exc.encoding} एन्कोडिंग में है; PoWER "
                   "Desktop को UTF8 चाहिए (हिंदी नामों के लिए), उसमें कुछ नहीं बदला गया। सर्वर "
                   "पर डेटाबेस फिर से बनाएँ: CREATE DATABASE power OWNER camp_owner ENCODING "
                   "'UTF8' TEMPLATE template0; (docs/camp-server.md)।") from None
        log.info("opened database (%s %s)", engine.dialect.name, db.where(engine))
        services = cls(paths, engine, clock)
        if interrupted is not None:
            note_interrupted(services, interrupted)
        return services

    @property
    def duplicates(self) -> DuplicateService:
        if self._duplicates is None:
            from .duplicates import DuplicateService
            self._duplicates = DuplicateService(self)
        return self._duplicates

    @property
    def aadhaar_qr(self) -> AadhaarQrService:
        if self._aadhaar_qr is None:
            from .aadhaar_qr import AadhaarQrService
            self._aadhaar_qr = AadhaarQrService(self)
        return self._aadhaar_qr

    @property
    def printing(self) -> PrintService:
        """Made on first use: it loads reportlab."""
        if self._printing is None:
            from .printing import PrintService
            self._printing = PrintService(self)
        return self._printing

    @property
    def export(self) -> ExportService:
        if self._export is None:
            from .export import ExportService
            self._export = ExportService(self)
        return self._export

    @property
    def search(self) -> SearchService:
        if self._search is None:
            from .search import SearchService
            self._search = SearchService(self)
        return self._search

    @property
    def eligibility(self) -> EligibilityService:
        """Made on first use: it loads the rules engine, which start-up does not need."""
        if self._eligibility is None:
            from .eligibility import EligibilityService
            self._eligibility = EligibilityService(self)
        return self._eligibility

    @property
    def on_server(self) -> bool:
        """Working on a camp server that other laptops share (PostgreSQL)."""
        return self.engine.dialect.name != "sqlite"

    def where_working(self) -> tuple[str, str]:
        """Where this laptop's records go, for the window's status line: ("server", the
        server), ("alone", the server it joined and is not working on now), or ("laptop", "")."""
        if self.on_server:
            return "server", db.where(self.engine)
        try:
            joined = server_config.joined(self.paths.settings)
        except server_config.SettingsError:
            joined = None
        return ("alone", joined) if joined else ("laptop", "")

    def remember_server(self, own_user: bool = True) -> KeptLogin | None:
        """Keep this camp server as the laptop's database (settings.json, the password
        sealed): later starts, the window's included, open it without --database.

        With `own_user` the laptop gets a database user of its own (store/server_roles.py),
        made with the camp's user it joined with, and keeps that one, not the camp's: a lost
        laptop is then shut out alone. Where the server does not allow it, the laptop keeps
        the user it joined with, and what is returned says why. None on a laptop's own
        database."""
        if not self.on_server:
            return None
        url = self.engine.url
        why: str | None = None
        if own_user:
            from power_desktop.store import server_roles

            from .audit import record
            from .camp import current_row
            from .tx import transaction
            with self.sessions() as session:
                camp = current_row(self, session)
                device = camp.device_code if camp is not None else "laptop"
            try:
                made = server_roles.make_user(self.engine, device)
            except server_roles.CannotMakeUser as exc:
                why = str(exc)
                log.warning("laptop keeps the camp's database user: %s", why)
            else:
                try:
                    with transaction(self.sessions) as session:
                        record(self, session, "server.user", made.name,
                               acting_as=url.username)
                except BaseException:
                    server_roles.drop_user(self.engine, made.name)
                    raise
                url = url.set(username=made.name, password=made.password)
        server_config.remember(self.paths.settings, self.paths.settings_key,
                               url.render_as_string(hide_password=False))
        return KeptLogin(str(url.username), why is None and own_user, why)

    def close(self) -> None:
        self._lost_listeners.clear()
        self.engine.dispose()

    # --- the camp server's connection --------------------------------------------------------
    def on_server_lost(self, listener: Callable[[ServerUnreachable], None]) -> None:
        """Call `listener` each time the camp server is found not answering (or refusing this
        laptop), from whatever thread found it: the window offers the laptop's own database."""
        self._lost_listeners.append(listener)

    def _server_lost(self, where: str, why: str, unsure: bool) -> ServerUnreachable:
        exc = ServerUnreachable(where, why, unsure)
        for listener in list(self._lost_listeners):
            try:
                listener(exc)
            except Exception:  # a broken view must not hide the error itself
                log.exception("server-lost listener failed")
        return exc

    def check_server(self) -> None:
        """One round trip to the camp server: ServerUnreachable if it does not answer."""
        if self.on_server:
            db.round_trip(self.engine)

    # --- who is working, and what they may do ----------------------------------------------
    @property
    def operator(self) -> str:
        return self.user.name if self.user else "-"

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise NotLoggedIn()
        return self._vault

    @property
    def vault_open(self) -> bool:
        return self._vault is not None

    def require(self, action: str) -> User:
        """The logged-in user, if their role allows `action`; NotAllowed or NotLoggedIn if not."""
        if self.user is None:
            raise NotLoggedIn()
        if not roles.allowed(self.user.role, action):
            raise NotAllowed(f"Only a supervisor can {roles.ACTIONS[action]}. You are logged in "
                             f"as {self.user.name} ({self.user.role}).",
                             hi=f"यह काम केवल पर्यवेक्षक कर सकते हैं ({roles.ACTIONS[action]})। "
                                f"आप {self.user.name} ({self.user.role}) के रूप में लॉग इन हैं।")
        return self.user

    # --- the one change notice ---------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a saved record
                log.exception("change listener failed")
