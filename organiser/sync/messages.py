"""What sharing says (the Desks panel's sentences, the desks' refusals and reports), in the
language of the process's messages: English on the command line, the window's own in the
window (``i18n.set_messages_language``). Keys ending in ``_one``/``_many`` are said by
:func:`plural`."""

from __future__ import annotations

from .. import i18n

SAY = i18n.Words(
    en={
        # counts and times
        "changes_one": "1 change",
        "changes_many": "{n} changes",
        "not_heard": "not heard yet",
        "heard_s": "last heard {n} s ago",
        "heard_min": "last heard {n} min ago",
        "heard_h": "last heard {n} h ago",
        "all_sent": "all sent",
        "not_sent_one": "1 change not yet sent",
        "not_sent_many": "{n} changes not yet sent",
        # the headline
        "desks_one": "1 other desk",
        "desks_many": "{n} other desks",
        "everything_sent": "everything is sent",
        "sending": "sending",
        "sharing": "Sharing on {address} with {desks}; {sent}.",
        "since": " since {time}",
        "waiting_one": " 1 change made here waits to be sent.",
        "waiting_many": " {n} changes made here wait to be sent.",
        "alone": "Working alone: no other desk answers{since}. This desk goes on as usual; "
        "what is done here is sent when a desk answers.{waiting}",
        # what a row is called in a sentence
        "event": "the event",
        "display_time_zones": "a time zone",
        "partners": "a partner",
        "days": "a day",
        "rooms": "a room",
        "role_types": "a role",
        "people": "a person",
        "affiliations": "an affiliation",
        "sessions": "a session",
        "guiding_questions": "a guiding question",
        "roles": "a speaker's role",
        "settings": "a setting",
        "contacts": "a contact",
        "tasks": "a task",
        "check_ins": "a check-in",
        "print_log": "a print record",
        "a_row": "a row",
        # conflicts resolved
        "another_desk": "another desk",
        "a_person": "A person",
        "same_field": "{noun}: {column} edited on two desks; kept “{kept}” (from {desk}), not "
        "“{dropped}”.",
        "delete_edit": "{noun} was deleted on one desk and edited on another: the deletion stands.",
        "delete_edit_fields": "{noun} was deleted on one desk and edited on another: the "
        "deletion stands (the edit of {fields} was dropped).",
        "duplicate_arrival": "{who} was checked in at two desks on {day}: the earliest, {time} "
        "at {desk}, counts (listed in Problems).",
        "parent_deleted": "{noun} added under {parent} deleted on another desk: {outcome}.",
        "dropped": "dropped",
        "not_applied": "A change to {noun} could not be applied here ({reason}): another row "
        "already holds what it sets.",
        "other_conflict": "{noun}: {kind}.",
        # reports
        "connected": "connected to {name} ({address})",
        "out": "out: {changes} to {name}",
        "in": "in: {changes} from {name}{extra}",
        "conflicts_one": " (1 conflict resolved)",
        "conflicts_many": " ({n} conflicts resolved)",
        "lost": "lost {name}: {error} Working on alone; what is done here is sent when it "
        "answers again.",
        # refusals
        "no_event_file": "There is no event file “{path}”.",
        "not_shared_file": "This event file is not shared: it has no desk identity.",
        "not_shared": "“{name}” is not shared: share it (organiser share) or make a desk of a "
        "shared event (organiser join).",
        "exists": "“{path}” already exists; choose another name.",
        "no_folder": "The folder “{path}” does not exist.",
        "bad_code": "A join code has {length} letters and digits, like {example}; “{code}” is "
        "not one.",
        "unreadable": "The other desk's message could not be read.",
        "code_mismatch": "The join code does not match: check the code shown on the sharing desk.",
        "other_code": "“{name}” is shared with another join code.",
        "bad_address": "“{address}” is not an address like 192.168.1.20:8765.",
        "forgets": "{address} keeps forgetting this desk.",
        "no_answer": "{address} does not answer ({reason}).",
        "no_answer_now": "{address} does not answer now: {reason}",
        "wrong_code": "{address} refused the join code: check the code shown on that desk.",
        "answered": "{address} answered {status}: {text}",
        "other_format": "A change from another desk was made with file format {theirs}; this "
        "desk uses format {mine}. Update Organiser on every desk.",
        "other_event": "“{name}” holds a different event.",
        "plain_copies": "“{theirs}” and “{mine}” are plain copies of one desk file, not desks "
        "of their own; make each desk with “join”.",
        "formats": "“{theirs}” uses file format {theirs_format} and “{mine}” format "
        "{mine_format}: update Organiser on every desk, then share again.",
        "restored": "“{name}” holds fewer of its own changes than “{other}” has seen: its file "
        "was restored from an older copy. Make it a desk again with “join”.",
    },
    fr={
        "changes_one": "1 modification",
        "changes_many": "{n} modifications",
        "not_heard": "pas encore de nouvelles",
        "heard_s": "dernières nouvelles il y a {n} s",
        "heard_min": "dernières nouvelles il y a {n} min",
        "heard_h": "dernières nouvelles il y a {n} h",
        "all_sent": "tout est envoyé",
        "not_sent_one": "1 modification pas encore envoyée",
        "not_sent_many": "{n} modifications pas encore envoyées",
        "desks_one": "1 autre poste",
        "desks_many": "{n} autres postes",
        "everything_sent": "tout est envoyé",
        "sending": "envoi en cours",
        "sharing": "Partagé sur {address} avec {desks} ; {sent}.",
        "since": " depuis {time}",
        "waiting_one": " 1 modification faite ici attend d’être envoyée.",
        "waiting_many": " {n} modifications faites ici attendent d’être envoyées.",
        "alone": "Seul : aucun autre poste ne répond{since}. Ce poste continue comme "
        "d’habitude ; ce qui est fait ici est envoyé dès qu’un poste répond.{waiting}",
        "event": "l’événement",
        "display_time_zones": "un fuseau horaire",
        "partners": "un partenaire",
        "days": "un jour",
        "rooms": "une salle",
        "role_types": "un rôle",
        "people": "une personne",
        "affiliations": "une affiliation",
        "sessions": "une séance",
        "guiding_questions": "une question directrice",
        "roles": "le rôle d’un intervenant",
        "settings": "un réglage",
        "contacts": "un contact",
        "tasks": "une tâche",
        "check_ins": "un enregistrement d’arrivée",
        "print_log": "une trace d’impression",
        "a_row": "une ligne",
        "another_desk": "un autre poste",
        "a_person": "Une personne",
        "same_field": "{noun} : {column} modifié sur deux postes ; « {kept} » est gardé (de "
        "{desk}), pas « {dropped} ».",
        "delete_edit": "{noun} : supprimé sur un poste et modifié sur un autre ; la "
        "suppression l’emporte.",
        "delete_edit_fields": "{noun} : supprimé sur un poste et modifié sur un autre ; la "
        "suppression l’emporte (la modification de {fields} est abandonnée).",
        "duplicate_arrival": "{who} : arrivée enregistrée à deux postes le {day} ; la première, "
        "à {time} à {desk}, compte (voir Problèmes).",
        "parent_deleted": "{noun} ajouté sous {parent} supprimé sur un autre poste : {outcome}.",
        "dropped": "abandonné",
        "not_applied": "Une modification de {noun} n’a pas pu être appliquée ici ({reason}) : "
        "une autre ligne contient déjà ce qu’elle définit.",
        "other_conflict": "{noun} : {kind}.",
        "connected": "connecté à {name} ({address})",
        "out": "envoyé : {changes} à {name}",
        "in": "reçu : {changes} de {name}{extra}",
        "conflicts_one": " (1 conflit résolu)",
        "conflicts_many": " ({n} conflits résolus)",
        "lost": "{name} ne répond plus : {error} Ce poste continue seul ; ce qui est fait ici "
        "est envoyé dès qu’il répond à nouveau.",
        "no_event_file": "Il n’y a pas de fichier d’événement « {path} ».",
        "not_shared_file": "Ce fichier d’événement n’est pas partagé : il n’a pas d’identité de "
        "poste.",
        "not_shared": "« {name} » n’est pas partagé : partagez-le (organiser share) ou faites un "
        "poste d’un événement partagé (organiser join).",
        "exists": "« {path} » existe déjà ; choisissez un autre nom.",
        "no_folder": "Le dossier « {path} » n’existe pas.",
        "bad_code": "Un code d’accès compte {length} lettres et chiffres, comme {example} ; "
        "« {code} » n’en est pas un.",
        "unreadable": "Le message de l’autre poste n’a pas pu être lu.",
        "code_mismatch": "Le code d’accès ne correspond pas : vérifiez le code affiché sur le "
        "poste qui partage.",
        "other_code": "« {name} » est partagé avec un autre code d’accès.",
        "bad_address": "« {address} » n’est pas une adresse comme 192.168.1.20:8765.",
        "forgets": "{address} oublie sans cesse ce poste.",
        "no_answer": "{address} ne répond pas ({reason}).",
        "no_answer_now": "{address} ne répond pas pour l’instant : {reason}",
        "wrong_code": "{address} a refusé le code d’accès : vérifiez le code affiché sur ce poste.",
        "answered": "{address} a répondu {status} : {text}",
        "other_format": "Une modification venue d’un autre poste a été faite au format de "
        "fichier {theirs} ; ce poste utilise le format {mine}. Mettez Organiser à jour sur "
        "chaque poste.",
        "other_event": "« {name} » contient un autre événement.",
        "plain_copies": "« {theirs} » et « {mine} » sont de simples copies d’un même fichier de "
        "poste, pas des postes à part entière ; faites chaque poste avec « join ».",
        "formats": "« {theirs} » utilise le format de fichier {theirs_format} et « {mine} » le "
        "format {mine_format} : mettez Organiser à jour sur chaque poste, puis partagez à "
        "nouveau.",
        "restored": "« {name} » contient moins de ses propres modifications que « {other} » "
        "n’en a vu : son fichier a été restauré d’une copie plus ancienne. Refaites-en un poste "
        "avec « join ».",
    },
)


def say(key: str, **values: object) -> str:
    return SAY.say(key, **values)


def plural(key: str, n: int, **values: object) -> str:
    shown = i18n.number(n, i18n.messages_language())
    return SAY.say(f"{key}_{'one' if n == 1 else 'many'}", n=shown, **values)
