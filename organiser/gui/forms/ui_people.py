# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people.ui'
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
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PeopleForm(object):
    def setupUi(self, PeopleForm):
        if not PeopleForm.objectName():
            PeopleForm.setObjectName(u"PeopleForm")
        self.outerLayout = QVBoxLayout(PeopleForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(PeopleForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self.listPane)
        self.filter.setObjectName(u"filter")
        self.filter.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.filter)

        self.people_table = QTableView(self.listPane)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setMinimumSize(QSize(360, 0))
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.people_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.people_table.setSortingEnabled(True)
        self.people_table.setWordWrap(False)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.people_table)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.add_person = QPushButton(self.listPane)
        self.add_person.setObjectName(u"add_person")

        self.listButtons.addWidget(self.add_person)

        self.delete_person = QPushButton(self.listPane)
        self.delete_person.setObjectName(u"delete_person")

        self.listButtons.addWidget(self.delete_person)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)

        self.count = QLabel(self.listPane)
        self.count.setObjectName(u"count")

        self.listButtons.addWidget(self.count)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.formPane = QWidget()
        self.formPane.setObjectName(u"formPane")
        self.formLayout = QVBoxLayout(self.formPane)
        self.formLayout.setObjectName(u"formLayout")
        self.heading = QLabel(self.formPane)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.formLayout.addWidget(self.heading)

        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.honorificLabel = QLabel(self.formPane)
        self.honorificLabel.setObjectName(u"honorificLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.honorificLabel)

        self.honorific = QLineEdit(self.formPane)
        self.honorific.setObjectName(u"honorific")
        self.honorific.setMaxLength(200)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.honorific)

        self.formOfAddressLabel = QLabel(self.formPane)
        self.formOfAddressLabel.setObjectName(u"formOfAddressLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formOfAddressLabel)

        self.form_of_address = QComboBox(self.formPane)
        self.form_of_address.setObjectName(u"form_of_address")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.form_of_address)

        self.givenLabel = QLabel(self.formPane)
        self.givenLabel.setObjectName(u"givenLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.givenLabel)

        self.given_name = QLineEdit(self.formPane)
        self.given_name.setObjectName(u"given_name")
        self.given_name.setMaxLength(200)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.given_name)

        self.familyLabel = QLabel(self.formPane)
        self.familyLabel.setObjectName(u"familyLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.familyLabel)

        self.familyRow = QHBoxLayout()
        self.familyRow.setObjectName(u"familyRow")
        self.family_name = QLineEdit(self.formPane)
        self.family_name.setObjectName(u"family_name")
        self.family_name.setMaxLength(200)

        self.familyRow.addWidget(self.family_name)

        self.family_first = QCheckBox(self.formPane)
        self.family_first.setObjectName(u"family_first")

        self.familyRow.addWidget(self.family_first)


        self.personForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.familyRow)

        self.printedLabel = QLabel(self.formPane)
        self.printedLabel.setObjectName(u"printedLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.printedLabel)

        self.printed_name = QLineEdit(self.formPane)
        self.printed_name.setObjectName(u"printed_name")
        self.printed_name.setMaxLength(200)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.printed_name)

        self.emailLabel = QLabel(self.formPane)
        self.emailLabel.setObjectName(u"emailLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.formPane)
        self.email.setObjectName(u"email")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.phoneLabel = QLabel(self.formPane)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.formPane)
        self.phone.setObjectName(u"phone")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.zoneLabel = QLabel(self.formPane)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.personForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.homeZoneColumn = QVBoxLayout()
        self.homeZoneColumn.setSpacing(2)
        self.homeZoneColumn.setObjectName(u"homeZoneColumn")
        self.home_time_zone = QLineEdit(self.formPane)
        self.home_time_zone.setObjectName(u"home_time_zone")

        self.homeZoneColumn.addWidget(self.home_time_zone)

        self.home_zone_message = QLabel(self.formPane)
        self.home_zone_message.setObjectName(u"home_zone_message")
        self.home_zone_message.setWordWrap(True)
        self.home_zone_message.setStyleSheet(u"color: #b00020;")
        self.home_zone_message.setVisible(False)

        self.homeZoneColumn.addWidget(self.home_zone_message)


        self.personForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.homeZoneColumn)

        self.languageLabel = QLabel(self.formPane)
        self.languageLabel.setObjectName(u"languageLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QLineEdit(self.formPane)
        self.language.setObjectName(u"language")

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.language)

        self.categoryLabel = QLabel(self.formPane)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.personForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.formPane)
        self.category.setObjectName(u"category")

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.category)

        self.statusLabel = QLabel(self.formPane)
        self.statusLabel.setObjectName(u"statusLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.formPane)
        self.status.setObjectName(u"status")

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.status)


        self.formLayout.addLayout(self.personForm)

        self.affiliationsBox = QGroupBox(self.formPane)
        self.affiliationsBox.setObjectName(u"affiliationsBox")
        self.affiliationsLayout = QGridLayout(self.affiliationsBox)
        self.affiliationsLayout.setObjectName(u"affiliationsLayout")
        self.affiliations_table = QTableWidget(self.affiliationsBox)
        if (self.affiliations_table.columnCount() < 2):
            self.affiliations_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.affiliations_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.affiliations_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.affiliations_table.setObjectName(u"affiliations_table")
        self.affiliations_table.setAlternatingRowColors(True)
        self.affiliations_table.setMinimumSize(QSize(0, 100))
        self.affiliations_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.affiliations_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.affiliations_table.horizontalHeader().setStretchLastSection(True)
        self.affiliations_table.verticalHeader().setVisible(False)

        self.affiliationsLayout.addWidget(self.affiliations_table, 0, 0, 5, 1)

        self.add_affiliation = QToolButton(self.affiliationsBox)
        self.add_affiliation.setObjectName(u"add_affiliation")

        self.affiliationsLayout.addWidget(self.add_affiliation, 0, 1, 1, 1)

        self.remove_affiliation = QToolButton(self.affiliationsBox)
        self.remove_affiliation.setObjectName(u"remove_affiliation")

        self.affiliationsLayout.addWidget(self.remove_affiliation, 1, 1, 1, 1)

        self.affiliation_up = QToolButton(self.affiliationsBox)
        self.affiliation_up.setObjectName(u"affiliation_up")

        self.affiliationsLayout.addWidget(self.affiliation_up, 2, 1, 1, 1)

        self.affiliation_down = QToolButton(self.affiliationsBox)
        self.affiliation_down.setObjectName(u"affiliation_down")

        self.affiliationsLayout.addWidget(self.affiliation_down, 3, 1, 1, 1)


        self.formLayout.addWidget(self.affiliationsBox)

        self.bioForm = QFormLayout()
        self.bioForm.setObjectName(u"bioForm")
        self.bioLabel = QLabel(self.formPane)
        self.bioLabel.setObjectName(u"bioLabel")

        self.bioForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bioLabel)

        self.bio = QPlainTextEdit(self.formPane)
        self.bio.setObjectName(u"bio")
        self.bio.setTabChangesFocus(True)
        self.bio.setMinimumSize(QSize(0, 80))

        self.bioForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bio)


        self.formLayout.addLayout(self.bioForm)

        self.rolesBox = QGroupBox(self.formPane)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.roles_list = QListWidget(self.rolesBox)
        self.roles_list.setObjectName(u"roles_list")
        self.roles_list.setWordWrap(True)
        self.roles_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.roles_list.setResizeMode(QListView.Adjust)
        self.roles_list.setUniformItemSizes(False)
        self.roles_list.setSpacing(2)
        self.roles_list.setMinimumSize(QSize(0, 80))

        self.rolesLayout.addWidget(self.roles_list)


        self.formLayout.addWidget(self.rolesBox)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.formSpacer)

        self.scroll.setWidget(self.formPane)
        self.splitter.addWidget(self.scroll)

        self.outerLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.honorificLabel.setBuddy(self.honorific)
        self.formOfAddressLabel.setBuddy(self.form_of_address)
        self.givenLabel.setBuddy(self.given_name)
        self.familyLabel.setBuddy(self.family_name)
        self.printedLabel.setBuddy(self.printed_name)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.zoneLabel.setBuddy(self.home_time_zone)
        self.languageLabel.setBuddy(self.language)
        self.categoryLabel.setBuddy(self.category)
        self.statusLabel.setBuddy(self.status)
        self.bioLabel.setBuddy(self.bio)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeopleForm)

        QMetaObject.connectSlotsByName(PeopleForm)
    # setupUi

    def retranslateUi(self, PeopleForm):
#if QT_CONFIG(accessibility)
        self.filter.setAccessibleName(QCoreApplication.translate("PeopleForm", u"filter people", None))
#endif // QT_CONFIG(accessibility)
        self.filter.setPlaceholderText(QCoreApplication.translate("PeopleForm", u"Filter by name, organisation or email (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.people_table.setAccessibleName(QCoreApplication.translate("PeopleForm", u"people", None))
#endif // QT_CONFIG(accessibility)
        self.add_person.setText(QCoreApplication.translate("PeopleForm", u"Add person", None))
#if QT_CONFIG(tooltip)
        self.add_person.setToolTip(QCoreApplication.translate("PeopleForm", u"Add a person (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_person.setText(QCoreApplication.translate("PeopleForm", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.delete_person.setToolTip(QCoreApplication.translate("PeopleForm", u"Delete the selected person and their roles (Del); Ctrl+Z brings them back", None))
#endif // QT_CONFIG(tooltip)
        self.count.setText("")
        self.heading.setText(QCoreApplication.translate("PeopleForm", u"No person selected", None))
        self.honorificLabel.setText(QCoreApplication.translate("PeopleForm", u"&Honorific", None))
#if QT_CONFIG(tooltip)
        self.honorific.setToolTip(QCoreApplication.translate("PeopleForm", u"At most 200 characters: anything longer typed or pasted is cut off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.honorific.setAccessibleName(QCoreApplication.translate("PeopleForm", u"honorific", None))
#endif // QT_CONFIG(accessibility)
        self.honorific.setPlaceholderText(QCoreApplication.translate("PeopleForm", u"e.g. Dr., Ms., Prof.", None))
        self.formOfAddressLabel.setText(QCoreApplication.translate("PeopleForm", u"Form of a&ddress", None))
#if QT_CONFIG(accessibility)
        self.form_of_address.setAccessibleName(QCoreApplication.translate("PeopleForm", u"form of address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.form_of_address.setToolTip(QCoreApplication.translate("PeopleForm", u"How French documents address this person when the honorific does not say (Dr., Prof.): Madame or Monsieur, and the role names that agree (Animatrice, Animateur)", None))
#endif // QT_CONFIG(tooltip)
        self.givenLabel.setText(QCoreApplication.translate("PeopleForm", u"&Given name", None))
#if QT_CONFIG(tooltip)
        self.given_name.setToolTip(QCoreApplication.translate("PeopleForm", u"At most 200 characters: anything longer typed or pasted is cut off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.given_name.setAccessibleName(QCoreApplication.translate("PeopleForm", u"given name", None))
#endif // QT_CONFIG(accessibility)
        self.familyLabel.setText(QCoreApplication.translate("PeopleForm", u"Famil&y name", None))
#if QT_CONFIG(tooltip)
        self.family_name.setToolTip(QCoreApplication.translate("PeopleForm", u"At most 200 characters: anything longer typed or pasted is cut off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.family_name.setAccessibleName(QCoreApplication.translate("PeopleForm", u"family name", None))
#endif // QT_CONFIG(accessibility)
        self.family_first.setText(QCoreApplication.translate("PeopleForm", u"written firs&t", None))
#if QT_CONFIG(accessibility)
        self.family_first.setAccessibleName(QCoreApplication.translate("PeopleForm", u"family name written first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.family_first.setToolTip(QCoreApplication.translate("PeopleForm", u"The person writes the family name first (Nguy\u1ec5n Th\u1ecb Minh Khai, Nagy B\u00e9la): badges and lists print it that way. Names in Chinese, Japanese or Korean script always do.", None))
#endif // QT_CONFIG(tooltip)
        self.printedLabel.setText(QCoreApplication.translate("PeopleForm", u"Name as &printed", None))
#if QT_CONFIG(tooltip)
        self.printed_name.setToolTip(QCoreApplication.translate("PeopleForm", u"At most 200 characters: anything longer typed or pasted is cut off", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printed_name.setAccessibleName(QCoreApplication.translate("PeopleForm", u"name as printed", None))
#endif // QT_CONFIG(accessibility)
        self.printed_name.setPlaceholderText(QCoreApplication.translate("PeopleForm", u"only if it differs from given and family name", None))
        self.emailLabel.setText(QCoreApplication.translate("PeopleForm", u"E&mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("PeopleForm", u"email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PeopleForm", u"Pho&ne", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("PeopleForm", u"phone", None))
#endif // QT_CONFIG(accessibility)
        self.zoneLabel.setText(QCoreApplication.translate("PeopleForm", u"Home time &zone", None))
#if QT_CONFIG(accessibility)
        self.home_time_zone.setAccessibleName(QCoreApplication.translate("PeopleForm", u"home time zone", None))
#endif // QT_CONFIG(accessibility)
        self.home_time_zone.setPlaceholderText(QCoreApplication.translate("PeopleForm", u"Type to search, e.g. Berlin", None))
        self.home_zone_message.setText("")
        self.languageLabel.setText(QCoreApplication.translate("PeopleForm", u"&Language", None))
#if QT_CONFIG(accessibility)
        self.language.setAccessibleName(QCoreApplication.translate("PeopleForm", u"language", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("PeopleForm", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("PeopleForm", u"category", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("PeopleForm", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("PeopleForm", u"status", None))
#endif // QT_CONFIG(accessibility)
        self.affiliationsBox.setTitle(QCoreApplication.translate("PeopleForm", u"Positions and &organisations", None))
        ___qtablewidgetitem = self.affiliations_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PeopleForm", u"Position", None))
        ___qtablewidgetitem1 = self.affiliations_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PeopleForm", u"Organisation", None))
#if QT_CONFIG(accessibility)
        self.affiliations_table.setAccessibleName(QCoreApplication.translate("PeopleForm", u"positions and organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.affiliations_table.setToolTip(QCoreApplication.translate("PeopleForm", u"Double-click to edit; at most 500 characters each", None))
#endif // QT_CONFIG(tooltip)
        self.add_affiliation.setText(QCoreApplication.translate("PeopleForm", u"Add", None))
        self.remove_affiliation.setText(QCoreApplication.translate("PeopleForm", u"Remove", None))
        self.affiliation_up.setText(QCoreApplication.translate("PeopleForm", u"Up", None))
        self.affiliation_down.setText(QCoreApplication.translate("PeopleForm", u"Down", None))
        self.bioLabel.setText(QCoreApplication.translate("PeopleForm", u"&Biography", None))
#if QT_CONFIG(accessibility)
        self.bio.setAccessibleName(QCoreApplication.translate("PeopleForm", u"biography", None))
#endif // QT_CONFIG(accessibility)
        self.rolesBox.setTitle(QCoreApplication.translate("PeopleForm", u"Sessions and roles", None))
#if QT_CONFIG(accessibility)
        self.roles_list.setAccessibleName(QCoreApplication.translate("PeopleForm", u"sessions and roles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.roles_list.setToolTip(QCoreApplication.translate("PeopleForm", u"Double-click or press Enter to open the session", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

