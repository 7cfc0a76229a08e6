"""Splitting a "full name" cell into honorific, given and family name.

Lists write names as "Dr. Niagalé Bagayoko", "BAGAYOKO Niagalé" (family name in capitals,
first, as French administrations do) or "Bagayoko, Niagalé". Particles such as "de la"
or "van der" belong to the family name. Case is kept as written.
"""

from __future__ import annotations

from ..services.text import fold

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
}


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
    # "Maria de la Fontaine": particles before the last word go with it.
    start = len(words) - 1
    while start > 1 and fold(words[start - 1]) in _PARTICLES:
        start -= 1
    return honorific, " ".join(words[:start]), " ".join(words[start:])
