# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendees.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_Attendees(object):
    def setupUi(self, Attendees):
        if not Attendees.objectName():
            Attendees.setObjectName(u"Attendees")
        Attendees.resize(1100, 700)
        self.outer = QVBoxLayout(Attendees)
        self.outer.setObjectName(u"outer")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.textFilter = QLineEdit(Attendees)
        self.textFilter.setObjectName(u"textFilter")
        self.textFilter.setMinimumSize(QSize(120, 0))
        self.textFilter.setClearButtonEnabled(True)

        self.filters.addWidget(self.textFilter)

        self.categoryFilter = QComboBox(Attendees)
        self.categoryFilter.setObjectName(u"categoryFilter")

        self.filters.addWidget(self.categoryFilter)

        self.statusFilter = QComboBox(Attendees)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filters.addWidget(self.statusFilter)

        self.arrivalFilter = QComboBox(Attendees)
        self.arrivalFilter.setObjectName(u"arrivalFilter")

        self.filters.addWidget(self.arrivalFilter)

        self.badgeFilter = QComboBox(Attendees)
        self.badgeFilter.setObjectName(u"badgeFilter")

        self.filters.addWidget(self.badgeFilter)

        self.importButton = QPushButton(Attendees)
        self.importButton.setObjectName(u"importButton")

        self.filters.addWidget(self.importButton)

        self.exportButton = QPushButton(Attendees)
        self.exportButton.setObjectName(u"exportButton")

        self.filters.addWidget(self.exportButton)

        self.filters.setStretch(0, 1)

        self.outer.addLayout(self.filters)

        self.table = QTableView(Attendees)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)

        self.outer.addWidget(self.table)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.count = QLabel(Attendees)
        self.count.setObjectName(u"count")

        self.bottom.addWidget(self.count)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottomSpacer)

        self.bulkLabel = QLabel(Attendees)
        self.bulkLabel.setObjectName(u"bulkLabel")

        self.bottom.addWidget(self.bulkLabel)

        self.bulkCategory = QComboBox(Attendees)
        self.bulkCategory.setObjectName(u"bulkCategory")

        self.bottom.addWidget(self.bulkCategory)

        self.bulkApply = QPushButton(Attendees)
        self.bulkApply.setObjectName(u"bulkApply")

        self.bottom.addWidget(self.bulkApply)


        self.outer.addLayout(self.bottom)

        self.message = QLabel(Attendees)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.message)

#if QT_CONFIG(shortcut)
        self.bulkLabel.setBuddy(self.bulkCategory)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Attendees)

        QMetaObject.connectSlotsByName(Attendees)
    # setupUi

    def retranslateUi(self, Attendees):
        Attendees.setWindowTitle(QCoreApplication.translate("Attendees", u"Attendees", None))
        self.textFilter.setPlaceholderText(QCoreApplication.translate("Attendees", u"Filter by name, organisation, e-mail or ID (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.categoryFilter.setToolTip(QCoreApplication.translate("Attendees", u"Category", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("Attendees", u"Registration status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.arrivalFilter.setToolTip(QCoreApplication.translate("Attendees", u"Checked in or not", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.badgeFilter.setToolTip(QCoreApplication.translate("Attendees", u"Badge", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("Attendees", u"&Import\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("Attendees", u"E&xport\u2026", None))
        self.bulkLabel.setText(QCoreApplication.translate("Attendees", u"Set the &category of the selected people to", None))
        self.bulkApply.setText(QCoreApplication.translate("Attendees", u"&Set", None))
    # retranslateUi

