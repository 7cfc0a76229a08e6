"""Several desks, one event: sharing an event file between laptops, online or not.

Each desk keeps the whole event in its own file and works alone whenever it must. Every
write transaction is recorded as a SQLite changeset (the session extension, through
apsw) and kept in the desk's log under (desk id, sequence number); desks send each other
the entries the other lacks and apply them with SQLite's conflict handler and our rules.
There is no server and no majority: any desk can write at any time, and desks that were
apart converge on the same data when they meet again, directly, through another desk
(A→B→C) or through a file on a USB stick.

Modules: ``ids`` (ids two desks can make at once), ``log`` (the desk's own tables),
``desk`` (identity, recorded writes, receiving), ``rules`` and ``apply`` (our rules and
the conflict handler), ``crypto`` (the join code's keys), ``transport`` (the HTTP service
and client), ``service`` (a desk at work with its peers), ``discovery`` (finding desks by
join code), ``remote`` (join or sync once over the network), ``filesync`` (desk copies
and USB exchanges), ``tables`` (the event file's tables and their rules), ``event`` (what
``organiser share/join/sync`` and the window do, over the store), ``status`` (what the
Desks panel says).

Design, and how the store takes part
------------------------------------
Connection. One apsw connection per user of the file (the store, the service, each peer
link), set up as ``desk.connect`` does: foreign keys on, rollback journal, full sync.
sqlite-utils may still run the schema migrations, on a connection closed before apsw
opens the file; never two SQLite libraries holding one file in one process.

Writes. When the file is shared, ``EventStore.transaction()`` records itself as
``Desk.write()`` does: the store's own BEGIN IMMEDIATE (with its bounded, reported wait
for the file), ``Desk.begin()`` attaching a session to the shared tables, and
``Desk.end()`` appending the entry before COMMIT. A write outside it would never reach
the other desks.
``Desk.receive()`` applies peers' entries on its own connection and is never recorded
(so nothing echoes back); the tables it touched are in ``Received.tables`` for the
store's listeners. A file that was never shared has no ``sync_*`` tables and behaves as
today.

Ids. Every shared table has a primary key, and new rows take an explicit id:
``ids.new_id()`` (random, 53 bits, above every counter id of older files) for ordinary
rows; ``ids.stable_id(table, key)`` for rows named by a natural key (a day by its date, a
role type by its key), so two desks creating "the same" row create one. Nothing may rely
on ``lastrowid`` or on ids growing in a shared file (``EventStore.new_key``; a file never
shared keeps SQLite's counter ids, as always).

Shared and local tables. Shared: the event, its zones, partners, days, rooms, role types,
people, affiliations, sessions, guiding questions, roles, contacts, tasks, check-ins,
the print log and the settings that describe the event. Local to a desk (never recorded,
never sent): the ``sync_*`` tables (``log``) and ``local_settings``, what describes one
laptop rather than the event (the badge sheet's used slots, the desk's printer and
layout; ``store.schema.LOCAL_SETTINGS``).

Rules per table (``rules``): ``FIELDS`` for every table: each field keeps its latest
version, (version, desk id) deciding between two desks, stored per field in
``sync_versions`` and sent with each entry; a delete beats an edit made without knowledge
of it (each entry carries the vector of what its desk had seen; a delete leaves a
tombstone), even once the row is put back by an undo; rows that point to a row deleted on
another desk go with it or lose the reference, as their foreign key's ON DELETE says.
``natural_key`` for the event row, days, role types and settings: two inserts of one key
merge field by field. ``ARRIVALS`` for check-ins, keyed by person,
event day and desk: every arrival is kept, the earliest (at, desk) of a person's day
is the check-in, a later one is a duplicate listed in the Problems panel
(``checks.arrivals``); both badge prints stay in the print log. Every conflict met is written
to ``sync_conflicts`` (kind, the row, what was kept and what was dropped).

Child lists (roles, guiding questions, affiliations, display zones) are edited in place
(``store.children``): an edit updates the row with its id, a new item gets a new id, a
removed one is deleted. Delete-and-reinsert would make two desks' edits of one list into
two copies of it.

Schema versions. A changeset names tables and columns by position, so entries apply only
between files of the same format: each entry carries ``PRAGMA user_version``, peers of
another version are refused with a message, and an entry of another version is never
applied. Upgrading a shared event: let every desk sync, upgrade every desk, share again.
Migrations run outside ``Desk.write()`` (each desk migrates its own file; nothing is
recorded), so a migration that touches shared rows must give the same result on every
desk (ids from natural keys, no random values, no clock).
"""

from .desk import Desk, Received, connect
from .errors import Mismatch, NotShared, PeerUnreachable, SyncError, WrongCode
from .ids import new_id, stable_id
from .rules import ARRIVALS, FIELDS, Rules, TableRule

__all__ = [
    "ARRIVALS",
    "FIELDS",
    "Desk",
    "Mismatch",
    "NotShared",
    "PeerUnreachable",
    "Received",
    "Rules",
    "SyncError",
    "TableRule",
    "WrongCode",
    "connect",
    "new_id",
    "stable_id",
]
