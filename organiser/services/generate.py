"""Large synthetic events for benchmarks and demos, reproducible from a seed.

Names mix many languages and scripts (accents, Polish, Greek, Cyrillic) because those are
the names that break badge and programme layouts. Speakers are handed out in time order
from a rotating list, so nobody is booked into two sessions at once.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from .. import model
from ..store import new_event_data

GIVEN = [
    "Niagalé",
    "Bréma",
    "Aïssata",
    "Moussa",
    "Fatoumata",
    "Oumar",
    "Kadiatou",
    "Souleymane",
    "Łukasz",
    "Dżon",
    "Małgorzata",
    "Zbigniew",
    "Agnieszka",
    "Grzegorz",
    "Ζωή",
    "Γιώργος",
    "Ελένη",
    "Δημήτρης",
    "Юлия",
    "Дмитрий",
    "Анна",
    "Сергей",
    "José",
    "María José",
    "Núria",
    "Iñaki",
    "João",
    "Conceição",
    "Gonçalo",
    "Jürgen",
    "Käthe",
    "Sören",
    "Çağla",
    "Ömer",
    "Şebnem",
    "Zoë",
    "Chloé",
    "Hélène",
    "François",
    "Siobhán",
    "Ólafur",
    "Þórdís",
    "Åsa",
    "Bjørn",
    "Mårten",
    "Nguyễn Thị",
    "Trần",
    "Amara",
    "Kwame",
    "Ama",
    "Chinedu",
    "Ngozi",
    "Wanjiru",
    "Tendai",
    "Thandiwe",
    "Priya",
    "Arjun",
    "Mei",
    "Hiroshi",
    "Linda",
    "William",
    "Katy",
    "Scott",
]
FAMILY = [
    "Bagayoko",
    "Traoré",
    "Diarra",
    "Coulibaly",
    "Keïta",
    "Touré",
    "Sissoko",
    "Dicko",
    "Wójcik",
    "Zieliński",
    "Szczęsny",
    "Kowalczyk",
    "Brzęczyszczykiewicz",
    "Παπαδοπούλου",
    "Οικονόμου",
    "Κωνσταντίνου",
    "Смирнова",
    "Иванов",
    "Кузнецова",
    "Попов",
    "Núñez",
    "Muñoz",
    "Gonçalves",
    "Conceição",
    "Müller",
    "Schäfer",
    "Öztürk",
    "Çelik",
    "Ó Súilleabháin",
    "Guðmundsdóttir",
    "Ødegård",
    "Lefèvre",
    "Hénault",
    "Nguyễn",
    "Edu-Afful",
    "Udo-Udo",
    "Attuquayefio",
    "Olonisakin",
    "Ekomo-Soignet",
    "Okonkwo",
    "Mwangi",
    "Dlamini",
    "Chatterjee",
    "Watanabe",
    "Thompson",
    "Meeker",
    "Darkwa",
    "Wolfeschlegelsteinhausenbergerdorff",
    "de la Fontaine-Vasconcelos",
]
HONORIFICS = ["", "Mr.", "Ms.", "Dr.", "Prof.", "H.E.", "Mx."]
POSITIONS = [
    "Director",
    "Senior Research Fellow",
    "Programme Officer",
    "Head of Unit",
    "National Coordinator",
    "Chair",
    "Special Envoy",
    "Policy Adviser",
    "Professor",
    "Deputy Head of Mission",
    "Founder and Executive Director",
    "Researcher",
]
ORGANISATIONS = [
    "Interpeace",
    "Atlantic Council",
    "African Union Commission",
    "UNDP",
    "Institute for Security Studies (ISS)",
    "Université des Sciences Sociales de Bamako",
    "Kofi Annan International Peacekeeping Training Centre",
    "Uniwersytet Jagielloński",
    "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών",
    "Московский государственный университет",
    "Bundesakademie für Sicherheitspolitik",
    "Réseau des femmes pour la paix",
    "Centre for Humanitarian Dialogue",
    "World Bank",
    "ECOWAS Commission",
    "Friedrich-Ebert-Stiftung",
    "Fundação Calouste Gulbenkian",
    "Norwegian Refugee Council",
]
ZONES = [
    "Africa/Bamako",
    "Africa/Accra",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Europe/Berlin",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Moscow",
    "Europe/Lisbon",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
]
TOPICS = [
    "Protection of Civilians",
    "Local Ownership",
    "Justice and Stabilisation",
    "Exit Strategies",
    "Climate and Security",
    "Women, Peace and Security",
    "Youth and Violent Extremism",
    "Borderlands and Trade",
    "Mediation at Local Level",
    "Security Sector Reform",
    "Humanitarian Access",
    "Data for Early Warning",
]
HOTELS = ["Azalai Hotel Salam", "Radisson Blu Bamako", "Hôtel de l'Amitié", "Maison d'hôtes Kôrè"]
SESSION_KINDS = ["workshop", "panel", "plenary", "keynote", "workshop", "panel"]
LEAD_ROLE = {
    "workshop": "facilitator",
    "panel": "moderator",
    "plenary": "chair",
    "keynote": "chair",
}
OTHER_ROLES = {
    "workshop": ["first_respondent", "first_respondent", "rapporteur"],
    "panel": ["panellist", "panellist", "panellist"],
    "plenary": ["speaker", "speaker"],
    "keynote": ["keynote_speaker"],
}
SLOTS = [
    (time(9, 0), time(10, 30)),
    (time(11, 0), time(12, 30)),
    (time(14, 0), time(15, 30)),
    (time(16, 0), time(17, 30)),
]
CATEGORIES = ["participant"] * 6 + ["staff", "press", "vip", "organiser"]


def generate(
    people: int,
    sessions: int,
    seed: int = 1,
    speakers: int | None = None,
    start: date = date(2026, 3, 23),
) -> model.EventData:
    """An event with ``people`` people (``speakers`` of them speakers) and ``sessions`` sessions."""
    rng = random.Random(seed)
    data = new_event_data()
    data.event = model.Event(
        title=f"Regional Dialogue on Stability {seed}",
        subtitle="Generated event",
        description="A generated event for demonstrations and benchmarks.\n\nIt has *many* sessions.",
        format="hybrid",
        venue_name="Centre International de Conférences de Bamako",
        venue_address="Avenue de l'OUA, Bamako, Mali",
        venue_time_zone="Africa/Bamako",
        display_time_zones=["Europe/Berlin", "America/New_York"],
        online_platform="Zoom",
        online_url="https://example.org/meeting/123",
        online_meeting_id="123 456 789",
        online_passcode="generated",
    )
    rooms_n = max(1, min(12, sessions // 30 + 1))
    data.rooms = [
        model.Room(f"Room {chr(65 + i)}", capacity=rng.choice([40, 60, 120, 300]), id=i + 1)
        for i in range(rooms_n)
    ]
    per_day = rooms_n * len(SLOTS)
    days_n = max(1, -(-sessions // per_day))
    data.days = [
        model.Day(start + timedelta(days=i), f"Day {i + 1}", id=i + 1) for i in range(days_n)
    ]

    if speakers is None:
        speakers = min(people, max(1, sessions * 5 // 3))
    speakers = min(speakers, people)
    for i in range(people):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        affs = [
            model.Affiliation(rng.choice(POSITIONS), rng.choice(ORGANISATIONS))
            for _ in range(rng.choice([1, 1, 1, 2, 3]))
        ]
        arrival = datetime.combine(
            start - timedelta(days=1), time(rng.randint(6, 22), rng.choice([0, 15, 30, 45]))
        )
        person = model.Person(
            given_name=given,
            family_name=family,
            honorific=rng.choice(HONORIFICS),
            affiliations=affs,
            email=f"person{i}@example.org",
            phone=f"+223 70 {i // 100:02d} {i % 100:02d} 00",
            home_time_zone=rng.choice(ZONES),
            language=rng.choice(["en", "fr"]),
            category="speaker" if i < speakers else rng.choice(CATEGORIES),
            registration_status="registered",
            id=i + 1,
        )
        if i < speakers:
            person.arrival_at = arrival
            person.arrival_mode = "flight"
            person.arrival_number = f"AF{rng.randint(100, 999)}"
            person.arriving_from = rng.choice(["Paris", "Accra", "Dakar", "Berlin", "New York"])
            person.pickup_needed = rng.random() < 0.5
            person.departure_at = datetime.combine(
                start + timedelta(days=days_n), time(rng.randint(8, 20), 0)
            )
            person.hotel = rng.choice(HOTELS)
            person.check_in = arrival.date()
            person.check_out = person.departure_at.date()
        data.people.append(person)

    pointer = 0
    n = 0
    for day in data.days:
        assert day.id is not None  # numbered when made, above
        for slot_start, slot_end in SLOTS:
            for room in data.rooms:
                if n >= sessions:
                    break
                kind = rng.choice(SESSION_KINDS)
                n += 1
                session = model.Session(
                    day_id=day.id,
                    starts=slot_start,
                    ends=slot_end,
                    kind=kind,
                    number=n if kind == "workshop" else None,
                    title=f"{rng.choice(TOPICS)}: {rng.choice(['lessons', 'next steps', 'voices from the field', 'what works'])}",
                    problem_statement=" ".join(
                        rng.choice(TOPICS) + " matters to the people concerned."
                        for _ in range(rng.randint(2, 6))
                    ),
                    guiding_questions=[
                        f"What would change {rng.choice(TOPICS).lower()} for the better?"
                        for _ in range(rng.randint(0, 5))
                    ],
                    room_id=room.id,
                    id=n,
                )
                wanted = [
                    LEAD_ROLE[kind],
                    *OTHER_ROLES[kind][: rng.randint(1, len(OTHER_ROLES[kind]))],
                ]
                for order, role in enumerate(wanted):
                    if speakers == 0:
                        break
                    session.roles.append(
                        model.Role(pointer % speakers + 1, role, order, rng.random() > 0.05)
                    )
                    pointer += 1
                data.sessions.append(session)
    return data
