"""The camp's day at a glance: what was registered, applied for, printed and exported, by whom.

Days are local calendar days (core/localtime.py): a family registered at 02:59 India time on
2 December counts on 2 December, though the stored UTC time is of 1 December.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from power_desktop.core.localtime import day_range, to_local
from power_desktop.paper.model import DayFigures, LaptopLine, OperatorLine, SchemeLine
from power_desktop.store.files import write_atomic
from power_desktop.store.models import Application, Camp, Family, Member, PrintRecord

from .errors import ServiceError

if TYPE_CHECKING:
    from .context import Services


class DashboardService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def day(self, day: date | None = None) -> DayFigures:
        self.s.require("view")
        day = day or self.s.clock.today()
        start, end = day_range(day)
        camp = self.s.camp.current()
        schemes = self.s.eligibility.schemes(camp.scheme_pack) if camp is not None else []
        once = {s.code for s in schemes if s.benefit.period == "once"}
        with self.s.sessions() as session:
            def count(query: Any) -> int:
                return int(session.scalar(query) or 0)

            families_today = count(select(func.count()).select_from(Family).where(
                Family.created_at >= start, Family.created_at < end))
            members_today = count(select(func.count()).select_from(Member).join(Family).where(
                Family.created_at >= start, Family.created_at < end))
            apps_today_filter = (Application.created_at >= start, Application.created_at < end)
            by_scheme: dict[str, dict[str, int]] = {}
            today_by_scheme: dict[str, tuple[int, int]] = {}
            for code, status, central, n in session.execute(
                    select(Application.scheme_code, Application.status,
                           Application.central_status, func.count())
                    .group_by(Application.scheme_code, Application.status,
                              Application.central_status)):
                line = by_scheme.setdefault(code, {})
                line[status] = line.get(status, 0) + n
                if central:
                    line[central] = line.get(central, 0) + n
            for code, n, value in session.execute(
                    select(Application.scheme_code, func.count(),
                           func.coalesce(func.sum(Application.annual_value), 0))
                    .where(*apps_today_filter).group_by(Application.scheme_code)):
                today_by_scheme[code] = (int(n), int(value))
            operators: dict[str, list[int]] = {}
            for who, n, members in session.execute(
                    select(Family.created_by, func.count(func.distinct(Family.id)),
                           func.count(Member.id)).join(Member)
                    .where(Family.created_at >= start, Family.created_at < end)
                    .group_by(Family.created_by)):
                operators.setdefault(who, [0, 0, 0, 0])[:2] = [int(n), int(members)]
            for who, n in session.execute(
                    select(Application.created_by, func.count()).where(*apps_today_filter)
                    .group_by(Application.created_by)):
                operators.setdefault(who, [0, 0, 0, 0])[2] = int(n)
            for who, n in session.execute(
                    select(PrintRecord.printed_by, func.count())
                    .where(PrintRecord.printed_at >= start, PrintRecord.printed_at < end)
                    .group_by(PrintRecord.printed_by)):
                operators.setdefault(who, [0, 0, 0, 0])[3] = int(n)
            figures = DayFigures(
                day=day, camp=camp.label if camp else "-",
                families_today=families_today, members_today=members_today,
                families_total=count(select(func.count()).select_from(Family)),
                members_total=count(select(func.count()).select_from(Member)),
                applications_today=sum(n for n, _ in today_by_scheme.values()),
                applications_total=count(select(func.count()).select_from(Application)),
                annual_value_today=sum(v for code, (_, v) in today_by_scheme.items()
                                       if code not in once),
                once_value_today=sum(v for code, (_, v) in today_by_scheme.items()
                                     if code in once),
                prints_waiting=count(select(func.count()).select_from(Application).where(
                    Application.status == "created")),
                not_exported=self._not_exported(session),
                acks_pending=count(select(func.count()).select_from(Application).where(
                    Application.exported_version > 0, Application.central_status.is_(None))))
        names = {s.code: s.name for s in schemes}
        for code in sorted(set(by_scheme) | set(today_by_scheme)):
            name = names.get(code)
            n, value = today_by_scheme.get(code, (0, 0))
            figures.schemes.append(SchemeLine(code, name.en if name else code,
                                              name.hi if name else code, n,
                                              by_scheme.get(code, {}), value, code in once))
        figures.operators.extend(OperatorLine(who, *numbers)
                                 for who, numbers in sorted(operators.items()))
        if self.s.on_server:
            figures.laptops.extend(self._laptops(start, end))
        return figures

    def _laptops(self, start: datetime, end: datetime) -> list[LaptopLine]:
        """Each laptop's families, people and applications of the day (camp server)."""
        lines: dict[int, list[int]] = {}
        labels: dict[int, str] = {}
        with self.s.sessions() as session:
            for camp in session.scalars(select(Camp)):
                labels[camp.id] = (f"{camp.state}-{camp.district_code}-{camp.camp_code}-"
                                   f"{camp.device_code}")
            for camp_id, n, members in session.execute(
                    select(Family.camp_id, func.count(func.distinct(Family.id)),
                           func.count(Member.id)).join(Member)
                    .where(Family.created_at >= start, Family.created_at < end)
                    .group_by(Family.camp_id)):
                lines.setdefault(camp_id, [0, 0, 0])[:2] = [int(n), int(members)]
            for camp_id, n in session.execute(
                    select(Application.camp_id, func.count())
                    .where(Application.created_at >= start, Application.created_at < end)
                    .group_by(Application.camp_id)):
                lines.setdefault(camp_id, [0, 0, 0])[2] = int(n)
        return sorted((LaptopLine(labels.get(c, str(c)), *numbers)
                       for c, numbers in lines.items()), key=lambda line: line.label)

    @staticmethod
    def _not_exported(session: Session) -> int:
        families = session.scalar(select(func.count()).select_from(Family).where(
            Family.version > Family.exported_version))
        apps = session.scalar(select(func.count()).select_from(Application).where(
            Application.version > Application.exported_version))
        return int(families or 0) + int(apps or 0)

    def report(self, day: date | None, path: Path) -> Path:
        """The end-of-day camp report as a PDF, for the supervisor to sign."""
        from power_desktop.paper.report import draw_report
        figures = self.day(day)
        try:
            from .audit_head import summary
            printed = to_local(self.s.clock.now())
            write_atomic(Path(path), draw_report(figures, self.s.operator, printed,
                                                 summary(self.s)))
        except OSError as exc:
            raise ServiceError(f"Cannot write {path}: {exc.strerror or exc}.",
                               hi=f"{path} नहीं लिखा जा सका: {exc.strerror or exc}।") from None
        return Path(path)
