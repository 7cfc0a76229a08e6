"""``organiser export briefs`` and ``export runsheet`` from the shell."""

from __future__ import annotations

import pytest

from organiser.cli import main


def test_briefs_one_pdf_split_and_one_person(sample_path, tmp_path, capsys):
    out = tmp_path / "briefs.pdf"
    assert main(["export", "briefs", str(sample_path), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF") and "30 pages" in capsys.readouterr().out
    folder = tmp_path / "split"
    assert main(["export", "briefs", str(sample_path), "--split", str(folder)]) == 0
    assert len(list(folder.glob("*.pdf"))) == 17
    one = tmp_path / "split-one"
    assert (
        main(["export", "briefs", str(sample_path), "--split", str(one), "--person", "0r0ds6srv0"])
        == 0
    )
    assert [p.name for p in one.iterdir()] == ["Weber-Scott.pdf"]
    rs = tmp_path / "runsheet.pdf"
    assert main(["export", "runsheet", str(sample_path), "-o", str(rs), "--paper", "letter"]) == 0
    assert rs.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "briefs", "{ev}", "-o", "{tmp}/b.pdf", "--person", "NOPE"],
        ["export", "briefs", "{ev}", "--split", "{tmp}/file.txt"],
        ["export", "briefs", "{ev}", "--split", "{tmp}/no/such/dir"],
        ["export", "briefs", "{ev}", "-o", "{tmp}/no/such/b.pdf"],
        ["export", "briefs", "{tmp}/missing.organiser", "-o", "{tmp}/b.pdf"],
        ["export", "briefs", "{ev}"],
        ["export", "briefs", "{ev}", "-o", "{tmp}/b.pdf", "--split", "{tmp}/d"],
        ["export", "runsheet", "{ev}", "-o", "{tmp}/r.pdf", "--setup-lead", "-1"],
        ["export", "runsheet", "{ev}", "-o", "{tmp}/r.pdf", "--paper", "a5"],
    ],
)
def test_bad_arguments_one_line_exit_2_nothing_written(sample_path, tmp_path, capsys, args):
    work = tmp_path / "work"
    work.mkdir()
    (work / "file.txt").write_text("x")
    before = sorted(p.name for p in work.iterdir())
    argv = [a.format(ev=sample_path, tmp=work) for a in args]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in work.iterdir()) == before


def run(argv: list[str]) -> int:
    """The exit status, whether argparse exits or main returns."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
