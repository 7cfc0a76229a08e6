"""The event as plain data: what the store loads and saves, what renderers and services read.

Nothing here knows about SQLite or Qt, so the CLI, the tests, the PDF renderers and the GUI
all share one picture of an event. Dates and times are ``datetime`` objects; session times
are wall-clock times at the venue on the session's day.

A day is a *conference* day, as frab and pretalx have it: it may run past midnight. A
session belongs to the day it is listed under; when it starts before the event's
``day_change`` hour (04:00 at a congress whose talks run into the night, 00:00 by
default) it takes place in the small hours after that day's date. ``session_span`` is the
one place that turns a day and two clock times into real date-times, and every printed
view, check and export goes through it (via ``EventData.starts_at``/``ends_at``), so they
agree on what "+1 day" means and sort a day by real start time.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

FORMATS = ("in_person", "online", "hybrid")
SESSION_KINDS = (
    "opening",
    "keynote",
    "workshop",
    "panel",
    "plenary",
    "break",
    "meal",
    "closing",
    "other",
)
SESSION_KIND_LABELS = {
    "opening": "Opening remarks",
    "keynote": "Keynote",
    "workshop": "Workshop",
    "panel": "Panel",
    "plenary": "Plenary",
    "break": "Break",
    "meal": "Meal",
    "closing": "Closing remarks",
    "other": "Other",
}
#: Kinds that are pauses in the programme: printed quietly, never need a role.
QUIET_KINDS = ("break", "meal")
SESSION_STATUSES = ("confirmed", "tentative")
PERSON_CATEGORIES = ("speaker", "participant", "staff", "press", "vip", "organiser")
PERSON_STATUSES = ("invited", "confirmed", "declined", "cancelled")
REGISTRATION_STATUSES = ("expected", "registered", "waitlisted", "cancelled")
#: How to address a person where the honorific does not say (Dr., Prof.): French agrees
#: role labels and greetings with it.
FORMS_OF_ADDRESS = ("", "feminine", "masculine")
TASK_STATUSES = ("open", "in_progress", "done")

#: The built-in roles, in the order a programme lists them, with what each asks of a
#: person (printed in speaker briefs; every event may edit these and add its own roles).
DEFAULT_ROLE_TYPES: tuple[tuple[str, str, str, str], ...] = (
    (
        "keynote_speaker",
        "Keynote speaker",
        "Keynote speakers",
        "Open the session with a keynote of the length given in the programme, setting out the "
        "main questions for the discussion that follows. Please send any slides to the organisers "
        "the day before.",
    ),
    (
        "speaker",
        "Speaker",
        "Speakers",
        "Deliver your remarks within the time given in the programme. Please send any slides to "
        "the organisers the day before.",
    ),
    (
        "chair",
        "Chair",
        "Chairs",
        "Open and close the session, introduce the speakers, keep time, and take questions from "
        "the room and from the online participants.",
    ),
    (
        "moderator",
        "Moderator",
        "Moderators",
        "Introduce the panellists, put the questions to them, keep time, and bring in the "
        "audience in the room and online.",
    ),
    (
        "facilitator",
        "Facilitator",
        "Facilitators",
        "Open the workshop with its problem statement, guide the discussion through the guiding "
        "questions, bring in the first respondents and then the participants, and close with "
        "the main points.",
    ),
    (
        "panellist",
        "Panellist",
        "Panellists",
        "Prepare short answers (three to five minutes) to the moderator's questions and take "
        "part in the discussion.",
    ),
    (
        "first_respondent",
        "First respondent",
        "First respondents",
        "After the facilitator's opening, respond first, in about five minutes, to the problem "
        "statement and one or two of the guiding questions, drawing on your own experience, to "
        "open the discussion.",
    ),
    (
        "rapporteur",
        "Rapporteur",
        "Rapporteurs",
        "Note the main points, agreements and open questions of the session, report them back "
        "in plenary, and send a short written summary to the organisers.",
    ),
)


def new_uid() -> str:
    """A short random identifier, printable on a badge and typeable by a scanner."""
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
    return "".join(secrets.choice(alphabet) for _ in range(10))


@dataclass
class Partner:
    name: str
    role: str = "partner"  # host, partner, funder, ... free text
    id: int | None = None


@dataclass
class RoleType:
    key: str
    label: str
    plural: str
    brief: str = ""  # what the role asks of a person, printed in speaker briefs
    id: int | None = None
    # French agrees with the person: masculine and feminine, one and several. Empty means
    # the built-in wording for a built-in role (i18n.role_label), else the English label.
    label_fr: str = ""
    label_fr_feminine: str = ""
    plural_fr: str = ""
    plural_fr_feminine: str = ""
    brief_fr: str = ""


@dataclass
class Event:
    title: str = ""
    subtitle: str = ""
    short_title: str = ""  # for badges, where the title is too long for one line
    description: str = ""  # paragraphs separated by blank lines; *emphasis*
    format: str = "in_person"
    venue_name: str = ""
    venue_address: str = ""
    venue_time_zone: str = "UTC"
    display_time_zones: list[str] = field(default_factory=list)
    online_platform: str = ""
    online_url: str = ""
    online_meeting_id: str = ""
    online_passcode: str = ""  # private: printed only where the user chooses
    languages: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    #: a session starting before this hour is after midnight, on the day after its day's date
    day_change: time = field(default_factory=lambda: time(0))
    uid: str = field(default_factory=new_uid)
    #: the language documents print in unless told otherwise ("en" or "fr")
    print_language: str = "en"
    #: the programme is printed in both languages: sessions should carry their French text
    print_bilingual: bool = False


@dataclass
class Day:
    date: date
    label: str = ""
    opens: time | None = None  # None: derived from the sessions
    closes: time | None = None
    id: int | None = None


@dataclass
class Room:
    name: str
    capacity: int | None = None
    floor: str = ""
    directions: str = ""
    equipment: str = ""
    id: int | None = None


@dataclass
class Affiliation:
    position: str = ""
    organisation: str = ""
    id: int | None = None


@dataclass
class Person:
    given_name: str = ""
    family_name: str = ""
    honorific: str = ""
    printed_name: str = ""  # overrides the composed name where set
    family_first: bool = False  # the person's own order: "Nguyễn Thị Minh Khai", "Nagy Béla"
    #: "feminine" or "masculine" where the honorific does not say (Dr., Prof.): French
    #: role labels and greetings agree with it; "" to go by the honorific
    form_of_address: str = ""
    affiliations: list[Affiliation] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    bio: str = ""
    home_time_zone: str = ""
    language: str = ""
    category: str = "participant"
    status: str = "confirmed"
    registration_status: str = "expected"
    # travel and stay (private logistics)
    arrival_at: datetime | None = None
    arrival_mode: str = ""
    arrival_number: str = ""
    arriving_from: str = ""
    pickup_needed: bool = False
    pickup_by: str = ""
    departure_at: datetime | None = None
    departure_mode: str = ""
    departure_number: str = ""
    hotel: str = ""
    hotel_address: str = ""
    check_in: date | None = None
    check_out: date | None = None
    booking_reference: str = ""
    dietary_needs: str = ""
    access_needs: str = ""
    visa_status: str = ""
    notes: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None

    @property
    def name(self) -> str:
        """The name as printed: the override, else the given and family name in the
        person's own order. Names in Chinese, Japanese or Korean script put the family
        name first with no space (李小龙, 김민준) whatever the flag says."""
        if self.printed_name:
            return self.printed_name
        from .services.text import east_asian

        given, family = self.given_name, self.family_name
        if east_asian(given) and east_asian(family):
            return family + given
        parts = (family, given) if self.family_first else (given, family)
        return " ".join(p for p in parts if p)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.honorific, self.name) if p)

    @property
    def sort_key(self) -> tuple[str, str]:
        """The one order of people everywhere (badges, sign-in sheets, lists, the desk):
        by family name, then given name, ignoring accents and case, so that Ó Briain
        files under O and Émile beside Emma."""
        from .services.text import fold

        return (fold(self.family_name or self.given_name), fold(self.given_name))


@dataclass
class Role:
    person_id: int
    role: str  # a RoleType key
    sort_order: int = 0  # running order within the session
    confirmed: bool = True
    id: int | None = None


@dataclass
class Session:
    day_id: int
    starts: time
    ends: time
    kind: str = "other"
    number: int | None = None
    title: str = ""
    #: the line under the title ("the untold stories"), as frab and pretalx have it
    subtitle: str = ""
    #: the organisers' own word for the format ("Talk", "Live-Podcast Bühne (45 Minuten)");
    #: ``kind`` is what the programme does with a session, this is what they call it
    type: str = ""
    #: the abstract a programme prints under the title (Markdown, as frab/pretalx write it)
    summary: str = ""
    problem_statement: str = ""
    guiding_questions: list[str] = field(default_factory=list)
    #: the longer text; printed only where asked (Markdown)
    description: str = ""
    room_id: int | None = None
    status: str = "confirmed"
    notes: str = ""  # private to staff
    roles: list[Role] = field(default_factory=list)
    track: str = ""
    language: str = ""
    # logistics
    setup: str = ""
    projector: bool = False
    microphones: int | None = None
    interpretation: str = ""  # languages, empty when none
    catering: str = ""
    head_count: int | None = None
    recording: bool = False
    streaming: bool = False
    online_url: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    # The French text of a bilingual programme; where empty, the French programme prints
    # the English. French questions go with the English ones at the same place.
    title_fr: str = ""
    summary_fr: str = ""
    problem_statement_fr: str = ""
    guiding_questions_fr: list[str] = field(default_factory=list)

    @property
    def heading(self) -> str:
        """'Workshop 3: Justice …' as the programme names it."""
        kind = SESSION_KIND_LABELS.get(self.kind, self.kind.title())
        if self.number:
            kind = f"{kind} {self.number}"
        if self.kind == "other" and self.title:
            return self.title
        return f"{kind}: {self.title}" if self.title else kind

    @property
    def type_note(self) -> str:
        """The type where printing it tells the reader something: not when it only repeats
        the kind ("Workshop" on a workshop, whose heading says so) or says "other"."""
        shown = " ".join(self.type.split())
        same = {"", "other", self.kind, SESSION_KIND_LABELS.get(self.kind, "").casefold()}
        return "" if shown.casefold() in same else shown


def session_span(
    day: date, starts: time, ends: time, day_change: time = time(0)
) -> tuple[datetime, datetime]:
    """Real (naive, venue wall-clock) start and end of a session listed under ``day``.

    A start before ``day_change`` is in the small hours after the day's date; an end
    earlier on the clock than the start is on the next date again (23:00–01:00). Equal
    clock times give a session of no length, which the checks report.
    """
    start = datetime.combine(day, starts)
    if starts < day_change:
        start += timedelta(days=1)
    end = datetime.combine(start.date(), ends)
    if ends < starts:
        end += timedelta(days=1)
    return start, end


@dataclass
class Contact:
    name: str
    role: str = ""
    phone: str = ""
    id: int | None = None


@dataclass
class Task:
    title: str
    owner: str = ""
    due: date | None = None
    status: str = "open"
    session_id: int | None = None
    person_id: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class CheckIn:
    person_id: int
    at: datetime
    day_id: int | None = None
    id: int | None = None
    #: the desk that admitted the person, where desks share the event ("" when not)
    desk: str = ""


@dataclass
class PrintRecord:
    """One printed document, so the app can tell which paper is now out of date."""

    kind: str  # programme, badge, brief, runsheet, signin, ...
    printed_at: datetime
    layout: str = ""
    person_id: int | None = None
    fingerprint: str = ""
    items: dict[str, str] = field(default_factory=dict)  # item key -> content fingerprint
    options: dict[str, object] = field(default_factory=dict)
    id: int | None = None
    #: the desk that printed it, where desks share the event ("" when not)
    desk: str = ""


@dataclass
class EventData:
    """One whole event, as it is in its file."""

    event: Event = field(default_factory=Event)
    days: list[Day] = field(default_factory=list)
    rooms: list[Room] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    role_types: list[RoleType] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    check_ins: list[CheckIn] = field(default_factory=list)
    print_log: list[PrintRecord] = field(default_factory=list)
    settings: dict[str, object] = field(default_factory=dict)
    #: where desks share the event: desk id -> name, for the desks this one knows of
    desks: dict[str, str] = field(default_factory=dict)

    # lookups used by every renderer and check
    def person(self, person_id: int) -> Person:
        return self._index("people")[person_id]

    def people_by_id(self) -> dict[int | None, Person]:
        """Every person by id, built once per list (exports look up thousands of roles)."""
        return self._index("people")

    def day(self, day_id: int) -> Day:
        return self._index("days")[day_id]

    def room(self, room_id: int | None) -> Room | None:
        return None if room_id is None else self._index("rooms").get(room_id)

    def role_type(self, key: str) -> RoleType:
        for rt in self.role_types:
            if rt.key == key:
                return rt
        label = key.replace("_", " ").capitalize()
        return RoleType(key, label, label + "s")

    def span(self, session: Session) -> tuple[datetime, datetime]:
        """The session's real start and end at the venue (see ``session_span``)."""
        return session_span(
            self.day(session.day_id).date, session.starts, session.ends, self.event.day_change
        )

    def starts_at(self, session: Session) -> datetime:
        return self.span(session)[0]

    def ends_at(self, session: Session) -> datetime:
        return self.span(session)[1]

    def day_span(self, day: Day) -> tuple[datetime, datetime] | None:
        """The day's opening and closing as real date-times: its own hours where set, else
        its first start and its last end (past midnight where its sessions run on).
        None for a day with neither hours nor sessions."""
        spans = [self.span(s) for s in self.sessions if s.day_id == day.id]
        change = self.event.day_change
        start = end = None
        if day.opens is not None:
            start = session_span(day.date, day.opens, day.opens, change)[0]
        elif spans:
            start = min(a for a, _ in spans)
        if day.closes is not None:
            end = session_span(day.date, day.closes, day.closes, change)[0]
            if start is not None and end < start:  # closes after midnight (18:00–02:00)
                end += timedelta(days=1)
        elif spans:
            end = max(b for _, b in spans)
        if start is None or end is None:
            return None
        return start, max(start, end)

    def sessions_on(self, day_id: int | None) -> list[Session]:
        """The day's sessions in the order they happen (after-midnight ones last); none for
        a day not stored yet (no id)."""
        return sorted((s for s in self.sessions if s.day_id == day_id), key=self.span)

    def roles_of(self, person_id: int | None) -> list[tuple[Session, Role]]:
        """A person's roles, in time order; none for a person not stored yet (no id)."""
        days = self._index("days")
        found = [(s, r) for s in self.sessions for r in s.roles if r.person_id == person_id]
        return sorted(
            found, key=lambda sr: self.starts_at(sr[0]) if sr[0].day_id in days else datetime.max
        )

    def _index(self, name: str) -> dict:
        # Cached per list length: ids never change once loaded, lists only grow or shrink.
        items = getattr(self, name)
        cache = self.__dict__.setdefault("_indexes", {})
        hit = cache.get(name)
        if hit is None or hit[0] != len(items):
            hit = cache[name] = (len(items), {item.id: item for item in items})
        return hit[1]
