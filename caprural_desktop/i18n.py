"""Loading the French translation: ours and Qt's own (OK/Annuler...).

QtCore only, so that the command line can translate its messages too.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = files("caprural_desktop") / "resources" / "translations"


def load_translators(locale: QLocale) -> list[QTranslator]:
    """The translators for `locale`; none for English, the source language."""
    if locale.language() == QLocale.Language.English:
        return []
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("caprural", str(TRANSLATIONS))):
        translator = QTranslator()
        if translator.load(locale, name, "_", folder):
            translators.append(translator)
    return translators


def translate_function(locale: QLocale):  # noqa: ANN201 - a Translate callable
    """A translate(context, text) that works without a QApplication (for the CLI)."""
    translators = load_translators(locale)

    def translate(context: str, text: str) -> str:
        for translator in reversed(translators):
            translated = translator.translate(context, text)
            if translated:
                return translated
        return text

    return translate
