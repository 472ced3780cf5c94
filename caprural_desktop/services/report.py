"""The year's figures for funders: one line per session, from its attendance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.database import Database
from ..db.models import Organisation, RegistrationStatus, SessionFormat, TrainingSession
from ..text import fold
from .attendance import load_grid
from .dues import check_year
from .membership import session_memberships


@dataclass(frozen=True)
class SessionFigures:
    session_id: int
    title: str
    format: SessionFormat
    first_date: date | None
    last_date: date | None
    half_days: int
    minutes_planned: int
    #: Registrations not cancelled.
    registered: int
    #: People present at one half-day at least (whatever their status: they came).
    attended: int
    #: The sum over attendees of the hours attended ("heures-stagiaires").
    minutes_attended: int
    #: Member organisations of the attendees.
    organisations: int
    territories: tuple[str, ...]


def year_figures(database: Database, year: int) -> list[SessionFigures]:
    """The sessions whose first half-day falls in `year`, by date."""
    check_year(year)
    with database.read() as session:
        records = session.scalars(
            select(TrainingSession)
            .where(
                TrainingSession.first_date >= date(year, 1, 1),
                TrainingSession.first_date <= date(year, 12, 31),
            )
            .order_by(TrainingSession.first_date, TrainingSession.id)
        ).all()
        territories = dict(session.execute(select(Organisation.id, Organisation.territory)).all())
        figures = []
        for record in records:
            grid = load_grid(session, record.id)
            members = session_memberships(session, record.id)
            came = [line for line in grid.lines if line.attended_slots]
            organisations = {
                members[line.registration_id].organisation_id
                for line in came
                if members[line.registration_id].organisation_id is not None
            }
            places = {territories[o] for o in organisations if territories.get(o)}
            figures.append(
                SessionFigures(
                    session_id=record.id,
                    title=record.title,
                    format=record.format,
                    first_date=grid.slots[0].date if grid.slots else None,
                    last_date=grid.slots[-1].date if grid.slots else None,
                    half_days=len(grid.slots),
                    minutes_planned=grid.minutes_planned,
                    registered=sum(
                        line.status is not RegistrationStatus.CANCELLED for line in grid.lines
                    ),
                    attended=len(came),
                    minutes_attended=sum(grid.minutes_attended(line) for line in came),
                    organisations=len(organisations),
                    territories=tuple(sorted(places, key=fold)),
                )
            )
    return figures
