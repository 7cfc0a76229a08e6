# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from organiser.gui.editing.fields import (DateField, TimeField)

class Ui_EventForm(object):
    def setupUi(self, EventForm):
        if not EventForm.objectName():
            EventForm.setObjectName(u"EventForm")
        self.outerLayout = QVBoxLayout(EventForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(EventForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.columns = QHBoxLayout(self.contents)
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.eventBox = QGroupBox(self.contents)
        self.eventBox.setObjectName(u"eventBox")
        self.eventForm = QFormLayout(self.eventBox)
        self.eventForm.setObjectName(u"eventForm")
        self.titleLabel = QLabel(self.eventBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.eventBox)
        self.title.setObjectName(u"title")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.subtitleLabel = QLabel(self.eventBox)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subtitleLabel)

        self.subtitle = QLineEdit(self.eventBox)
        self.subtitle.setObjectName(u"subtitle")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subtitle)

        self.formatLabel = QLabel(self.eventBox)
        self.formatLabel.setObjectName(u"formatLabel")

        self.eventForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.format = QComboBox(self.eventBox)
        self.format.setObjectName(u"format")

        self.eventForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.format)

        self.descriptionLabel = QLabel(self.eventBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.eventForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(self.eventBox)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumSize(QSize(0, 140))

        self.eventForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.languagesLabel = QLabel(self.eventBox)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.eventForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languages = QLineEdit(self.eventBox)
        self.languages.setObjectName(u"languages")

        self.eventForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languages)

        self.short_titleLabel = QLabel(self.eventBox)
        self.short_titleLabel.setObjectName(u"short_titleLabel")

        self.eventForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.short_titleLabel)

        self.short_title = QLineEdit(self.eventBox)
        self.short_title.setObjectName(u"short_title")

        self.eventForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.short_title)

        self.print_languageLabel = QLabel(self.eventBox)
        self.print_languageLabel.setObjectName(u"print_languageLabel")

        self.eventForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.print_languageLabel)

        self.print_language = QComboBox(self.eventBox)
        self.print_language.setObjectName(u"print_language")

        self.eventForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.print_language)

        self.print_bilingual = QCheckBox(self.eventBox)
        self.print_bilingual.setObjectName(u"print_bilingual")

        self.eventForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.print_bilingual)


        self.leftColumn.addWidget(self.eventBox)

        self.venueBox = QGroupBox(self.contents)
        self.venueBox.setObjectName(u"venueBox")
        self.venueForm = QFormLayout(self.venueBox)
        self.venueForm.setObjectName(u"venueForm")
        self.venueNameLabel = QLabel(self.venueBox)
        self.venueNameLabel.setObjectName(u"venueNameLabel")

        self.venueForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.venueNameLabel)

        self.venue_name = QLineEdit(self.venueBox)
        self.venue_name.setObjectName(u"venue_name")

        self.venueForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.venue_name)

        self.venueAddressLabel = QLabel(self.venueBox)
        self.venueAddressLabel.setObjectName(u"venueAddressLabel")

        self.venueForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.venueAddressLabel)

        self.venue_address = QLineEdit(self.venueBox)
        self.venue_address.setObjectName(u"venue_address")

        self.venueForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.venue_address)

        self.venueZoneLabel = QLabel(self.venueBox)
        self.venueZoneLabel.setObjectName(u"venueZoneLabel")

        self.venueForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueZoneLabel)

        self.venue_time_zone = QLineEdit(self.venueBox)
        self.venue_time_zone.setObjectName(u"venue_time_zone")

        self.venueForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venue_time_zone)

        self.venue_zone_message = QLabel(self.venueBox)
        self.venue_zone_message.setObjectName(u"venue_zone_message")
        self.venue_zone_message.setWordWrap(True)
        self.venue_zone_message.setStyleSheet(u"color: #b00020;")
        self.venue_zone_message.setVisible(False)

        self.venueForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venue_zone_message)

        self.roomsLabel = QLabel(self.venueBox)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.venueForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roomsLabel)

        self.roomsRow = QHBoxLayout()
        self.roomsRow.setObjectName(u"roomsRow")
        self.rooms_summary = QLabel(self.venueBox)
        self.rooms_summary.setObjectName(u"rooms_summary")
        self.rooms_summary.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.rooms_summary.sizePolicy().hasHeightForWidth())
        self.rooms_summary.setSizePolicy(sizePolicy)

        self.roomsRow.addWidget(self.rooms_summary)

        self.edit_rooms = QPushButton(self.venueBox)
        self.edit_rooms.setObjectName(u"edit_rooms")

        self.roomsRow.addWidget(self.edit_rooms)


        self.venueForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.roomsRow)


        self.leftColumn.addWidget(self.venueBox)

        self.onlineBox = QGroupBox(self.contents)
        self.onlineBox.setObjectName(u"onlineBox")
        self.onlineForm = QFormLayout(self.onlineBox)
        self.onlineForm.setObjectName(u"onlineForm")
        self.platformLabel = QLabel(self.onlineBox)
        self.platformLabel.setObjectName(u"platformLabel")

        self.onlineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.platformLabel)

        self.online_platform = QLineEdit(self.onlineBox)
        self.online_platform.setObjectName(u"online_platform")

        self.onlineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.online_platform)

        self.urlLabel = QLabel(self.onlineBox)
        self.urlLabel.setObjectName(u"urlLabel")

        self.onlineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.online_url = QLineEdit(self.onlineBox)
        self.online_url.setObjectName(u"online_url")

        self.onlineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.online_url)

        self.meetingIdLabel = QLabel(self.onlineBox)
        self.meetingIdLabel.setObjectName(u"meetingIdLabel")

        self.onlineForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingIdLabel)

        self.online_meeting_id = QLineEdit(self.onlineBox)
        self.online_meeting_id.setObjectName(u"online_meeting_id")

        self.onlineForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.online_meeting_id)

        self.passcodeLabel = QLabel(self.onlineBox)
        self.passcodeLabel.setObjectName(u"passcodeLabel")

        self.onlineForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passcodeLabel)

        self.online_passcode = QLineEdit(self.onlineBox)
        self.online_passcode.setObjectName(u"online_passcode")

        self.onlineForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.online_passcode)


        self.leftColumn.addWidget(self.onlineBox)

        self.contactBox = QGroupBox(self.contents)
        self.contactBox.setObjectName(u"contactBox")
        self.contactForm = QFormLayout(self.contactBox)
        self.contactForm.setObjectName(u"contactForm")
        self.contactNameLabel = QLabel(self.contactBox)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contact_name = QLineEdit(self.contactBox)
        self.contact_name.setObjectName(u"contact_name")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_name)

        self.contactEmailLabel = QLabel(self.contactBox)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contact_email = QLineEdit(self.contactBox)
        self.contact_email.setObjectName(u"contact_email")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contact_email)

        self.contactPhoneLabel = QLabel(self.contactBox)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contact_phone = QLineEdit(self.contactBox)
        self.contact_phone.setObjectName(u"contact_phone")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_phone)


        self.leftColumn.addWidget(self.contactBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.daysBox = QGroupBox(self.contents)
        self.daysBox.setObjectName(u"daysBox")
        self.daysLayout = QVBoxLayout(self.daysBox)
        self.daysLayout.setObjectName(u"daysLayout")
        self.days_list = QListWidget(self.daysBox)
        self.days_list.setObjectName(u"days_list")
        self.days_list.setMaximumSize(QSize(16777215, 90))

        self.daysLayout.addWidget(self.days_list)

        self.dayForm = QFormLayout()
        self.dayForm.setObjectName(u"dayForm")
        self.dayDateLabel = QLabel(self.daysBox)
        self.dayDateLabel.setObjectName(u"dayDateLabel")

        self.dayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayDateLabel)

        self.day_date = DateField(self.daysBox)
        self.day_date.setObjectName(u"day_date")

        self.dayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day_date)

        self.day_date_message = QLabel(self.daysBox)
        self.day_date_message.setObjectName(u"day_date_message")
        self.day_date_message.setWordWrap(True)

        self.dayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.day_date_message)

        self.dayLabelLabel = QLabel(self.daysBox)
        self.dayLabelLabel.setObjectName(u"dayLabelLabel")

        self.dayForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabelLabel)

        self.day_label = QLineEdit(self.daysBox)
        self.day_label.setObjectName(u"day_label")

        self.dayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.day_label)

        self.dayHoursLabel = QLabel(self.daysBox)
        self.dayHoursLabel.setObjectName(u"dayHoursLabel")

        self.dayForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dayHoursLabel)

        self.dayHoursRow = QHBoxLayout()
        self.dayHoursRow.setObjectName(u"dayHoursRow")
        self.day_hours_set = QCheckBox(self.daysBox)
        self.day_hours_set.setObjectName(u"day_hours_set")

        self.dayHoursRow.addWidget(self.day_hours_set)

        self.day_opens = TimeField(self.daysBox)
        self.day_opens.setObjectName(u"day_opens")

        self.dayHoursRow.addWidget(self.day_opens)

        self.dayHoursTo = QLabel(self.daysBox)
        self.dayHoursTo.setObjectName(u"dayHoursTo")

        self.dayHoursRow.addWidget(self.dayHoursTo)

        self.day_closes = TimeField(self.daysBox)
        self.day_closes.setObjectName(u"day_closes")

        self.dayHoursRow.addWidget(self.day_closes)

        self.day_hours_note = QLabel(self.daysBox)
        self.day_hours_note.setObjectName(u"day_hours_note")

        self.dayHoursRow.addWidget(self.day_hours_note)

        self.dayHoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayHoursRow.addItem(self.dayHoursSpacer)


        self.dayForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dayHoursRow)

        self.day_hours_message = QLabel(self.daysBox)
        self.day_hours_message.setObjectName(u"day_hours_message")
        self.day_hours_message.setWordWrap(True)

        self.dayForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.day_hours_message)

        self.dayChangeLabel = QLabel(self.daysBox)
        self.dayChangeLabel.setObjectName(u"dayChangeLabel")

        self.dayForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dayChangeLabel)

        self.dayChangeRow = QHBoxLayout()
        self.dayChangeRow.setObjectName(u"dayChangeRow")
        self.day_change = TimeField(self.daysBox)
        self.day_change.setObjectName(u"day_change")

        self.dayChangeRow.addWidget(self.day_change)

        self.day_change_note = QLabel(self.daysBox)
        self.day_change_note.setObjectName(u"day_change_note")
        self.day_change_note.setWordWrap(True)

        self.dayChangeRow.addWidget(self.day_change_note)

        self.dayChangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayChangeRow.addItem(self.dayChangeSpacer)


        self.dayForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dayChangeRow)

        self.day_change_message = QLabel(self.daysBox)
        self.day_change_message.setObjectName(u"day_change_message")
        self.day_change_message.setWordWrap(True)

        self.dayForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.day_change_message)


        self.daysLayout.addLayout(self.dayForm)

        self.dayButtons = QHBoxLayout()
        self.dayButtons.setObjectName(u"dayButtons")
        self.add_day = QPushButton(self.daysBox)
        self.add_day.setObjectName(u"add_day")

        self.dayButtons.addWidget(self.add_day)

        self.remove_day = QPushButton(self.daysBox)
        self.remove_day.setObjectName(u"remove_day")

        self.dayButtons.addWidget(self.remove_day)

        self.dayButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayButtons.addItem(self.dayButtonsSpacer)


        self.daysLayout.addLayout(self.dayButtons)


        self.rightColumn.addWidget(self.daysBox)

        self.zonesBox = QGroupBox(self.contents)
        self.zonesBox.setObjectName(u"zonesBox")
        self.zonesLayout = QGridLayout(self.zonesBox)
        self.zonesLayout.setObjectName(u"zonesLayout")
        self.zones_list = QListWidget(self.zonesBox)
        self.zones_list.setObjectName(u"zones_list")
        self.zones_list.setMaximumSize(QSize(16777215, 90))

        self.zonesLayout.addWidget(self.zones_list, 0, 0, 3, 1)

        self.zone_up = QToolButton(self.zonesBox)
        self.zone_up.setObjectName(u"zone_up")

        self.zonesLayout.addWidget(self.zone_up, 0, 1, 1, 1)

        self.zone_down = QToolButton(self.zonesBox)
        self.zone_down.setObjectName(u"zone_down")

        self.zonesLayout.addWidget(self.zone_down, 1, 1, 1, 1)

        self.remove_zone = QToolButton(self.zonesBox)
        self.remove_zone.setObjectName(u"remove_zone")

        self.zonesLayout.addWidget(self.remove_zone, 2, 1, 1, 1)

        self.zoneInputLabel = QLabel(self.zonesBox)
        self.zoneInputLabel.setObjectName(u"zoneInputLabel")

        self.zonesLayout.addWidget(self.zoneInputLabel, 3, 0, 1, 1)

        self.zone_input = QLineEdit(self.zonesBox)
        self.zone_input.setObjectName(u"zone_input")

        self.zonesLayout.addWidget(self.zone_input, 4, 0, 1, 1)

        self.add_zone = QToolButton(self.zonesBox)
        self.add_zone.setObjectName(u"add_zone")

        self.zonesLayout.addWidget(self.add_zone, 4, 1, 1, 1)

        self.zone_message = QLabel(self.zonesBox)
        self.zone_message.setObjectName(u"zone_message")
        self.zone_message.setWordWrap(True)

        self.zonesLayout.addWidget(self.zone_message, 5, 0, 1, 2)


        self.rightColumn.addWidget(self.zonesBox)

        self.partnersBox = QGroupBox(self.contents)
        self.partnersBox.setObjectName(u"partnersBox")
        self.partnersLayout = QGridLayout(self.partnersBox)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partners_table = QTableWidget(self.partnersBox)
        if (self.partners_table.columnCount() < 2):
            self.partners_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.partners_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.partners_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.partners_table.setObjectName(u"partners_table")
        self.partners_table.setAlternatingRowColors(True)
        self.partners_table.setMinimumSize(QSize(0, 170))
        self.partners_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.partners_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.partners_table.horizontalHeader().setStretchLastSection(True)
        self.partners_table.verticalHeader().setVisible(False)

        self.partnersLayout.addWidget(self.partners_table, 0, 0, 4, 1)

        self.add_partner = QToolButton(self.partnersBox)
        self.add_partner.setObjectName(u"add_partner")

        self.partnersLayout.addWidget(self.add_partner, 0, 1, 1, 1)

        self.remove_partner = QToolButton(self.partnersBox)
        self.remove_partner.setObjectName(u"remove_partner")

        self.partnersLayout.addWidget(self.remove_partner, 1, 1, 1, 1)

        self.partner_up = QToolButton(self.partnersBox)
        self.partner_up.setObjectName(u"partner_up")

        self.partnersLayout.addWidget(self.partner_up, 2, 1, 1, 1)

        self.partner_down = QToolButton(self.partnersBox)
        self.partner_down.setObjectName(u"partner_down")

        self.partnersLayout.addWidget(self.partner_down, 3, 1, 1, 1)


        self.rightColumn.addWidget(self.partnersBox)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 3)
        self.columns.setStretch(1, 2)
        self.scroll.setWidget(self.contents)

        self.outerLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.subtitleLabel.setBuddy(self.subtitle)
        self.formatLabel.setBuddy(self.format)
        self.descriptionLabel.setBuddy(self.description)
        self.languagesLabel.setBuddy(self.languages)
        self.short_titleLabel.setBuddy(self.short_title)
        self.print_languageLabel.setBuddy(self.print_language)
        self.venueNameLabel.setBuddy(self.venue_name)
        self.venueAddressLabel.setBuddy(self.venue_address)
        self.venueZoneLabel.setBuddy(self.venue_time_zone)
        self.roomsLabel.setBuddy(self.edit_rooms)
        self.platformLabel.setBuddy(self.online_platform)
        self.urlLabel.setBuddy(self.online_url)
        self.meetingIdLabel.setBuddy(self.online_meeting_id)
        self.passcodeLabel.setBuddy(self.online_passcode)
        self.contactNameLabel.setBuddy(self.contact_name)
        self.contactEmailLabel.setBuddy(self.contact_email)
        self.contactPhoneLabel.setBuddy(self.contact_phone)
        self.dayDateLabel.setBuddy(self.day_date)
        self.dayLabelLabel.setBuddy(self.day_label)
        self.dayHoursLabel.setBuddy(self.day_hours_set)
        self.dayChangeLabel.setBuddy(self.day_change)
        self.zoneInputLabel.setBuddy(self.zone_input)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventForm)

        QMetaObject.connectSlotsByName(EventForm)
    # setupUi

    def retranslateUi(self, EventForm):
        self.eventBox.setTitle(QCoreApplication.translate("EventForm", u"Event", None))
        self.titleLabel.setText(QCoreApplication.translate("EventForm", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("EventForm", u"title", None))
#endif // QT_CONFIG(accessibility)
        self.subtitleLabel.setText(QCoreApplication.translate("EventForm", u"S&ubtitle", None))
#if QT_CONFIG(accessibility)
        self.subtitle.setAccessibleName(QCoreApplication.translate("EventForm", u"subtitle", None))
#endif // QT_CONFIG(accessibility)
        self.formatLabel.setText(QCoreApplication.translate("EventForm", u"Fo&rmat", None))
#if QT_CONFIG(accessibility)
        self.format.setAccessibleName(QCoreApplication.translate("EventForm", u"format", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("EventForm", u"&Invitation", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("EventForm", u"invitation text", None))
#endif // QT_CONFIG(accessibility)
        self.description.setPlaceholderText(QCoreApplication.translate("EventForm", u"Paragraphs separated by a blank line; *emphasis* in stars.", None))
        self.languagesLabel.setText(QCoreApplication.translate("EventForm", u"&Languages", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("EventForm", u"languages", None))
#endif // QT_CONFIG(accessibility)
        self.languages.setPlaceholderText(QCoreApplication.translate("EventForm", u"e.g. English, French", None))
        self.short_titleLabel.setText(QCoreApplication.translate("EventForm", u"Short title for badge&s", None))
#if QT_CONFIG(accessibility)
        self.short_title.setAccessibleName(QCoreApplication.translate("EventForm", u"short title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.short_title.setToolTip(QCoreApplication.translate("EventForm", u"Printed on badges instead of the title, which is often too long for one line", None))
#endif // QT_CONFIG(tooltip)
        self.short_title.setPlaceholderText(QCoreApplication.translate("EventForm", u"for badges, e.g. Rethinking Stability 2021", None))
        self.print_languageLabel.setText(QCoreApplication.translate("EventForm", u"Printed in", None))
#if QT_CONFIG(accessibility)
        self.print_language.setAccessibleName(QCoreApplication.translate("EventForm", u"print language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.print_language.setToolTip(QCoreApplication.translate("EventForm", u"The language of the programme, badges, briefs and the other documents, unless Print & Export chooses another for one of them", None))
#endif // QT_CONFIG(tooltip)
        self.print_bilingual.setText(QCoreApplication.translate("EventForm", u"Printed in both languages", None))
#if QT_CONFIG(accessibility)
        self.print_bilingual.setAccessibleName(QCoreApplication.translate("EventForm", u"printed in both languages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.print_bilingual.setToolTip(QCoreApplication.translate("EventForm", u"The documents go out in English and in French: each session should have its French title, summary, problem statement and questions (Programme \u203a In French), and the checks list those that lack some.", None))
#endif // QT_CONFIG(tooltip)
        self.venueBox.setTitle(QCoreApplication.translate("EventForm", u"Venue", None))
        self.venueNameLabel.setText(QCoreApplication.translate("EventForm", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.venue_name.setAccessibleName(QCoreApplication.translate("EventForm", u"venue name", None))
#endif // QT_CONFIG(accessibility)
        self.venueAddressLabel.setText(QCoreApplication.translate("EventForm", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.venue_address.setAccessibleName(QCoreApplication.translate("EventForm", u"venue address", None))
#endif // QT_CONFIG(accessibility)
        self.venueZoneLabel.setText(QCoreApplication.translate("EventForm", u"Time &zone", None))
#if QT_CONFIG(accessibility)
        self.venue_time_zone.setAccessibleName(QCoreApplication.translate("EventForm", u"venue time zone", None))
#endif // QT_CONFIG(accessibility)
        self.venue_time_zone.setPlaceholderText(QCoreApplication.translate("EventForm", u"Type to search, e.g. Bamako", None))
        self.venue_zone_message.setText("")
        self.roomsLabel.setText(QCoreApplication.translate("EventForm", u"Rooms", None))
        self.rooms_summary.setText(QCoreApplication.translate("EventForm", u"No rooms yet", None))
        self.edit_rooms.setText(QCoreApplication.translate("EventForm", u"R&ooms\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_rooms.setAccessibleName(QCoreApplication.translate("EventForm", u"edit rooms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.edit_rooms.setToolTip(QCoreApplication.translate("EventForm", u"Add, rename and describe the venue's rooms (Logistics \u203a Venue)", None))
#endif // QT_CONFIG(tooltip)
        self.onlineBox.setTitle(QCoreApplication.translate("EventForm", u"Online meeting", None))
        self.platformLabel.setText(QCoreApplication.translate("EventForm", u"&Platform", None))
#if QT_CONFIG(accessibility)
        self.online_platform.setAccessibleName(QCoreApplication.translate("EventForm", u"platform", None))
#endif // QT_CONFIG(accessibility)
        self.online_platform.setPlaceholderText(QCoreApplication.translate("EventForm", u"e.g. Zoom", None))
        self.urlLabel.setText(QCoreApplication.translate("EventForm", u"Lin&k", None))
#if QT_CONFIG(accessibility)
        self.online_url.setAccessibleName(QCoreApplication.translate("EventForm", u"meeting link", None))
#endif // QT_CONFIG(accessibility)
        self.meetingIdLabel.setText(QCoreApplication.translate("EventForm", u"Meetin&g ID", None))
#if QT_CONFIG(accessibility)
        self.online_meeting_id.setAccessibleName(QCoreApplication.translate("EventForm", u"meeting ID", None))
#endif // QT_CONFIG(accessibility)
        self.passcodeLabel.setText(QCoreApplication.translate("EventForm", u"Pass&code (private)", None))
#if QT_CONFIG(tooltip)
        self.passcodeLabel.setToolTip(QCoreApplication.translate("EventForm", u"Private: printed only where you choose to print it.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.online_passcode.setAccessibleName(QCoreApplication.translate("EventForm", u"passcode", None))
#endif // QT_CONFIG(accessibility)
        self.online_passcode.setPlaceholderText(QCoreApplication.translate("EventForm", u"Private: not printed unless you choose", None))
#if QT_CONFIG(tooltip)
        self.online_passcode.setToolTip(QCoreApplication.translate("EventForm", u"Private: printed only where you choose to print it.", None))
#endif // QT_CONFIG(tooltip)
        self.contactBox.setTitle(QCoreApplication.translate("EventForm", u"Contact", None))
        self.contactNameLabel.setText(QCoreApplication.translate("EventForm", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.contact_name.setAccessibleName(QCoreApplication.translate("EventForm", u"contact name", None))
#endif // QT_CONFIG(accessibility)
        self.contactEmailLabel.setText(QCoreApplication.translate("EventForm", u"Email", None))
#if QT_CONFIG(accessibility)
        self.contact_email.setAccessibleName(QCoreApplication.translate("EventForm", u"contact email", None))
#endif // QT_CONFIG(accessibility)
        self.contactPhoneLabel.setText(QCoreApplication.translate("EventForm", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.contact_phone.setAccessibleName(QCoreApplication.translate("EventForm", u"contact phone", None))
#endif // QT_CONFIG(accessibility)
        self.daysBox.setTitle(QCoreApplication.translate("EventForm", u"Days", None))
#if QT_CONFIG(accessibility)
        self.days_list.setAccessibleName(QCoreApplication.translate("EventForm", u"days", None))
#endif // QT_CONFIG(accessibility)
        self.dayDateLabel.setText(QCoreApplication.translate("EventForm", u"D&ate", None))
#if QT_CONFIG(accessibility)
        self.day_date.setAccessibleName(QCoreApplication.translate("EventForm", u"day date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.day_date.setToolTip(QCoreApplication.translate("EventForm", u"Type the date as you write it: 16/11/2021, 16 Nov 2021, 16 novembre 2021", None))
#endif // QT_CONFIG(tooltip)
        self.day_date_message.setText("")
        self.dayLabelLabel.setText(QCoreApplication.translate("EventForm", u"La&bel", None))
#if QT_CONFIG(accessibility)
        self.day_label.setAccessibleName(QCoreApplication.translate("EventForm", u"day label", None))
#endif // QT_CONFIG(accessibility)
        self.day_label.setPlaceholderText(QCoreApplication.translate("EventForm", u"optional, e.g. Day One", None))
        self.dayHoursLabel.setText(QCoreApplication.translate("EventForm", u"Hours", None))
#if QT_CONFIG(accessibility)
        self.day_hours_set.setAccessibleName(QCoreApplication.translate("EventForm", u"set the day's hours", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.day_hours_set.setToolTip(QCoreApplication.translate("EventForm", u"Unticked: the day opens with its first session and closes with its last.", None))
#endif // QT_CONFIG(tooltip)
        self.day_hours_set.setText(QCoreApplication.translate("EventForm", u"set", None))
#if QT_CONFIG(accessibility)
        self.day_opens.setAccessibleName(QCoreApplication.translate("EventForm", u"day opens", None))
#endif // QT_CONFIG(accessibility)
        self.dayHoursTo.setText(QCoreApplication.translate("EventForm", u"to", None))
#if QT_CONFIG(accessibility)
        self.day_closes.setAccessibleName(QCoreApplication.translate("EventForm", u"day closes", None))
#endif // QT_CONFIG(accessibility)
        self.day_hours_note.setText("")
        self.day_hours_message.setText("")
        self.dayChangeLabel.setText(QCoreApplication.translate("EventForm", u"Days run until", None))
#if QT_CONFIG(accessibility)
        self.day_change.setAccessibleName(QCoreApplication.translate("EventForm", u"days run until", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.day_change.setToolTip(QCoreApplication.translate("EventForm", u"For a programme that runs into the night (04:00 at a congress): a session that starts before this hour belongs to the day before, after its midnight. 00:00 for a daytime event.", None))
#endif // QT_CONFIG(tooltip)
        self.day_change_note.setText(QCoreApplication.translate("EventForm", u"the next morning (00:00: days end at midnight)", None))
        self.day_change_message.setText("")
        self.add_day.setText(QCoreApplication.translate("EventForm", u"Add da&y", None))
        self.remove_day.setText(QCoreApplication.translate("EventForm", u"Remove day", None))
        self.zonesBox.setTitle(QCoreApplication.translate("EventForm", u"Time zones shown in the programme", None))
#if QT_CONFIG(accessibility)
        self.zones_list.setAccessibleName(QCoreApplication.translate("EventForm", u"display time zones", None))
#endif // QT_CONFIG(accessibility)
        self.zone_up.setText(QCoreApplication.translate("EventForm", u"Up", None))
#if QT_CONFIG(tooltip)
        self.zone_up.setToolTip(QCoreApplication.translate("EventForm", u"Move up", None))
#endif // QT_CONFIG(tooltip)
        self.zone_down.setText(QCoreApplication.translate("EventForm", u"Down", None))
#if QT_CONFIG(tooltip)
        self.zone_down.setToolTip(QCoreApplication.translate("EventForm", u"Move down", None))
#endif // QT_CONFIG(tooltip)
        self.remove_zone.setText(QCoreApplication.translate("EventForm", u"Remove", None))
        self.zoneInputLabel.setText(QCoreApplication.translate("EventForm", u"Sho&w also the time in", None))
#if QT_CONFIG(accessibility)
        self.zone_input.setAccessibleName(QCoreApplication.translate("EventForm", u"time zone to add", None))
#endif // QT_CONFIG(accessibility)
        self.zone_input.setPlaceholderText(QCoreApplication.translate("EventForm", u"Add a time zone: type a city, e.g. New York", None))
#if QT_CONFIG(tooltip)
        self.zone_input.setToolTip(QCoreApplication.translate("EventForm", u"Type a city and press Enter", None))
#endif // QT_CONFIG(tooltip)
        self.add_zone.setText(QCoreApplication.translate("EventForm", u"Add", None))
        self.zone_message.setText("")
        self.partnersBox.setTitle(QCoreApplication.translate("EventForm", u"Organisers and partners", None))
        ___qtablewidgetitem = self.partners_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EventForm", u"Name", None))
        ___qtablewidgetitem1 = self.partners_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EventForm", u"Role", None))
#if QT_CONFIG(accessibility)
        self.partners_table.setAccessibleName(QCoreApplication.translate("EventForm", u"organisers and partners", None))
#endif // QT_CONFIG(accessibility)
        self.add_partner.setText(QCoreApplication.translate("EventForm", u"Add", None))
        self.remove_partner.setText(QCoreApplication.translate("EventForm", u"Remove", None))
        self.partner_up.setText(QCoreApplication.translate("EventForm", u"Up", None))
        self.partner_down.setText(QCoreApplication.translate("EventForm", u"Down", None))
        pass
    # retranslateUi

