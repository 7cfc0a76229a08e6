"""Splitting a "full name" cell into honorific, given and family name.

Lists write names as "Dr. Niagalé Bagayoko", "BAGAYOKO Niagalé" (family name in capitals,
first, as French administrations do) or "Bagayoko, Niagalé". Particles such as "de la",
"van der", "Ó", "Ould" or "bin" start the family name; Vietnamese and Hungarian family
names and names in Chinese, Japanese or Korean script come first. Case is kept as written.
"""

from __future__ import annotations

from ..services.text import east_asian, fold

HONORIFICS = {
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "dr": "Dr.",
    "prof": "Prof.",
    "professor": "Prof.",
    "he": "H.E.",
    "hon": "Hon.",
    "m": "M.",
    "mme": "Mme",
    "mlle": "Mlle",
    "pr": "Pr",
    "me": "Me",
    "sr": "Sr.",
    "rev": "Rev.",
}
_PARTICLES = {
    "de",
    "da",
    "das",
    "do",
    "dos",
    "du",
    "des",
    "del",
    "della",
    "di",
    "la",
    "le",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "ten",
    "ben",
    "bin",
    "ibn",
    "al",
    "el",
    "ould",
    "mac",
    "st",
    "o",  # Irish Ó
    "ni",
    "nic",
    "ui",
    "bint",
    "abu",
    "zu",
}
#: Family names that come first in their language's order (Vietnamese, Hungarian); a
#: name written in Chinese, Japanese or Korean script also puts the family name first.
_FAMILY_FIRST = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
    "do", "ho", "ngo", "duong", "ly", "trinh", "dinh",
    "nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss", "molnar", "nemeth",
    "farkas", "balogh", "papp", "lakatos", "takacs", "juhasz", "meszaros", "olah",
}  # fmt: skip


def honorific_of(text: str) -> str | None:
    """'Dr' or 'dr.' -> 'Dr.'; None when the word is not a known honorific."""
    key = fold(text).replace(".", "").strip()
    return HONORIFICS.get(key)


def split_full_name(text: str) -> tuple[str, str, str]:
    """(honorific, given, family) from one cell."""
    words = text.split()
    honorific = ""
    honorifics = []
    while len(words) > 1 and honorific_of(words[0]):
        honorifics.append(honorific_of(words.pop(0)) or "")
    honorific = " ".join(honorifics)
    if not words:
        return honorific, "", ""
    joined = " ".join(words)
    if "," in joined:
        family, _, given = joined.partition(",")
        return honorific, given.strip(), family.strip()
    if len(words) == 1:
        if east_asian(words[0]) and len(words[0]) >= 2:  # "李小龙", "김민준"
            return honorific, words[0][1:], words[0][0]
        return honorific, "", words[0]
    # "BAGAYOKO Niagalé": leading words in capitals are the family name.
    caps = 0
    for w in words:
        letters = [c for c in w if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            caps += 1
        else:
            break
    if 0 < caps < len(words):
        return honorific, " ".join(words[caps:]), " ".join(words[:caps])
    # "李 小龙", "山田 太郎", "Nguyễn Thị Minh Khai", "Nagy Béla": the family name first
    if east_asian(words[0]) or (fold(words[0]) in _FAMILY_FIRST and len(words) <= 4):
        return honorific, " ".join(words[1:]), words[0]
    # "Maria de la Santísima Trinidad Ould-Abdal", "Zoë Ó Briain": the first particle
    # after the given name starts the family name; else the last word is the family name
    for i in range(1, len(words) - 1):
        if fold(words[i]).rstrip("'’") in _PARTICLES:
            return honorific, " ".join(words[:i]), " ".join(words[i:])
    return honorific, " ".join(words[:-1]), words[-1]


def without_honorifics(text: str) -> str:
    """The name of a full-name cell without the honorifics before it, as split."""
    words = text.split()
    while len(words) > 1 and honorific_of(words[0]):
        words.pop(0)
    return " ".join(words)


def written_family_first(body: str, given: str, family: str) -> bool:
    """Whether the name, as written in ``body``, puts the family name first in the
    person's own order ("Nguyễn Thị Minh Khai", "Nagy Béla", "李 小龙"), so that it prints
    that way. A family name in capitals ("BAGAYOKO Niagalé") or before a comma
    ("Bagayoko, Niagalé") is a list's filing convention, not the person's order."""
    words = body.split()
    part = family.split()
    if not given or not part or "," in body or len(part) >= len(words):
        return False
    letters = [c for c in family if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return False
    return words[: len(part)] == part


def resplit(body: str, given: str, family: str, edited: str) -> tuple[str, str]:
    """A corrected split of ``body`` (the name without honorifics) after the user typed
    ``edited`` ("given" or "family"): the other part becomes the rest of the name when
    the typed part is its start or end ("Ó Briain" of "Zoë Ó Briain" leaves "Zoë"), and
    stays as it was when the user typed something else (a spelling of their own)."""
    typed, other = (family, given) if edited == "family" else (given, family)
    words, part = body.split(), typed.split()
    if part and len(part) < len(words):
        if words[-len(part) :] == part:
            other = " ".join(words[: -len(part)])
        elif words[: len(part)] == part:
            other = " ".join(words[len(part) :])
    return (other, typed) if edited == "family" else (typed, other)
