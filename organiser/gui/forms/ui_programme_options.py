# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_options.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QSpacerItem,
    QToolButton, QWidget)

class Ui_ProgrammeOptions(object):
    def setupUi(self, ProgrammeOptions):
        if not ProgrammeOptions.objectName():
            ProgrammeOptions.setObjectName(u"ProgrammeOptions")
        ProgrammeOptions.resize(260, 420)
        self.form = QFormLayout(ProgrammeOptions)
        self.form.setObjectName(u"form")
        self.styleLabel = QLabel(ProgrammeOptions)
        self.styleLabel.setObjectName(u"styleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.styleLabel)

        self.styleCombo = QComboBox(ProgrammeOptions)
        self.styleCombo.setObjectName(u"styleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.styleCombo)

        self.paperLabel = QLabel(ProgrammeOptions)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(ProgrammeOptions)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.langLabel = QLabel(ProgrammeOptions)
        self.langLabel.setObjectName(u"langLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.langLabel)

        self.langCombo = QComboBox(ProgrammeOptions)
        self.langCombo.setObjectName(u"langCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.langCombo)

        self.zonesLabel = QLabel(ProgrammeOptions)
        self.zonesLabel.setObjectName(u"zonesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.zonesLabel)

        self.zoneList = QListWidget(ProgrammeOptions)
        self.zoneList.setObjectName(u"zoneList")
        self.zoneList.setDragDropMode(QAbstractItemView.InternalMove)
        self.zoneList.setDefaultDropAction(Qt.MoveAction)
        self.zoneList.setMinimumSize(QSize(0, 96))
        self.zoneList.setMaximumSize(QSize(16777215, 160))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.zoneList.sizePolicy().hasHeightForWidth())
        self.zoneList.setSizePolicy(sizePolicy)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.zoneList)

        self.zoneButtons = QHBoxLayout()
        self.zoneButtons.setObjectName(u"zoneButtons")
        self.upButton = QToolButton(ProgrammeOptions)
        self.upButton.setObjectName(u"upButton")

        self.zoneButtons.addWidget(self.upButton)

        self.downButton = QToolButton(ProgrammeOptions)
        self.downButton.setObjectName(u"downButton")

        self.zoneButtons.addWidget(self.downButton)

        self.removeButton = QToolButton(ProgrammeOptions)
        self.removeButton.setObjectName(u"removeButton")

        self.zoneButtons.addWidget(self.removeButton)


        self.form.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.zoneButtons)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.zoneEdit = QLineEdit(ProgrammeOptions)
        self.zoneEdit.setObjectName(u"zoneEdit")

        self.addRow.addWidget(self.zoneEdit)

        self.addButton = QToolButton(ProgrammeOptions)
        self.addButton.setObjectName(u"addButton")

        self.addRow.addWidget(self.addButton)


        self.form.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.addRow)

        self.invitationCheck = QCheckBox(ProgrammeOptions)
        self.invitationCheck.setObjectName(u"invitationCheck")
        self.invitationCheck.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.invitationCheck)

        self.passcodeCheck = QCheckBox(ProgrammeOptions)
        self.passcodeCheck.setObjectName(u"passcodeCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.passcodeCheck)

        self.descriptionsCheck = QCheckBox(ProgrammeOptions)
        self.descriptionsCheck.setObjectName(u"descriptionsCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.descriptionsCheck)

        self.zoneError = QLabel(ProgrammeOptions)
        self.zoneError.setObjectName(u"zoneError")
        self.zoneError.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.zoneError)

        self.bottomStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.setItem(11, QFormLayout.ItemRole.SpanningRole, self.bottomStretch)

#if QT_CONFIG(shortcut)
        self.styleLabel.setBuddy(self.styleCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.langLabel.setBuddy(self.langCombo)
        self.zonesLabel.setBuddy(self.zoneList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeOptions)

        QMetaObject.connectSlotsByName(ProgrammeOptions)
    # setupUi

    def retranslateUi(self, ProgrammeOptions):
        self.styleLabel.setText(QCoreApplication.translate("ProgrammeOptions", u"St&yle", None))
        self.paperLabel.setText(QCoreApplication.translate("ProgrammeOptions", u"P&aper", None))
        self.langLabel.setText(QCoreApplication.translate("ProgrammeOptions", u"&Language", None))
        self.zonesLabel.setText(QCoreApplication.translate("ProgrammeOptions", u"&Time zones, in print order", None))
#if QT_CONFIG(accessibility)
        self.zoneList.setAccessibleName(QCoreApplication.translate("ProgrammeOptions", u"Time zones", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("ProgrammeOptions", u"Up", None))
        self.downButton.setText(QCoreApplication.translate("ProgrammeOptions", u"Down", None))
        self.removeButton.setText(QCoreApplication.translate("ProgrammeOptions", u"Remove", None))
        self.zoneEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeOptions", u"Add a zone, e.g. Asia/Tokyo", None))
#if QT_CONFIG(accessibility)
        self.zoneEdit.setAccessibleName(QCoreApplication.translate("ProgrammeOptions", u"Time zone to add", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ProgrammeOptions", u"Add", None))
        self.invitationCheck.setText(QCoreApplication.translate("ProgrammeOptions", u"Print the &invitation text", None))
        self.passcodeCheck.setText(QCoreApplication.translate("ProgrammeOptions", u"Print the meeting pass&code", None))
        self.descriptionsCheck.setText(QCoreApplication.translate("ProgrammeOptions", u"Print session descri&ptions", None))
#if QT_CONFIG(tooltip)
        self.descriptionsCheck.setToolTip(QCoreApplication.translate("ProgrammeOptions", u"The full programme prints each session's summary; tick to add its longer description too.", None))
#endif // QT_CONFIG(tooltip)
        self.zoneError.setText("")
        pass
    # retranslateUi

