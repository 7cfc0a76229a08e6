"""Hostile and broken files are refused quickly, with one clear line, writing nothing."""

from __future__ import annotations

import time

import pytest

from organiser.cli import main

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><version>1</version><conference><title>&lol9;</title></conference>
<day index="1" date="2024-01-01"><room name="A"><event id="1" guid="00000000-0000-0000-0000-000000000001">
<start>10:00</start><duration>01:00</duration><title>&lol9;</title></event></room></day></schedule>
"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<schedule><version>1</version><conference><title>&xxe;</title></conference>
<day index="1" date="2024-01-01"><room name="A"><event id="1">
<start>10:00</start><duration>01:00</duration><title>x</title></event></room></day></schedule>
"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE schedule SYSTEM "http://127.0.0.1:9/schedule.dtd">
<schedule><version>1</version><conference><title>t</title></conference>
<day index="1" date="2024-01-01"><room name="A"><event id="1">
<start>10:00</start><duration>01:00</duration><title>x</title></event></room></day></schedule>
"""


def _refused(capsys, tmp_path, kind: str, payload: bytes | None, name: str, *, path=None):
    source = path or tmp_path / name
    if payload is not None:
        source.write_bytes(payload)
    out = tmp_path / "new.organiser"
    t = time.perf_counter()
    rc = main(["import", kind, str(source), "-o", str(out)])
    elapsed = time.perf_counter() - t
    err = capsys.readouterr().err
    assert rc == 2
    assert elapsed < 1.0
    assert not out.exists()
    assert [
        p.name for p in tmp_path.iterdir() if p.suffix == ".organiser" or ".part" in p.name
    ] == []
    assert len(err.strip().splitlines()) == 1
    return err


def test_billion_laughs_is_refused(capsys, tmp_path):
    err = _refused(capsys, tmp_path, "frab", BILLION_LAUGHS, "lol.xml")
    assert "entities" in err


def test_external_entity_is_refused(capsys, tmp_path):
    err = _refused(capsys, tmp_path, "frab", EXTERNAL_ENTITY, "xxe.xml")
    assert "entities" in err and "root:" not in err


def test_external_dtd_is_refused_not_fetched(capsys, tmp_path):
    err = _refused(capsys, tmp_path, "frab", EXTERNAL_DTD, "dtd.xml")
    assert "DTD" in err


@pytest.mark.parametrize("fraction", [0.5, 0.999])
def test_truncated_xml_is_refused(capsys, tmp_path, real, fraction):
    whole = (real / "schedules" / "giggity-36c3_merged.schedule.xml").read_bytes()
    err = _refused(capsys, tmp_path, "frab", whole[: int(len(whole) * fraction)], "cut.xml")
    assert "truncated" in err


def test_truncated_json_is_refused(capsys, tmp_path, real):
    whole = (real / "schedules" / "voc-example-pretalx-rc3.json").read_bytes()
    err = _refused(capsys, tmp_path, "frab", whole[: len(whole) // 2], "cut.json")
    assert "truncated" in err


def test_truncated_ics_is_refused(capsys, tmp_path, real):
    whole = (real / "ics" / "giggity-kielux_2020.ics").read_bytes()
    err = _refused(capsys, tmp_path, "ics", whole[: len(whole) // 2], "cut.ics")
    assert "truncated" in err


def test_oversize_file_is_refused_before_reading(capsys, tmp_path):
    big = tmp_path / "big.xml"
    with open(big, "wb") as f:  # sparse: 60 MB on paper, nothing on disk
        f.write(b"<schedule>")
        f.truncate(60 * 1024 * 1024)
    err = _refused(capsys, tmp_path, "frab", None, "big.xml", path=big)
    assert "50 MB" in err


def test_deeply_nested_json_is_refused(capsys, tmp_path):
    _refused(capsys, tmp_path, "frab", b"[" * 200_000 + b"]" * 200_000, "deep.json")


def test_not_a_schedule_is_refused(capsys, tmp_path):
    err = _refused(capsys, tmp_path, "frab", b"<html><body>hi</body></html>", "page.xml")
    assert "not a schedule" in err


def test_existing_event_file_is_never_overwritten(capsys, tmp_path, real):
    out = tmp_path / "old.organiser"
    out.write_bytes(b"precious")
    rc = main(
        [
            "import",
            "frab",
            str(real / "schedules" / "voc-example-pretalx-democon.json"),
            "-o",
            str(out),
        ]
    )
    assert rc == 2 and out.read_bytes() == b"precious"


def test_huge_json_number_is_refused(capsys, tmp_path):
    payload = b'{"schedule": {"version": ' + b"9" * 100_000 + b"}}"
    _refused(capsys, tmp_path, "frab", payload, "num.json")


def test_calendar_given_to_frab_import_says_so(capsys, tmp_path, real):
    err = _refused(
        capsys, tmp_path, "frab", (real / "ics" / "giggity-kielux_2020.ics").read_bytes(), "c.xml"
    )
    assert "import it as ics" in err


SMALL = [
    "schedules/giggity-debconf23.schedule.xml",
    "schedules/voc-example-pretalx-democon.json",
    "schedules/voc-example-hub-schedule2.json",
    "ics/giggity-kielux_2020.ics",
]


@pytest.mark.parametrize("name", SMALL)
def test_damaged_files_import_or_fail_cleanly(tmp_path, real, name):
    """Cut or corrupted anywhere, a file imports or gives an InterchangeError, nothing else."""
    import random

    from organiser.interchange import InterchangeError
    from organiser.interchange.detect import load_file

    whole = (real / name).read_bytes()
    rng = random.Random(name)
    target = tmp_path / ("damaged" + (real / name).suffix)
    for i in range(24):
        data = bytearray(whole)
        if i % 2:
            data = data[: rng.randrange(1, len(data))]
        else:
            for _ in range(8):
                data[rng.randrange(len(data))] = rng.choice(b'<>&"{}[]:,\\\n\x00\xff0')
        target.write_bytes(bytes(data))
        try:
            load_file(target)
        except InterchangeError as exc:
            assert str(exc)


@pytest.mark.parametrize(
    "name", ["voc-example-hub-schedule2.json", "voc-example-pretalx-democon.json"]
)
def test_json_with_values_of_the_wrong_type_imports_or_fails_cleanly(tmp_path, real, name):
    import json
    import random

    from organiser.interchange import InterchangeError
    from organiser.interchange.detect import load_file

    whole = json.loads((real / "schedules" / name).read_text(encoding="utf-8"))
    rng = random.Random(name)
    odd = [None, 1, "x", [], {}, 1.5, True, "2020-01-01T25:00:00+01:00", "99:99", [[1]], {"a": 1}]

    def mutate(obj, p):
        items = (
            obj.items()
            if isinstance(obj, dict)
            else enumerate(obj)
            if isinstance(obj, list)
            else []
        )
        for key, value in list(items):
            if rng.random() < p:
                obj[key] = rng.choice(odd)
            else:
                mutate(value, p)

    target = tmp_path / "odd.json"
    for i in range(40):
        doc = json.loads(json.dumps(whole))
        mutate(doc, (0.005, 0.03, 0.1)[i % 3])
        target.write_text(json.dumps(doc), encoding="utf-8")
        try:
            load_file(target)
        except InterchangeError as exc:
            assert str(exc)
