"""Columns found by their Google Forms names, French or English, whatever their spelling."""

from __future__ import annotations

import pytest
from google_forms import ENGLISH_HEADER, FRENCH_HEADER

from caprural_desktop.spreadsheets.mapping import Field, find_header_row, guess_mapping

F = Field


def test_french_and_english_google_headers():
    expected = (
        F.SUBMITTED_AT,
        F.EMAIL,
        F.LAST_NAME,
        F.FIRST_NAME,
        F.ORGANISATION,
        F.JOB_TITLE,
        F.PHONE,
        F.COMMUNE,
        None,
        None,
    )
    assert guess_mapping(FRENCH_HEADER).fields == expected
    assert guess_mapping(ENGLISH_HEADER).fields == expected


def test_case_accents_spaces_and_trailing_punctuation_do_not_matter():
    header = ["HORODATEUR", "  adresse  E-MAIL : ", "Prenom *", "NOM", "Organisme ?", "Tél."]
    assert guess_mapping(header).fields[:5] == (
        F.SUBMITTED_AT,
        F.EMAIL,
        F.FIRST_NAME,
        F.LAST_NAME,
        F.ORGANISATION,
    )


def test_keywords_find_headings_written_as_questions():
    header = ["Horodateur", "Votre adresse mail professionnelle", "Nom de votre structure"]
    assert guess_mapping(header).fields == (F.SUBMITTED_AT, F.EMAIL, F.ORGANISATION)


@pytest.mark.parametrize(
    "heading",
    [
        "E-mail professionnel",
        "Email (pro)",
        "Adresse e-mail professionnelle",
        "Votre adresse électronique",
        "Mél",
        "Adresse de messagerie",
        "Courriel pro",
        "E-mail du participant",
    ],
)
def test_the_ways_a_form_asks_for_an_address_are_recognised(heading):
    assert guess_mapping(["Horodateur", heading, "Nom"]).fields == (
        F.SUBMITTED_AT,
        F.EMAIL,
        F.LAST_NAME,
    )


def test_each_field_is_mapped_once_and_other_columns_stay_answers():
    header = ["Horodateur", "Adresse e-mail", "E-mail de votre responsable", "Remarques"]
    assert guess_mapping(header).fields == (F.SUBMITTED_AT, F.EMAIL, None, None)


def test_a_remembered_mapping_wins():
    header = ["Horodateur", "Adresse e-mail", "Courriel de secours"]
    remembered = {"Courriel de secours": "email"}
    mapping = guess_mapping(header, remembered)
    assert mapping.fields == (F.SUBMITTED_AT, None, F.EMAIL)
    assert mapping.to_json(header) == {"Horodateur": "submitted_at", "Courriel de secours": "email"}


def test_the_header_row_may_follow_a_title():
    rows = [
        ["Inscriptions — session du 8 octobre", None, None],
        [None, None, None],
        ["Horodateur", "Adresse e-mail", "Nom"],
        ["28/09/2020 10:00", "a@example.org", "Martin"],
    ]
    assert find_header_row(rows) == 2
    assert find_header_row([[None], ["seul"]]) is None
