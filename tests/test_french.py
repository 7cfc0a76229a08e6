"""French without Qt: typography, times and dates, honorifics, greetings and role names that
agree with the person, the checks and the out-of-date list in French, French messages."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from organiser import addressing, i18n, model
from organiser.checks import CheckOptions, run_checks
from organiser.i18n import NBSP, NNBSP, typeset
from organiser.services.sample import reference_event


# ---------------------------------------------------------------------- typography
@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Lieu : Bamako", f"Lieu{NNBSP}: Bamako"),
        ("Lieu: Bamako", f"Lieu{NNBSP}: Bamako"),
        ("Vraiment ? Oui !", f"Vraiment{NNBSP}? Oui{NNBSP}!"),
        ("un ; deux", f"un{NNBSP}; deux"),
        ("« Atelier 1 »", f"«{NNBSP}Atelier 1{NNBSP}»"),
        ("«Atelier»", f"«{NNBSP}Atelier{NNBSP}»"),
        ("à 14:30", "à 14:30"),  # a clock time is no colon of a phrase
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        (f"Lieu{NNBSP}: Bamako", f"Lieu{NNBSP}: Bamako"),  # already typeset: unchanged
    ],
)
def test_french_typography(english, french):
    assert typeset(english, "fr") == french
    assert typeset(english, "en") == english


def test_times_dates_and_numbers():
    assert i18n.clock(time(9, 5), "fr") == f"9{NBSP}h{NBSP}05"
    assert i18n.clock(time(9, 5), "en") == "09:05"
    assert i18n.clock_span(time(13), time(14, 45), "fr") == f"13{NBSP}h{NBSP}00–14{NBSP}h{NBSP}45"
    assert i18n.number(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert i18n.long_date(date(2021, 11, 16), "fr") == f"mardi{NBSP}16{NBSP}novembre{NBSP}2021"
    assert i18n.date_range(date(2021, 11, 16), date(2021, 11, 17), "fr").endswith(
        f"novembre{NBSP}2021"
    )
    assert i18n.day_short(date(2021, 11, 16), "fr") == f"16{NBSP}nov."
    assert i18n.page_of(1, 2, "fr") == "page 1 sur 2"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dates_are_written_as_babel_writes_them(lang):
    """The app's date patterns in its languages skip babel's locale data: every day of
    two years must come out as babel itself writes it; other patterns still go to babel."""
    from datetime import timedelta

    from babel.dates import format_date

    patterns = ["EEEE d MMMM y", "EEE d MMM", "d MMM", "EEE d MMM y", "d MMMM", "d MMMM y", "EEEE"]
    for n in range(731):
        day = date(2025, 1, 1) + timedelta(days=n)
        for pattern in patterns:
            assert i18n.format_date(day, pattern, lang) == format_date(day, pattern, locale=lang)
    day = date(2021, 11, 6)
    for pattern in ("dd/MM/yy", "EEEEE d", "MMMMM", "d 'de' MMMM"):  # babel's, not ours
        assert i18n.format_date(day, pattern, lang) == format_date(day, pattern, locale=lang)
    assert i18n.format_date(day, "EEEE d MMMM y", "de") == "Samstag 6 November 2021"


# ---------------------------------------------------------------------- addressing
def person(honorific: str = "", form: str = "", given: str = "Linda", family: str = "Darkwa"):
    return model.Person(given, family, honorific=honorific, form_of_address=form)


@pytest.mark.parametrize(
    ("typed", "french"),
    [
        ("Mr.", "M."),
        ("Mr", "M."),
        ("Ms.", "Mme"),
        ("Mrs.", "Mme"),
        ("Dr.", "Dr"),
        ("Prof.", "Pr"),
        ("H.E.", "S.E."),
        ("Amb.", "Amb."),  # the person's own form: as typed
        ("", ""),
    ],
)
def test_french_honorifics(typed, french):
    assert addressing.honorific(typed, "fr") == french
    assert addressing.honorific(typed, "en") == typed


def test_french_honorifics_typed_in_french_print_in_english():
    assert addressing.honorific("Mme", "en") == "Ms."
    assert addressing.honorific("Pr", "en") == "Prof."
    assert addressing.full_name(person("Dr.", "feminine"), "fr") == "Dr Linda Darkwa"


@pytest.mark.parametrize(
    ("honorific", "form", "greeting"),
    [
        ("Mr.", "", "Monsieur,"),
        ("Ms.", "", "Madame,"),
        ("Mme", "", "Madame,"),
        ("Dr.", "feminine", "Docteure,"),
        ("Dr.", "masculine", "Docteur,"),
        ("Prof.", "feminine", "Professeure,"),
        ("Prof.", "masculine", "Professeur,"),
        ("Docteure", "", "Docteure,"),
        ("H.E.", "feminine", "Excellence,"),
        ("Dr.", "", "Docteur,"),  # not said: the form French uses when it does not know
        ("", "", "Madame, Monsieur,"),
        ("", "feminine", "Madame,"),
    ],
)
def test_french_greeting(honorific, form, greeting):
    assert addressing.salutation(person(honorific, form), "fr") == greeting


def test_gender_from_form_of_address_first():
    assert addressing.gender(person("Mr.", "feminine")) == addressing.FEMININE
    assert addressing.gender(person("Ms.")) == addressing.FEMININE
    assert addressing.gender(person("Dr.")) == ""
    assert addressing.gender_unknown(person("Prof."))
    assert not addressing.gender_unknown(person("Prof.", "masculine"))


@pytest.mark.parametrize(
    ("key", "feminine", "masculine", "plural_mixed"),
    [
        ("facilitator", "Animatrice", "Animateur", "Animateurs"),
        ("moderator", "Modératrice", "Modérateur", "Modérateurs"),
        ("speaker", "Intervenante", "Intervenant", "Intervenants"),
        ("keynote_speaker", "Oratrice principale", "Orateur principal", "Orateurs principaux"),
        (
            "first_respondent",
            "Première intervenante",
            "Premier intervenant",
            "Premiers intervenants",
        ),
        ("rapporteur", "Rapporteuse", "Rapporteur", "Rapporteurs"),
        ("chair", "Présidente de séance", "Président de séance", "Présidents de séance"),
    ],
)
def test_role_names_agree_with_the_people(key, feminine, masculine, plural_mixed):
    data = reference_event()
    role = data.role_type(key)
    assert addressing.role_name(role, "fr", [addressing.FEMININE]) == feminine
    assert addressing.role_name(role, "fr", [addressing.MASCULINE]) == masculine
    assert addressing.role_name(role, "fr", [addressing.FEMININE, addressing.MASCULINE]) == (
        plural_mixed
    )
    assert addressing.role_name(role, "en", [addressing.FEMININE]) == role.label


def test_french_role_defaults_name_every_built_in_role():
    defaults = i18n.french_role_defaults()
    data = reference_event()
    for role in data.role_types:
        assert role.key in defaults
        assert role.label_fr and role.label_fr_feminine and role.brief_fr


def test_an_edited_french_role_name_prints():
    role = model.RoleType("rapporteur", "Rapporteur", "Rapporteurs")
    role.label_fr, role.label_fr_feminine = "Rapporteur", "Rapporteuse"
    role.plural_fr, role.plural_fr_feminine = "Rapporteurs", "Rapporteuses"
    assert addressing.role_name(role, "fr", [addressing.FEMININE]) == "Rapporteuse"
    assert addressing.role_name(role, "fr", [addressing.FEMININE] * 2) == "Rapporteuses"
    assert addressing.role_name(role, "fr", [addressing.MASCULINE]) == "Rapporteur"


# ---------------------------------------------------------------------- session text
def test_french_session_text_where_present_english_where_not():
    data = reference_event()
    ws = next(s for s in data.sessions if s.kind == "workshop")
    ws.title_fr = "Protection des civils"
    ws.guiding_questions_fr = ["Première question ?"]
    assert i18n.heading_of(ws, "fr") == f"Atelier {ws.number}{NNBSP}: Protection des civils"
    assert i18n.heading_of(ws, "en").endswith(ws.title)
    assert i18n.session_text(ws, "summary", "fr") == ws.summary  # no French: the English
    questions = i18n.session_questions(ws, "fr")
    assert questions[0] == f"Première question{NNBSP}?"
    assert questions[1:] == ws.guiding_questions[1:]


# ---------------------------------------------------------------------- checks
def findings(data, code, lang):
    return [f for f in run_checks(data, CheckOptions(lang=lang)) if f.code == code]


def test_bilingual_event_notes_sessions_without_french():
    data = reference_event()
    assert not findings(data, "session_without_french", "en")  # prints in one language
    data.event.print_bilingual = True
    found = findings(data, "session_without_french", "fr")
    assert found and all(f.severity == "info" for f in found)
    ws = next(s for s in data.sessions if s.kind == "workshop" and s.number == 1)
    message = next(f.message for f in found if f.item_id == ws.id)
    assert message.startswith(f"La séance «{NNBSP}Atelier 1{NNBSP}»")
    assert "titre" in message and "problématique" in message
    english = next(f for f in findings(data, "session_without_french", "en") if f.item_id == ws.id)
    assert "French" in english.message
    ws.title_fr, ws.summary_fr, ws.problem_statement_fr = "Protection des civils", "x", "y"
    ws.guiding_questions_fr = ["q"] * len(ws.guiding_questions)
    assert ws.id not in {f.item_id for f in findings(data, "session_without_french", "fr")}


def test_french_event_notes_people_it_cannot_address():
    data = reference_event()
    data.event.print_language = "fr"
    for p in data.people:
        p.form_of_address = ""
    found = findings(data, "form_of_address_unknown", "fr")
    named = {data.person(f.item_id).family_name for f in found}
    assert {"Bagayoko", "Olonisakin", "Udo-Udo"} <= named  # Dr. and Prof., nothing said
    assert "Weber" not in named  # Mr. says it
    data.event.print_language = "en"
    assert not findings(data, "form_of_address_unknown", "en")


def test_every_check_speaks_french():
    """The reference event's findings in French: none left in English."""
    data = reference_event()
    data.event.print_bilingual = True
    english = {(f.code, f.item_id): f.message for f in run_checks(data, CheckOptions())}
    french = {(f.code, f.item_id): f.message for f in run_checks(data, CheckOptions(lang="fr"))}
    assert english.keys() == french.keys() and len(french) >= 5
    for key, message in french.items():
        assert message != english[key], key
        assert " : " not in message and " ? " not in message, message


def test_stale_list_in_french():
    from organiser.checks.stale import PROGRAMME, stale_outputs
    from organiser.store import EventStore

    data = reference_event()
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "e.organiser"
        with EventStore.create(path, data, lock=False) as store:
            from organiser.checks.stale import record_export

            record_export(store, PROGRAMME, store.load(), printed_at=datetime(2021, 11, 15, 9))
            ws = next(s for s in store.load().sessions if s.kind == "workshop")
            store.update("sessions", ws.id, {"starts": "13:35"})
            changed = store.load()
            french = stale_outputs(changed, lang="fr")
            english = stale_outputs(changed, lang="en")
    assert french and english
    assert french[0].message != english[0].message
    assert french[0].message.startswith("Programme") and "Atelier" in french[0].message
    assert "Workshop" in english[0].message


# ---------------------------------------------------------------------- messages
def test_messages_follow_the_messages_language():
    from organiser.store.messages import SAY

    try:
        i18n.set_messages_language("fr")
        assert (
            SAY.say("no_event", name="x.organiser")
            == f"«{NNBSP}x.organiser{NNBSP}» ne contient aucun événement."
        )
    finally:
        i18n.set_messages_language("en")
    assert SAY.say("no_event", name="x.organiser") == "“x.organiser” holds no event."


def test_french_marks_hold_every_letter_the_french_words_print():
    """Briefs fix their font's codes from ``FRENCH_MARKS``: a word with a letter outside
    it would be printed with a code of its own in each split brief."""
    import importlib
    import pkgutil

    import organiser

    for found in pkgutil.walk_packages(organiser.__path__, "organiser."):
        if not any(part in found.name for part in (".gui", ".bench", "__main__")):
            importlib.import_module(found.name)
    used = {
        c
        for table in i18n.Words.tables
        for text in table.by_lang["fr"].values()
        for c in text
        if ord(c) > 127
    }
    assert not used - set(i18n.FRENCH_MARKS), sorted(used - set(i18n.FRENCH_MARKS))
