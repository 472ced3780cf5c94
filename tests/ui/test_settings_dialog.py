"""The network's name and address, edited from the File menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from caprural_desktop.services.settings import NetworkIdentity, network_identity
from caprural_desktop.ui.settings_dialog import SettingsDialog

SAVE = QDialogButtonBox.StandardButton.Save


def test_the_settings_are_edited_from_the_menu(qtbot, window, context, on_modal):
    refused = []

    def edit(dialog):
        assert isinstance(dialog, SettingsDialog)
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)
        refused.append(dialog.errors.label("name").text())
        qtbot.keyClicks(dialog.name, "Cap Rural")
        qtbot.keyClicks(dialog.city, "Grenoble")
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)

    failures = on_modal(edit)
    window.settings_action.trigger()
    assert not failures
    assert refused == ["Give the network's name."]
    assert network_identity(context.database) == NetworkIdentity("Cap Rural", "", "Grenoble")
