"""What a schedule import says (the report's lines, its refusals), in the language of the
process's messages: English on the command line, the window's own in the window
(``i18n.set_messages_language``). A key ending in ``_one``/``_many`` is said by
:func:`plural`."""

from __future__ import annotations

from ..i18n import Words

SAY = Words(
    en={
        # the headline
        "headline": "{source} ({format}): {sessions} sessions, {people} people, {rooms} rooms, "
        "{days} days",
        "day_label": "Day {n}",
        # the venue's time zone
        "unknown_zone": "unknown time zone “{zone}”",
        "zone_as_asked": "venue time zone set to {zone} as asked",
        "zone_not_iana": "the file's time zone “{zone}” is not an IANA zone; ignored it",
        "zone_contradicts": "the file's time zone {declared} contradicts the UTC offsets and "
        "start times of {n} events; used {guessed} (fits those offsets)",
        "zone_contradicts_others": "the file's time zone {declared} contradicts the UTC offsets "
        "and start times of {n} events; used {guessed} (fits those offsets, as do {others} "
        "other zones)",
        "zone_guessed": "the file names no time zone; guessed {guessed} from its UTC offsets "
        "({offsets})",
        "zone_guessed_others": "the file names no time zone; guessed {guessed} from its UTC "
        "offsets ({offsets}); {others} other zones fit too",
        "zone_utc": "the file names no time zone and its times carry no UTC offset; kept the "
        "times as written and set the venue time zone to UTC (change it if the venue is "
        "elsewhere)",
        # what was guessed or left out
        "utc_dated_one": "1 day is dated by its UTC start; used its date at the venue",
        "utc_dated_many": "{n} days are dated by their UTC start; used their dates at the venue",
        "dup_ids_one": "1 event id is used by more than one event ({events} events); kept each "
        "as a separate session",
        "dup_ids_many": "{n} event ids are used by more than one event ({events} events); kept "
        "each as a separate session",
        "dup_guids_one": "1 event guid is used by more than one event ({events} events); kept "
        "each, and exports give them new guids",
        "dup_guids_many": "{n} event guids are used by more than one event ({events} events); "
        "kept each, and exports give them new guids",
        "no_time_one": "1 event has no usable start time or duration; left out",
        "no_time_many": "{n} events have no usable start time or duration; left out",
        "too_long_one": "1 event lasts a day or longer, which a session cannot; left out",
        "too_long_many": "{n} events last a day or longer, which a session cannot; left out",
        "mismatched_one": "1 event's written start time disagrees with its date; used the date",
        "mismatched_many": "{n} events' written start times disagree with their dates; used the "
        "dates",
        "kept_late_one": "1 event starts after midnight under the day it is listed in; kept "
        "there, as the file's days turn over at {change}",
        "kept_late_many": "{n} events start after midnight under the day they are listed in; "
        "kept there, as the file's days turn over at {change}",
        "moved_one": "1 event could not stay under the day it is listed in; placed by its start "
        "time",
        "moved_many": "{n} events could not stay under the days they are listed in; placed by "
        "their start times",
        "new_days_one": "1 calendar date added for sessions outside the file's days: {dates}",
        "new_days_many": "{n} calendar dates added for sessions outside the file's days: {dates}",
        "past_midnight_one": "1 session runs past midnight; kept on its start day, ending the "
        "next morning",
        "past_midnight_many": "{n} sessions run past midnight; kept on their start day, ending "
        "the next morning",
        "doubled_one": "1 person was listed twice for one event; kept once",
        "doubled_many": "{n} people were listed twice for the same event; kept once",
        "unknown_roles_one": "1 role ({names}) not known here; recorded as speaker",
        "unknown_roles_many": "{n} roles ({names}) not known here; recorded as speaker",
        "empty_days_one": "1 day holds no sessions",
        "empty_days_many": "{n} days hold no sessions",
        "renamed_one": "1 event names a room other than the one it is listed under; used the "
        "latter",
        "renamed_many": "{n} events name a room other than the one they are listed under; used "
        "the latter",
        "shared_ids": "{n} person ids name more than one person; treated as different people",
        "multi_guid_one": "1 name belongs to more than one person guid; kept apart as different "
        "people",
        "multi_guid_many": "{n} names belong to more than one person guid; kept apart as "
        "different people",
        "multi_id_one": "1 name appears under more than one person id; treated as one person each",
        "multi_id_many": "{n} names appear under more than one person id; treated as one person "
        "each",
        "multi_json_one": "1 name belongs to more than one person id; kept apart as different "
        "people",
        "multi_json_many": "{n} names belong to more than one person id; kept apart as "
        "different people",
        "no_version": "the file has no <version> (old Pentabarf dialect); read it anyway",
        "cp1252": "the file is not UTF-8; read it as Windows-1252",
        "unreadable_one": "1 entry could not be read (malformed properties); left out",
        "unreadable_many": "{n} entries could not be read (malformed properties); left out",
        "all_day_one": "1 all-day entry is not a session; left out",
        "all_day_many": "{n} all-day entries are not sessions; left out",
        "no_start_one": "1 entry has no start time; left out",
        "no_start_many": "{n} entries have no start time; left out",
        "cancelled_one": "1 cancelled entry left out",
        "cancelled_many": "{n} cancelled entries left out",
        "repeating_one": "1 entry repeats (RRULE); only its first occurrence was imported",
        "repeating_many": "{n} entries repeat (RRULE); only their first occurrences were imported",
        "tzid_no_vtimezone": "the file uses TZID {zones} without a VTIMEZONE; read as the IANA "
        "zone of that name",
        "utc_only": "all times are in UTC and the file names no venue time zone; kept UTC "
        "(import again with --time-zone to show the venue's own clock)",
        "attendees_one": "1 person taken from ATTENDEE names as speaker",
        "attendees_many": "{n} people taken from ATTENDEE names as speakers",
        # refusals
        "os_error": "{name}: {reason}",
        "no_such_file": "{name}: no such file",
        "too_big": "{name} is {size} MB, over the import limit of {limit} MB; refused, nothing "
        "was imported",
        "grew_too_big": "{name} is larger than the import limit of {limit} MB; refused, nothing "
        "was imported",
        "empty": "{name} is empty",
        "not_utf8": "{name} is not UTF-8 text (byte {at})",
        "not_schedule_file": "{name} is not a schedule.xml, schedule.json or .ics file",
        "no_sessions": "{name} holds no sessions that could be read",
        "xml_entities": "{name} declares XML entities or a DTD ({kind}); refused for safety, "
        "nothing was imported",
        "xml_truncated": "{name} ends before the schedule does (line {line}): the file looks "
        "truncated; nothing was imported",
        "xml_bad": "{name} is not well-formed XML: {reason}",
        "xml_not_schedule": "{name} is XML but not a schedule (its root is <{root}>)",
        "no_conference": "{name} has no <conference>; not a frab schedule.xml",
        "no_day": "{name} holds no <day>; nothing to import",
        "too_many_events": "{name} holds {events} events; a calendar with more than {limit} is "
        "refused, nothing was imported",
        "long_line": "{name} has a line of {length} characters (“{start}”); lines over {limit} "
        "characters are refused, nothing was imported",
        "not_ics": "{name} is not an iCalendar file (no BEGIN:VCALENDAR)",
        "ics_truncated": "{name} ends before its calendar does (no END:VCALENDAR): the file "
        "looks truncated; nothing was imported",
        "ics_bad": "{name} is not a readable iCalendar file: {reason}",
        "no_timed_events": "{name} holds no timed events; nothing to import",
        "json_truncated": "{name} ends before the schedule does (line {line}): the file looks "
        "truncated; nothing was imported",
        "json_bad": "{name} is not valid JSON: {reason} at line {line}",
        "json_deep": "{name} is nested too deeply to be a schedule",
        "json_value": "{name} holds a value that cannot be read: {reason}",
        "json_not_schedule": "{name} is JSON but not a schedule.json (no 'schedule' object)",
        "json_no_conference": "{name} has no conference in its schedule",
        "json_no_days": "{name} holds no days; nothing to import",
        "is_ics": "{name} is an iCalendar file: import it as ics",
        "neither": "{name} is neither a schedule.xml nor a schedule.json",
    },
    fr={
        "headline": "{source} ({format})\u00a0: {sessions} séances, {people} personnes, "
        "{rooms} salles, {days} jours",
        "day_label": "Jour {n}",
        "unknown_zone": "fuseau horaire inconnu « {zone} »",
        "zone_as_asked": "fuseau horaire du lieu réglé sur {zone}, comme demandé",
        "zone_not_iana": "le fuseau horaire du fichier, « {zone} », n’est pas un fuseau IANA ; "
        "il a été ignoré",
        "zone_contradicts": "le fuseau horaire du fichier, {declared}, contredit les décalages "
        "UTC et les heures de début de {n} événements ; {guessed} a été retenu (il correspond "
        "à ces décalages)",
        "zone_contradicts_others": "le fuseau horaire du fichier, {declared}, contredit les "
        "décalages UTC et les heures de début de {n} événements ; {guessed} a été retenu (il "
        "correspond à ces décalages, comme {others} autres fuseaux)",
        "zone_guessed": "le fichier n’indique aucun fuseau horaire ; {guessed} a été déduit de "
        "ses décalages UTC ({offsets})",
        "zone_guessed_others": "le fichier n’indique aucun fuseau horaire ; {guessed} a été "
        "déduit de ses décalages UTC ({offsets}) ; {others} autres fuseaux conviennent aussi",
        "zone_utc": "le fichier n’indique aucun fuseau horaire et ses heures ne portent aucun "
        "décalage UTC ; les heures sont gardées telles quelles et le fuseau du lieu est réglé "
        "sur UTC (changez-le si le lieu se trouve ailleurs)",
        "utc_dated_one": "1 jour est daté par son début en UTC ; sa date sur place a été retenue",
        "utc_dated_many": "{n} jours sont datés par leur début en UTC ; leurs dates sur place "
        "ont été retenues",
        "dup_ids_one": "1 identifiant d’événement sert à plusieurs événements ({events} "
        "événements) ; chacun est gardé comme une séance distincte",
        "dup_ids_many": "{n} identifiants d’événement servent à plusieurs événements ({events} "
        "événements) ; chacun est gardé comme une séance distincte",
        "dup_guids_one": "1 guid d’événement sert à plusieurs événements ({events} "
        "événements) ; chacun est gardé, et les exports leur donnent de nouveaux guid",
        "dup_guids_many": "{n} guid d’événement servent à plusieurs événements ({events} "
        "événements) ; chacun est gardé, et les exports leur donnent de nouveaux guid",
        "no_time_one": "1 événement n’a ni heure de début ni durée utilisables ; il est laissé "
        "de côté",
        "no_time_many": "{n} événements n’ont ni heure de début ni durée utilisables ; ils sont "
        "laissés de côté",
        "too_long_one": "1 événement dure une journée ou plus, ce qu’une séance ne peut pas ; "
        "il est laissé de côté",
        "too_long_many": "{n} événements durent une journée ou plus, ce qu’une séance ne peut "
        "pas ; ils sont laissés de côté",
        "mismatched_one": "l’heure de début écrite d’un événement ne concorde pas avec sa date ; "
        "la date a été retenue",
        "mismatched_many": "les heures de début écrites de {n} événements ne concordent pas avec "
        "leurs dates ; les dates ont été retenues",
        "kept_late_one": "1 événement commence après minuit sous le jour où il est listé ; il y "
        "est gardé, car les jours du fichier changent à {change}",
        "kept_late_many": "{n} événements commencent après minuit sous le jour où ils sont "
        "listés ; ils y sont gardés, car les jours du fichier changent à {change}",
        "moved_one": "1 événement ne pouvait rester sous le jour où il est listé ; il est placé "
        "selon son heure de début",
        "moved_many": "{n} événements ne pouvaient rester sous les jours où ils sont listés ; "
        "ils sont placés selon leurs heures de début",
        "new_days_one": "1 date ajoutée pour des séances hors des jours du fichier : {dates}",
        "new_days_many": "{n} dates ajoutées pour des séances hors des jours du fichier : {dates}",
        "past_midnight_one": "1 séance se prolonge après minuit ; elle reste sur son jour de "
        "début et finit le lendemain matin",
        "past_midnight_many": "{n} séances se prolongent après minuit ; elles restent sur leur "
        "jour de début et finissent le lendemain matin",
        "doubled_one": "1 personne figurait deux fois pour un même événement ; gardée une fois",
        "doubled_many": "{n} personnes figuraient deux fois pour un même événement ; gardées une "
        "fois",
        "unknown_roles_one": "1 rôle ({names}) inconnu ici ; enregistré comme intervention",
        "unknown_roles_many": "{n} rôles ({names}) inconnus ici ; enregistrés comme interventions",
        "empty_days_one": "1 jour ne contient aucune séance",
        "empty_days_many": "{n} jours ne contiennent aucune séance",
        "renamed_one": "1 événement nomme une autre salle que celle sous laquelle il est "
        "listé ; la seconde a été retenue",
        "renamed_many": "{n} événements nomment une autre salle que celle sous laquelle ils sont "
        "listés ; la seconde a été retenue",
        "shared_ids": "{n} identifiants de personne désignent chacun plusieurs personnes ; "
        "celles-ci sont traitées comme des personnes différentes",
        "multi_guid_one": "1 nom appartient à plusieurs guid de personne ; ces personnes sont "
        "gardées distinctes",
        "multi_guid_many": "{n} noms appartiennent chacun à plusieurs guid de personne ; ces "
        "personnes sont gardées distinctes",
        "multi_id_one": "1 nom figure sous plusieurs identifiants de personne ; traité comme une "
        "seule personne",
        "multi_id_many": "{n} noms figurent sous plusieurs identifiants de personne ; chacun "
        "est traité comme une seule personne",
        "multi_json_one": "1 nom appartient à plusieurs identifiants de personne ; ces personnes "
        "sont gardées distinctes",
        "multi_json_many": "{n} noms appartiennent chacun à plusieurs identifiants de personne ; "
        "ces personnes sont gardées distinctes",
        "no_version": "le fichier n’a pas de <version> (ancien dialecte Pentabarf) ; il est lu "
        "quand même",
        "cp1252": "le fichier n’est pas en UTF-8 ; il est lu comme du Windows-1252",
        "unreadable_one": "1 entrée est illisible (propriétés mal formées) ; elle est laissée de "
        "côté",
        "unreadable_many": "{n} entrées sont illisibles (propriétés mal formées) ; elles sont "
        "laissées de côté",
        "all_day_one": "1 entrée sur toute la journée n’est pas une séance ; elle est laissée de "
        "côté",
        "all_day_many": "{n} entrées sur toute la journée ne sont pas des séances ; elles sont "
        "laissées de côté",
        "no_start_one": "1 entrée n’a pas d’heure de début ; elle est laissée de côté",
        "no_start_many": "{n} entrées n’ont pas d’heure de début ; elles sont laissées de côté",
        "cancelled_one": "1 entrée annulée laissée de côté",
        "cancelled_many": "{n} entrées annulées laissées de côté",
        "repeating_one": "1 entrée se répète (RRULE) ; seule sa première occurrence a été importée",
        "repeating_many": "{n} entrées se répètent (RRULE) ; seules leurs premières occurrences "
        "ont été importées",
        "tzid_no_vtimezone": "le fichier utilise TZID {zones} sans VTIMEZONE ; lu comme le "
        "fuseau IANA de ce nom",
        "utc_only": "toutes les heures sont en UTC et le fichier n’indique aucun fuseau du "
        "lieu ; UTC est gardé (importez de nouveau avec --time-zone pour afficher l’heure du "
        "lieu)",
        "attendees_one": "1 personne reprise des noms ATTENDEE comme intervenant",
        "attendees_many": "{n} personnes reprises des noms ATTENDEE comme intervenants",
        "os_error": "{name} : {reason}",
        "no_such_file": "{name} : fichier introuvable",
        "too_big": "{name} fait {size} Mo, au-delà de la limite d’import de {limit} Mo ; "
        "refusé, rien n’a été importé",
        "grew_too_big": "{name} dépasse la limite d’import de {limit} Mo ; refusé, rien n’a été "
        "importé",
        "empty": "{name} est vide",
        "not_utf8": "{name} n’est pas du texte UTF-8 (octet {at})",
        "not_schedule_file": "{name} n’est ni un schedule.xml, ni un schedule.json, ni un "
        "fichier .ics",
        "no_sessions": "{name} ne contient aucune séance lisible",
        "xml_entities": "{name} déclare des entités XML ou une DTD ({kind}) ; refusé par "
        "sécurité, rien n’a été importé",
        "xml_truncated": "{name} s’arrête avant la fin du programme (ligne {line}) : le fichier "
        "semble tronqué ; rien n’a été importé",
        "xml_bad": "{name} n’est pas du XML bien formé : {reason}",
        "xml_not_schedule": "{name} est du XML mais pas un programme (sa racine est <{root}>)",
        "no_conference": "{name} n’a pas de <conference> ; ce n’est pas un schedule.xml de frab",
        "no_day": "{name} ne contient aucun <day> ; rien à importer",
        "too_many_events": "{name} contient {events} événements ; un calendrier de plus de "
        "{limit} événements est refusé, rien n’a été importé",
        "long_line": "{name} a une ligne de {length} caractères (« {start} ») ; les lignes de "
        "plus de {limit} caractères sont refusées, rien n’a été importé",
        "not_ics": "{name} n’est pas un fichier iCalendar (pas de BEGIN:VCALENDAR)",
        "ics_truncated": "{name} s’arrête avant la fin de son calendrier (pas de "
        "END:VCALENDAR) : le fichier semble tronqué ; rien n’a été importé",
        "ics_bad": "{name} n’est pas un fichier iCalendar lisible : {reason}",
        "no_timed_events": "{name} ne contient aucun événement à heure fixe ; rien à importer",
        "json_truncated": "{name} s’arrête avant la fin du programme (ligne {line}) : le "
        "fichier semble tronqué ; rien n’a été importé",
        "json_bad": "{name} n’est pas du JSON valide : {reason} à la ligne {line}",
        "json_deep": "{name} est trop profondément imbriqué pour être un programme",
        "json_value": "{name} contient une valeur illisible : {reason}",
        "json_not_schedule": "{name} est du JSON mais pas un schedule.json (pas d’objet "
        "« schedule »)",
        "json_no_conference": "{name} n’a pas de conférence dans son programme",
        "json_no_days": "{name} ne contient aucun jour ; rien à importer",
        "is_ics": "{name} est un fichier iCalendar : importez-le comme ics",
        "neither": "{name} n’est ni un schedule.xml ni un schedule.json",
    },
)


def say(key: str, **values: object) -> str:
    return SAY.say(key, **values)


def plural(key: str, n: int, **values: object) -> str:
    """``key_one`` or ``key_many``, with ``n`` filled in."""
    return SAY.say(f"{key}_{'one' if n == 1 else 'many'}", n=n, **values)
