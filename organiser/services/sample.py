"""The reference event: the Bamako hybrid dialogue of November 2021, entered completely.

Taken from the invitation and agenda (``shared/reference``). Times there are given in CET
and US Eastern time; the venue's own clock (Africa/Bamako, GMT) is one hour behind CET.
The text is kept as the organisers wrote it, including the guiding question that
Workshop 2 repeats: the checks are meant to find it, not this file to hide it.
"""

from __future__ import annotations

from datetime import date, time

from .. import model
from ..model import Affiliation as A

INVITATION = """\
Despite their stated purpose of reducing violence and laying the structural foundations for longer-term security and development, stabilisation missions have struggled. This underscores the need to question how stabilisation efforts address ongoing crises, and in response Interpeace and the Atlantic Council, in partnership with the German Federal Foreign Office and the Bundesakademie für Sicherheitspolitik (BAKS), are leading an initiative called *Rethinking Stability*. Through dialogues and research, the initiative is revisiting stabilisation efforts in the interests of improving future efforts for lasting peace.

We are delighted to invite you to the third dialogue. This meeting comes in the wake of the exit from Kabul that has brought even more into question the efficacy of current stabilisation approaches. In response, this dialogue is titled *Learning from People's Experiences of Stabilisation*, with an agenda designed following consultations with those who experience stabilisation activities in their daily lives. The four sessions each reflect the issues people felt were most important and under discussed: The Protection of Civilians; Local Ownership of Stabilisation Missions; Justice and Stabilisation; and Exit Strategies.

This third dialogue builds on the findings of the previous two held in November 2020 and June 2021. The first dialogue outlined three broad sets of reasons why stabilisation efforts struggled. First, conceptual ambiguity surrounding 'stabilisation' has led to competing operational priorities among humanitarian, development, peacebuilding, and security actors. Second, security actors are better staffed and financed than their counterparts. This imbalance makes compromises hard to reach among the various stabilisation actors. And third, stabilisation efforts are undermined before they even begin by their design, formed by overly elite-centric and technical processes. These result in mandates which hinder the conduct of well-financed operations inclusive of local needs and focused on the political work of rebuilding social contracts in affected communities.

The second dialogue asked how policy and institutional changes in the United States and Europe aimed to overcome these challenges. The first key realisation was that the achievement of long-term peace can only be the product of a synergy between defence, development and peacebuilding ambitions. The second was that a policy of using a sequenced approach of security *then* development, peacebuilding and diplomacy is not working. And thirdly it was clear that policies need to be more principled when working with state security actors who may then perpetuate violence against civilians and support cycles of instability. The final key policy finding was that people must be given the space to collectively reimagine the future identity of their own countries and have a direct say in the systems of governance. And it is in that spirit of endogeneity, inclusion and respect that we invite you to this Rethinking Stability dialogue.

Thank you, as always, for your interest and support."""

# key: (honorific, given, family, home time zone, affiliations)
PEOPLE: dict[str, tuple[str, str, str, str, list[A]]] = {
    "weber": ("Mr.", "Scott", "Weber", "", [A("President", "Interpeace")]),
    "bagayoko": ("Dr.", "Niagalé", "Bagayoko", "", [A("Chair", "African Security Sector Network")]),
    "meeker": (
        "Mr.",
        "William",
        "Meeker",
        "",
        [A("Africa Director", "Center for Civilians in Conflict (CIVIC)")],
    ),
    "moderan": (
        "Ms.",
        "Ornella",
        "Moderan",
        "",
        [A("Head of the Sahel Program", "Institute for Security Studies (ISS)")],
    ),
    "udo_udo": (
        "Prof.",
        "Jacob",
        "Udo-Udo",
        "Africa/Lagos",
        [A("Director, Oversight Chair", "Atiku Institute, American University of Nigeria")],
    ),
    "darkwa": (
        "Dr.",
        "Linda",
        "Darkwa",
        "Africa/Accra",
        [A("Senior Research Fellow", "Legon Centre for International Affairs & Diplomacy")],
    ),
    "traore": (
        "Mr.",
        "Drissa",
        "Traoré",
        "Africa/Bamako",
        [A("National Coordinator", "Malian Association for Human Rights (AMDH)")],
    ),
    "ekomo_soignet": (
        "Ms.",
        "Kessy",
        "Ekomo-Soignet",
        "",
        [
            A("Member", "UN Advisory Board on Youth, Peace and Security"),
            A("CAR Local Peacebuilding Expert", "Peace Insight"),
        ],
    ),
    "hach": (
        "Mr.",
        "Clemens",
        "Hach",
        "Europe/Berlin",
        [A("Head, Stabilisation Division", "German Federal Foreign Office")],
    ),
    "olonisakin": (
        "Prof.",
        "Funmi",
        "Olonisakin",
        "Europe/London",
        [
            A(
                "Vice-Principal & Professor of Security, Leadership & Development",
                "King's College, London",
            )
        ],
    ),
    "dicko_brema": (
        "Dr.",
        "Bréma Ely",
        "Dicko",
        "Africa/Bamako",
        [
            A(
                "Coordinator",
                "“Promoting a durable peace in Mali: A contribution from the civil society” White Book",
            )
        ],
    ),
    "attuquayefio": (
        "Dr.",
        "Philip",
        "Attuquayefio",
        "Africa/Addis_Ababa",
        [
            A(
                "Coordinator, Regional Stabilisation Strategy for Boko Haram-Affected Areas "
                "in the Lake Chad Basin Region",
                "Crisis Management and Post-Conflict Reconstruction Division, "
                "African Union Commission",
            )
        ],
    ),
    "thompson": (
        "Ms.",
        "Katy",
        "Thompson",
        "America/New_York",
        [A("Head of Rule of Law, Human Rights and Security", "UNDP")],
    ),
    "edu_afful": (
        "Dr.",
        "Fiifi",
        "Edu-Afful",
        "Africa/Accra",
        [
            A(
                "Research Fellow and Deputy Program Head, Peace Support Operations Programme",
                "Kofi Annan International Peacekeeping Training Centre",
            )
        ],
    ),
    "dicko_adam": (
        "Ms.",
        "Adam",
        "Dicko",
        "Africa/Bamako",
        [A("Directrice", "Association Des Jeunes Pour La Citoyenneté Active et la Démocratie")],
    ),
    "koenders": (
        "Mr.",
        "Bert",
        "Koenders",
        "Europe/Amsterdam",
        [
            A("Co-Chair, International Commission", "Principles for Peace Initiative"),
            A("Special Envoy on Fragility", "World Bank"),
            A("Former SRSG Mali and Cote d'Ivoire", "United Nations"),
            A("Former Minister for Foreign Affairs", "Government of the Netherlands"),
            A("Former Minister for Development Cooperation", "Government of the Netherlands"),
        ],
    ),
    "wane": (
        "Mr.",
        "El Ghassim",
        "Wane",
        "Africa/Bamako",
        [
            A(
                "UN Special Representative for Mali and Head",
                "United Nations Multidimensional Integrated Stabilisation Mission in Mali (MINUSMA)",
            )
        ],
    ),
}

W1_PROBLEM = (
    "In pursuit of 'stability', both international and national actors have increasingly "
    "adopted securitised approaches to operations. Whilst the use of legitimate force may be "
    "necessary under very particular conditions, current use is too often failing to protect "
    "civilians. Civilian casualties have risen year on year in the Sahel since 2016, where "
    "growing violence has internally displaced an estimated 2.4m people – with ruinous "
    "consequences for peace and stability."
)
W1_QUESTIONS = [
    "From mandate creation down to operational approaches, how can we ensure better "
    "protection for civilians in fragile settings?",
    "Civilians, and in particular women and children, are disproportionately affected by the "
    "use force. What are the repercussions of this for stabilisation efforts? How can each of "
    "us ensure better protection of civilians? Are there any lessons that can be drawn from "
    "places where this has been done well?",
    "How would prioritising a protection lens change the way actors plan for and conduct "
    "stabilisation missions?",
    "And where standards fall short, how can we hold actors accountable for human rights "
    "violations so that they may not be repeated in future?",
]
W2_PROBLEM = (
    "The stabilisation aims of international actors can sometimes be at odds with the needs "
    "and concerns of local populations. This raises the question of who stabilisation is "
    "actually for, with growing evidence that, too often, activities are designed with goals "
    "that do not meet people's needs and doom the efforts from the start. If activities are to "
    "be supported by and harness the capacities of people living in fragile environments then "
    "they must be given more ownership over their design and implementation."
)
W2_QUESTIONS = [
    "We have long heard of the importance of local ownership, but why is it so important?",
    "What actually constitutes 'locally owned'?",
    "How can stabilisation actors ensure activities are locally informed, guided, valued and "
    "owned? What are some successful examples of where this happened and what can we learn "
    "from them?",
    "What needs to change to ensure that people are seen as a resource and a solution to "
    "instability rather than mere project beneficiaries?",
    "How can stabilisation actors and operations think longer-term and take better steps to "
    "enable local and national actors to manage their own security challenges? How can "
    "stabilisation actors ensure activities are locally informed, guided, valued and owned? "
    "What are some successful examples of where this happened and what can we learn?",
]
W3_PROBLEM = (
    "After decades of reminders from civilians at the forefront of conflict that current "
    "approaches “do not work”, the international community is more seriously questioning how "
    "stabilisation efforts can more effectively address ongoing crises. Justice is clearly of "
    "significant importance to those in fragile areas, central not only to peace "
    "negotiations, but to addressing grievances, and in the wider endeavour of setting the "
    "norms and values through which people lead their lives. But justice work has often come "
    "second to security, remaining an underused pillar of peace and stability, despite "
    "evidence that where justice mechanisms through which people resolve conflicts are weak "
    "or absent, or where experiences of injustice are frequent, grievances grow and the "
    "likelihood of stability falls. At the same time, there are well-known tensions between "
    "international and endogenous justice norms that make working on the topic particularly "
    "sensitive that must be resolved."
)
W3_QUESTIONS = [
    "What changes to the current stabilisation approach are needed to work more purposefully "
    "on justice?",
    "Are there some work areas within the justice field that lend themselves to being part of "
    "a stabilisation approach? (for example criminal justice, transitional, dispute "
    "resolution)",
    "How can stabilisation activities help tackle the bigger social and political justice "
    "issues at the core of people's instability and often their recourse to violence?",
    "What role could the application of a justice lens play in stabilisation efforts at the "
    "local level?",
    "In the interests of stability, how can missions reconcile international human rights and "
    "humanitarian laws with local mechanisms and norms?",
]
W4_PROBLEM = (
    "The ultimate purpose of stabilisation operations should be to leave in an orderly manner "
    "with the host state able to resolve its own conflicts peacefully. However, the length of "
    "stabilisation missions in DRG, Libya, and Mali demonstrate that this is easier said than "
    "done. Exit Strategies tend to be an afterthought rather than built in from the beginning "
    "as key a strategic aim around which different actors can align their work."
)
W4_QUESTIONS = [
    "Why do stabilisation missions struggle to leave?",
    "What are the peace conditions necessary for international actors to responsibly leave, "
    "and what can be done by different actors to bring these about?",
    "How can Exit Strategies be built in from the outset of a mission, and kept alive as the "
    "mission develops?",
    "And what local and national capacities and systems are then required to maintain the "
    "positive momentum after departure? What processes are necessary for collaborative and "
    "inclusive exit strategies to be built in from the outset?",
]

# day index, start, end (venue time, GMT), kind, number, title, problem, questions,
# roles as (person key, role, confirmed)
SESSIONS = [
    (0, "13:00", "13:10", "opening", None, "", "", [], [("weber", "speaker", True)]),
    (0, "13:10", "13:20", "keynote", None, "", "", [], [("bagayoko", "keynote_speaker", True)]),
    (
        0,
        "13:20",
        "14:45",
        "workshop",
        1,
        "Protection of Civilians",
        W1_PROBLEM,
        W1_QUESTIONS,
        [
            ("meeker", "facilitator", True),
            ("moderan", "first_respondent", True),
            ("udo_udo", "first_respondent", True),
        ],
    ),
    (0, "14:45", "15:00", "break", None, "", "", [], []),
    (
        0,
        "15:00",
        "16:20",
        "workshop",
        2,
        "Ensuring Local Ownership in Stabilisation Missions",
        W2_PROBLEM,
        W2_QUESTIONS,
        [
            ("darkwa", "facilitator", True),
            ("traore", "first_respondent", True),
            ("ekomo_soignet", "first_respondent", True),
            ("hach", "first_respondent", True),
        ],
    ),
    (1, "13:00", "13:15", "keynote", None, "", "", [], [("olonisakin", "keynote_speaker", True)]),
    (
        1,
        "13:15",
        "14:45",
        "workshop",
        3,
        "Justice as an Underused Approach to Stabilisation",
        W3_PROBLEM,
        W3_QUESTIONS,
        [
            ("dicko_brema", "facilitator", True),
            ("attuquayefio", "first_respondent", True),
            ("thompson", "first_respondent", True),
        ],
    ),
    (1, "14:45", "15:00", "break", None, "", "", [], []),
    (
        1,
        "15:00",
        "16:20",
        "workshop",
        4,
        "Exit Strategies",
        W4_PROBLEM,
        W4_QUESTIONS,
        [
            ("edu_afful", "facilitator", True),
            ("dicko_adam", "first_respondent", True),
            ("koenders", "first_respondent", True),
        ],
    ),
    (1, "16:20", "16:30", "closing", None, "", "", [], [("wane", "speaker", False)]),
]


def reference_event() -> model.EventData:
    """The reference event as plain data, with ids assigned."""
    from ..store import new_event_data

    data = new_event_data()
    data.event = model.Event(
        title="Rethinking Stability: Learning from People's Experiences of Stabilisation",
        subtitle="Hybrid Dialogue from Bamako",
        description=INVITATION,
        format="hybrid",
        venue_name="Azalai Bamako Hotel (Salam)",
        venue_address="Bamako, Mali",
        venue_time_zone="Africa/Bamako",
        display_time_zones=["Europe/Berlin", "America/New_York"],
        online_platform="Zoom",
        online_url="https://atlanticcouncil.zoom.us/j/93121419710?pwd=MW52NIVONIFQMXJLVy9zVlhLU2lrdz09",
        online_meeting_id="931 2141 9710",
    )
    data.partners = [
        model.Partner("Interpeace", "organiser"),
        model.Partner("Atlantic Council", "organiser"),
        model.Partner("German Federal Foreign Office", "partner"),
        model.Partner("Bundesakademie für Sicherheitspolitik (BAKS)", "partner"),
    ]
    data.days = [
        model.Day(date(2021, 11, 16), "Day One", id=1),
        model.Day(date(2021, 11, 17), "Day Two", id=2),
    ]
    ids = {}
    for i, (key, (hon, given, family, zone, affs)) in enumerate(PEOPLE.items(), start=1):
        ids[key] = i
        data.people.append(
            model.Person(
                given_name=given,
                family_name=family,
                honorific=hon,
                affiliations=list(affs),
                home_time_zone=zone,
                category="speaker",
                id=i,
            )
        )
    for n, (day, starts, ends, kind, number, title, problem, questions, roles) in enumerate(
        SESSIONS, start=1
    ):
        data.sessions.append(
            model.Session(
                day_id=data.days[day].id,
                starts=time.fromisoformat(starts),
                ends=time.fromisoformat(ends),
                kind=kind,
                number=number,
                title=title,
                problem_statement=problem,
                guiding_questions=list(questions),
                roles=[
                    model.Role(ids[who], role, order, confirmed)
                    for order, (who, role, confirmed) in enumerate(roles)
                ],
                id=n,
            )
        )
    return data
