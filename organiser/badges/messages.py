"""What badge layouts and gLabels imports say when they refuse something, in the language
of the process's messages (``i18n.set_messages_language``): English on the command line,
the window's own in the window. The command line's options (--start, --who) stay English."""

from __future__ import annotations

from ..i18n import Words

SAY = Words(
    en={
        "no_length": "a length is missing",
        "not_length": "not a length: {text}",
        "too_large": "{name} is too large to be a gLabels template file",
        "bad_xml": "{name} is not valid XML ({reason})",
        "refused": "{name} was refused: {reason}",
        "not_glabels": "{name} is not a gLabels template file (root <{root}>)",
        "paper_size": "unknown paper size {size}",
        "no_shape": "no label shape",
        "not_badges": "{kind} labels are not badges",
        "no_layout": "no <Layout> in the label",
        "needs_name": "a layout needs a name",
        "unknown_kind": "layout {name}: unknown kind {kind}",
        "not_positive": "layout {name}: {what} must be positive",
        "page_w": "the page width",
        "page_h": "the page height",
        "label_w": "the label width",
        "label_h": "the label height",
        "empty_grid": "layout {name}: a grid needs at least one column and one row",
        "outside": "layout {name}: labels fall outside the page",
        "unnamed": "(unnamed)",
        "unreadable": "{path} cannot be read ({reason}); fix or delete it",
        "offset": "a calibration offset must be between -20 and 20 mm",
        "foldover": "fold-over needs a single-badge layout; {name} is a {kind}",
        "nobody_badge": "nobody to print a badge for",
        "no_free_label": "no free label left on the first sheet",
        "not_tent": "{name} is not a table-tent layout",
        "nobody_tent": "nobody to print a table tent for",
        "logo_svg": "logo {name}: SVG logos cannot be embedded yet; save it as PNG",
        "logo_unreadable": "logo {name} cannot be read ({reason}); printed without it",
    },
    fr={
        "no_length": "une longueur manque",
        "not_length": "ce n’est pas une longueur : {text}",
        "too_large": "{name} est trop volumineux pour être un fichier de modèles gLabels",
        "bad_xml": "{name} n’est pas du XML valide ({reason})",
        "refused": "{name} a été refusé : {reason}",
        "not_glabels": "{name} n’est pas un fichier de modèles gLabels (racine <{root}>)",
        "paper_size": "format de papier inconnu {size}",
        "no_shape": "pas de forme d’étiquette",
        "not_badges": "les étiquettes {kind} ne sont pas des badges",
        "no_layout": "pas de <Layout> dans l’étiquette",
        "needs_name": "une mise en page doit avoir un nom",
        "unknown_kind": "mise en page {name} : type inconnu {kind}",
        "not_positive": "mise en page {name} : {what} doit être positive",
        "page_w": "la largeur de la page",
        "page_h": "la hauteur de la page",
        "label_w": "la largeur de l’étiquette",
        "label_h": "la hauteur de l’étiquette",
        "empty_grid": "mise en page {name} : une grille doit avoir au moins une colonne et "
        "une ligne",
        "outside": "mise en page {name} : des étiquettes débordent de la page",
        "unnamed": "(sans nom)",
        "unreadable": "{path} est illisible ({reason}) ; corrigez-le ou supprimez-le",
        "offset": "un décalage de calibrage doit être compris entre -20 et 20 mm",
        "foldover": "le badge plié demande une mise en page à badge unique ; {name} est de "
        "type {kind}",
        "nobody_badge": "personne pour qui imprimer un badge",
        "no_free_label": "plus aucune étiquette libre sur la première planche",
        "not_tent": "{name} n’est pas une mise en page de chevalets",
        "nobody_tent": "personne pour qui imprimer un chevalet",
        "logo_svg": "logo {name} : les logos SVG ne peuvent pas encore être intégrés ; "
        "enregistrez-le en PNG",
        "logo_unreadable": "le logo {name} est illisible ({reason}) ; imprimé sans lui",
    },
)


def say(key: str, **values: object) -> str:
    return SAY.say(key, **values)
