"""The details pane of a session, a speaker, a registration or an organisation, as rich text."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QObject

from ..services.organisations import OrganisationDetails
from ..services.registrations import RegistrationDetails
from ..services.sessions import SessionDetails, TimeSlotData
from ..services.speakers import SpeakerDetails
from .formatting import Formatter, label

#: What a workbook's date, time or moment cell is kept as: ISO text.
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)|^\d{2}:\d{2}:\d{2}$")


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def _field(name: str, value: str) -> str:
    return f"<b>{escape(name)}</b> {value}" if value else ""


def _alert(html: str) -> str:
    """Something that calls for action, in the colour the listings use for it."""
    return f'<span style="color:#b02020; font-weight:bold">{html}</span>'


def _heading(text: str, tag: str = "h3") -> str:
    if tag == "p":
        return f"<p><b>{escape(text)}</b></p>"
    return f"<{tag}>{escape(text)}</{tag}>"


def _short(url: str) -> str:
    """A long address as its site, e.g. "docs.google.com/…", to keep the pane readable."""
    parts = urlsplit(url)
    if not parts.netloc:
        return url
    return parts.netloc + ("/…" if parts.path.strip("/") or parts.query else "")


def _link(url: str, text: str | None = None) -> str:
    if not url:
        return ""
    return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'


class DetailsRenderer(QObject):
    """Writes what the details pane shows, in the user's language."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter

    def time_slot(self, slot: TimeSlotData) -> str:
        text = (
            f"{self.formatter.long_date(slot.date)}, "
            f"{self.formatter.time(slot.start)} – {self.formatter.time(slot.end)}"
        )
        if slot.tentative:
            text += " " + self.tr("(to be confirmed)")
        return text

    def session(self, details: SessionDetails, dues_to_settle: int | None = None) -> str:
        """`dues_to_settle`: how many registrants' dues are to settle (None: not required)."""
        draft = details.draft
        parts = [f"<h2>{escape(draft.title)}</h2>"]
        where = escape(label(draft.format))
        if draft.location:
            where += " — " + escape(draft.location)
        status = _field(self.tr("Status:"), escape(label(draft.status)))
        parts.append(f"<p>{where}<br>{status}</p>")
        if draft.time_slots:
            slots = "".join(f"<li>{escape(self.time_slot(s))}</li>" for s in draft.time_slots)
            parts.append(_heading(self.tr("Half-days"), "p") + f"<ul>{slots}</ul>")
        deadline = escape(self.formatter.long_date(draft.registration_deadline))
        facts = [
            _field(self.tr("Places:"), str(draft.capacity)),
            _field(
                self.tr("Registrations:"),
                _link(f"registrants:{details.id}", str(details.registration_count))
                if details.registration_count
                else "0",
            ),
            _field(self.tr("Dues to settle:"), _alert(str(dues_to_settle)))
            if dues_to_settle
            else "",
            _field(self.tr("Registration deadline:"), deadline),
            escape(self.tr("Participation requires the annual membership fee"))
            if draft.requires_dues
            else "",
            _field(
                self.tr("Registration form:"),
                _link(draft.registration_form_url, _short(draft.registration_form_url)),
            ),
            _field(
                self.tr("Membership form:"), _link(draft.dues_form_url, _short(draft.dues_form_url))
            ),
        ]
        parts.append("<p>" + "<br>".join(fact for fact in facts if fact) + "</p>")
        if draft.why:
            parts.append(_heading(self.tr("Why this session?")))
            parts.append(_paragraphs(draft.why))
        if draft.audience:
            parts.append(_heading(self.tr("Who is it for?")))
            parts.append(_paragraphs(draft.audience))
        if draft.programme:
            items = "".join(f"<li>{escape(item)}</li>" for item in draft.programme)
            parts.append(_heading(self.tr("Programme")) + f"<ol>{items}</ol>")
        if draft.speakers:
            items = "".join(
                f"<li>{escape(s.name)}{' — ' + escape(s.role) if s.role else ''}</li>"
                for s in draft.speakers
            )
            parts.append(_heading(self.tr("Speakers")) + f"<ul>{items}</ul>")
        contact = [
            escape(draft.contact_name),
            escape(draft.contact_phone),
            _link(f"mailto:{draft.contact_email}", draft.contact_email)
            if draft.contact_email
            else "",
        ]
        if any(contact):
            parts.append(_heading(self.tr("Contact")))
            parts.append(f"<p>{', '.join(c for c in contact if c)}</p>")
        return "".join(parts)

    def speaker(self, details: SpeakerDetails) -> str:
        draft = details.draft
        kind = escape(label(draft.kind))
        if draft.organisation:
            kind += " — " + escape(draft.organisation)
        parts = [f"<h2>{escape(draft.name)}</h2>", f"<p>{kind}</p>", _paragraphs(draft.description)]
        contact = [
            _link(f"mailto:{draft.email}", draft.email) if draft.email else "",
            escape(draft.phone),
            _link(draft.website),
        ]
        if any(contact):
            parts.append(f"<p>{'<br>'.join(c for c in contact if c)}</p>")
        parts.append(_heading(self.tr("Sessions")))
        if not details.sessions:
            parts.append("<p>" + escape(self.tr("No session yet.")) + "</p>")
            return "".join(parts)
        items = []
        for session in details.sessions:
            text = _link(f"session:{session.session_id}", session.title)
            if session.first_date:
                text += ", " + escape(self.formatter.long_date(session.first_date))
            if session.role:
                text += " — " + escape(session.role)
            items.append(f"<li>{text}</li>")
        parts.append(f"<ul>{''.join(items)}</ul>")
        return "".join(parts)

    def organisation(self, details: OrganisationDetails) -> str:
        draft = details.draft
        where = ", ".join(part for part in (draft.territory, draft.department) if part)
        kind = escape(label(draft.kind)) + (" — " + escape(where) if where else "")
        parts = [f"<h2>{escape(draft.name)}</h2>", f"<p>{kind}</p>"]
        if draft.address:
            lines = "<br>".join(escape(line) for line in draft.address.splitlines())
            parts.append(_heading(self.tr("Address"), "p") + f"<p>{lines}</p>")
        contact = [
            escape(draft.contact_name),
            _link(f"mailto:{draft.contact_email}", draft.contact_email)
            if draft.contact_email
            else "",
            escape(draft.contact_phone),
        ]
        if any(contact):
            parts.append(_heading(self.tr("Contact"), "p"))
            parts.append(f"<p>{'<br>'.join(c for c in contact if c)}</p>")
        parts.append(
            "<p>"
            + escape(self.tr("%n person(s) tied to this organisation.", "", details.people_count))
            + "</p>"
        )
        return "".join(parts)

    def registration(self, details: RegistrationDetails) -> str:
        name = " ".join(part for part in (details.first_name, details.last_name) if part)
        parts = [f"<h2>{escape(name or details.email)}</h2>"]
        who = [
            _link(f"mailto:{details.email}", details.email),
            escape(details.phone),
            escape(" — ".join(p for p in (details.job_title, details.organisation) if p)),
            escape(details.commune),
        ]
        parts.append(f"<p>{'<br>'.join(item for item in who if item)}</p>")
        status = escape(label(details.status))
        if details.forced_confirmed:
            status += " " + escape(self.tr("(confirmed anyway)"))
        if details.accepted_late:
            status += " " + escape(self.tr("(late, accepted)"))
        member = details.membership
        dues = escape(self.formatter.dues_flag(member.dues_ok))
        facts = [
            _field(self.tr("Session:"), escape(details.session_title)),
            _field(self.tr("Status:"), status),
            _field(
                self.tr("Member organisation:"),
                escape(member.organisation or self.tr("not matched yet")),
            ),
            _field(self.tr("Dues:"), _alert(dues) if member.dues_ok is False else dues)
            if dues
            else "",
            _field(
                self.tr("Submitted:"),
                escape(self.formatter.date_time(details.submitted_at))
                or escape(self.tr("no timestamp")),
            ),
        ]
        parts.append("<p>" + "<br>".join(fact for fact in facts if fact) + "</p>")
        if details.answers:
            parts.append(_heading(self.tr("Answers to the form")))
            rows = "".join(
                f"<tr><td><b>{escape(question)}</b></td>"
                f"<td>{escape(self._answer(answer))}</td></tr>"
                for question, answer in details.answers.items()
            )
            parts.append(f'<table cellspacing="0" cellpadding="3">{rows}</table>')
        return "".join(parts)

    def _answer(self, answer: object) -> str:
        """An answer as written, except what a workbook's cell held, shown in the user's
        words: a date, a time, a moment (stored as ISO text), a number, yes or no."""
        formatter = self.formatter
        if isinstance(answer, bool):
            return self.tr("Yes") if answer else self.tr("No")
        if isinstance(answer, int | float):  # as typed: a postcode is not "26 150"
            text = str(int(answer)) if float(answer).is_integer() else repr(float(answer))
            return text.replace(".", formatter.locale.decimalPoint())
        if not isinstance(answer, str) or not _ISO.match(answer):
            return str(answer)
        try:
            if len(answer) <= 8:  # "09:15:00"
                return formatter.time(time.fromisoformat(answer))
            moment = datetime.fromisoformat(answer)
        except ValueError:
            return answer
        if len(answer) == 10:  # "2020-10-07"
            return formatter.short_date(moment.date())
        if moment.tzinfo is not None:  # the response's own time, as a moment
            return formatter.date_time(moment)
        return f"{formatter.short_date(moment.date())} {formatter.time(moment.time())}"
