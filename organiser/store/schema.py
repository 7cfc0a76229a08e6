"""The event file's tables, version by version.

Each migration takes the file from one ``user_version`` to the next; all of them run
inside the caller's single transaction, so a migration either completes or leaves the
file as it was. Column names are plain words so that a user can read the file with
``sqlite-utils`` or Datasette.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported only to migrate: they cost start-up time
    import sqlite3

    import sqlite_utils

APPLICATION_ID = 0x4F726761  # "Orga"

V1 = [
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        subtitle TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT 'in_person',
        venue_name TEXT NOT NULL DEFAULT '',
        venue_address TEXT NOT NULL DEFAULT '',
        venue_time_zone TEXT NOT NULL DEFAULT 'UTC',
        online_platform TEXT NOT NULL DEFAULT '',
        online_url TEXT NOT NULL DEFAULT '',
        online_meeting_id TEXT NOT NULL DEFAULT '',
        online_passcode TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE display_time_zones (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        zone TEXT NOT NULL
    )""",
    """CREATE TABLE partners (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT 'partner'
    )""",
    """CREATE TABLE days (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL DEFAULT '',
        opens TEXT,
        closes TEXT
    )""",
    """CREATE TABLE rooms (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        capacity INTEGER
    )""",
    """CREATE TABLE role_types (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        key TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        plural TEXT NOT NULL,
        brief TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        honorific TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        printed_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        bio TEXT NOT NULL DEFAULT '',
        home_time_zone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'participant',
        status TEXT NOT NULL DEFAULT 'confirmed'
    )""",
    """CREATE TABLE affiliations (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        position TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX affiliations_person ON affiliations(person_id)",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        day_id INTEGER NOT NULL REFERENCES days(id) ON DELETE CASCADE,
        starts TEXT NOT NULL,
        ends TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'other',
        number INTEGER,
        title TEXT NOT NULL DEFAULT '',
        problem_statement TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'confirmed',
        notes TEXT NOT NULL DEFAULT '',
        track TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX sessions_day ON sessions(day_id, starts)",
    """CREATE TABLE guiding_questions (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL
    )""",
    "CREATE INDEX guiding_questions_session ON guiding_questions(session_id)",
    """CREATE TABLE roles (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        confirmed INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX roles_session ON roles(session_id)",
    "CREATE INDEX roles_person ON roles(person_id)",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]

# Version 2: logistics, attendance and the print log.
V2_COLUMNS: dict[str, dict[str, type]] = {
    "rooms": {"floor": str, "directions": str, "equipment": str},
    "people": {
        "registration_status": str,
        "arrival_at": str,
        "arrival_mode": str,
        "arrival_number": str,
        "arriving_from": str,
        "pickup_needed": int,
        "pickup_by": str,
        "departure_at": str,
        "departure_mode": str,
        "departure_number": str,
        "hotel": str,
        "hotel_address": str,
        "check_in": str,
        "check_out": str,
        "booking_reference": str,
        "dietary_needs": str,
        "access_needs": str,
        "visa_status": str,
        "notes": str,
    },
    "sessions": {
        "setup": str,
        "projector": int,
        "microphones": int,
        "interpretation": str,
        "catering": str,
        "head_count": int,
        "recording": int,
        "streaming": int,
        "online_url": str,
    },
}
#: Columns with a default other than ''/0.
DEFAULTS = {"registration_status": "expected"}
#: Columns that may stay NULL (dates and counts); every other new column defaults to ''/0.
NULLABLE = {"arrival_at", "departure_at", "check_in", "check_out", "microphones", "head_count"}

V2_TABLES = [
    """CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE check_ins (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        day_id INTEGER REFERENCES days(id) ON DELETE SET NULL,
        at TEXT NOT NULL
    )""",
    "CREATE INDEX check_ins_person ON check_ins(person_id)",
    """CREATE TABLE print_log (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        printed_at TEXT NOT NULL,
        layout TEXT NOT NULL DEFAULT '',
        person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL DEFAULT '',
        items TEXT NOT NULL DEFAULT '{}',
        options TEXT NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX print_log_person ON print_log(person_id)",
]


def _v1(db: sqlite_utils.Database) -> None:
    for statement in V1:
        db.execute(statement)


def _v2(db: sqlite_utils.Database) -> None:
    for table, columns in V2_COLUMNS.items():
        for name, kind in columns.items():
            if name in NULLABLE:
                db.table(table).add_column(name, kind)
            else:
                default = DEFAULTS.get(name, "" if kind is str else 0)
                db.table(table).add_column(name, kind, not_null_default=default)
    for statement in V2_TABLES:
        db.execute(statement)


def _v3(db: sqlite_utils.Database) -> None:
    """Version 3: a short title for badges, where the event's title is too long for one."""
    db.table("event").add_column("short_title", str, not_null_default="")


def _v4(db: sqlite_utils.Database) -> None:
    """Check-in ids are never used twice: "undo check-in 7" must not find someone else's
    arrival once the seventh was taken back and a new one recorded (AUTOINCREMENT)."""
    db.execute(
        """CREATE TABLE check_ins_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            day_id INTEGER REFERENCES days(id) ON DELETE SET NULL,
            at TEXT NOT NULL
        )"""
    )
    db.execute(
        "INSERT INTO check_ins_v4 (id, person_id, day_id, at) "
        "SELECT id, person_id, day_id, at FROM check_ins"
    )
    db.execute("DROP TABLE check_ins")
    db.execute("ALTER TABLE check_ins_v4 RENAME TO check_ins")
    db.execute("CREATE INDEX check_ins_person ON check_ins(person_id)")


# Version 5: conference days that run past midnight, and a session's summary (abstract).
V5_COLUMNS = {
    "event": {"day_change": "00:00"},
    "sessions": {"summary": ""},
}


def _v5(db: sqlite_utils.Database) -> None:
    for table, columns in V5_COLUMNS.items():
        for name, default in columns.items():
            db.table(table).add_column(name, str, not_null_default=default)


#: Settings that describe one laptop, not the event: never shared with other desks.
LOCAL_SETTINGS = frozenset(
    {"badge_sheet", "desk_badge_layout", "desk_output", "desk_folder", "desk_layout", "sharing"}
)


def _v6(db: sqlite_utils.Database) -> None:
    """Version 6: several desks, one event.

    A check-in names its event day (the date) and the desk that made it, one per person,
    day and desk: two desks that admit one person while apart keep both arrivals, and
    the earliest counts. In an older file a second check-in of one person on one day
    (made before check-ins were once a day) gets a desk of its own, "earlier-file-ID",
    the same on every copy of the file. The print log names the desk too, and the
    settings that belong to one laptop move to a table that is never shared. Ids stay as
    they are: every desk of an event starts from one file, so they agree."""
    (old_seq,) = db.execute(
        "SELECT max(seq) FROM sqlite_sequence WHERE name = 'check_ins'"
    ).fetchone()
    db.execute(
        """CREATE TABLE check_ins_v6 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            day_id INTEGER REFERENCES days(id) ON DELETE SET NULL,
            day TEXT NOT NULL,
            at TEXT NOT NULL,
            desk TEXT NOT NULL DEFAULT '',
            UNIQUE (person_id, day, desk)
        )"""
    )
    db.execute(
        """WITH c AS (
               SELECT id, person_id, day_id, at,
                      COALESCE((SELECT date FROM days WHERE days.id = check_ins.day_id),
                               substr(at, 1, 10)) AS day
               FROM check_ins)
           INSERT INTO check_ins_v6 (id, person_id, day_id, day, at, desk)
           SELECT id, person_id, day_id, day, at,
                  CASE ROW_NUMBER() OVER (PARTITION BY person_id, day ORDER BY at, id)
                  WHEN 1 THEN '' ELSE 'earlier-file-' || id END
           FROM c"""
    )
    db.execute("DROP TABLE check_ins")
    db.execute("ALTER TABLE check_ins_v6 RENAME TO check_ins")
    if old_seq is not None:  # check-in ids are never used twice, deleted ones included
        db.execute("DELETE FROM sqlite_sequence WHERE name = 'check_ins'")
        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('check_ins', ?)", [old_seq])
    db.table("print_log").add_column("desk", str, not_null_default="")
    db.execute(
        """CREATE TABLE local_settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        )"""
    )
    keys = sorted(LOCAL_SETTINGS)
    marks = ", ".join("?" for _ in keys)
    db.execute(
        f"INSERT INTO local_settings (key, value) "
        f"SELECT key, value FROM settings WHERE key IN ({marks})",
        keys,
    )
    db.execute(f"DELETE FROM settings WHERE key IN ({marks})", keys)


def _v7(db: sqlite_utils.Database) -> None:
    """Version 7: a session's subtitle and its type, the organisers' word for its format
    (frab's and pretalx's ``subtitle`` and ``type``), each a field of its own."""
    for name in ("subtitle", "type"):
        db.table("sessions").add_column(name, str, not_null_default="")


def _v8(db: sqlite_utils.Database) -> None:
    """Version 8: a person whose name is written family name first ("Nguyễn Thị Minh
    Khai", "Nagy Béla") keeps that order on every badge and list."""
    db.table("people").add_column("family_first", int, not_null_default=0)


# Version 9: French. The language documents print in, a person's form of address (where
# the honorific does not say), role names that agree in French, and a session's French text.
V9_COLUMNS: dict[str, dict[str, object]] = {
    "event": {"print_language": "en", "print_bilingual": 0},
    "people": {"form_of_address": ""},
    "role_types": {
        "label_fr": "",
        "label_fr_feminine": "",
        "plural_fr": "",
        "plural_fr_feminine": "",
        "brief_fr": "",
    },
    "sessions": {"title_fr": "", "summary_fr": "", "problem_statement_fr": ""},
    "guiding_questions": {"text_fr": ""},
}


def _v9(db: sqlite_utils.Database) -> None:
    """The columns above, and the built-in roles' French wording filled in so that it can
    be seen and edited (Logistics › Roles) like the English."""
    from ..i18n import french_role_defaults

    for table, columns in V9_COLUMNS.items():
        for name, default in columns.items():
            db.table(table).add_column(name, type(default), not_null_default=default)
    for key, values in french_role_defaults().items():
        sets = ", ".join(f'"{column}" = ?' for column in values)
        db.execute(f"UPDATE role_types SET {sets} WHERE key = ?", (*values.values(), key))


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1,
    _v2,
    _v3,
    _v4,
    _v5,
    _v6,
    _v7,
    _v8,
    _v9,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run the migrations after ``from_version``; the caller holds the transaction."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for step in MIGRATIONS[from_version:to_version]:
        step(db)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {to_version}")


def migrate_file(path: Path, from_version: int) -> None:
    """Bring the file at ``path`` to the current version in one transaction (a new file
    from version 0). Runs on a connection of its own, closed before the store opens the
    file with apsw: never two SQLite libraries holding one file in one process."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        _in_transaction(conn, from_version)
    finally:
        conn.close()


def migrate_memory(image: bytes, from_version: int) -> bytes:
    """The current version of a database image (a read-only file viewed in memory)."""
    import sqlite3

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.deserialize(image)
        conn.execute("PRAGMA foreign_keys = ON")
        _in_transaction(conn, from_version)
        return conn.serialize()
    finally:
        conn.close()


def _in_transaction(conn: sqlite3.Connection, from_version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrate(conn, from_version)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
