"""Importing attendee lists: preview, all-or-nothing apply, matching, re-import."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from organiser.attendees.mapping import MappingError, guess_mapping, parse_map_option
from organiser.attendees.names import split_full_name
from organiser.attendees.plan import ImportRefused, apply_plan
from organiser.cli import main
from organiser.services.text import fold
from organiser.store import EventStore
from organiser.store.attendance import counts
from tests.attendees.attendee_files import plan_for, write_list


def _people(path: Path) -> dict[str, dict]:
    with EventStore.open(path, lock=False) as store:
        data = store.load()
    return {
        p.full_name: {
            "email": p.email,
            "org": p.affiliations[0].organisation if p.affiliations else "",
            "pos": p.affiliations[0].position if p.affiliations else "",
            "category": p.category,
            "notes": p.notes,
            "phone": p.phone,
        }
        for p in data.people
    }


def test_guess_french_and_english_headers() -> None:
    headers = [
        "Civilité",
        "PRÉNOM",
        "Nom de famille",
        "Structure",
        "Fonction",
        "Courriel",
        "Téléphone",
        "Catégorie",
        "Langue",
        "Pays",
        "Régime alimentaire",
        "Commentaires",
    ]
    fields = guess_mapping(headers).fields
    assert [fields[i] for i in range(len(headers))] == [
        "honorific",
        "given_name",
        "family_name",
        "organisation",
        "position",
        "email",
        "phone",
        "category",
        "language",
        "country",
        "dietary_needs",
        "notes",
    ]
    english = guess_mapping(
        [
            "Title",
            "First name",
            "Surname",
            "Organization",
            "Job title",
            "E-mail address",
            "Full name",
        ]
    ).fields
    assert english == {
        0: "honorific",
        1: "given_name",
        2: "family_name",
        3: "organisation",
        4: "position",
        5: "email",
        6: "full_name",
    }
    assert guess_mapping(["Given name", "Last name", "Institution", "Titre", "Email"]).fields == {
        0: "given_name",
        1: "family_name",
        2: "organisation",
        3: "position",
        4: "email",
    }


def test_split_full_names() -> None:
    assert split_full_name("Dr. Niagalé Bagayoko") == ("Dr.", "Niagalé", "Bagayoko")
    assert split_full_name("BAGAYOKO Niagalé") == ("", "Niagalé", "BAGAYOKO")
    assert split_full_name("Bagayoko, Niagalé") == ("", "Niagalé", "Bagayoko")
    assert split_full_name("Maria de la Fontaine") == ("", "Maria", "de la Fontaine")
    assert split_full_name("Mme Aïssata Sy") == ("Mme", "Aïssata", "Sy")


def test_french_cp1252_semicolon_list_imports_exactly(event_path: Path, tmp_path: Path) -> None:
    file = write_list(
        tmp_path / "inscrits.csv",
        "Civilité;Prénom;Nom;Structure;Courriel;Catégorie;Pays\r\n"
        "Mme;Aïssata;Coulibaly;Réseau des femmes;aissata@example.org;Participante;Mali\r\n"
        "\r\n"
        "M.;Hélène;Lefèvre;Université de Bamako;;Presse;\r\n",
        "cp1252",
    )
    plan = plan_for(event_path, file)
    assert plan.table.encoding == "Windows-1252" and plan.table.delimiter == ";"
    assert [a.line for a in plan.adds] == [2, 4]
    assert not plan.problems and not plan.updates
    with EventStore.open(event_path) as store:
        apply_plan(store, plan)
    people = _people(event_path)
    assert people["Mme Aïssata Coulibaly"] == {
        "email": "aissata@example.org",
        "org": "Réseau des femmes",
        "pos": "",
        "category": "participant",
        "notes": "Country: Mali",
        "phone": "",
    }
    assert people["M. Hélène Lefèvre"]["category"] == "press"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_bom_and_utf16_lists_import_exactly(
    event_path: Path, tmp_path: Path, encoding, bom
) -> None:
    file = write_list(
        tmp_path / "l.csv",
        "First name\tLast name\tOrganization\nŁukasz\tSzczęsny\tUJ\n",
        encoding,
        bom,
    )
    plan = plan_for(event_path, file)
    assert [(a.person.given_name, a.person.family_name) for a in plan.adds] == [
        ("Łukasz", "Szczęsny")
    ]


def test_problem_rows_refuse_and_change_nothing(event_path: Path, tmp_path: Path) -> None:
    file = write_list(
        tmp_path / "l.csv",
        "Name,Organisation,Email,Category\n"
        "Awa Diallo,UNDP,awa@example.org,participant\n"
        ",UNDP,nobody@example.org,\n"  # line 3: no name
        "Bad Mail,UNDP,not-an-address,\n"  # line 4
        "Awa Diallo,UNDP,awa@example.org,participant\n"  # line 5: duplicate of 2
        f"{'N' * 1001} X,UNDP,,\n"  # line 6: over-long name
        "Kofi Mensah,UNDP,,guest star\n"  # line 7: unknown category
        "Ama Owusu,UNDP,,,extra\n",  # line 8: more values than columns
    )
    before = event_path.read_bytes()
    plan = plan_for(event_path, file)
    assert [(p.line, p.reason.split(" ")[0]) for p in plan.problems] == [
        (3, "no"),
        (4, "“not-an-address”"),
        (5, "the"),
        (6, "the"),
        (7, "unknown"),
        (8, "5"),
    ]
    assert "line 2" in plan.problems[2].reason
    assert "name is 1,001 characters long" in plan.problems[3].reason
    with EventStore.open(event_path) as store, pytest.raises(ImportRefused):
        apply_plan(store, plan)
    assert event_path.read_bytes() == before
    # The CLI refuses the same way: exit 2, one line, the file untouched.
    assert main(["import", "attendees", str(file), "--into", str(event_path), "--yes"]) == 2
    assert event_path.read_bytes() == before
    # Skipping problem rows imports the good one only.
    assert (
        main(
            [
                "import",
                "attendees",
                str(file),
                "--into",
                str(event_path),
                "--yes",
                "--skip-problems",
            ]
        )
        == 0
    )
    assert "Awa Diallo" in _people(event_path)
    assert len(_people(event_path)) == 6


def test_failed_write_rolls_back_everything(event_path: Path, tmp_path: Path) -> None:
    file = write_list(tmp_path / "l.csv", "Name,Email\nA One,a@example.org\nB Two,b@example.org\n")
    plan = plan_for(event_path, file)
    plan.adds[1].person.uid = plan.adds[0].person.uid  # the second insert violates UNIQUE
    with EventStore.open(event_path) as store:
        before = counts(store)
        with pytest.raises(Exception, match="UNIQUE"):
            apply_plan(store, plan)
        assert counts(store) == before
        assert not store.conn.in_transaction


def test_long_notes_field_imports_exactly(event_path: Path, tmp_path: Path) -> None:
    notes = "Allergie aux arachides. " * 8_000  # 192,000 characters: over csv's default limit
    file = write_list(tmp_path / "l.csv", f'Nom,Prénom,Remarques\nSy,Aïssata,"{notes}"\n')
    plan = plan_for(event_path, file)
    with EventStore.open(event_path) as store:
        apply_plan(store, plan)
    assert _people(event_path)["Aïssata Sy"]["notes"] == notes.strip()


def test_missing_name_column_is_refused_clearly(event_path: Path, tmp_path: Path) -> None:
    file = write_list(tmp_path / "l.csv", "Organisation,Email\nUNDP,a@example.org\n")
    with pytest.raises(MappingError, match="no column holds a name"):
        plan_for(event_path, file)
    assert main(["import", "attendees", str(file), "--into", str(event_path)]) == 2
    # ...and the user can say which column to use.
    file2 = write_list(tmp_path / "l2.csv", "Participant Name Here,Org\nAwa Diallo,UNDP\n")
    plan = plan_for(
        event_path,
        file2,
        overrides=parse_map_option("Participant Name Here=full_name,#2=organisation"),
    )
    assert [(a.person.name, a.person.affiliations[0].organisation) for a in plan.adds] == [
        ("Awa Diallo", "UNDP")
    ]
    with pytest.raises(MappingError, match="not a field"):
        plan_for(event_path, file2, overrides={"Org": "company"})
    with pytest.raises(MappingError, match="no column “Nope”"):
        plan_for(event_path, file2, overrides={"Nope": "email"})


def test_missing_optional_columns_are_fine(event_path: Path, tmp_path: Path) -> None:
    file = write_list(tmp_path / "l.csv", "Full name\nDr. Amara Okafor\n")
    plan = plan_for(event_path, file, category="vip")
    (add,) = plan.adds
    assert (add.person.honorific, add.person.given_name, add.person.family_name) == (
        "Dr.",
        "Amara",
        "Okafor",
    )
    assert add.person.category == "vip"
    assert any("cannot match" in w.reason for w in plan.warnings)


def test_matching_by_email_and_by_folded_name_and_organisation(
    event_path: Path, tmp_path: Path
) -> None:
    file = write_list(
        tmp_path / "l.csv",
        "First name,Last name,Organisation,Email,Phone\n"
        "Dzon,Wojcik,Jagiellonian University,DZON@EXAMPLE.ORG,\n"  # e-mail, case aside
        "DRISSA,TRAORE,amdh,drissa@example.org,+223 1\n"  # name + organisation, accents aside
        "Oyku,Ozturk,Someone Else,,\n",  # same name, other organisation: a new person
    )
    plan = plan_for(event_path, file)
    updates = {
        u.person.family_name: (u.matched_by, [str(c) for c in u.changes]) for u in plan.updates
    }
    # accents lost by an ASCII export do not overwrite the event's spelling
    assert updates["Wójcik"] == (
        "e-mail",
        ["organisation: Uniwersytet Jagielloński → Jagiellonian University"],
    )
    assert updates["Traoré"] == (
        "name and organisation",
        ["e-mail: (empty) → drissa@example.org", "phone: (empty) → +223 1"],
    )
    assert [a.person.family_name for a in plan.adds] == ["Ozturk"]


def test_reimport_updates_what_changed_and_says_so(event_path: Path, tmp_path: Path) -> None:
    first = write_list(
        tmp_path / "v1.csv",
        "Prénom,Nom,Organisation,Fonction,Courriel\n"
        "Awa,Diallo,UNDP,Analyst,awa@example.org\n"
        "Kofi,Mensah,ECOWAS,,kofi@example.org\n",
    )
    assert main(["import", "attendees", str(first), "--into", str(event_path), "--yes"]) == 0
    second = write_list(
        tmp_path / "v2.csv",
        "Prénom,Nom,Organisation,Fonction,Courriel\n"
        "Awa,Diallo,UNICEF,,awa@example.org\n"  # moved; position cell empty: kept
        "Kofi,Mensah,ECOWAS,,kofi@example.org\n"  # unchanged
        "Yaw,Boateng,KAIPTC,,yaw@example.org\n",  # new
    )
    plan = plan_for(event_path, second)
    assert [str(c) for c in plan.updates[0].changes] == ["organisation: UNDP → UNICEF"]
    assert len(plan.unchanged) == 1 and [a.person.given_name for a in plan.adds] == ["Yaw"]
    with EventStore.open(event_path) as store:
        apply_plan(store, plan)
    people = _people(event_path)
    assert people["Awa Diallo"]["org"] == "UNICEF" and people["Awa Diallo"]["pos"] == "Analyst"
    # importing the same list again finds nothing to do
    plan = plan_for(event_path, second)
    assert not plan.adds and not plan.updates and len(plan.unchanged) == 3
    assert "nothing to import" in (plan.refusal() or "")


def test_capitalised_family_name_is_not_a_change(event_path: Path, tmp_path: Path) -> None:
    file = write_list(tmp_path / "l.csv", "Prénom;Nom;Structure\nNiagalé;BAGAYOKO;ASSN\n")
    plan = plan_for(event_path, file)
    assert len(plan.unchanged) == 1 and not plan.updates


def test_missing_glyph_is_a_warning_not_a_problem(event_path: Path, tmp_path: Path) -> None:
    file = write_list(tmp_path / "l.csv", "Name,Org\nᏣᎳᎩ Ꭺ,Peking University\n")
    plan = plan_for(event_path, file)
    assert len(plan.adds) == 1 and not plan.problems
    assert "lacks" in plan.warnings[0].reason and plan.warnings[0].line == 2


def test_xlsx_list_with_formula_like_text(event_path: Path, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["First name", "Last name", "Organization"])
    ws.append(["Ama", "Owusu", "+ Peace Network", None, "called twice"])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    plan = plan_for(event_path, path)
    assert plan.adds[0].person.affiliations[0].organisation == "+ Peace Network"
    # a note right of the table in a spreadsheet is a warning, not a misaligned row
    assert not plan.problems and "not imported" in plan.warnings[0].reason


def test_cli_preview_writes_nothing_and_prints_lines(
    event_path: Path, tmp_path: Path, capsys
) -> None:
    file = write_list(
        tmp_path / "l.csv",
        "Nom;Prénom;Organisation;Courriel\nTraoré;Drissa;AMDH;dt@example.org\nSy;;X;bad\n",
    )
    before = event_path.read_bytes()
    assert main(["import", "attendees", str(file), "--into", str(event_path)]) == 0
    out = capsys.readouterr().out
    assert event_path.read_bytes() == before
    assert (
        "line 2: Mr. Drissa Traoré, AMDH (matched by name and organisation): e-mail: (empty) → dt@example.org"
        in out
    )
    assert "line 3: “bad” is not a valid e-mail address" in out
    assert "Nothing was written" in out


def test_cli_report_shows_how_full_names_were_split(
    event_path: Path, tmp_path: Path, capsys
) -> None:
    """One full-name column: the report says how each name was split, the FAMILY name
    marked as such, so a wrong split is seen before it is imported."""
    file = write_list(
        tmp_path / "n.csv",
        "Participant,Email\nZoë Ó Briain,z@example.org\nDr Nguyễn Thị Minh Khai,k@example.org\n",
    )
    assert main(["import", "attendees", str(file), "--into", str(event_path)]) == 0
    out = capsys.readouterr().out
    assert "Names split from the full-name column (check the FAMILY name) (2):" in out
    assert "line 2: Zoë Ó Briain → given “Zoë”, FAMILY “Ó Briain”" in out
    assert "line 3: Dr Nguyễn Thị Minh Khai → given “Thị Minh Khai”, FAMILY “Nguyễn”" in out
    # separate given and family columns are not split: nothing to show
    file = write_list(tmp_path / "g.csv", "Given name,Family name\nZoë,Ó Briain\n")
    assert main(["import", "attendees", str(file), "--into", str(event_path)]) == 0
    assert "Names split" not in capsys.readouterr().out


def test_title_rows_above_the_header_are_looked_past(event_path: Path, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Liste des participants – Bamako, 23 mars 2026"])
    ws.append([])
    ws.append(["N°", "Prénom", "Nom", "Structure"])
    ws.append([1, "Awa", "Diallo", "UNDP"])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    plan = plan_for(event_path, path)
    assert plan.table.header_line == 3 and plan.table.title_lines == [1]
    assert [(a.line, a.person.name) for a in plan.adds] == [(4, "Awa Diallo")]
    assert "header on line 3" in plan.report()[0]


def test_excel_sep_line_names_the_separator(event_path: Path, tmp_path: Path) -> None:
    file = write_list(
        tmp_path / "l.csv", "sep=;\r\nNom;Prénom;Organisation\r\nDiallo;Awa;UNDP, Dakar\r\n"
    )
    plan = plan_for(event_path, file)
    assert plan.table.delimiter == ";"
    assert [(a.line, a.person.name, a.person.affiliations[0].organisation) for a in plan.adds] == [
        (3, "Awa Diallo", "UNDP, Dakar")
    ]


def test_export_then_import_into_a_new_event_round_trips(tmp_path: Path) -> None:
    from organiser.services.generate import generate

    source = tmp_path / "source.organiser"
    EventStore.create(source, generate(300, 4), lock=False).close()
    target = tmp_path / "target.organiser"
    assert main(["new", str(target)]) == 0
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["export", "attendees", str(source), "-o", str(first)]) == 0
    # namesakes at one organisation are told apart by their IDs, not refused as duplicates
    assert main(["import", "attendees", str(first), "--into", str(target), "--yes"]) == 0
    assert main(["export", "attendees", str(target), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    # and the same list again changes nothing
    plan = plan_for(target, first)
    assert len(plan.unchanged) == 300 and not plan.adds and not plan.updates


def test_namesakes_with_different_emails_are_two_people(event_path: Path, tmp_path: Path) -> None:
    file = write_list(
        tmp_path / "l.csv",
        "Name,Organisation,Email\nAwa Diallo,UNDP,awa1@example.org\nAwa Diallo,UNDP,awa2@example.org\n"
        "Kofi Mensah,ECOWAS,\nKofi Mensah,ECOWAS,\n",
    )
    plan = plan_for(event_path, file)
    assert [a.line for a in plan.adds] == [2, 3, 4]
    assert [str(p) for p in plan.problems] == [
        "line 5: the same person as line 4 (same name and organisation): a duplicate row"
    ]


def test_a_name_already_in_the_event_is_asked_about(event_path: Path, tmp_path: Path) -> None:
    """Issue 13: "Drissa Traore" without his organisation is the man already there (asked);
    "Öykü Öztürk" of another organisation is likelier a namesake (asked, added as new)."""
    file = write_list(
        tmp_path / "l.csv",
        "First name,Last name,Organisation,Email\n"
        "DRISSA,TRAORE,,drissa@example.org\n"
        "Oyku,Ozturk,Someone Else,oyku@example.org\n",
    )
    plan = plan_for(event_path, file)
    first, second = plan.questions
    assert first.line == 2 and plan.same_person(first) and first.matched_by == "name only"
    assert "the same person as Mr. Drissa Traoré (AMDH, no e-mail)?" in first.question()
    assert [str(c) for c in first.changes] == ["e-mail: (empty) → drissa@example.org"]
    assert second.line == 3 and not plan.same_person(second)
    assert [a.person.family_name for a in plan.adds] == ["Ozturk"]
    assert any("Same person?" in line for line in plan.report())
    plan.decide(second, same=True)
    assert plan.adds == [] and len(plan.updates) == 2
    plan.decide(first, same=False)
    assert [a.line for a in plan.adds] == [2] and [u.line for u in plan.updates] == [3]


def test_a_shorter_organisation_keeps_the_longer_one(event_path: Path, tmp_path: Path) -> None:
    file = write_list(
        tmp_path / "l.csv", "First name,Last name,Organisation\nNiagalé,Bagayoko,assn\n"
    )
    plan = plan_for(event_path, file)
    assert plan.updates == [] and len(plan.unchanged) == 1  # "assn" is how the event has it


def test_cli_new_person_adds_a_namesake(event_path: Path, tmp_path: Path, capsys) -> None:
    file = write_list(tmp_path / "l.csv", "First name,Last name,Email\nDrissa,Traoré,d@x.org\n")
    args = ["import", "attendees", str(file), "--into", str(event_path)]
    assert main([*args, "--new-person", "7"]) == 2
    assert "line 7 is not a row matched by name only (those are: 2)" in capsys.readouterr().err
    assert main([*args, "--new-person", "2", "--yes"]) == 0
    assert "Imported: 1 added, 0 updated" in capsys.readouterr().out
    people = _people(event_path)
    assert (
        people["Mr. Drissa Traoré"]["email"] == "" and people["Drissa Traoré"]["email"] == "d@x.org"
    )


@pytest.mark.parametrize(
    ("cell", "given", "family"),
    [
        ("Zoë Ó Briain", "Zoë", "Ó Briain"),
        ("Nguyễn Thị Minh Khai", "Thị Minh Khai", "Nguyễn"),
        (
            "María de la Santísima Trinidad Ould-Abdal",
            "María",
            "de la Santísima Trinidad Ould-Abdal",
        ),
        ("Jan van der Berg", "Jan", "van der Berg"),
        ("Ahmed Ould Abdallah", "Ahmed", "Ould Abdallah"),
        ("Mohamed bin Salman", "Mohamed", "bin Salman"),
        ("李小龙", "小龙", "李"),
        ("김민준", "민준", "김"),
        ("山田 太郎", "太郎", "山田"),
        ("Nagy Béla", "Béla", "Nagy"),
        ("Bréma Ely Dicko", "Bréma Ely", "Dicko"),
        ("Simon Weber", "Simon", "Weber"),
    ],
)
def test_full_name_split_respects_particles_and_family_first_orders(cell, given, family) -> None:
    from organiser.attendees.names import split_full_name

    assert split_full_name(cell)[1:] == (given, family)


@pytest.mark.parametrize(
    ("given", "family", "family_first", "printed"),
    [
        ("Zoë", "Ó Briain", False, "Zoë Ó Briain"),
        ("Thị Minh Khai", "Nguyễn", True, "Nguyễn Thị Minh Khai"),
        ("Béla", "Nagy", True, "Nagy Béla"),
        ("小龙", "李", False, "李小龙"),  # CJK script: family first, no space, whatever the flag
        ("민준", "김", False, "김민준"),
        ("Niagalé", "BAGAYOKO", False, "Niagalé BAGAYOKO"),
    ],
)
def test_a_name_prints_in_the_persons_own_order(given, family, family_first, printed) -> None:
    from organiser.model import Person

    person = Person(given, family, family_first=family_first)
    assert person.name == printed
    assert person.sort_key[0] == fold(family)  # filed by family name all the same


@pytest.mark.parametrize(
    ("body", "given", "family", "expected"),
    [
        ("Nguyễn Thị Minh Khai", "Thị Minh Khai", "Nguyễn", True),
        ("Nagy Béla", "Béla", "Nagy", True),
        ("Zoë Ó Briain", "Zoë", "Ó Briain", False),
        ("BAGAYOKO Niagalé", "Niagalé", "BAGAYOKO", False),  # a list's filing convention
        ("Bagayoko, Niagalé", "Niagalé", "Bagayoko", False),
        ("Weber", "", "Weber", False),
    ],
)
def test_written_order_says_whether_the_family_name_comes_first(body, given, family, expected):
    from organiser.attendees.names import written_family_first

    assert written_family_first(body, given, family) is expected


def test_a_full_name_written_family_first_imports_and_prints_that_way(
    event_path: Path, tmp_path: Path
) -> None:
    """ "Nguyễn Thị Minh Khai" in a full-name column keeps its order on every badge and
    list; "BAGAYOKO Niagalé" (capitals: a list's convention) prints given name first."""
    file = write_list(
        tmp_path / "n.csv",
        "Participant,Email\nDr Nguyễn Thị Minh Khai,k@example.org\n"
        "Zoë Ó Briain,z@example.org\nKOUYATÉ Awa,a@example.org\n",
    )
    assert main(["import", "attendees", str(file), "--into", str(event_path), "--yes"]) == 0
    names = set(_people(event_path))
    assert {"Dr. Nguyễn Thị Minh Khai", "Zoë Ó Briain", "Awa KOUYATÉ"} <= names
    out = tmp_path / "b.pdf"
    assert (
        main(["export", "badges", str(event_path), "-o", str(out), "--layout", "Avery L7418"]) == 0
    )
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Nguyễn Thị Minh Khai" in text and "Thị Minh Khai Nguyễn" not in text
