# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_Desk(object):
    def setupUi(self, Desk):
        if not Desk.objectName():
            Desk.setObjectName(u"Desk")
        Desk.resize(1280, 800)
        self.outer = QVBoxLayout(Desk)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.counts = QVBoxLayout()
        self.counts.setObjectName(u"counts")
        self.counter = QLabel(Desk)
        self.counter.setObjectName(u"counter")

        self.counts.addWidget(self.counter)


        self.top.addLayout(self.counts)

        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.printing = QFormLayout()
        self.printing.setObjectName(u"printing")
        self.layoutLabel = QLabel(Desk)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.printing.setWidget(0, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(Desk)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.printing.setWidget(0, QFormLayout.ItemRole.FieldRole, self.layoutCombo)

        self.outputLabel = QLabel(Desk)
        self.outputLabel.setObjectName(u"outputLabel")

        self.printing.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputCombo = QComboBox(Desk)
        self.outputCombo.setObjectName(u"outputCombo")

        self.printing.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outputCombo)


        self.top.addLayout(self.printing)

        self.buttons = QVBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.walkInButton = QPushButton(Desk)
        self.walkInButton.setObjectName(u"walkInButton")

        self.buttons.addWidget(self.walkInButton)

        self.undoButton = QPushButton(Desk)
        self.undoButton.setObjectName(u"undoButton")

        self.buttons.addWidget(self.undoButton)

        self.openFolderButton = QPushButton(Desk)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttons.addWidget(self.openFolderButton)


        self.top.addLayout(self.buttons)

        self.top.setStretch(0, 1)

        self.outer.addLayout(self.top)

        self.breakdown = QLabel(Desk)
        self.breakdown.setObjectName(u"breakdown")
        self.breakdown.setWordWrap(True)

        self.outer.addWidget(self.breakdown)

        self.dayNote = QLabel(Desk)
        self.dayNote.setObjectName(u"dayNote")
        self.dayNote.setWordWrap(True)
        self.dayNote.setVisible(False)

        self.outer.addWidget(self.dayNote)

        self.search = QLineEdit(Desk)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.outer.addWidget(self.search)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.status = QLabel(Desk)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.statusRow.addWidget(self.status)

        self.reprintButton = QPushButton(Desk)
        self.reprintButton.setObjectName(u"reprintButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reprintButton.sizePolicy().hasHeightForWidth())
        self.reprintButton.setSizePolicy(sizePolicy)

        self.statusRow.addWidget(self.reprintButton)

        self.statusRow.setStretch(0, 1)

        self.outer.addLayout(self.statusRow)

        self.resultsLabel = QLabel(Desk)
        self.resultsLabel.setObjectName(u"resultsLabel")

        self.outer.addWidget(self.resultsLabel)

        self.results = QListWidget(Desk)
        self.results.setObjectName(u"results")
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.outer.addWidget(self.results)

#if QT_CONFIG(shortcut)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.outputLabel.setBuddy(self.outputCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(Desk)

        QMetaObject.connectSlotsByName(Desk)
    # setupUi

    def retranslateUi(self, Desk):
        Desk.setWindowTitle(QCoreApplication.translate("Desk", u"Check-in desk", None))
        self.counter.setText(QCoreApplication.translate("Desk", u"Arrived 0 / 0", None))
        self.layoutLabel.setText(QCoreApplication.translate("Desk", u"Badge &layout", None))
#if QT_CONFIG(tooltip)
        self.layoutCombo.setToolTip(QCoreApplication.translate("Desk", u"The badge stock at this desk: one badge per card, or the next free label of a sheet", None))
#endif // QT_CONFIG(tooltip)
        self.outputLabel.setText(QCoreApplication.translate("Desk", u"&Output", None))
        self.walkInButton.setText(QCoreApplication.translate("Desk", u"&Walk-in\u2026", None))
        self.undoButton.setText(QCoreApplication.translate("Desk", u"&Undo last check-in", None))
        self.openFolderButton.setText(QCoreApplication.translate("Desk", u"Open badge fol&der", None))
        self.search.setPlaceholderText(QCoreApplication.translate("Desk", u"Type a name or scan a badge", None))
#if QT_CONFIG(tooltip)
        self.search.setToolTip(QCoreApplication.translate("Desk", u"Type a few letters of a name, or scan a badge, then press Enter", None))
#endif // QT_CONFIG(tooltip)
        self.reprintButton.setText(QCoreApplication.translate("Desk", u"&Print badge again", None))
        self.resultsLabel.setText(QCoreApplication.translate("Desk", u"Last checked in at this desk", None))
    # retranslateUi

