"""What the event file's errors say, in the language of the process's messages (English on
the command line, the window's own in the window: ``i18n.set_messages_language``)."""

from __future__ import annotations

from ..i18n import Words

SAY = Words(
    en={
        # opening and creating
        "missing": "“{path}” does not exist.",
        "folder_not_file": "“{path}” is a folder, not an event file.",
        "unreadable": "“{path}” cannot be read: {reason}.",
        "empty": "“{name}” is empty (0 bytes): it holds no event.",
        "not_database": "“{name}” is not an Organiser event file (it is not a database).",
        "cut_short": "“{name}” is damaged: it is cut short ({size} bytes).",
        "cut_short_copy": "“{name}” is damaged: it is cut short ({size} bytes), perhaps by an "
        "interrupted copy.",
        "cannot_open": "“{name}” cannot be opened: {reason}.",
        "other_application": "“{name}” is a database of another application, not an Organiser "
        "event file.",
        "newer": "“{name}” was written by a newer version of Organiser (file format {version}; "
        "this version reads up to {known}). Update Organiser to open it.",
        "damaged": "“{name}” is damaged ({detail}).",
        "damaged_unreadable": "“{name}” is damaged and cannot be read ({detail}).",
        "busy_reading": "“{name}” is busy: another program kept it locked; try again in a moment.",
        "process": "process {pid}",
        "program": "“{command}” (process {pid})",
        "exists": "“{path}” already exists; choose another name.",
        "no_folder": "The folder “{path}” does not exist.",
        "no_event": "“{name}” holds no event.",
        "copy_elsewhere": "Choose a different file for the copy.",
        "copy_open": "“{name}” is open in Organiser by {holder}; choose another name for the copy.",
        # writing
        "viewing_only": "“{name}” is open for viewing only.",
        "read_only": "“{name}” cannot be changed: {where} read-only. You can view, print and "
        "export it; to edit it, save a copy (File › Save a Copy As) and open that.",
        "folder_is": "its folder is",
        "file_is": "it is",
        "still_waiting": "“{name}” is busy: an earlier change is still waiting to be saved.",
        "stopped_waiting": "Stopped waiting for “{name}”; the change was not saved.",
        "busy": "“{name}” is busy: {holder} kept it locked for {seconds} s; the change was not "
        "saved. Try again when it has finished.",
        "another_program": "another program",
        "disk_full": "The disk holding “{name}” is full; the change was not saved. Free some "
        "space and try again.",
        "cannot_write": "“{name}” cannot be written (its folder may be read-only, or it was "
        "moved or deleted); the change was not saved.",
        "write_failed": "“{name}” could not be written ({reason}); the change was not saved.",
        # the lock
        "lock_unreadable": "an unknown program (the lock file cannot be read)",
        "holder": "{user} on {host} (process {pid}) since {since}",
        "cannot_lock": "Could not lock “{name}”; try again.",
        "open_here": "“{name}” is already open in Organiser by {holder}. Close it there first.",
        "open_elsewhere": "“{name}” is marked as open in Organiser by {holder}, on {where}; "
        "Organiser cannot check from here whether it is still open. If it is not (for "
        "example, the folder was copied from there), take the lock over (--force-unlock on "
        "the command line).",
        "another_computer": "another computer",
        "unknown_program": "a program that cannot be identified",
        # backups
        "not_kept": "“{name}” could not be kept before restoring; nothing was changed.",
    },
    fr={
        "missing": "« {path} » n’existe pas.",
        "folder_not_file": "« {path} » est un dossier, pas un fichier d’événement.",
        "unreadable": "« {path} » ne peut pas être lu : {reason}.",
        "empty": "« {name} » est vide (0 octet) : il ne contient aucun événement.",
        "not_database": "« {name} » n’est pas un fichier d’événement Organiser (ce n’est pas une "
        "base de données).",
        "cut_short": "« {name} » est endommagé : il est tronqué ({size} octets).",
        "cut_short_copy": "« {name} » est endommagé : il est tronqué ({size} octets), "
        "peut-être par une copie interrompue.",
        "cannot_open": "« {name} » ne peut pas être ouvert : {reason}.",
        "other_application": "« {name} » est une base de données d’une autre application, pas "
        "un fichier d’événement Organiser.",
        "newer": "« {name} » a été écrit par une version plus récente d’Organiser (format de "
        "fichier {version} ; cette version lit jusqu’au format {known}). Mettez Organiser à "
        "jour pour l’ouvrir.",
        "damaged": "« {name} » est endommagé ({detail}).",
        "damaged_unreadable": "« {name} » est endommagé et ne peut pas être lu ({detail}).",
        "busy_reading": "« {name} » est occupé : un autre programme le garde verrouillé ; réessayez dans un instant.",
        "process": "processus {pid}",
        "program": "« {command} » (processus {pid})",
        "exists": "« {path} » existe déjà ; choisissez un autre nom.",
        "no_folder": "Le dossier « {path} » n’existe pas.",
        "no_event": "« {name} » ne contient aucun événement.",
        "copy_elsewhere": "Choisissez un autre fichier pour la copie.",
        "copy_open": "« {name} » est ouvert dans Organiser par {holder} ; choisissez un autre "
        "nom pour la copie.",
        "viewing_only": "« {name} » est ouvert en consultation seulement.",
        "read_only": "« {name} » ne peut pas être modifié : {where} en lecture seule. Vous "
        "pouvez le consulter, l’imprimer et l’exporter ; pour le modifier, enregistrez-en "
        "une copie (Fichier › Enregistrer une copie sous) et ouvrez-la.",
        "folder_is": "son dossier est",
        "file_is": "il est",
        "still_waiting": "« {name} » est occupé : une modification précédente attend encore "
        "d’être enregistrée.",
        "stopped_waiting": "Attente de « {name} » abandonnée ; la modification n’a pas été "
        "enregistrée.",
        "busy": "« {name} » est occupé : {holder} l’a gardé verrouillé pendant {seconds} s ; la "
        "modification n’a pas été enregistrée. Réessayez quand il aura fini.",
        "another_program": "un autre programme",
        "disk_full": "Le disque qui contient « {name} » est plein ; la modification n’a pas été "
        "enregistrée. Libérez de la place et réessayez.",
        "cannot_write": "« {name} » ne peut pas être écrit (son dossier est peut-être en lecture "
        "seule, ou il a été déplacé ou supprimé) ; la modification n’a pas été enregistrée.",
        "write_failed": "« {name} » n’a pas pu être écrit ({reason}) ; la modification n’a pas "
        "été enregistrée.",
        "lock_unreadable": "un programme inconnu (le fichier de verrou est illisible)",
        "holder": "{user} sur {host} (processus {pid}) depuis le {since}",
        "cannot_lock": "Impossible de verrouiller « {name} » ; réessayez.",
        "open_here": "« {name} » est déjà ouvert dans Organiser par {holder}. Fermez-le d’abord "
        "là-bas.",
        "open_elsewhere": "« {name} » est indiqué comme ouvert dans Organiser par {holder}, sur "
        "{where} ; Organiser ne peut pas vérifier d’ici s’il l’est encore. Si ce n’est pas le "
        "cas (par exemple, le dossier a été copié depuis là-bas), prenez la main sur le "
        "verrou (--force-unlock en ligne de commande).",
        "another_computer": "un autre ordinateur",
        "unknown_program": "un programme impossible à identifier",
        "not_kept": "« {name} » n’a pas pu être conservé avant la restauration ; rien n’a été "
        "modifié.",
    },
)
