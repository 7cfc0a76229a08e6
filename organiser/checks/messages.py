"""What the checks say, in English (the command line) and French (the window in French).

Each finding's sentence is a template here, filled by its rule; the words that go into
sentences (a duration, "on Tuesday 16 November", "and") are here too. The checks stay
Qt-free, so the language is a parameter (``CheckOptions.lang``), not Qt's tr().
"""

from __future__ import annotations

from ..i18n import Words

SAY = Words(
    en={
        # words inside sentences
        "and": " and ",
        "on_day": "on {day}",
        "on_no_day": "on a day that is not in the event",
        "at_time": "{day} at {time}",
        "untitled": "An untitled session",
        "nameless": "A person without a name",
        "one_room": "One room",
        "hour": "{n} hour",
        "hours": "{n} hours",
        "minute": "{n} minute",
        "minutes": "{n} minutes",
        "one_hour": "one hour",
        "a_character": "a character",
        "characters": "characters",
        "hybrid": "hybrid",
        "online": "online",
        "forward": "forward",
        "back": "back",
        "declined": "has declined",
        "cancelled": "has cancelled",
        "times": "as {role} {n} times",
        "as_roles": "as {roles}",
        "one_more": " and one more sentence",
        "more": " and {n} more sentences",
        "title": "title",
        "summary": "summary",
        "problem": "problem statement",
        "questions": "guiding questions",
        # time zones
        "venue_zone_utc": "The venue is in {city} but its time zone is UTC: every time in the "
        "programme is read as UTC. Set the time zone to {zone} on the Event page.",
        "venue_zone_default": "The venue's time zone is UTC, the default of a new event: if "
        "the venue keeps another clock, type its city in Time zone on the Event page.",
        "venue_zone_unknown": "The venue's time zone “{zone}” is not a known time zone; choose "
        "one from the list (for example Africa/Bamako).",
        "display_zone_unknown": "The programme shows times for “{zone}”, which is not a known "
        "time zone.",
        "person_zone_unknown": "The home time zone of {name}, “{zone}”, is not a known time zone.",
        "clock_change": "Clocks in {where} go {direction} {amount} on {day} (from {old} to "
        "{new}): times shown for {where} change from that day on.",
        # schedule
        "session_day_unknown": "{when} is on a day that is not one of the event's days.",
        "ends_before_start": "{when} on {day} ends before it starts (read as running past "
        "midnight it would last {length}).",
        "zero_length": "{when} on {day} starts and ends at the same time.",
        "before_opening": "{when} starts before {day} opens at {time}.",
        "past_midnight_closing": "{when} runs past midnight, after {day} closes at {time}.",
        "after_closing": "{when} ends after {day} closes at {time}.",
        "empty_day": "{day} has no sessions yet.",
        "day_label": "{day} is labelled “{label}” but it is day {n} of {total} by date. Printed "
        "headings say “Day {n}”; change or clear the label.",
        "room_double_booked": "{room} holds two sessions at once: {a} and {b} {on_day}.",
        "sessions_overlap": "{a} and {b} overlap {on_day}, but the programme runs in a single "
        "room: move one of them or add a room.",
        "gap": "Nothing is planned for {length} on {day} between {a} and {b}.",
        "person_double_booked": "{name} is in two sessions at once: {a} and {b} {on_day}.",
        # content
        "no_title": "{when} {on_day} has no title.",
        "question_repeated": "{when} {on_day} asks the same thing twice: guiding question {j} "
        "repeats question {i} (“{text}”{extra}).",
        "no_french": "{when} {on_day} has no French text for: {parts}. The French programme "
        "prints the English instead.",
        # roles
        "nobody": "{when} {on_day} has nobody assigned to it yet.",
        "no_facilitator": "{when} {on_day} has no facilitator or chair.",
        "no_moderator": "{when} {on_day} has no moderator or chair.",
        "twice": "{name} is listed more than once in {when} {on_day}: {how}.",
        "unavailable": "{name} {gone} but is still listed as {role} in {when} {on_day}.",
        "unconfirmed": "{name} is still to be confirmed as {role} in {when} {on_day}.",
        "not_accepted": "{name} has not yet accepted the invitation but is listed as {role} in "
        "{when} {on_day}.",
        "address_unknown": "{name} holds a role, but nothing says whether French documents "
        "should address them as Madame or Monsieur (the honorific {honorific} does not say): "
        "they print the masculine, “{label}”. Set the form of address in People.",
        # people
        "checked_in_twice": "{name} was checked in twice on {day}: first {first}, again "
        "{again} (while the desks were apart). The first arrival counts; take back the "
        "second badge if one was printed.",
        "arrival_at": "at {time}",
        "arrival_at_desk": "at {time} ({desk})",
        "travel_reversed": "{name} leaves ({leave}) before arriving ({arrive}).",
        "arrives_late": "{name} arrives on {at}, after the start of their first session, {when} "
        "{on_day}.",
        "leaves_early": "{name} leaves on {at}, before the end of their last session, {when} "
        "{on_day}.",
        "hotel_reversed": "{name}'s hotel check-out ({out}) is before the check-in ({in_}).",
        "hotel_late": "{name}'s hotel stay starts on {day}, after their first session, {when} "
        "{on_day}.",
        "hotel_early": "{name}'s hotel stay ends on {day}, before their last session, {when} "
        "{on_day}.",
        # logistics and badges
        "no_link": "The event is {format}, but {when} {on_day} has no online link and the event "
        "has none either.",
        "name_glyphs": "The name of {name} holds {what} the printing font cannot draw: {chars}. "
        "Check the spelling or set a printed name.",
        "affiliation_glyphs": "The position or organisation of {name} holds {what} the printing "
        "font cannot draw: {chars}.",
        "name_too_long": "The name of {name} is too long for the {layout} badge: it would print "
        "smaller than the layout allows. Set a shorter printed name.",
    },
    fr={
        "and": " et ",
        "on_day": "le {day}",
        "on_no_day": "un jour qui ne fait pas partie de l’événement",
        "at_time": "{day} à {time}",
        "untitled": "Une séance sans titre",
        "nameless": "Une personne sans nom",
        "one_room": "Une salle",
        "hour": "{n} heure",
        "hours": "{n} heures",
        "minute": "{n} minute",
        "minutes": "{n} minutes",
        "one_hour": "une heure",
        "a_character": "un caractère",
        "characters": "des caractères",
        "hybrid": "hybride",
        "online": "en ligne",
        "forward": "avance",
        "back": "recule",
        "declined": "a décliné l’invitation",
        "cancelled": "a annulé sa participation",
        "times": "{n} fois comme {role}",
        "as_roles": "comme {roles}",
        "one_more": " et une autre phrase",
        "more": " et {n} autres phrases",
        "title": "titre",
        "summary": "résumé",
        "problem": "problématique",
        "questions": "questions directrices",
        "venue_zone_utc": "Le lieu se trouve à {city}, mais son fuseau horaire est UTC : toutes "
        "les heures du programme sont lues en UTC. Choisissez le fuseau {zone} dans la vue "
        "Événement.",
        "venue_zone_default": "Le fuseau horaire du lieu est UTC, celui de tout nouvel "
        "événement : si le lieu vit à une autre heure, saisissez sa ville dans Fuseau horaire, "
        "dans la vue Événement.",
        "venue_zone_unknown": "Le fuseau horaire du lieu, « {zone} », n’est pas un fuseau connu ; "
        "choisissez-en un dans la liste (par exemple Africa/Bamako).",
        "display_zone_unknown": "Le programme affiche les heures de « {zone} », qui n’est pas un "
        "fuseau horaire connu.",
        "person_zone_unknown": "Le fuseau horaire de {name}, « {zone} », n’est pas un fuseau "
        "horaire connu.",
        "clock_change": "À {where}, l’heure {direction} de {amount} le {day} (de {old} à {new}) : "
        "les heures affichées pour {where} changent à partir de ce jour.",
        "session_day_unknown": "La séance {when} a lieu un jour qui ne fait pas partie de l’événement.",
        "ends_before_start": "La séance {when}, le {day}, finit avant de commencer (si elle se poursuivait "
        "après minuit, elle durerait {length}).",
        "zero_length": "La séance {when}, le {day}, commence et finit à la même heure.",
        "before_opening": "La séance {when} commence avant l’ouverture du {day}, à {time}.",
        "past_midnight_closing": "La séance {when} se poursuit après minuit, après la fermeture du {day} "
        "à {time}.",
        "after_closing": "La séance {when} finit après la fermeture du {day}, à {time}.",
        "empty_day": "Aucune séance n’est encore prévue le {day}.",
        "day_label": "Le {day} porte le libellé « {label} », mais c’est le jour {n} sur {total} "
        "d’après sa date. Les titres imprimés disent « Jour {n} » ; modifiez ou effacez le "
        "libellé.",
        "room_double_booked": "{room} accueille deux séances en même temps : {a} et {b} {on_day}.",
        "sessions_overlap": "Les séances {a} et {b} se chevauchent {on_day}, alors que le programme se "
        "déroule dans une seule salle : déplacez l’une des deux ou ajoutez une salle.",
        "gap": "Rien n’est prévu pendant {length} le {day} entre {a} et {b}.",
        "person_double_booked": "{name} participe à deux séances en même temps : {a} et {b} "
        "{on_day}.",
        "no_title": "La séance {when} {on_day} n’a pas de titre.",
        "question_repeated": "La séance {when} {on_day} pose deux fois la même question : la question "
        "directrice {j} reprend la question {i} (« {text} »{extra}).",
        "no_french": "La séance {when} {on_day} n’a pas de texte en français pour : {parts}. Le programme "
        "en français imprime l’anglais à la place.",
        "nobody": "Personne n’est encore prévu pour la séance {when} {on_day}.",
        "no_facilitator": "La séance {when} {on_day} n’a personne pour l’animer ou la présider.",
        "no_moderator": "La séance {when} {on_day} n’a personne pour la modérer ou la présider.",
        "twice": "{name} figure plusieurs fois dans la séance {when} {on_day} : {how}.",
        "unavailable": "{name} {gone} mais figure toujours comme {role} dans la séance {when} "
        "{on_day}.",
        "unconfirmed": "La participation de {name} comme {role} dans la séance {when} {on_day} "
        "reste à "
        "confirmer.",
        "not_accepted": "{name} n’a pas encore accepté l’invitation mais figure comme {role} "
        "dans la séance {when} {on_day}.",
        "address_unknown": "{name} a un rôle, mais rien n’indique si les documents en français "
        "doivent écrire Madame ou Monsieur (le titre {honorific} ne le dit pas) : ils emploient "
        "le masculin, « {label} ». Choisissez la civilité dans la vue Personnes.",
        "checked_in_twice": "{name} : arrivée enregistrée deux fois le {day}, d’abord "
        "{first}, puis {again} (pendant que les postes étaient séparés). La première "
        "arrivée compte ; reprenez le second badge s’il a été imprimé.",
        "arrival_at": "à {time}",
        "arrival_at_desk": "à {time} ({desk})",
        "travel_reversed": "{name} repart ({leave}) avant d’arriver ({arrive}).",
        "arrives_late": "{name} arrive le {at}, après le début de sa première séance, {when} "
        "{on_day}.",
        "leaves_early": "{name} repart le {at}, avant la fin de sa dernière séance, {when} "
        "{on_day}.",
        "hotel_reversed": "Le départ de l’hôtel de {name} ({out}) précède son arrivée ({in_}).",
        "hotel_late": "Le séjour à l’hôtel de {name} commence le {day}, après sa première "
        "séance, {when} {on_day}.",
        "hotel_early": "Le séjour à l’hôtel de {name} se termine le {day}, avant sa dernière "
        "séance, {when} {on_day}.",
        "no_link": "L’événement est {format}, mais la séance {when} {on_day} n’a pas de lien de connexion, "
        "et l’événement non plus.",
        "name_glyphs": "Le nom de {name} contient {what} que la police d’impression ne sait pas "
        "dessiner : {chars}. Vérifiez l’orthographe ou indiquez un nom imprimé.",
        "affiliation_glyphs": "La fonction ou l’organisation de {name} contient {what} que la "
        "police d’impression ne sait pas dessiner : {chars}.",
        "name_too_long": "Le nom de {name} est trop long pour le badge {layout} : il serait "
        "imprimé plus petit que le modèle ne le permet. Indiquez un nom imprimé plus court.",
    },
)
