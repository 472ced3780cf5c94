"""How importing Google Form responses holds up at scale: read, map/plan, write, re-import.

    .venv/bin/python bench/imports.py [--rows 10000,100000] [--repeat 3] [--profile]

Every figure is taken in a fresh interpreter running this file with --child, so
that imports, caches and memory count as in a real `caprural-desktop import`.
The app is imported only there: the parent only generates files and reports.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

RESULTS = Path(__file__).resolve().parent / "results"
#: Bumped when the generated responses change, so that cached files are rebuilt.
DATA_VERSION = 2
SEED = 20200928
#: How long one child may take before the run is declared stuck.
TIMEOUT_S = 1800

KINDS = ("xlsx", "csv")
#: Responses added to a file to make the "grown" sheet of a re-import.
GROWTH = 1_000
#: The targets of issue 3 apply to a 100,000-row file; smaller ones are shown, not judged.
TARGET_ROWS = 100_000
#: The whole .xlsx import, as a process, against the plain read by python-calamine.
IMPORT_TARGET = 2.0
#: "About 1 ×" for the re-import, read as at most a quarter more than the plain read.
REIMPORT_TARGET = 1.25
#: Memory gained during the import against the memory the plain read gains: the rows
#: once as read and once as written at most.
MEMORY_TARGET = 2.0

CAPACITY = 20
SESSION_ID = 1
PARIS = ZoneInfo("Europe/Paris")
#: The first response: the sheet runs over some five weeks, across the end of summer time.
FIRST_RESPONSE = dt.datetime(2020, 9, 28, 8, 15, 32, tzinfo=dt.UTC)
MEAN_GAP_S = 30
#: After every response, so that nobody is late and the queue is capacity + waitlist.
DEADLINE = dt.date(2021, 9, 30)

SHEET = "Réponses au formulaire 1"
#: As tests/google_forms.py FRENCH_HEADER: a French account's form, as Google downloads it.
FRENCH_HEADER = (
    "Horodateur",
    "Adresse e-mail",
    "Nom",
    "Prénom",
    "Structure",
    "Fonction",
    "Téléphone",
    "Commune",
    "Vos attentes pour cette session",
    "Thèmes qui vous intéressent",
)

# Word lists for realistic French responses: accents, hyphens, apostrophes, capitals.
FIRST_NAMES = (
    "Élodie", "Jérôme", "Hélène", "François", "Cécile", "Loïc", "Anaïs", "Benoît", "Amélie",
    "Gaëlle", "Thérèse", "Noël", "Agnès", "Stéphane", "Mathilde", "Rémi", "Zoé", "Clément",
    "Inès", "Frédéric", "Camille", "Jean-Baptiste", "Marie-Hélène", "Léa", "Maël", "Océane",
    "Sébastien", "Aurélie", "Grégoire", "Solène", "Yannick", "Nathalie", "Julien", "Chloé",
    "Mathieu", "Émilie", "Pierre-Yves", "Ségolène", "Hervé", "Karima", "Mamadou", "Nguyen",
    "Sophie", "Thomas", "Laëtitia", "Rodolphe", "Bérénice", "Anne-Sophie", "Éric", "Maïté",
)  # fmt: skip
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fabre", "Chevalier",
    "Gauthier", "Rousseau", "Blanc", "Guérin", "Boyer", "Faure", "André", "Mercier", "Bonnet",
    "Dupré", "Lacroix", "Gérard", "Perrin", "Le Gall", "N'Diaye", "De La Fontaine", "Benoît",
    "Brémond", "Chabert", "Delorme", "Escoffier", "Fayolle", "Giraud", "Jourdan", "Lambert",
    "Maréchal", "Noyer", "Ollier", "Pélissier", "Quénard", "Roche", "Sauvageon", "Teyssier",
    "Vernet", "Zanetti", "Da Silva", "Nguyen", "Bouvier-Mathé", "L'Hermitte",
)  # fmt: skip
COMMUNES = (
    "Privas", "Valence", "Die", "Crest", "Annonay", "Montélimar", "Saint-Étienne",
    "Le Puy-en-Velay", "Aurillac", "Thiers", "Ambérieu-en-Bugey", "Bourg-en-Bresse",
    "Chambéry", "Vienne", "Roanne", "Yssingeaux", "Saint-Agrève", "Nyons", "Aubenas",
    "Lamastre", "Saillans", "Buis-les-Baronnies", "Romans-sur-Isère", "Tournon-sur-Rhône",
    "Largentière", "Les Vans", "Saint-Flour", "Ambert", "Issoire", "Brioude",
)  # fmt: skip
ORGANISATION_KINDS = (
    "Mairie de {commune}",
    "Communauté de communes du pays de {commune}",
    "Centre social de {commune}",
    "Office de tourisme de {commune}",
    "Association Les Amis de {commune}",
    "Tiers-lieu La Fabrique ({commune})",
    "CCAS de {commune}",
    "Médiathèque intercommunale de {commune}",
)
ORGANISATIONS = (
    "Parc naturel régional du Vercors",
    "Association Terre de Liens",
    "Chambre d'agriculture de l'Ardèche",
    "Département de la Drôme",
    "Région Auvergne-Rhône-Alpes",
    "Réseau rural français",
    "Agence d'urbanisme de la région grenobloise",
    "Fédération des centres sociaux",
    "Coopérative Oxalis",
    "Université Lumière Lyon 2",
    "Cerema Centre-Est",
    "Pôle d'équilibre territorial et rural du Pays de Crest",
    "Indépendante",
    "",
)
JOB_TITLES = (
    "Chargée de mission", "Chargé de développement local", "Directrice", "Élu", "Maire",
    "Adjointe au maire", "Animateur", "Coordinatrice", "Secrétaire de mairie",
    "Agent de développement", "Bénévole", "Responsable du pôle attractivité", "Stagiaire",
    "Cheffe de projet Petites villes de demain", "Consultant", "",
)  # fmt: skip
MAIL_DOMAINS = (
    "orange.fr", "laposte.net", "gmail.com", "free.fr", "wanadoo.fr", "yahoo.fr",
    "hotmail.fr", "caprural.org", "mairie-crest.fr", "ccvd.fr", "ardeche.fr", "outlook.fr",
)  # fmt: skip
EXPECTATIONS = (
    "Des exemples concrets.",
    "Rencontrer d'autres territoires qui se posent les mêmes questions.",
    "Savoir par où commencer : on part de zéro.",
    "Des outils pour mobiliser les habitants.",
    "Comprendre les financements possibles (LEADER, DETR, fonds vert…).",
    "Échanger avec des élus qui l'ont déjà fait.",
    "Je souhaite surtout des retours d'expériences, les réussites comme les échecs.",
    "Repartir avec une méthode et un calendrier réalistes.",
    "Mieux travailler avec les services de l'État.",
    "Rien de particulier, curieuse de découvrir le sujet.",
    "Avoir des contacts de structures ressources dans la Drôme et l'Ardèche.",
    "Comment « embarquer » les acteurs économiques ?",
)
TOPICS = (
    "Participation",
    "Alimentation",
    "Mobilités",
    "Habitat",
    "Transition énergétique",
    "Tiers-lieux",
    "Santé",
    "Économie sociale et solidaire",
)


class ChildFailed(RuntimeError):
    """A child died, timed out, or printed something else than its report."""


def elapsed(start: float) -> float:
    return time.perf_counter() - start


def peak_rss_mb() -> float | None:
    """The process's peak resident memory so far, in MB; None where the platform cannot tell.

    On Linux, VmHWM: getrusage's ru_maxrss survives exec, so a child would report at
    least the size of the parent that spawned it.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024


# The response files --------------------------------------------------------------------


def data_path(count: int, kind: str) -> Path:
    return RESULTS / f"imports-d{DATA_VERSION}-{count}.{kind}"


def partial_path(path: Path) -> Path:
    """Where a file is built before it is renamed: an interrupted build is never reused."""
    return path.with_name(f"{path.name}.partial")


def prepare_files(counts: set[int]) -> float | None:
    """Every file for `counts` responses, built once and reused; the build time, if built."""
    missing = sorted(n for n in counts if not all(data_path(n, k).exists() for k in KINDS))
    if not missing:
        return None
    RESULTS.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    writers = [ResponseFiles(count) for count in missing]
    for number, row in enumerate(responses(max(missing)), start=1):
        for writer in writers:
            if number <= writer.count:
                writer.append(row)
    for writer in writers:
        writer.finish()
    return elapsed(start)


class ResponseFiles:
    """The .xlsx and the .csv of the first `count` responses, written side by side.

    One pass over the responses feeds every file, so a smaller file is the start
    of a larger one, as a sheet that grew.
    """

    def __init__(self, count: int) -> None:
        import openpyxl

        self.count = count
        self.partial = {kind: partial_path(data_path(count, kind)) for kind in KINDS}
        # Write-only mode streams the rows instead of keeping a cell object for each.
        self.book = openpyxl.Workbook(write_only=True)
        self.sheet = self.book.create_sheet(SHEET)
        self.sheet.append(FRENCH_HEADER)
        self.stream = self.partial["csv"].open("w", encoding="utf-8", newline="")
        # Google Forms' CSV quotes every field and ends lines with CR LF.
        self.csv = csv.writer(self.stream, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        self.csv.writerow(FRENCH_HEADER)

    def append(self, row: list[Any]) -> None:
        """The sheet holds the local time as a date cell and leaves unanswered cells out;
        the form's CSV writes the time as text with its offset, and empty fields."""
        moment: dt.datetime = row[0].astimezone(PARIS)
        self.sheet.append([moment.replace(tzinfo=None), *(value or None for value in row[1:])])
        self.csv.writerow([google_csv_timestamp(moment), *row[1:]])

    def finish(self) -> None:
        """Saves both files; the texts are shared only now that every row is known."""
        inline = self.partial["xlsx"].with_name(f"{self.partial['xlsx'].name}.inline")
        self.book.save(inline)
        share_strings(inline, self.partial["xlsx"])
        inline.unlink()
        self.stream.close()
        for kind, partial in self.partial.items():
            partial.replace(data_path(self.count, kind))


INLINE_STRING = re.compile(
    r'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is>(<t[^>]*>.*?</t>)</is></c>', re.S
)
SHARED_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
SHARED_STRINGS_RELATION = (
    b'<Relationship Id="rIdSharedStrings" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    b"</Relationships>"
)


def share_strings(source: Path, target: Path) -> None:
    """Moves the sheet's texts into a shared-strings table, as Google's export stores them.

    openpyxl writes every text inline in the sheet; Google Sheets writes each distinct
    text once in xl/sharedStrings.xml and the sheet refers to it by number. The XML
    is then a third smaller and python-calamine reads it about a fifth faster: the
    plain read, the yardstick of every ratio, must be of Google's layout.
    """
    table: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        number = table.setdefault(match[2], len(table))
        return f'<c r="{match[1]}" t="s"><v>{number}</v></c>'

    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as result:
        for item in archive.infolist():
            data = archive.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = INLINE_STRING.sub(shared, data.decode()).encode()
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", SHARED_STRINGS_TYPE)
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", SHARED_STRINGS_RELATION)
            result.writestr(item, data)
        items = "".join(f"<si>{text}</si>" for text in table)
        result.writestr(
            "xl/sharedStrings.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://'
            f'schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(table)}" '
            f'uniqueCount="{len(table)}">{items}</sst>',
            zipfile.ZIP_DEFLATED,
        )


def google_csv_timestamp(moment: dt.datetime) -> str:
    """Google Forms' CSV text: "2020/09/28 10:15:32 AM UTC+2"."""
    offset = moment.utcoffset() or dt.timedelta()
    return moment.strftime("%Y/%m/%d %I:%M:%S %p") + f" UTC{int(offset.total_seconds()) // 3600:+d}"


def responses(count: int) -> Iterator[list[Any]]:
    """Responses in submission order, the first cell an aware moment; e-mails all distinct."""
    rng = random.Random(SEED)
    taken: set[str] = set()
    moment = FIRST_RESPONSE
    for _ in range(count):
        moment += dt.timedelta(seconds=1 + int(rng.expovariate(1 / MEAN_GAP_S)))
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        commune = rng.choice(COMMUNES)
        yield [
            moment,
            email(rng, first, last, taken),
            last.upper() if rng.random() < 0.2 else last,
            first.lower() if rng.random() < 0.03 else first,
            organisation(rng, commune),
            rng.choice(JOB_TITLES),
            phone(rng),
            commune if rng.random() < 0.9 else "",
            expectations(rng),
            ", ".join(rng.sample(TOPICS, rng.choice((0, 1, 1, 2, 2, 3, 4)))),
        ]


def email(rng: random.Random, first: str, last: str, taken: set[str]) -> str:
    """A plausible address, unique once normalised; some typed with capitals or a space."""
    given = ascii_fold(first)
    family = "".join(c for c in ascii_fold(last) if c.isalnum())
    mailbox = rng.choice(
        (f"{given}.{family}", f"{given[0]}.{family}", f"{family}.{given}", f"{given}{family}")
    )
    address = f"{mailbox}@{rng.choice(MAIL_DOMAINS)}"
    number = 2
    while address in taken:
        address = f"{mailbox}{number}@{address.split('@')[1]}"
        number += 1
    taken.add(address)
    if rng.random() < 0.03:
        return address.title()
    return address + " " if rng.random() < 0.01 else address


def ascii_fold(name: str) -> str:
    """What people type in an address for their name: no accents, lower case."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def organisation(rng: random.Random, commune: str) -> str:
    if rng.random() < 0.6:
        return rng.choice(ORGANISATION_KINDS).format(commune=commune)
    return rng.choice(ORGANISATIONS)


def phone(rng: random.Random) -> str:
    """As people type them: spaced, packed, dotted, international, or not at all."""
    digits = f"0{rng.choice('6674')}" + "".join(f"{rng.randrange(100):02d}" for _ in range(4))
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    style = rng.random()
    if style < 0.45:
        return " ".join(pairs)
    if style < 0.7:
        return digits
    if style < 0.8:
        return ".".join(pairs)
    if style < 0.88:
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    return ""


def expectations(rng: random.Random) -> str:
    """Often empty, mostly a sentence or two, some paragraphs, a few long texts."""
    draw = rng.random()
    if draw < 0.3:
        return ""
    if draw < 0.9:
        return " ".join(rng.sample(EXPECTATIONS, rng.choice((1, 1, 2))))
    if draw < 0.99:
        return "\n".join(rng.sample(EXPECTATIONS, rng.randint(2, 5)))
    # Up to 12,000 characters: openpyxl would cut beyond 32,767, and the read is what counts.
    paragraphs = [" ".join(rng.choices(EXPECTATIONS, k=8)) for _ in range(rng.randint(3, 25))]
    return "\n\n".join(paragraphs)


# The database --------------------------------------------------------------------------


def prepare_template() -> Path:
    """An empty migrated database holding one session, built once; copied for every run."""
    from caprural_desktop.db.migrate import HEAD

    path = RESULTS / f"imports-r{HEAD}-d{DATA_VERSION}-empty.sqlite3"
    if path.exists():
        return path
    building = partial_path(path)
    for leftover in RESULTS.glob(f"{building.name}*"):
        leftover.unlink()
    build_template(building)
    building.replace(path)
    return path


def build_template(path: Path) -> None:
    from caprural_desktop.db.database import url_for
    from caprural_desktop.db.migrate import open_database

    database, _created = open_database(url_for(path))
    try:
        build_session(database)
    finally:
        database.dispose()  # the last connection closed: the WAL is folded into the file


def build_session(database: Any) -> None:
    """Through the app's own services, as a coordinator creates the session."""
    from caprural_desktop.db.models import SessionStatus
    from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session

    session_id = create_session(
        database,
        SessionDraft(
            title="Webinaire : réussir un projet alimentaire territorial",
            capacity=CAPACITY,
            registration_deadline=DEADLINE,
            status=SessionStatus.OPEN,
            time_slots=(
                TimeSlotData(DEADLINE + dt.timedelta(days=7), dt.time(9, 30), dt.time(12)),
            ),
        ),
    )
    if session_id != SESSION_ID:
        raise RuntimeError(f"the new database's session is {session_id}, not {SESSION_ID}")


def copy_database(source: Path, target: Path) -> Path:
    """A fresh copy of a closed database, with its WAL if one was left behind."""
    for suffix in ("", "-wal", "-shm"):
        leftover = Path(f"{target}{suffix}")
        leftover.unlink(missing_ok=True)
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", leftover)
    return target


# The children: one measure each, in a fresh interpreter -------------------------------


def child_plain(path: Path) -> dict[str, Any]:
    """The floor: the same file read by python-calamine, or by the csv module, and nothing else."""
    base = peak_rss_mb()
    start = time.perf_counter()
    if path.suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        rows = book.get_sheet_by_index(book.sheet_names.index(SHEET)).to_python()
    else:
        with path.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
    return {"read": elapsed(start), "rows": len(rows), "rss_base": base, "rss": peak_rss_mb()}


def child_floor(database_path: Path, path: Path) -> dict[str, Any]:
    """The least any import of these responses into the app's schema can do: the plain
    read, one JSON text of answers per row, then the people and their registrations
    written by two bulk inserts (sqlite3's executemany, no SQLAlchemy) in one
    transaction. No validation, no phone or name handling, no queue, no record of the
    batch: what the app does beyond this is its own cost."""
    import sqlite3

    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(book.sheet_names.index(SHEET)).to_python()
    read = elapsed(start)
    header = [str(name) for name in rows[0]]
    email, last, first = (header.index(name) for name in ("Adresse e-mail", "Nom", "Prénom"))
    now = "2026-01-01 00:00:00.000000"
    people, answers = [], []
    for row in rows[1:]:
        address = str(row[email]).strip().lower()
        people.append((address, str(row[first]), str(row[last]), address, now, now))
        answers.append(
            json.dumps(
                {
                    name: value.isoformat() if isinstance(value, dt.date | dt.time) else value
                    for name, value in zip(header, row, strict=False)
                    if value not in (None, "")
                }
            )
        )
    connection = sqlite3.connect(database_path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO person (email, first_name, last_name, search_key, created_at, updated_at,"
        " phone, job_title, commune, consent_photo, consent_newsletter, consent_list_sharing,"
        " version) VALUES (?, ?, ?, ?, ?, ?, '', '', '', 0, 0, 0, 1)",
        people,
    )
    ids = dict(connection.execute("SELECT email, id FROM person"))
    connection.executemany(
        "INSERT INTO registration (person_id, session_id, status, answers, created_at,"
        " updated_at, organisation_answer, forced_confirmed, accepted_late, version)"
        f" VALUES (?, {SESSION_ID}, 'waitlisted', ?, ?, ?, '', 0, 0, 1)",
        ((ids[person[0]], text, now, now) for person, text in zip(people, answers, strict=True)),
    )
    connection.execute("COMMIT")
    connection.close()
    return {"read": read, "floor": elapsed(start), "rows": len(people)}


def child_read(path: Path) -> dict[str, Any]:
    """The app's read alone (read_workbook), as plan_import calls it first."""
    from caprural_desktop.spreadsheets.reading import read_workbook

    base = peak_rss_mb()
    start = time.perf_counter()
    workbook = read_workbook(path)
    return {
        "read": elapsed(start),
        "rows": len(workbook.sheet.rows),
        "rss_base": base,
        "rss": peak_rss_mb(),
    }


def child_import(database_path: Path, path: Path) -> dict[str, Any]:
    """What `caprural-desktop import FILE --session ID` does: open, plan, apply."""
    start = time.perf_counter()
    from caprural_desktop.db.database import url_for
    from caprural_desktop.db.migrate import open_database
    from caprural_desktop.services.importing import apply_import, plan_import

    report: dict[str, Any] = {"imports": elapsed(start)}
    start = time.perf_counter()
    database, _created = open_database(url_for(database_path))
    report["open"] = elapsed(start)
    report["rss_base"] = peak_rss_mb()
    start = time.perf_counter()
    plan = plan_import(database, SESSION_ID, path)
    report["plan"] = elapsed(start)
    start = time.perf_counter()
    counts = apply_import(database, plan).counts
    report["apply"] = elapsed(start)
    report["rss"] = peak_rss_mb()
    database.dispose()
    report["counts"] = {
        "rows": counts.rows,
        "added": counts.added,
        "updated": counts.updated,
        "unchanged": counts.unchanged,
        "duplicates": counts.duplicates,
        "invalid": len(counts.invalid),
        "warnings": len(counts.warnings),
        "confirmed": counts.confirmed,
        "waitlisted": counts.waitlisted,
        "late": counts.late,
    }
    return report


def child_profile(database_path: Path, path: Path, stats_path: Path) -> dict[str, Any]:
    """The import under cProfile, its statistics saved for the parent to print."""
    import cProfile

    profiler = cProfile.Profile()
    report = profiler.runcall(child_import, database_path, path)
    profiler.dump_stats(stats_path)
    return report


CHILDREN = {
    "plain": child_plain,
    "read": child_read,
    "floor": child_floor,
    "import": child_import,
    "profile": child_profile,
}


def run_child(kind: str, *paths: Path) -> dict[str, Any]:
    """A child's report, and its wall time from spawn to exit: what a user waits for."""
    command = [sys.executable, __file__, "--child", kind, *map(str, paths)]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ChildFailed(f"{kind} child: no answer after {TIMEOUT_S} s") from None
    wall = elapsed(start)
    lines = done.stdout.splitlines()
    if done.returncode != 0 or not lines or not lines[-1].startswith("REPORT "):
        raise ChildFailed(f"{kind} child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    report = json.loads(lines[-1].removeprefix("REPORT "))
    report["wall"] = wall
    return report


# Measuring -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One line of the table: an import of one file into one database, its floor beside it."""

    label: str
    kind: str
    count: int
    reimport: bool
    expected: dict[str, int]
    plain: list[dict[str, Any]]
    read: list[dict[str, Any]]
    imports: list[dict[str, Any]]
    #: The least any import can do (child_floor): measured for a new .xlsx import only.
    floors: list[dict[str, Any]]

    def median(self, runs: str, key: str) -> float | None:
        values = [run[key] for run in getattr(self, runs) if run.get(key) is not None]
        return statistics.median(values) if values else None

    @property
    def ratio(self) -> float:
        """The whole import against the plain read, both as processes (start-up included)."""
        return self.median("imports", "wall") / self.median("plain", "wall")

    @property
    def floor_ratio(self) -> float | None:
        """The least any import can do against the plain read, both as processes."""
        floor = self.median("floors", "wall")
        return None if floor is None else floor / self.median("plain", "wall")

    @property
    def growth(self) -> float | None:
        """Memory the import gained, against the memory the plain read gained."""
        plain = self.median("plain", "rss"), self.median("plain", "rss_base")
        imported = self.median("imports", "rss"), self.median("imports", "rss_base")
        if None in plain or None in imported or plain[0] <= plain[1]:
            return None
        return (imported[0] - imported[1]) / (plain[0] - plain[1])

    @property
    def counts(self) -> dict[str, int]:
        return self.imports[-1]["counts"]

    @property
    def as_expected(self) -> bool:
        return all(self.counts[key] == value for key, value in self.expected.items())


def measure(
    count: int, kind: str, database: Path, repeat: int, work: Path, *, reimport: bool
) -> tuple[Line, Path]:
    """The plain read, the app's read and the import of a file into copies of `database`.

    The file holds `count` responses, or GROWTH more for a re-import into the database
    of that import. Returns the line and the database of the last import, for a
    re-import on top of it.
    """
    total = count + GROWTH if reimport else count
    path = data_path(total, kind)
    label = f"{count:,} + {GROWTH:,}" if reimport else f"{count:,}"
    expected = {
        "rows": total,
        "added": total - count if reimport else count,
        "updated": 0,
        "unchanged": count if reimport else 0,
        "confirmed": CAPACITY,
        "waitlisted": total - CAPACITY,
        "late": 0,
    }
    progress(f"{label} {kind}: plain read, read, import × {repeat}")
    plain = [run_child("plain", path) for _ in range(repeat)]
    read = [run_child("read", path) for _ in range(repeat)]
    imports, floors = [], []
    target = work / f"{path.name}-into-{database.stem}.sqlite3"
    for _ in range(repeat):
        imports.append(run_child("import", copy_database(database, target), path))
    if kind == "xlsx" and not reimport:
        bare = work / f"{path.name}-floor.sqlite3"
        floors = [run_child("floor", copy_database(database, bare), path) for _ in range(repeat)]
    line = Line(label, kind, total, reimport, expected, plain, read, imports, floors)
    return line, target


def profile(path: Path, database: Path, work: Path, name: str) -> Path:
    """One import under cProfile, into a fresh copy of `database`; the statistics file."""
    stats = RESULTS / f"profile-{name}.pstats"
    progress(f"profiling {name}")
    target = copy_database(database, work / f"profile-{name}.sqlite3")
    run_child("profile", target, path, stats)
    return stats


def measure_all(
    counts: Sequence[int], repeat: int, profiling: bool
) -> tuple[list[Line], list[Path]]:
    """For each size and format: the import into an empty session, then the grown re-import."""
    template = prepare_template()
    lines, profiles = [], []
    with tempfile.TemporaryDirectory(dir=RESULTS, prefix="work-") as folder:
        work = Path(folder)  # beside the results, on a disk like the user's, not in tmpfs
        for count in counts:
            for kind in KINDS:
                try:
                    line, imported = measure(count, kind, template, repeat, work, reimport=False)
                    lines.append(line)
                    line = measure(count, kind, imported, repeat, work, reimport=True)[0]
                    lines.append(line)
                    if profiling and count == max(counts):
                        grown = data_path(count + GROWTH, kind)
                        name = f"{count}-{kind}"
                        profiles.append(profile(data_path(count, kind), template, work, name))
                        profiles.append(profile(grown, imported, work, f"{name}-reimport"))
                except ChildFailed as failure:
                    print(f"{count:,} {kind} not measured: {failure}", file=sys.stderr)
    return lines, profiles


def progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# The report ----------------------------------------------------------------------------


def environment_lines(counts: Sequence[int], built_in: float | None, repeat: int) -> list[str]:
    """Versions, machine and files: figures mean little without them."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    packages = ", ".join(
        f"{name} {version(name)}"
        for name in ("python-calamine", "openpyxl", "SQLAlchemy", "phonenumbers")
    )
    sizes = ", ".join(
        f"{path.name} {path.stat().st_size / 1e6:.1f} MB"
        for count in counts
        for path in (data_path(count, kind) for kind in KINDS)
    )
    origin = "reused" if built_in is None else f"generated in {built_in:.1f} s"
    return [
        f"Python {platform.python_version()}, {packages}",
        f"{platform.platform()}, {os.cpu_count()} CPUs"
        + (f", load average {load:.2f}" if load is not None else ""),
        f"Files in {RESULTS} ({origin}): {sizes}",
        f"Median of {repeat} runs, each in a fresh process; times in seconds",
    ]


COLUMNS = (
    ("Rows", "<16"),
    ("Fmt", "<4"),
    ("Plain", ">6"),
    ("(proc)", ">6"),
    ("Read", ">6"),
    ("Map/plan", ">8"),
    ("Write", ">6"),
    ("Other", ">6"),
    ("Import", ">7"),
    ("Ratio", ">6"),
    ("Floor", ">6"),
    ("RSS plain", ">9"),
    ("RSS import", ">10"),
    ("Growth", ">6"),
)

LEGEND = """\
Plain      the plain read of the same file: python-calamine's to_python() for .xlsx,
           list(csv.reader(...)) for .csv; (proc) the wall time of that process
Read       caprural_desktop's read_workbook, alone in its own process
Map/plan   plan_import minus Read: header, mapping, parsing, comparing, the queue
Write      apply_import: the comparison again, the bulk writes, the queue, the commit
Other      the import process's start-up (interpreter, imports, opening the database) and exit
Import     the whole import as a process: spawn to exit, as `caprural-desktop import`
Ratio      Import / Plain (proc): the issue's "ratio to the plain read", both as processes
Floor      the least any import can do, as a process, / Plain (proc): the plain read, one
           JSON text of answers per row, two bulk inserts (sqlite3) into the app's schema,
           one transaction; no validation, no queue (new .xlsx imports only)
RSS        peak resident memory of each process, MB; Growth: memory the import gained while
           planning and writing, over the memory the plain read gained while reading"""


def table_lines(lines: list[Line]) -> list[str]:
    """One aligned row per import, then the counts it produced."""
    header = "  ".join(f"{name:{align}}" for name, align in COLUMNS)
    rows = [header, "-" * len(header)]
    for line in lines:
        pairs = zip(cells(line), COLUMNS, strict=True)
        rows.append("  ".join(f"{cell:{align}}" for cell, (_, align) in pairs))
    rows.append("")
    for line in lines:
        verdict = "as expected" if line.as_expected else f"UNEXPECTED (expected {line.expected})"
        counts = ", ".join(f"{key} {value:,}" for key, value in line.counts.items())
        rows.append(f"{line.label} {line.kind}: {counts} — {verdict}")
    return rows


def cells(line: Line) -> list[str]:
    read, plan = line.median("read", "read"), line.median("imports", "plan")
    write, whole = line.median("imports", "apply"), line.median("imports", "wall")
    growth = line.growth
    return [
        line.label,
        line.kind,
        seconds(line.median("plain", "read")),
        seconds(line.median("plain", "wall")),
        seconds(read),
        seconds(plan - read),
        seconds(write),
        seconds(whole - plan - write),
        seconds(whole),
        f"{line.ratio:.2f}×",
        "" if line.floor_ratio is None else f"{line.floor_ratio:.2f}×",
        megabytes(line.median("plain", "rss")),
        megabytes(line.median("imports", "rss")),
        "" if growth is None else f"{growth:.1f}×",
    ]


def seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def megabytes(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


def target_lines(lines: list[Line]) -> list[str]:
    """The issue's aims, judged on files of 100,000 responses or more."""
    judged = [line for line in lines if line.count >= TARGET_ROWS]
    if not judged:
        return [f"Targets: judged on files of {TARGET_ROWS:,} responses or more; none measured."]
    result = ["Targets (issue 3, Speed), on files of 100,000 responses or more:"]
    for line in judged:
        if line.kind == "xlsx":
            aim = REIMPORT_TARGET if line.reimport else IMPORT_TARGET
            what = "re-import" if line.reimport else "import"
            bound = f"≈ 1 × (≤ {aim})" if line.reimport else f"≤ {aim:.0f} ×"
            result.append(
                verdict(f"{line.label} .xlsx {what}, {bound} the calamine read", line.ratio, aim)
            )
            if line.floor_ratio is not None:
                result.append(f"    (the least any import can do, Floor: {line.floor_ratio:.2f} ×)")
        if line.growth is not None:
            result.append(
                verdict(
                    f"{line.label} .{line.kind} memory, growth ≤ {MEMORY_TARGET:.0f} × the rows'",
                    line.growth,
                    MEMORY_TARGET,
                )
            )
    missed = sum("MISSED" in text for text in result)
    judged_count = sum(" — " in text for text in result)
    return [*result, "", f"Targets missed: {missed} of {judged_count}"]


def verdict(what: str, value: float, target: float) -> str:
    return f"  {what}: {value:.2f} × — {'ok' if value <= target else 'MISSED'}"


def profile_lines(stats_paths: list[Path], limit: int = 30) -> list[str]:
    """Where the time goes: the heaviest calls, by cumulative time then by own time."""
    import io
    import pstats

    result = []
    for path in stats_paths:
        for order in ("cumulative", "tottime"):
            buffer = io.StringIO()
            stats = pstats.Stats(str(path), stream=buffer)
            stats.strip_dirs().sort_stats(order).print_stats(limit)
            result += [f"=== {path.name}, by {order} ===", buffer.getvalue().strip(), ""]
    return result


# Entry point ---------------------------------------------------------------------------


def row_counts(text: str) -> list[int]:
    counts = sorted({int(part) for part in text.split(",") if part.strip()})
    if not counts or counts[0] < 1:
        raise argparse.ArgumentTypeError("give row counts such as 10000,100000")
    return counts


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", type=row_counts, default=[10_000, 100_000], help="responses per file"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median shown)")
    parser.add_argument(
        "--profile", action="store_true", help="also profile the largest imports (cProfile)"
    )
    parser.add_argument("--child", choices=CHILDREN, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Always 0: a benchmark reports figures, it does not fail on them."""
    arguments = parse_arguments(argv)
    if arguments.child is not None:
        report = CHILDREN[arguments.child](*arguments.paths)
        print("REPORT", json.dumps(report), flush=True)
        return 0
    counts = arguments.rows
    progress("Preparing the response files…")
    built_in = prepare_files({n for count in counts for n in (count, count + GROWTH)})
    lines, profiles = measure_all(counts, max(arguments.repeat, 1), arguments.profile)
    print("\n".join(environment_lines(counts, built_in, arguments.repeat)))
    print()
    print("\n".join(table_lines(lines)))
    print()
    print(LEGEND)
    print()
    print("\n".join(target_lines(lines)))
    if profiles:
        print()
        print("\n".join(profile_lines(profiles)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
