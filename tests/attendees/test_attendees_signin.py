"""Sign-in sheets: the right people, in order, with the signature column and the day."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from organiser.cli import main
from organiser.pdf.signin import SigninOptions, render_signin
from organiser.services.generate import generate
from organiser.store import EventStore


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_one_day_in_alphabetical_order(event_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signin.pdf"
    assert main(["export", "signin", str(event_path), "-o", str(out), "--day", "2026-03-24"]) == 0
    (text,) = _pages(out)
    assert "Dialogue on Stability" in text
    assert "Day 2 — Tuesday 24 March 2026" in text
    assert "Signature" in text and "Organisation" in text
    assert "Page 1 of 1" in text
    order = [text.index(name) for name in ("Bagayoko", "Öztürk", "Traoré", "Wójcik")]
    assert order == sorted(order)  # Öztürk sorts as Ozturk: between B and T
    assert "Cancelled" not in text  # a cancelled registration is not expected to sign
    assert "Monday" not in text


def test_every_day_starts_its_own_numbering(event_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signin.pdf"
    assert main(["export", "signin", str(event_path), "-o", str(out)]) == 0
    pages = _pages(out)
    assert len(pages) == 2
    assert "Monday 23 March 2026" in pages[0] and "Tuesday 24 March 2026" in pages[1]
    assert all("Page 1 of 1" in p for p in pages)


def test_many_people_run_over_pages_with_header_repeated(tmp_path: Path) -> None:
    data = generate(120, 4)
    path = tmp_path / "big.pdf"
    pages = render_signin(data, path, SigninOptions(invariant=1))
    texts = _pages(path)
    assert pages == len(texts) >= 4
    assert all("Signature" in t for t in texts)
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    # French day names on request
    render_signin(data, path, SigninOptions(locale="fr", invariant=1))
    assert "lundi 23 mars 2026" in _pages(path)[0]


def test_unknown_day_is_refused(event_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "signin.pdf"
    assert main(["export", "signin", str(event_path), "-o", str(out), "--day", "2030-01-01"]) == 2
    assert not out.exists()


def test_same_bytes_for_same_input(event_path: Path, tmp_path: Path) -> None:
    with EventStore.open(event_path, lock=False) as store:
        data = store.load()
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_signin(data, a, SigninOptions(invariant=1))
    render_signin(data, b, SigninOptions(invariant=1))
    assert a.read_bytes() == b.read_bytes()


def test_french_sheets_have_no_english_fixed_words(tmp_path, sample_path):
    from pypdf import PdfReader

    from organiser.cli import main

    out = tmp_path / "fr.pdf"
    assert (
        main(
            [
                "export",
                "signin",
                str(sample_path),
                "-o",
                str(out),
                "--locale",
                "fr",
                "--paper",
                "letter",
                "--blank-rows",
                "2",
            ]
        )
        == 0
    )
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert (
        "Feuille d’émargement" in text and "N°" in text and "Nom" in text and "Page 1 sur" in text
    )
    for english in ("Sign-in sheet", "Name", "Page 1 of", "Tuesday", "November"):
        assert english not in text
    assert round(float(reader.pages[0].mediabox.width)) == 612
