# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'logistics.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_LogisticsView(object):
    def setupUi(self, LogisticsView):
        if not LogisticsView.objectName():
            LogisticsView.setObjectName(u"LogisticsView")
        LogisticsView.resize(1000, 700)
        self.mainLayout = QVBoxLayout(LogisticsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(LogisticsView)
        self.tabs.setObjectName(u"tabs")
        self.venueTab = QWidget()
        self.venueTab.setObjectName(u"venueTab")
        self.venueLayout = QVBoxLayout(self.venueTab)
        self.venueLayout.setObjectName(u"venueLayout")
        self.roomsHeading = QLabel(self.venueTab)
        self.roomsHeading.setObjectName(u"roomsHeading")

        self.venueLayout.addWidget(self.roomsHeading)

        self.roomsTable = QTableView(self.venueTab)
        self.roomsTable.setObjectName(u"roomsTable")
        self.roomsTable.setAlternatingRowColors(True)
        self.roomsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roomsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.venueLayout.addWidget(self.roomsTable)

        self.roomButtons = QHBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.addRoomButton = QPushButton(self.venueTab)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomButtons.addWidget(self.addRoomButton)

        self.removeRoomButton = QPushButton(self.venueTab)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomButtons.addWidget(self.removeRoomButton)

        self.roomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomButtons.addItem(self.roomSpacer)


        self.venueLayout.addLayout(self.roomButtons)

        self.contactsHeading = QLabel(self.venueTab)
        self.contactsHeading.setObjectName(u"contactsHeading")

        self.venueLayout.addWidget(self.contactsHeading)

        self.contactsTable = QTableView(self.venueTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setAlternatingRowColors(True)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.venueLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.venueTab)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.venueTab)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.venueLayout.addLayout(self.contactButtons)

        self.tabs.addTab(self.venueTab, "")
        self.travelTab = QWidget()
        self.travelTab.setObjectName(u"travelTab")
        self.travelLayout = QVBoxLayout(self.travelTab)
        self.travelLayout.setObjectName(u"travelLayout")
        self.peopleFilter = QLineEdit(self.travelTab)
        self.peopleFilter.setObjectName(u"peopleFilter")

        self.travelLayout.addWidget(self.peopleFilter)

        self.travelSplitter = QSplitter(self.travelTab)
        self.travelSplitter.setObjectName(u"travelSplitter")
        self.travelSplitter.setOrientation(Qt.Orientation.Vertical)
        self.peopleTable = QTableView(self.travelSplitter)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.travelSplitter.addWidget(self.peopleTable)
        self.travelBox = QGroupBox(self.travelSplitter)
        self.travelBox.setObjectName(u"travelBox")
        self.travelBoxOuter = QVBoxLayout(self.travelBox)
        self.travelBoxOuter.setObjectName(u"travelBoxOuter")
        self.travelBoxLayout = QHBoxLayout()
        self.travelBoxLayout.setObjectName(u"travelBoxLayout")
        self.travelFormLeft = QFormLayout()
        self.travelFormLeft.setObjectName(u"travelFormLeft")
        self.arrivalAtLabel = QLabel(self.travelBox)
        self.arrivalAtLabel.setObjectName(u"arrivalAtLabel")

        self.travelFormLeft.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrivalAtLabel)

        self.arrivalAt = QLineEdit(self.travelBox)
        self.arrivalAt.setObjectName(u"arrivalAt")

        self.travelFormLeft.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrivalAt)

        self.arrivalModeLabel = QLabel(self.travelBox)
        self.arrivalModeLabel.setObjectName(u"arrivalModeLabel")

        self.travelFormLeft.setWidget(1, QFormLayout.ItemRole.LabelRole, self.arrivalModeLabel)

        self.arrivalMode = QLineEdit(self.travelBox)
        self.arrivalMode.setObjectName(u"arrivalMode")

        self.travelFormLeft.setWidget(1, QFormLayout.ItemRole.FieldRole, self.arrivalMode)

        self.arrivalNumberLabel = QLabel(self.travelBox)
        self.arrivalNumberLabel.setObjectName(u"arrivalNumberLabel")

        self.travelFormLeft.setWidget(2, QFormLayout.ItemRole.LabelRole, self.arrivalNumberLabel)

        self.arrivalNumber = QLineEdit(self.travelBox)
        self.arrivalNumber.setObjectName(u"arrivalNumber")

        self.travelFormLeft.setWidget(2, QFormLayout.ItemRole.FieldRole, self.arrivalNumber)

        self.arrivingFromLabel = QLabel(self.travelBox)
        self.arrivingFromLabel.setObjectName(u"arrivingFromLabel")

        self.travelFormLeft.setWidget(3, QFormLayout.ItemRole.LabelRole, self.arrivingFromLabel)

        self.arrivingFrom = QLineEdit(self.travelBox)
        self.arrivingFrom.setObjectName(u"arrivingFrom")

        self.travelFormLeft.setWidget(3, QFormLayout.ItemRole.FieldRole, self.arrivingFrom)

        self.pickupNeededLabel = QLabel(self.travelBox)
        self.pickupNeededLabel.setObjectName(u"pickupNeededLabel")

        self.travelFormLeft.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pickupNeededLabel)

        self.pickupNeeded = QCheckBox(self.travelBox)
        self.pickupNeeded.setObjectName(u"pickupNeeded")

        self.travelFormLeft.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pickupNeeded)

        self.pickupByLabel = QLabel(self.travelBox)
        self.pickupByLabel.setObjectName(u"pickupByLabel")

        self.travelFormLeft.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pickupByLabel)

        self.pickupBy = QLineEdit(self.travelBox)
        self.pickupBy.setObjectName(u"pickupBy")

        self.travelFormLeft.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pickupBy)

        self.departureAtLabel = QLabel(self.travelBox)
        self.departureAtLabel.setObjectName(u"departureAtLabel")

        self.travelFormLeft.setWidget(6, QFormLayout.ItemRole.LabelRole, self.departureAtLabel)

        self.departureAt = QLineEdit(self.travelBox)
        self.departureAt.setObjectName(u"departureAt")

        self.travelFormLeft.setWidget(6, QFormLayout.ItemRole.FieldRole, self.departureAt)

        self.departureModeLabel = QLabel(self.travelBox)
        self.departureModeLabel.setObjectName(u"departureModeLabel")

        self.travelFormLeft.setWidget(7, QFormLayout.ItemRole.LabelRole, self.departureModeLabel)

        self.departureMode = QLineEdit(self.travelBox)
        self.departureMode.setObjectName(u"departureMode")

        self.travelFormLeft.setWidget(7, QFormLayout.ItemRole.FieldRole, self.departureMode)

        self.departureNumberLabel = QLabel(self.travelBox)
        self.departureNumberLabel.setObjectName(u"departureNumberLabel")

        self.travelFormLeft.setWidget(8, QFormLayout.ItemRole.LabelRole, self.departureNumberLabel)

        self.departureNumber = QLineEdit(self.travelBox)
        self.departureNumber.setObjectName(u"departureNumber")

        self.travelFormLeft.setWidget(8, QFormLayout.ItemRole.FieldRole, self.departureNumber)


        self.travelBoxLayout.addLayout(self.travelFormLeft)

        self.travelFormRight = QFormLayout()
        self.travelFormRight.setObjectName(u"travelFormRight")
        self.hotelLabel = QLabel(self.travelBox)
        self.hotelLabel.setObjectName(u"hotelLabel")

        self.travelFormRight.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hotelLabel)

        self.hotel = QLineEdit(self.travelBox)
        self.hotel.setObjectName(u"hotel")

        self.travelFormRight.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hotel)

        self.hotelAddressLabel = QLabel(self.travelBox)
        self.hotelAddressLabel.setObjectName(u"hotelAddressLabel")

        self.travelFormRight.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hotelAddressLabel)

        self.hotelAddress = QLineEdit(self.travelBox)
        self.hotelAddress.setObjectName(u"hotelAddress")

        self.travelFormRight.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hotelAddress)

        self.checkInLabel = QLabel(self.travelBox)
        self.checkInLabel.setObjectName(u"checkInLabel")

        self.travelFormRight.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkInLabel)

        self.checkIn = QLineEdit(self.travelBox)
        self.checkIn.setObjectName(u"checkIn")

        self.travelFormRight.setWidget(2, QFormLayout.ItemRole.FieldRole, self.checkIn)

        self.checkOutLabel = QLabel(self.travelBox)
        self.checkOutLabel.setObjectName(u"checkOutLabel")

        self.travelFormRight.setWidget(3, QFormLayout.ItemRole.LabelRole, self.checkOutLabel)

        self.checkOut = QLineEdit(self.travelBox)
        self.checkOut.setObjectName(u"checkOut")

        self.travelFormRight.setWidget(3, QFormLayout.ItemRole.FieldRole, self.checkOut)

        self.bookingReferenceLabel = QLabel(self.travelBox)
        self.bookingReferenceLabel.setObjectName(u"bookingReferenceLabel")

        self.travelFormRight.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bookingReferenceLabel)

        self.bookingReference = QLineEdit(self.travelBox)
        self.bookingReference.setObjectName(u"bookingReference")

        self.travelFormRight.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bookingReference)

        self.dietaryNeedsLabel = QLabel(self.travelBox)
        self.dietaryNeedsLabel.setObjectName(u"dietaryNeedsLabel")

        self.travelFormRight.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dietaryNeedsLabel)

        self.dietaryNeeds = QLineEdit(self.travelBox)
        self.dietaryNeeds.setObjectName(u"dietaryNeeds")

        self.travelFormRight.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dietaryNeeds)

        self.accessNeedsLabel = QLabel(self.travelBox)
        self.accessNeedsLabel.setObjectName(u"accessNeedsLabel")

        self.travelFormRight.setWidget(6, QFormLayout.ItemRole.LabelRole, self.accessNeedsLabel)

        self.accessNeeds = QLineEdit(self.travelBox)
        self.accessNeeds.setObjectName(u"accessNeeds")

        self.travelFormRight.setWidget(6, QFormLayout.ItemRole.FieldRole, self.accessNeeds)

        self.visaStatusLabel = QLabel(self.travelBox)
        self.visaStatusLabel.setObjectName(u"visaStatusLabel")

        self.travelFormRight.setWidget(7, QFormLayout.ItemRole.LabelRole, self.visaStatusLabel)

        self.visaStatus = QLineEdit(self.travelBox)
        self.visaStatus.setObjectName(u"visaStatus")

        self.travelFormRight.setWidget(7, QFormLayout.ItemRole.FieldRole, self.visaStatus)

        self.notesLabel = QLabel(self.travelBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.travelFormRight.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.personNotes = QLineEdit(self.travelBox)
        self.personNotes.setObjectName(u"personNotes")

        self.travelFormRight.setWidget(8, QFormLayout.ItemRole.FieldRole, self.personNotes)


        self.travelBoxLayout.addLayout(self.travelFormRight)


        self.travelBoxOuter.addLayout(self.travelBoxLayout)

        self.travelMessage = QLabel(self.travelBox)
        self.travelMessage.setObjectName(u"travelMessage")
        self.travelMessage.setWordWrap(True)
        self.travelMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.travelBoxOuter.addWidget(self.travelMessage)

        self.travelSplitter.addWidget(self.travelBox)

        self.travelLayout.addWidget(self.travelSplitter)

        self.tabs.addTab(self.travelTab, "")
        self.sessionsTab = QWidget()
        self.sessionsTab.setObjectName(u"sessionsTab")
        self.sessionsLayout = QVBoxLayout(self.sessionsTab)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsSplitter = QSplitter(self.sessionsTab)
        self.sessionsSplitter.setObjectName(u"sessionsSplitter")
        self.sessionsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.sessionsTable = QTableView(self.sessionsSplitter)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setAlternatingRowColors(True)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionsSplitter.addWidget(self.sessionsTable)
        self.sessionBox = QGroupBox(self.sessionsSplitter)
        self.sessionBox.setObjectName(u"sessionBox")
        self.sessionForm = QFormLayout(self.sessionBox)
        self.sessionForm.setObjectName(u"sessionForm")
        self.roomLabel = QLabel(self.sessionBox)
        self.roomLabel.setObjectName(u"roomLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.room = QComboBox(self.sessionBox)
        self.room.setObjectName(u"room")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.room)

        self.setupLabel = QLabel(self.sessionBox)
        self.setupLabel.setObjectName(u"setupLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.setupLabel)

        self.setup = QComboBox(self.sessionBox)
        self.setup.setObjectName(u"setup")
        self.setup.setEditable(True)

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.setup)

        self.projectorLabel = QLabel(self.sessionBox)
        self.projectorLabel.setObjectName(u"projectorLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.projectorLabel)

        self.projector = QCheckBox(self.sessionBox)
        self.projector.setObjectName(u"projector")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.projector)

        self.microphonesLabel = QLabel(self.sessionBox)
        self.microphonesLabel.setObjectName(u"microphonesLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.microphonesLabel)

        self.microphones = QSpinBox(self.sessionBox)
        self.microphones.setObjectName(u"microphones")
        self.microphones.setMaximum(999)

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.microphones)

        self.interpretationLabel = QLabel(self.sessionBox)
        self.interpretationLabel.setObjectName(u"interpretationLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interpretationLabel)

        self.interpretation = QLineEdit(self.sessionBox)
        self.interpretation.setObjectName(u"interpretation")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interpretation)

        self.cateringLabel = QLabel(self.sessionBox)
        self.cateringLabel.setObjectName(u"cateringLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cateringLabel)

        self.catering = QLineEdit(self.sessionBox)
        self.catering.setObjectName(u"catering")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.catering)

        self.headCountLabel = QLabel(self.sessionBox)
        self.headCountLabel.setObjectName(u"headCountLabel")

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.headCountLabel)

        self.headCount = QSpinBox(self.sessionBox)
        self.headCount.setObjectName(u"headCount")
        self.headCount.setMaximum(100000)

        self.sessionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.headCount)

        self.recordingLabel = QLabel(self.sessionBox)
        self.recordingLabel.setObjectName(u"recordingLabel")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.recordingLabel)

        self.recording = QCheckBox(self.sessionBox)
        self.recording.setObjectName(u"recording")

        self.sessionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.recording)

        self.streamingLabel = QLabel(self.sessionBox)
        self.streamingLabel.setObjectName(u"streamingLabel")

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.streamingLabel)

        self.streaming = QCheckBox(self.sessionBox)
        self.streaming.setObjectName(u"streaming")

        self.sessionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.streaming)

        self.sessionUrlLabel = QLabel(self.sessionBox)
        self.sessionUrlLabel.setObjectName(u"sessionUrlLabel")

        self.sessionForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.sessionUrlLabel)

        self.sessionUrl = QLineEdit(self.sessionBox)
        self.sessionUrl.setObjectName(u"sessionUrl")

        self.sessionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sessionUrl)

        self.sessionsSplitter.addWidget(self.sessionBox)

        self.sessionsLayout.addWidget(self.sessionsSplitter)

        self.tabs.addTab(self.sessionsTab, "")
        self.tasksTab = QWidget()
        self.tasksTab.setObjectName(u"tasksTab")
        self.tasksLayout = QVBoxLayout(self.tasksTab)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksTable = QTableView(self.tasksTab)
        self.tasksTable.setObjectName(u"tasksTable")
        self.tasksTable.setAlternatingRowColors(True)
        self.tasksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasksTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.tasksLayout.addWidget(self.tasksTable)

        self.taskButtons = QHBoxLayout()
        self.taskButtons.setObjectName(u"taskButtons")
        self.addTaskButton = QPushButton(self.tasksTab)
        self.addTaskButton.setObjectName(u"addTaskButton")

        self.taskButtons.addWidget(self.addTaskButton)

        self.removeTaskButton = QPushButton(self.tasksTab)
        self.removeTaskButton.setObjectName(u"removeTaskButton")

        self.taskButtons.addWidget(self.removeTaskButton)

        self.taskSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.taskButtons.addItem(self.taskSpacer)


        self.tasksLayout.addLayout(self.taskButtons)

        self.tabs.addTab(self.tasksTab, "")
        self.rolesTab = QWidget()
        self.rolesTab.setObjectName(u"rolesTab")
        self.rolesLayout = QVBoxLayout(self.rolesTab)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.rolesTable = QTableView(self.rolesTab)
        self.rolesTable.setObjectName(u"rolesTable")
        self.rolesTable.setAlternatingRowColors(True)
        self.rolesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rolesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.rolesLayout.addWidget(self.rolesTable)

        self.roleButtons = QHBoxLayout()
        self.roleButtons.setObjectName(u"roleButtons")
        self.addRoleButton = QPushButton(self.rolesTab)
        self.addRoleButton.setObjectName(u"addRoleButton")

        self.roleButtons.addWidget(self.addRoleButton)

        self.removeRoleButton = QPushButton(self.rolesTab)
        self.removeRoleButton.setObjectName(u"removeRoleButton")

        self.roleButtons.addWidget(self.removeRoleButton)

        self.roleSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roleButtons.addItem(self.roleSpacer)


        self.rolesLayout.addLayout(self.roleButtons)

        self.roleBriefLabel = QLabel(self.rolesTab)
        self.roleBriefLabel.setObjectName(u"roleBriefLabel")

        self.rolesLayout.addWidget(self.roleBriefLabel)

        self.roleBrief = QPlainTextEdit(self.rolesTab)
        self.roleBrief.setObjectName(u"roleBrief")
        self.roleBrief.setTabChangesFocus(True)

        self.rolesLayout.addWidget(self.roleBrief)

        self.roleBriefFrLabel = QLabel(self.rolesTab)
        self.roleBriefFrLabel.setObjectName(u"roleBriefFrLabel")

        self.rolesLayout.addWidget(self.roleBriefFrLabel)

        self.roleBriefFr = QPlainTextEdit(self.rolesTab)
        self.roleBriefFr.setObjectName(u"roleBriefFr")
        self.roleBriefFr.setTabChangesFocus(True)

        self.rolesLayout.addWidget(self.roleBriefFr)

        self.tabs.addTab(self.rolesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.message = QLabel(LogisticsView)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.mainLayout.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.arrivalAtLabel.setBuddy(self.arrivalAt)
        self.arrivalModeLabel.setBuddy(self.arrivalMode)
        self.arrivalNumberLabel.setBuddy(self.arrivalNumber)
        self.arrivingFromLabel.setBuddy(self.arrivingFrom)
        self.pickupNeededLabel.setBuddy(self.pickupNeeded)
        self.pickupByLabel.setBuddy(self.pickupBy)
        self.departureAtLabel.setBuddy(self.departureAt)
        self.departureModeLabel.setBuddy(self.departureMode)
        self.departureNumberLabel.setBuddy(self.departureNumber)
        self.hotelLabel.setBuddy(self.hotel)
        self.hotelAddressLabel.setBuddy(self.hotelAddress)
        self.checkInLabel.setBuddy(self.checkIn)
        self.checkOutLabel.setBuddy(self.checkOut)
        self.bookingReferenceLabel.setBuddy(self.bookingReference)
        self.dietaryNeedsLabel.setBuddy(self.dietaryNeeds)
        self.accessNeedsLabel.setBuddy(self.accessNeeds)
        self.visaStatusLabel.setBuddy(self.visaStatus)
        self.notesLabel.setBuddy(self.personNotes)
        self.roomLabel.setBuddy(self.room)
        self.setupLabel.setBuddy(self.setup)
        self.projectorLabel.setBuddy(self.projector)
        self.microphonesLabel.setBuddy(self.microphones)
        self.interpretationLabel.setBuddy(self.interpretation)
        self.cateringLabel.setBuddy(self.catering)
        self.headCountLabel.setBuddy(self.headCount)
        self.recordingLabel.setBuddy(self.recording)
        self.streamingLabel.setBuddy(self.streaming)
        self.sessionUrlLabel.setBuddy(self.sessionUrl)
        self.roleBriefLabel.setBuddy(self.roleBrief)
        self.roleBriefFrLabel.setBuddy(self.roleBriefFr)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogisticsView)

        QMetaObject.connectSlotsByName(LogisticsView)
    # setupUi

    def retranslateUi(self, LogisticsView):
        LogisticsView.setWindowTitle(QCoreApplication.translate("LogisticsView", u"Logistics", None))
        self.roomsHeading.setText(QCoreApplication.translate("LogisticsView", u"<b>Rooms</b>", None))
        self.addRoomButton.setText(QCoreApplication.translate("LogisticsView", u"Add room", None))
        self.removeRoomButton.setText(QCoreApplication.translate("LogisticsView", u"Remove room", None))
        self.contactsHeading.setText(QCoreApplication.translate("LogisticsView", u"<b>On-site contacts</b>", None))
        self.addContactButton.setText(QCoreApplication.translate("LogisticsView", u"Add contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("LogisticsView", u"Remove contact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.venueTab), QCoreApplication.translate("LogisticsView", u"Ven&ue", None))
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"Find a person \u2026", None))
        self.travelBox.setTitle(QCoreApplication.translate("LogisticsView", u"Travel and stay of the selected person", None))
        self.arrivalAtLabel.setText(QCoreApplication.translate("LogisticsView", u"&Arrival:", None))
        self.arrivalAt.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"2021-11-15 18:05 or 15/11/2021 18:05", None))
        self.arrivalModeLabel.setText(QCoreApplication.translate("LogisticsView", u"Arrival &mode:", None))
        self.arrivalMode.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"flight, train, car \u2026", None))
        self.arrivalNumberLabel.setText(QCoreApplication.translate("LogisticsView", u"Arrival number:", None))
        self.arrivalNumber.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"AF 528", None))
        self.arrivingFromLabel.setText(QCoreApplication.translate("LogisticsView", u"Arriving from:", None))
        self.arrivingFrom.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"Paris CDG", None))
        self.pickupNeededLabel.setText(QCoreApplication.translate("LogisticsView", u"Pick-up:", None))
        self.pickupNeeded.setText(QCoreApplication.translate("LogisticsView", u"&needed", None))
        self.pickupByLabel.setText(QCoreApplication.translate("LogisticsView", u"Pick-up &by:", None))
        self.pickupBy.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"driver or colleague", None))
        self.departureAtLabel.setText(QCoreApplication.translate("LogisticsView", u"&Departure:", None))
        self.departureAt.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"2021-11-18 09:40 or 18/11/2021 09:40", None))
        self.departureModeLabel.setText(QCoreApplication.translate("LogisticsView", u"Departure m&ode:", None))
        self.departureNumberLabel.setText(QCoreApplication.translate("LogisticsView", u"Departure number:", None))
        self.hotelLabel.setText(QCoreApplication.translate("LogisticsView", u"&Hotel:", None))
        self.hotelAddressLabel.setText(QCoreApplication.translate("LogisticsView", u"Hotel address:", None))
        self.checkInLabel.setText(QCoreApplication.translate("LogisticsView", u"Check-&in:", None))
        self.checkIn.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"2021-11-15", None))
        self.checkOutLabel.setText(QCoreApplication.translate("LogisticsView", u"Check-out:", None))
        self.checkOut.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"2021-11-18", None))
        self.bookingReferenceLabel.setText(QCoreApplication.translate("LogisticsView", u"Booking reference (private):", None))
#if QT_CONFIG(tooltip)
        self.bookingReference.setToolTip(QCoreApplication.translate("LogisticsView", u"Private: printed only in this person's own brief and in the staff run sheet", None))
#endif // QT_CONFIG(tooltip)
        self.dietaryNeedsLabel.setText(QCoreApplication.translate("LogisticsView", u"Dietary needs (private):", None))
#if QT_CONFIG(tooltip)
        self.dietaryNeeds.setToolTip(QCoreApplication.translate("LogisticsView", u"Private: printed only in this person's own brief and in the staff run sheet", None))
#endif // QT_CONFIG(tooltip)
        self.accessNeedsLabel.setText(QCoreApplication.translate("LogisticsView", u"A&ccess needs (private):", None))
#if QT_CONFIG(tooltip)
        self.accessNeeds.setToolTip(QCoreApplication.translate("LogisticsView", u"Private: printed only in this person's own brief and in the staff run sheet", None))
#endif // QT_CONFIG(tooltip)
        self.visaStatusLabel.setText(QCoreApplication.translate("LogisticsView", u"Visa / invitation &letter:", None))
        self.visaStatus.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"letter sent, visa granted \u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("LogisticsView", u"Notes:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.travelTab), QCoreApplication.translate("LogisticsView", u"&Travel and stay", None))
        self.sessionBox.setTitle(QCoreApplication.translate("LogisticsView", u"Logistics of the selected session", None))
        self.roomLabel.setText(QCoreApplication.translate("LogisticsView", u"Room:", None))
        self.setupLabel.setText(QCoreApplication.translate("LogisticsView", u"Set-up:", None))
        self.projectorLabel.setText(QCoreApplication.translate("LogisticsView", u"Equipment:", None))
        self.projector.setText(QCoreApplication.translate("LogisticsView", u"&Projector", None))
        self.microphonesLabel.setText(QCoreApplication.translate("LogisticsView", u"&Microphones:", None))
        self.microphones.setSpecialValueText(QCoreApplication.translate("LogisticsView", u"none", None))
        self.interpretationLabel.setText(QCoreApplication.translate("LogisticsView", u"&Interpretation:", None))
        self.interpretation.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"languages, e.g. English, French", None))
        self.cateringLabel.setText(QCoreApplication.translate("LogisticsView", u"&Catering:", None))
        self.catering.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"coffee, lunch \u2026", None))
        self.headCountLabel.setText(QCoreApplication.translate("LogisticsView", u"&Head count:", None))
        self.headCount.setSpecialValueText(QCoreApplication.translate("LogisticsView", u"not set", None))
        self.recordingLabel.setText(QCoreApplication.translate("LogisticsView", u"Media:", None))
        self.recording.setText(QCoreApplication.translate("LogisticsView", u"Recorded", None))
        self.streamingLabel.setText("")
        self.streaming.setText(QCoreApplication.translate("LogisticsView", u"Streamed", None))
        self.sessionUrlLabel.setText(QCoreApplication.translate("LogisticsView", u"Own online &link:", None))
        self.sessionUrl.setPlaceholderText(QCoreApplication.translate("LogisticsView", u"only if it differs from the event's", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessionsTab), QCoreApplication.translate("LogisticsView", u"&Sessions", None))
#if QT_CONFIG(tooltip)
        self.tasksTable.setToolTip(QCoreApplication.translate("LogisticsView", u"Overdue tasks that are not done are shown in red", None))
#endif // QT_CONFIG(tooltip)
        self.addTaskButton.setText(QCoreApplication.translate("LogisticsView", u"Add task", None))
        self.removeTaskButton.setText(QCoreApplication.translate("LogisticsView", u"Remove task", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tasksTab), QCoreApplication.translate("LogisticsView", u"Tas&ks", None))
        self.addRoleButton.setText(QCoreApplication.translate("LogisticsView", u"Add role", None))
        self.removeRoleButton.setText(QCoreApplication.translate("LogisticsView", u"Remove role", None))
        self.roleBriefLabel.setText(QCoreApplication.translate("LogisticsView", u"What this role &asks (printed in speaker briefs):", None))
#if QT_CONFIG(accessibility)
        self.roleBrief.setAccessibleName(QCoreApplication.translate("LogisticsView", u"what this role asks", None))
#endif // QT_CONFIG(accessibility)
        self.roleBriefFrLabel.setText(QCoreApplication.translate("LogisticsView", u"The same in French (printed in French &briefs):", None))
#if QT_CONFIG(accessibility)
        self.roleBriefFr.setAccessibleName(QCoreApplication.translate("LogisticsView", u"what this role asks, in French", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rolesTab), QCoreApplication.translate("LogisticsView", u"&Roles", None))
    # retranslateUi

