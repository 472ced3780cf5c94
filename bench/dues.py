"""How matching organisations and the dues ledger hold up at the network's scale.

    .venv/bin/python bench/dues.py [--organisations 3000] [--answers 5000] [--years 10] [--repeat 5]

Builds (once, cached in bench/results/) a directory of organisations with
aliases, their dues over several years with payments, and a session whose
registrants answered "Structure" in free text; then times matching those answers
and reading the ledger of a year. Figures are medians of the repeats.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from caprural_desktop.db.database import Database, url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402
from caprural_desktop.db.models import (  # noqa: E402
    Due,
    Organisation,
    OrganisationAlias,
    OrganisationKind,
    Payment,
    PaymentMethod,
    Person,
    Registration,
    RegistrationStatus,
)
from caprural_desktop.services.matching import match_key  # noqa: E402
from caprural_desktop.services.sessions import (  # noqa: E402
    SessionDraft,
    TimeSlotData,
    create_session,
)
from caprural_desktop.text import search_key  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
DATA_VERSION = 1
SEED = 20201008
LAST_YEAR = 2025

#: What a coordinator would feel as immediate, for a view shown or a matching run.
VIEW_TARGET_MS = 1000.0
MATCHING_TARGET_MS = 2000.0

SYLLABLES = ("sa", "mont", "val", "ro", "cha", "beau", "lu", "tre", "die", "ver", "cor", "bar")
SUFFIXES = ("-en-Royans", "-sur-Drôme", "-le-Haut", "-les-Bains", "", "", "")
KINDS = (
    (OrganisationKind.COMMUNE, "Commune de ", 0.55),
    (OrganisationKind.INTERCOMMUNALITY, "Communauté de communes du ", 0.12),
    (OrganisationKind.ASSOCIATION, "Association ", 0.18),
    (OrganisationKind.PAYS_GAL, "GAL ", 0.05),
    (OrganisationKind.REGIONAL_PARK, "Parc naturel régional du ", 0.03),
    (OrganisationKind.INDIVIDUAL, "", 0.07),
)
SPELLINGS = ("Mairie de {}", "commune de {}", "{}", "MAIRIE DE {}", "Ville de {}")


def place(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return word + rng.choice(SUFFIXES)


def build(path: Path, organisations: int, answers: int, years: int) -> None:
    """The directory, its dues with payments, and a session of free-text answers."""
    rng = random.Random(SEED)
    database, _created = open_database(url_for(path))
    names: list[tuple[str, str]] = []  # (name, place)
    with database.write() as session:
        for number in range(organisations):
            kind, prefix, _weight = rng.choices(KINDS, [k[2] for k in KINDS])[0]
            where = place(rng)
            name = f"{prefix}{where}" if prefix else f"Camille {where} {number}"
            names.append((name, where))
            record = Organisation(
                name=name,
                kind=kind,
                territory=where,
                department="Drôme",
                contact_email=f"contact{number}@example.org",
                search_key=search_key(name, where),
                match_key=match_key(name),
            )
            session.add(record)
            session.flush()
            if rng.random() < 0.2:
                alias = f"{where} ({number})"
                session.add(
                    OrganisationAlias(
                        organisation_id=record.id, text=alias, match_key=match_key(alias)
                    )
                )
            for year in range(LAST_YEAR - years + 1, LAST_YEAR + 1):
                called = 3000 if kind is OrganisationKind.INDIVIDUAL else rng.choice((8000, 12000))
                paid = rng.choice((0, called // 2, called, called))
                due = Due(
                    organisation_id=record.id,
                    year=year,
                    called_cents=called,
                    paid_cents=paid,
                    waived=rng.random() < 0.03,
                    note="",
                )
                session.add(due)
                if paid:
                    session.flush()
                    session.add(
                        Payment(
                            due_id=due.id,
                            amount_cents=paid,
                            paid_on=date(year, rng.randint(1, 12), rng.randint(1, 28)),
                            method=rng.choice(list(PaymentMethod)),
                            reference=f"R{year}-{number}",
                        )
                    )
    session_id = create_session(
        database,
        SessionDraft(
            title="Accueillir de nouvelles populations",
            capacity=40,
            time_slots=(TimeSlotData(date(LAST_YEAR, 10, 8), clock_time(9, 30), clock_time(12)),),
        ),
    )
    start = datetime(LAST_YEAR, 9, 1, tzinfo=UTC)
    with database.write() as session:
        for number in range(answers):
            name, where = rng.choice(names)
            roll = rng.random()
            if roll < 0.55:
                answer = rng.choice(SPELLINGS).format(where) if name.startswith("Commune") else name
            elif roll < 0.80:
                answer = _typo(rng, name) if roll < 0.7 else f"Service jeunesse, {name}"
            else:
                answer = f"{place(rng)} {rng.choice(('Tourisme', 'Initiatives', 'Énergies'))}"
            person = Person(email=f"p{number}@example.org", first_name="P", last_name=str(number))
            session.add(person)
            session.flush()
            session.add(
                Registration(
                    session_id=session_id,
                    person_id=person.id,
                    submitted_at=start + timedelta(minutes=number),
                    status=RegistrationStatus.WAITLISTED,
                    answers={},
                    organisation_answer=answer,
                )
            )
    database.dispose()


def _typo(rng: random.Random, text: str) -> str:
    position = rng.randrange(len(text))
    return text[:position] + text[position + 1 :]


def median_ms(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    timings, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def report(name: str, ms: float, target: float | None = None, note: str = "") -> None:
    ratio = f"{ms / target:5.2f}" if target else "     "
    print(f"  {name:<46} {ms:9.1f} ms  {ratio}  {note}")


def bench_matching(database: Database, repeat: int) -> None:
    from caprural_desktop.services.membership import unmatched_answers
    from caprural_desktop.services.organisations import load_matcher

    with database.read() as session:
        answers = list(
            session.scalars(
                Registration.__table__.select().with_only_columns(Registration.organisation_answer)
            )
        )

    def matcher():
        with database.read() as session:
            return load_matcher(session)

    ms, built = median_ms(matcher, repeat)
    report("load the matcher (names and aliases)", ms)
    ms, matched = median_ms(lambda: [built.exact(answer) for answer in answers], repeat)
    unmatched = sorted(
        {answer for answer, found in zip(answers, matched, strict=True) if found is None}
    )
    report(
        f"exact match of {len(answers):,} answers",
        ms,
        note=f"{len(answers) - matched.count(None):,} matched",
    )
    ms, _ = median_ms(lambda: [built.suggest(answer) for answer in unmatched], repeat)
    report(f"suggestions for the {len(unmatched):,} distinct unmatched", ms, MATCHING_TARGET_MS)
    ms, groups = median_ms(lambda: unmatched_answers(database), repeat)
    report(
        "the matching dialog's list, end to end", ms, MATCHING_TARGET_MS, f"{len(groups):,} answers"
    )


def bench_ledger(database: Database, repeat: int) -> None:
    from caprural_desktop.services.dues import ledger, ledger_years, totals

    ms, rows = median_ms(lambda: ledger(database, LAST_YEAR), repeat)
    report(f"the ledger of {LAST_YEAR} ({len(rows):,} dues)", ms, VIEW_TARGET_MS)
    ms, _ = median_ms(lambda: totals(rows), repeat)
    report("its totals", ms)
    ms, years = median_ms(lambda: ledger_years(database), repeat)
    report(f"the years on record ({len(years)})", ms)
    bench_page(database, repeat)


def bench_page(database: Database, repeat: int) -> None:
    """The dues page as the coordinator opens it: the ledger of the year, its totals."""
    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    from caprural_desktop.ui.context import AppContext
    from caprural_desktop.ui.dues_page import DuesPage
    from caprural_desktop.ui.formatting import Formatter

    application = QApplication.instance() or QApplication([])
    settings = QSettings(str(RESULTS / "bench-settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(
        database=database,
        settings=settings,
        formatter=Formatter(QLocale(QLocale.Language.French, QLocale.Country.France)),
    )

    def show() -> Any:
        page = DuesPage(context)
        page.resize(1200, 700)
        page.show()
        page.show_year(LAST_YEAR)
        application.processEvents()
        page.grab()
        return page

    ms, page = median_ms(show, repeat)
    report("the dues page, built and shown with its year", ms, VIEW_TARGET_MS)
    page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=3000)
    parser.add_argument("--answers", type=int, default=5000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / (
        f"dues-v{DATA_VERSION}-{arguments.organisations}-{arguments.answers}"
        f"-{arguments.years}.sqlite3"
    )
    if not path.exists():
        print(f"Building {path.name}…", flush=True)
        partial = path.with_suffix(".partial")
        for leftover in RESULTS.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, arguments.organisations, arguments.answers, arguments.years)
        partial.rename(path)
    database, _created = open_database(url_for(path))
    print(
        f"Python {platform.python_version()}, {platform.machine()}, load "
        f"{os.getloadavg()[0]:.2f}; {arguments.organisations:,} organisations, "
        f"{arguments.years} years of dues, {arguments.answers:,} answers; "
        f"median of {arguments.repeat}"
    )
    print(f"  {'':<46} {'median':>12}  ratio (to the target; above 1: missed)")
    print("Matching free-text answers:")
    bench_matching(database, arguments.repeat)
    print("The dues ledger:")
    bench_ledger(database, arguments.repeat)
    database.dispose()


if __name__ == "__main__":
    main()
