"""How the listings hold up at scale: start-up, a search keystroke, a sort by column.

    .venv/bin/python bench/listings.py [--rows 100000] [--kind sessions|speakers|both] [--repeat 5]

Qt and the app are imported only inside functions: each start-up is timed in a
fresh interpreter running this file with --child, where the imports must count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from caprural_desktop.db.database import Database
    from caprural_desktop.ui.listing_page import ListingPage
    from caprural_desktop.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).resolve().parent / "results"
#: Bumped when the generated data changes, so that a cached database is rebuilt.
DATA_VERSION = 2
SEED = 20201008
#: How long a child or a listing may take before the run is declared stuck.
TIMEOUT_S = 120

WINDOW_TARGET_MS = 1000.0
KEYSTROKE_TARGET_MS = 50.0
SORT_TARGET_MS = 100.0

# Word lists for realistic French data: accents, hyphens, apostrophes.
TITLE_KINDS = ("Webinaire :", "Journée d'échanges :", "Formation :", "Atelier :", "")
TITLE_VERBS = (
    "Accompagner",
    "Animer",
    "Élaborer",
    "Financer",
    "Évaluer",
    "Réussir",
    "Concevoir",
    "Piloter",
    "Développer",
    "Préparer",
    "Faire vivre",
    "Repenser",
)
TITLE_OBJECTS = (
    "un projet alimentaire territorial",
    "la revitalisation des centres-bourgs",
    "un tiers-lieu",
    "la transition énergétique",
    "une démarche de participation citoyenne",
    "l'économie sociale et solidaire",
    "les mobilités du quotidien",
    "un contrat local de santé",
    "un conseil de développement",
    "l'habitat inclusif",
    "une stratégie foncière",
    "l'accueil de nouveaux habitants",
    "la coopération entre élus et techniciens",
    "les espaces France services",
    "un plan climat-air-énergie",
)
TITLE_COMPLEMENTS = (
    "en milieu rural",
    "à l'échelle intercommunale",
    "avec les habitants",
    "dans les territoires de montagne",
    "pour les élus locaux",
    "grâce aux fonds européens",
    "en Drôme-Ardèche",
    "en Auvergne-Rhône-Alpes",
    "avec les acteurs économiques",
    "sans budget supplémentaire",
    "pas à pas",
    ": retours d'expériences",
)
TOWNS = (
    "Privas",
    "Valence",
    "Die",
    "Crest",
    "Annonay",
    "Montélimar",
    "Saint-Étienne",
    "Le Puy-en-Velay",
    "Aurillac",
    "Thiers",
    "Ambérieu-en-Bugey",
    "Bourg-en-Bresse",
    "Chambéry",
    "Vienne",
    "Roanne",
    "Yssingeaux",
)
#: A town few sessions are held in: the "rare word" searches look for it.
RARE_TOWN = "Saint-Agrève"
FIRST_NAMES = (
    "Élodie",
    "Jérôme",
    "Hélène",
    "François",
    "Cécile",
    "Loïc",
    "Anaïs",
    "Benoît",
    "Amélie",
    "Gaëlle",
    "Thérèse",
    "Noël",
    "Agnès",
    "Stéphane",
    "Mathilde",
    "Rémi",
    "Zoé",
    "Clément",
    "Inès",
    "Frédéric",
)
LAST_NAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "Fabre",
    "Chevalier",
    "Gauthier",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Boyer",
    "Faure",
    "André",
    "Mercier",
    "Bonnet",
    "Dupré",
    "Lacroix",
    "Gérard",
    "Perrin",
)
#: A surname few speakers have: the "rare word" searches look for it.
RARE_SURNAME = "Vérilhac"
RARE_SHARE = 0.002
ORGANISATIONS = (
    "Communauté de communes du Val de Drôme",
    "Parc naturel régional du Vercors",
    "Association Terre de Liens",
    "Chambre d'agriculture de l'Ardèche",
    "Département de la Drôme",
    "Région Auvergne-Rhône-Alpes",
    "Mairie de Saint-Étienne",
    "Réseau rural français",
    "Agence d'urbanisme de la région grenobloise",
    "Fédération des centres sociaux",
    "Coopérative Oxalis",
    "Université Lumière Lyon 2",
    "Cerema Centre-Est",
    "Pôle d'équilibre territorial et rural du Pays de Crest",
)
MAIL_DOMAINS = ("orange.fr", "laposte.net", "gmail.com", "caprural.org", "mairie-crest.fr")
CAPACITIES = (8, 12, 15, 20, 20, 25, 30, 40, 60, 100)
STATUS_WEIGHTS = {"draft": 10, "open": 20, "closed": 15, "held": 45, "cancelled": 10}
HALF_DAYS = ((dt.time(9, 30), dt.time(12, 0)), (dt.time(14, 0), dt.time(16, 30)))
FIRST_DAY = dt.date(2018, 1, 8)
DAYS_SPANNED = 10 * 365


@dataclass(frozen=True)
class Query:
    """A search as typed: the text already in the field, then the one keystroke timed."""

    prefix: str
    char: str
    kind: str


@dataclass(frozen=True)
class Listing:
    """A listing of the main window: its row in the navigation, and what users search in it."""

    name: str
    navigation_row: int
    queries: tuple[Query, ...]


LISTINGS = {
    "sessions": Listing(
        "sessions",
        0,
        (
            Query("", "c", "first keystroke"),
            Query("proje", "t", "common word"),
            Query("agrev", "e", "rare word"),
            Query("projet drom", "e", "two words"),
        ),
    ),
    "speakers": Listing(
        "speakers",
        1,
        (
            Query("", "c", "first keystroke"),
            Query("marti", "n", "common word"),
            Query("verilha", "c", "rare word"),
            Query("helene drom", "e", "two words"),
        ),
    ),
}


@dataclass(frozen=True)
class Figure:
    """One line of the report: what was timed, every sample, and the target it answers to."""

    name: str
    samples: list[float]
    target: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def missed(self) -> bool:
        return self.target is not None and self.median > self.target


class ChildFailed(RuntimeError):
    """A start-up child died or printed something else than its reports."""


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


# The database


def prepare_database(rows: int) -> tuple[Path, float | None]:
    """The database for `rows`, built once and reused; returns it and the build time, if built.

    Built under another name and renamed at the end, so that an interrupted
    build is never mistaken for a complete one.
    """
    from caprural_desktop.db.migrate import HEAD

    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"listings-r{HEAD}-d{DATA_VERSION}-{rows}.sqlite3"
    if path.exists():
        return path, None
    building = path.with_suffix(".partial")
    for leftover in RESULTS.glob(f"{building.name}*"):
        leftover.unlink()
    start = time.perf_counter()
    build_database(building, rows)
    building.replace(path)
    return path, elapsed_ms(start) / 1000


def build_database(path: Path, rows: int) -> None:
    """Bulk inserts through Core executemany: the ORM's unit of work is many times slower."""
    from sqlalchemy import insert

    from caprural_desktop.db.database import url_for
    from caprural_desktop.db.migrate import open_database
    from caprural_desktop.db.models import SessionSpeaker, Speaker, TimeSlot, TrainingSession

    rng = random.Random(SEED)
    now = dt.datetime.now(dt.UTC)
    sessions, slots = session_records(rng, rows, now)
    tables = (
        (TrainingSession, sessions),
        (TimeSlot, slots),
        (Speaker, speaker_records(rng, rows, now)),
        (SessionSpeaker, link_records(rng, rows)),
    )
    database, _created = open_database(url_for(path))
    try:
        with database.write() as session:
            for model, records in tables:
                session.execute(insert(model.__table__), records)
    finally:
        database.dispose()


def person_name(rng: random.Random) -> str:
    last = RARE_SURNAME if rng.random() < RARE_SHARE else rng.choice(LAST_NAMES)
    return f"{rng.choice(FIRST_NAMES)} {last}"


def session_records(
    rng: random.Random, rows: int, now: dt.datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sessions over ten years, each with one half-day; search keys made as the app makes them."""
    from caprural_desktop.db.models import SessionFormat, SessionStatus
    from caprural_desktop.text import search_key

    statuses = [SessionStatus(value) for value in STATUS_WEIGHTS]
    weights = list(STATUS_WEIGHTS.values())
    sessions, slots = [], []
    for number in range(1, rows + 1):
        title = " ".join(
            part
            for part in (
                rng.choice(TITLE_KINDS),
                rng.choice(TITLE_VERBS),
                rng.choice(TITLE_OBJECTS),
                rng.choice(TITLE_COMPLEMENTS),
            )
            if part
        )
        onsite = rng.random() < 0.4
        location = ""
        if onsite:
            location = RARE_TOWN if rng.random() < RARE_SHARE * 2 else rng.choice(TOWNS)
        contact = person_name(rng)
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS_SPANNED))
        start, end = rng.choice(HALF_DAYS)
        deadline = None if rng.random() < 0.2 else day - dt.timedelta(days=rng.randint(2, 30))
        sessions.append(
            {
                "id": number,
                "title": title,
                "format": SessionFormat.ONSITE if onsite else SessionFormat.WEB,
                "location": location,
                "capacity": rng.choice(CAPACITIES),
                "registration_deadline": deadline,
                "first_date": day,
                "contact_name": contact,
                "status": rng.choices(statuses, weights)[0],
                "search_key": search_key(title, location, contact),
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
        slots.append({"session_id": number, "date": day, "start_time": start, "end_time": end})
    return sessions, slots


def speaker_records(rng: random.Random, rows: int, now: dt.datetime) -> list[dict[str, Any]]:
    """Mostly people from an organisation, some organisations themselves."""
    from caprural_desktop.db.models import SpeakerKind
    from caprural_desktop.text import fold, search_key

    speakers = []
    for number in range(1, rows + 1):
        organisation = rng.choice(ORGANISATIONS)
        if rng.random() < 0.15:
            kind, name, member_of = SpeakerKind.ORGANISATION, organisation, ""
        else:
            kind, name, member_of = SpeakerKind.PERSON, person_name(rng), organisation
        mailbox = fold(name).replace(" ", ".").replace("'", "")
        email = f"{mailbox}{number}@{rng.choice(MAIL_DOMAINS)}"
        phone = f"0{rng.choice('4679')} " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))
        speakers.append(
            {
                "id": number,
                "kind": kind,
                "name": name,
                "organisation": member_of,
                "email": email,
                "phone": phone,
                "search_key": search_key(name, member_of, email),
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
        )
    return speakers


def link_records(rng: random.Random, rows: int) -> list[dict[str, Any]]:
    """Zero to two speakers per session, so that the speakers' session counts vary."""
    links = []
    for session_id in range(1, rows + 1):
        chosen = rng.sample(range(1, rows + 1), rng.choice((0, 1, 1, 2)))
        for position, speaker_id in enumerate(chosen):
            links.append({"session_id": session_id, "speaker_id": speaker_id, "position": position})
    return links


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table, read back: the report states what was measured, not what was asked."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("training_session", "time_slot", "speaker", "session_speaker")
        }


# The window, as app.run_app builds it (without exec and the demo offer)


def start_application() -> tuple[QApplication, QLocale]:
    from PySide6.QtCore import QLocale

    from caprural_desktop.app import install_translations, make_application

    app = make_application(sys.argv[:1])
    locale = QLocale.system()
    QLocale.setDefault(locale)
    install_translations(app, locale)
    return app, locale


def open_database(path: Path) -> Database:
    from caprural_desktop.db.database import url_for
    from caprural_desktop.db.migrate import open_database as open_and_migrate

    database, _created = open_and_migrate(url_for(path))
    return database


def open_window(database: Database, locale: QLocale) -> MainWindow:
    """The main window, with settings of its own so that no saved geometry of the user's applies.

    The window is never closed, so these settings are never written either.
    """
    from PySide6.QtCore import QSettings

    from caprural_desktop.ui.context import AppContext
    from caprural_desktop.ui.formatting import Formatter
    from caprural_desktop.ui.main_window import MainWindow

    settings = QSettings(str(RESULTS / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(database=database, settings=settings, formatter=Formatter(locale))
    window = MainWindow(context)
    window.show()
    return window


def wait_for_rows(app: QApplication, page: ListingPage, rows: int) -> None:
    """Processes events (painting included) until the listing holds its rows.

    The pages load synchronously today; waiting on the row count keeps the
    figure honest if loading ever moves to a thread.
    """
    deadline = time.perf_counter() + TIMEOUT_S
    app.processEvents()
    while page.model.rowCount() != rows:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{page.objectName()}: {page.model.rowCount()} of {rows} rows")
        app.processEvents()


# Start-up, in a fresh interpreter


def run_child(path: Path, rows: int, spawned_at: float) -> None:
    """One start-up as a user's double-click runs it, reporting its phases on stdout."""
    entered = time.time()
    start = time.perf_counter()
    importlib.import_module("caprural_desktop.app")
    imports = elapsed_ms(start)
    start = time.perf_counter()
    app, locale = start_application()
    application = elapsed_ms(start)
    start = time.perf_counter()
    database = open_database(path)
    opening = elapsed_ms(start)
    start = time.perf_counter()
    window = open_window(database, locale)
    wait_for_rows(app, window.sessions_page, rows)
    phases = {
        "interpreter": (entered - spawned_at) * 1000,
        "imports": imports,
        "application": application,
        "open_database": opening,
        "window": elapsed_ms(start),
    }
    print("READY", json.dumps(phases), flush=True)
    start = time.perf_counter()
    window.navigation.setCurrentRow(LISTINGS["speakers"].navigation_row)
    wait_for_rows(app, window.speakers_page, rows)
    print("SPEAKERS", json.dumps({"speakers_page": elapsed_ms(start)}), flush=True)
    database.dispose()


def measure_startup(path: Path, rows: int) -> dict[str, float]:
    """Wall time from just before the spawn to the child's READY line, and the child's phases."""
    command = [sys.executable, __file__, "--child", str(path), "--rows", str(rows)]
    with tempfile.TemporaryFile(mode="w+") as errors:
        spawned_at = time.time()
        start = time.perf_counter()
        child = subprocess.Popen(
            [*command, "--spawned-at", repr(spawned_at)],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        try:
            phases = read_report(child, "READY")
            phases["wall"] = elapsed_ms(start)
            phases.update(read_report(child, "SPEAKERS"))
            child.wait(TIMEOUT_S)
        except ChildFailed as failure:
            child.kill()
            child.wait()
            errors.seek(0)
            raise ChildFailed(f"{failure}\n{errors.read()[-2000:]}") from None
    return phases


def read_report(child: subprocess.Popen[str], marker: str) -> dict[str, float]:
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line.startswith(f"{marker} "):
        raise ChildFailed(f"start-up child: expected {marker}, got {line.strip()!r}")
    return json.loads(line.removeprefix(f"{marker} "))


def startup_figures(runs: list[dict[str, float]], kinds: Sequence[str]) -> list[Figure]:
    """The wall figure against its target, then the phases it is made of."""

    def figure(key: str, name: str, target: float | None = None) -> Figure:
        return Figure(name, [run[key] for run in runs], target)

    figures = []
    if "sessions" in kinds:
        figures += [
            figure("wall", "start → window with sessions (wall)", WINDOW_TARGET_MS),
            figure("interpreter", "  phase: interpreter start"),
            figure("imports", "  phase: imports"),
            figure("application", "  phase: QApplication + translations"),
            figure("open_database", "  phase: open database"),
            figure("window", "  phase: window + sessions listing"),
        ]
    if "speakers" in kinds:
        figures.append(figure("speakers_page", "speakers page, first shown", WINDOW_TARGET_MS))
    return figures


# A keystroke and a sort, in this process


def measure_in_process(path: Path, rows: int, kinds: Sequence[str], repeat: int) -> list[Figure]:
    """Keystrokes and sorts on each listing, shown in a window as a user sees it."""
    app, locale = start_application()
    quiet_offscreen_warning()
    database = open_database(path)
    window = open_window(database, locale)
    figures = []
    for kind in kinds:
        listing = LISTINGS[kind]
        window.navigation.setCurrentRow(listing.navigation_row)
        page = window.pages[listing.navigation_row]
        wait_for_rows(app, page, rows)
        for query in listing.queries:
            figures.append(keystroke_figure(app, page, listing, query, repeat))
        figures += sort_figures(app, page, listing, repeat)
    database.dispose()
    return figures


def quiet_offscreen_warning() -> None:
    """Drops the offscreen platform's warning at every show (it cannot size native windows).

    Harmless, as pyproject.toml says for the tests; it would bury the report.
    """
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def timed(app: QApplication, action: Callable[[], None]) -> float:
    """An action and the events it posts (repaint included): what the user waits for."""
    start = time.perf_counter()
    action()
    app.processEvents()
    return elapsed_ms(start)


def keystroke_figure(
    app: QApplication, page: ListingPage, listing: Listing, query: Query, repeat: int
) -> Figure:
    """The last keystroke of a query: the field holds the prefix, one character is added."""
    samples = []
    for _ in range(repeat):
        page.search.setText(query.prefix)
        app.processEvents()
        samples.append(timed(app, partial(page.search.setText, query.prefix + query.char)))
    matched = page.model.rowCount()
    page.search.clear()
    app.processEvents()
    name = f'{listing.name} search "{query.prefix}" + "{query.char}"'
    return Figure(name, samples, KEYSTROKE_TARGET_MS, f"{query.kind}, {matched:,} rows")


def sort_figures(
    app: QApplication, page: ListingPage, listing: Listing, repeat: int
) -> list[Figure]:
    """Every column both ways, from the order the rows were loaded in.

    The model may keep what it computed for a column until the next load: the
    figure is a header's first click after a load (the rows fed again, untimed),
    and the note says what a second click on that column costs.
    """
    from PySide6.QtCore import QCoreApplication, Qt

    rows = page.load_rows()
    figures = []
    for column_number, column in enumerate(page.model.columns):
        title = QCoreApplication.translate("Columns", column.title)
        for order, word in (
            (Qt.SortOrder.AscendingOrder, "asc"),
            (Qt.SortOrder.DescendingOrder, "desc"),
        ):
            first, again = [], []
            sort = partial(page.model.sort, column_number, order)
            for _ in range(repeat):
                page.model.set_rows(rows)
                app.processEvents()
                first.append(timed(app, sort))
                page.model.sort(-1)
                app.processEvents()
                again.append(timed(app, sort))
                page.model.sort(-1)
            note = f"again: {statistics.median(again):.1f} ms"
            name = f"{listing.name} sort {title} {word}"
            figures.append(Figure(name, first, SORT_TARGET_MS, note))
    app.processEvents()
    return figures


# The report


def environment_lines(path: Path, built_in: float | None, repeat: int) -> list[str]:
    """Versions, machine and data: figures mean little without them."""
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import QLocale, qVersion

    counts = table_counts(path)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    origin = "reused" if built_in is None else f"built in {built_in:.1f} s"
    return [
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
        f"SQLAlchemy {sqlalchemy.__version__}",
        f"{platform.platform()}, {os.cpu_count()} CPUs"
        + (f", load average {load:.2f}" if load is not None else "")
        + f", locale {QLocale.system().name()}, QPA {os.environ['QT_QPA_PLATFORM']}",
        f"Database {path} ({origin})",
        f"Rows: {counts['training_session']:,} sessions, {counts['time_slot']:,} half-days, "
        f"{counts['speaker']:,} speakers, {counts['session_speaker']:,} session speakers",
        f"Median of {repeat} repeats; ratio = median / target (above 1 misses the target)",
    ]


def report_lines(figures: list[Figure]) -> list[str]:
    """One aligned line per figure, then how many targets were missed."""
    width = max(len(figure.name) for figure in figures)
    header = f"{'Measure':<{width}}  {'median':>9}  {'min–max':>15}  {'target':>7}  {'ratio':>6}"
    lines = [header, "-" * len(header)]
    for figure in figures:
        spread = f"{min(figure.samples):.1f}–{max(figure.samples):.1f}"
        target = ratio = verdict = ""
        if figure.target is not None:
            target = f"{figure.target:.0f}"
            ratio = f"{figure.median / figure.target:.2f}"
            verdict = " MISSED" if figure.missed else " ok"
        note = f"  ({figure.note})" if figure.note else ""
        lines.append(
            f"{figure.name:<{width}}  {figure.median:>6.1f} ms  {spread:>12} ms  "
            f"{target:>7}  {ratio:>6}{verdict}{note}"
        )
    judged = [figure for figure in figures if figure.target is not None]
    missed = sum(figure.missed for figure in judged)
    lines += ["", f"Targets missed: {missed} of {len(judged)}"]
    return lines


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="sessions, and speakers")
    parser.add_argument("--kind", choices=("sessions", "speakers", "both"), default="both")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median shown)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned-at", type=float, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Always 0: a benchmark reports figures, it does not fail on them."""
    arguments = parse_arguments(argv)
    if arguments.child is not None:
        run_child(arguments.child, arguments.rows, arguments.spawned_at)
        return 0
    kinds = ("sessions", "speakers") if arguments.kind == "both" else (arguments.kind,)
    print(f"Preparing {arguments.rows:,} rows…", file=sys.stderr)
    path, built_in = prepare_database(arguments.rows)
    figures: list[Figure] = []
    print("Start-up in fresh processes…", file=sys.stderr)
    try:
        runs = [measure_startup(path, arguments.rows) for _ in range(arguments.repeat)]
        figures += startup_figures(runs, kinds)
    except ChildFailed as failure:
        print(f"Start-up not measured: {failure}", file=sys.stderr)
    print("Keystrokes and sorts…", file=sys.stderr)
    figures += measure_in_process(path, arguments.rows, kinds, arguments.repeat)
    print("\n".join(environment_lines(path, built_in, arguments.repeat)))
    print()
    print("\n".join(report_lines(figures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
