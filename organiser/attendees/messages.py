"""What an attendee import says about the file and its rows, in the language of the
process's messages: English on the command line, the window's own in the window
(``i18n.set_messages_language``). Keys ending in ``_one``/``_many`` are said by
:func:`plural`. The command line's own advice (--map, --sheet) stays English."""

from __future__ import annotations

from .. import i18n

SAY = i18n.Words(
    en={
        # reading the file
        "at_line": "line {line}: {message}",
        "no_such_file": "{path}: no such file",
        "folder": "{path} is a folder",
        "too_big": "{name} is {size} MB; an attendee list over 200 MB is refused",
        "xls": "{name} is an old Excel (.xls) file: save it as .xlsx or .csv and import that",
        "utf32": "the file is UTF-32 encoded: save it as UTF-8 and import again",
        "binary": "the file holds binary data, not text (is it really a CSV?)",
        "bad_bytes": "bytes that are not valid {encoding} (byte {at} of the file)",
        "too_many_rows": "the list has more than {limit} rows, the most Organiser imports at "
        "once; split it into smaller lists",
        "long_value": "a value is longer than {limit} characters, the most Organiser reads in "
        "one cell",
        "open_quote": 'a quote (") opens a value here and is never closed',
        "stray_quote": "a quoted value is followed by other text before the next {delimiter} "
        "(a stray quote?)",
        "bad_csv": "unreadable CSV ({reason})",
        "empty": "the file is empty: no header row and no attendees",
        "bad_xlsx": "{name} is not a readable XLSX workbook ({reason})",
        "xlsx_parts": "{name} holds {parts} parts; a workbook with more than {limit} is refused",
        "xlsx_unpacks": "{name} unpacks to {size} MB; a workbook whose content is over {limit} "
        "MB is refused",
        "xlsx_text": "{name} holds {size} MB of text; a workbook with over {limit} MB is refused",
        "no_sheet": "{name} has no sheet “{sheet}” (it has {names})",
        "long_cell": "a cell is longer than {limit} characters, the most Organiser reads in one "
        "cell",
        # how the file was read
        "read_xlsx": "XLSX, sheet “{sheet}”",
        "read_csv": "CSV, {encoding}, {delimiter}-separated",
        "header_line": ", header on line {line} (lines above it not imported)",
        ",": "comma",
        ";": "semicolon",
        "\t": "tab",
        # the columns
        "no_name": "no column holds a name (expected e.g. “First name”/“Prénom”, “Last name”/"
        "“Nom” or “Full name”); the file's columns: {names}.",
        "no_name_cli": "Say which column holds it, e.g. --map 'Participant=full_name'",
        "no_name_window": "Choose it in the list above.",
        "none": "none",
        "no_column": "the file has no column “{text}” (its columns: {names})",
        "no_column_number": "there is no column {text}: the file has {n} columns",
        "same_columns": "{n} columns are called “{text}”: name one by its number, e.g. #{first}",
        # the rows
        "right_of_table": "values right of the last named column are not imported",
        "misaligned": "{n} values but the header has {width} columns (a separator or quote out "
        "of place?)",
        "short_row_one": "1 value but the header has {width} columns: nothing for "
        "{names}{more}, so values may sit in the wrong columns (a missing separator or cell?); "
        "give the row every column, empty ones too",
        "short_row_many": "{n} values but the header has {width} columns: nothing for "
        "{names}{more}, so values may sit in the wrong columns (a missing separator or cell?); "
        "give the row every column, empty ones too",
        "and_more": " and {n} more",
        "too_long_field": "the {field} (column “{column}”) is {length} characters long; at most "
        "{limit} are accepted",
        "too_long_name": "the {field} is {length} characters long; at most {limit} are accepted",
        "no_name_in_row": "no name",
        "bad_email": "“{email}” is not a valid e-mail address",
        "unknown_category": "unknown category “{value}” (Organiser knows {known})",
        "unknown_status": "unknown registration status “{value}” (Organiser knows {known})",
        "duplicate": "the same person as line {first} (same {how}): a duplicate row",
        "how_uid": "ID",
        "how_email": "e-mail",
        "how_name": "name and organisation",
        "same_name_line": "same name and organisation as line {first} but another e-mail: "
        "imported as a different person",
        "namesakes": "{n} people in the event are called {name}: added as someone new; add an "
        "e-mail column to match one of them",
        "same_name_person": "same name and organisation as {name} ({email}) but another e-mail: "
        "added as a different person",
        "matched_already": "matches {name}, whom line {first} already matches",
        "unmatchable": "no e-mail and no organisation: a later import cannot match this person",
        "glyphs_name": "the name “{text}” has characters the badge font lacks: {chars}",
        "glyphs_organisation": "the organisation “{text}” has characters the badge font lacks: "
        "{chars}",
        "shared_email": "the e-mail {email} belongs to {n} people in the event ({names})",
        "same_name_many": "{n} people in the event have this name and organisation; add an "
        "e-mail column to tell them apart",
    },
    fr={
        "at_line": "ligne {line} : {message}",
        "no_such_file": "{path} : fichier introuvable",
        "folder": "{path} est un dossier",
        "too_big": "{name} fait {size} Mo ; une liste de participants de plus de 200 Mo est "
        "refusée",
        "xls": "{name} est un ancien fichier Excel (.xls) : enregistrez-le en .xlsx ou en .csv "
        "et importez celui-ci",
        "utf32": "le fichier est encodé en UTF-32 : enregistrez-le en UTF-8 et importez-le de "
        "nouveau",
        "binary": "le fichier contient des données binaires, pas du texte (est-ce vraiment un "
        "CSV ?)",
        "bad_bytes": "des octets qui ne sont pas du {encoding} valide (octet {at} du fichier)",
        "too_many_rows": "la liste compte plus de {limit} lignes, le maximum qu’Organiser "
        "importe en une fois ; scindez-la en listes plus petites",
        "long_value": "une valeur dépasse {limit} caractères, le maximum qu’Organiser lit dans "
        "une cellule",
        "open_quote": 'un guillemet (") ouvre ici une valeur et n’est jamais refermé',
        "stray_quote": "une valeur entre guillemets est suivie d’un autre texte avant le "
        "prochain séparateur ({delimiter}) (un guillemet égaré ?)",
        "bad_csv": "CSV illisible ({reason})",
        "empty": "le fichier est vide : ni ligne d’en-tête ni participants",
        "bad_xlsx": "{name} n’est pas un classeur XLSX lisible ({reason})",
        "xlsx_parts": "{name} contient {parts} parties ; un classeur de plus de {limit} parties "
        "est refusé",
        "xlsx_unpacks": "{name} se décompresse en {size} Mo ; un classeur dont le contenu "
        "dépasse {limit} Mo est refusé",
        "xlsx_text": "{name} contient {size} Mo de texte ; un classeur de plus de {limit} Mo de "
        "texte est refusé",
        "no_sheet": "{name} n’a pas de feuille « {sheet} » (ses feuilles : {names})",
        "long_cell": "une cellule dépasse {limit} caractères, le maximum qu’Organiser lit dans "
        "une cellule",
        "read_xlsx": "XLSX, feuille « {sheet} »",
        "read_csv": "CSV, {encoding}, séparateur {delimiter}",
        "header_line": ", en-tête à la ligne {line} (les lignes au-dessus ne sont pas importées)",
        ",": "virgule",
        ";": "point-virgule",
        "\t": "tabulation",
        "no_name": "aucune colonne ne contient de nom (par exemple « Prénom », « Nom » ou "
        "« Nom complet ») ; colonnes du fichier : {names}.",
        "no_name_cli": "Indiquez la colonne qui le contient, par exemple --map "
        "'Participant=full_name'",
        "no_name_window": "Choisissez-la dans la liste ci-dessus.",
        "none": "aucune",
        "no_column": "le fichier n’a pas de colonne « {text} » (ses colonnes : {names})",
        "no_column_number": "il n’y a pas de colonne {text} : le fichier a {n} colonnes",
        "same_columns": "{n} colonnes s’appellent « {text} » : désignez-en une par son numéro, "
        "par exemple #{first}",
        "right_of_table": "les valeurs à droite de la dernière colonne nommée ne sont pas "
        "importées",
        "misaligned": "{n} valeurs, mais l’en-tête a {width} colonnes (un séparateur ou un "
        "guillemet mal placé ?)",
        "short_row_one": "1 valeur, mais l’en-tête a {width} colonnes : rien pour "
        "{names}{more}, des valeurs sont donc peut-être dans les mauvaises colonnes (un "
        "séparateur ou une cellule manquante ?) ; donnez à la ligne toutes ses colonnes, même "
        "vides",
        "short_row_many": "{n} valeurs, mais l’en-tête a {width} colonnes : rien pour "
        "{names}{more}, des valeurs sont donc peut-être dans les mauvaises colonnes (un "
        "séparateur ou une cellule manquante ?) ; donnez à la ligne toutes ses colonnes, même "
        "vides",
        "and_more": " et {n} autres",
        "too_long_field": "le champ « {field} » (colonne « {column} ») fait {length} "
        "caractères ; {limit} au plus sont acceptés",
        "too_long_name": "le champ « {field} » fait {length} caractères ; {limit} au plus sont "
        "acceptés",
        "no_name_in_row": "pas de nom",
        "bad_email": "« {email} » n’est pas une adresse e-mail valide",
        "unknown_category": "catégorie inconnue « {value} » (Organiser connaît {known})",
        "unknown_status": "statut d’inscription inconnu « {value} » (Organiser connaît {known})",
        "duplicate": "la même personne qu’à la ligne {first} (même {how}) : une ligne en double",
        "how_uid": "identifiant",
        "how_email": "e-mail",
        "how_name": "nom, même organisation",
        "same_name_line": "même nom et même organisation qu’à la ligne {first}, mais un autre "
        "e-mail : importée comme une autre personne",
        "namesakes": "{n} personnes de l’événement s’appellent {name} : ajoutée comme une "
        "nouvelle personne ; ajoutez une colonne d’e-mail pour la rapprocher de l’une d’elles",
        "same_name_person": "même nom et même organisation que {name} ({email}), mais un autre "
        "e-mail : ajoutée comme une autre personne",
        "matched_already": "correspond à {name}, à qui la ligne {first} correspond déjà",
        "unmatchable": "ni e-mail ni organisation : un import ultérieur ne pourra pas retrouver "
        "cette personne",
        "glyphs_name": "le nom « {text} » contient des caractères absents de la police des "
        "badges : {chars}",
        "glyphs_organisation": "l’organisation « {text} » contient des caractères absents de la "
        "police des badges : {chars}",
        "shared_email": "l’e-mail {email} appartient à {n} personnes de l’événement ({names})",
        "same_name_many": "{n} personnes de l’événement ont ce nom et cette organisation ; "
        "ajoutez une colonne d’e-mail pour les distinguer",
    },
)


def say(key: str, **values: object) -> str:
    return SAY.say(key, **values)


def plural(key: str, n: int, **values: object) -> str:
    return SAY.say(f"{key}_{'one' if n == 1 else 'many'}", n=n, **values)


def number(n: int) -> str:
    """``n`` with the thousands marked as the messages' language marks them."""
    return i18n.number(n, i18n.messages_language())


#: the fields' names in French, as the messages name them (English: ``mapping.FIELDS``)
FRENCH_FIELDS = {
    "given_name": "prénom",
    "family_name": "nom de famille",
    "full_name": "nom complet",
    "honorific": "titre",
    "organisation": "organisation",
    "position": "fonction",
    "email": "e-mail",
    "phone": "téléphone",
    "category": "catégorie",
    "registration_status": "statut d’inscription",
    "language": "langue",
    "country": "pays",
    "dietary_needs": "régime alimentaire",
    "access_needs": "besoins d’accessibilité",
    "notes": "notes",
    "uid": "identifiant Organiser",
}


def field_name(key: str, english: str) -> str:
    """The field ``key`` as the messages name it (``english`` on the command line)."""
    return FRENCH_FIELDS.get(key, english) if i18n.messages_language() == "fr" else english


#: the words a list may use for each category and registration status, as a French
#: message lists them (each is one the import reads: ``rows._CATEGORY_WORDS``)
FRENCH_WORDS = {
    "speaker": "intervenant",
    "participant": "participant",
    "staff": "équipe",
    "press": "presse",
    "vip": "VIP",
    "organiser": "organisateur",
    "expected": "attendu",
    "registered": "inscrit",
    "waitlisted": "liste d’attente",
    "cancelled": "annulé",
}


def known_words(keys: tuple[str, ...]) -> str:
    """'speaker, participant, …' / 'intervenant, participant, …'."""
    french = i18n.messages_language() == "fr"
    return ", ".join(FRENCH_WORDS.get(k, k) if french else k for k in keys)


def quoted(text: str) -> str:
    """“text” / « text »."""
    return i18n.typeset(f"« {text} »", "fr") if i18n.messages_language() == "fr" else f"“{text}”"
