"""Name badges: label layouts, fitting names, drawing sheets, and who still needs one."""

#: What a badge's QR code carries, and which personal fields a vCard may hold (only
#: those the user ticks). Kept here, light to import, for the command line's choices.
QR_CHOICES = ("id", "vcard", "none")
VCARD_FIELDS = ("email", "phone", "organisation")
WHO_HELP = "all | category:NAME | role:KEY | uids:UID,UID | unprinted | changed | pending"
