"""The listing model: Qt's model contract, filtering and sorting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from caprural_desktop.text import fold
from caprural_desktop.ui.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    places: int | None

    @property
    def search_text(self) -> str:
        return fold(self.name)


COLUMNS = [
    Column("Name", lambda r: r.name, lambda r: fold(r.name)),
    Column("Places", lambda r: str(r.places or ""), lambda r: r.places, numeric=True),
]
ROWS = [Row(1, "Élodie Durand", 3), Row(2, "Bruno Petit", None), Row(3, "Zoé Élan", 1)]


def make_model(qtmodeltester) -> RowTableModel:
    model = RowTableModel(COLUMNS, "Columns")
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    return model


def test_the_model_keeps_qt_s_contract_while_filtering_and_sorting(qtmodeltester):
    model = make_model(qtmodeltester)
    model.set_filter("elo")
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter("")
    qtmodeltester.check(model)


def test_search_ignores_accents_and_case_and_needs_every_word(qtmodeltester):
    model = make_model(qtmodeltester)
    model.set_filter("ÉLODIE")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Élodie Durand"]
    model.set_filter("el")
    assert model.rowCount() == 2
    model.set_filter("el zoe")
    assert [model.data(model.index(0, 0), ROW_ROLE).id] == [3]


def test_sorting_uses_native_values_with_blanks_last(qtmodeltester):
    model = make_model(qtmodeltester)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(model.index(r, 0)).id for r in range(3)] == [3, 1, 2]
    assert model.data(model.index(0, 1), SORT_ROLE) == 1
    model.sort(-1)
    assert [model.row_at(model.index(r, 0)).id for r in range(3)] == [1, 2, 3]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)


def test_a_filter_survives_new_rows(qtmodeltester):
    model = make_model(qtmodeltester)
    model.set_filter("petit")
    model.set_rows([*ROWS, Row(4, "Anne Petitjean", 2)])
    assert model.rowCount() == 2
    assert model.total_count == 4


def test_empty_texts_sort_last_too(qtmodeltester):
    model = RowTableModel([Column("Name", lambda r: r.name, lambda r: r.name)], "Columns")
    model.set_rows([Row(1, "", None), Row(2, "Bruno", None), Row(3, "Anne", None)])
    qtmodeltester.check(model)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(0, order)
        assert model.row_at(model.index(2, 0)).id == 1
